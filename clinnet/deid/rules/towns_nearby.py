"""Small towns named by where something is from them: "a farm outside Harlow Springs",
"180 km NW of Tennant Creek", "lives out in Dunmore", "up a hollow off Sassafras"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..categories import LOCATION
from ..lexicons import english, words
from . import Note, Span, finder
from ._words import generic_words

# found from the rare context words in the lower-cased note; the town read from the text
_CONTEXT = re.compile(
    r"\b(?:outside(?:\sof)?|just\soff|"
    r"\d{1,4}\s?(?:km|kms|mi|miles|kilometres|kilometers|minutes|mins|hours|hrs|h)"
    r"\s(?:(?:[nsew]{1,3}|north|south|east|west|northeast|northwest|southeast|southwest)\s)?of|"
    r"(?:lives?|living|farm|ranch|station|property|home)\sout\s(?:in|near|past|by)|"
    r"up\sa\s(?:hollow|holler|creek|valley|gully)\soff)\s")
_CONTEXT_WORDS = words("outside off km kms mi miles kilometres kilometers minutes mins hours "
                       "hrs out hollow holler")
# the words that open a phrase other than a distance: without them, a distance "of" must be
# followed by a capital for a town to follow it ("2 hours of sleep" is most of them)
_PHRASE_WORDS = words("outside off out")
_OF_CAPITAL = re.compile(r"of\s[A-Z]")
_TOWN = re.compile(r"[A-Z][a-z'\u2019]{2,20}(?:[\s-][A-Z][a-z'\u2019]{1,20}){0,2}(?![\w-])")
# regions that are no identifier (a state, province or country) and the words of a sentence
_REGIONS = words("""
alabama alaska arizona arkansas california colorado connecticut delaware florida georgia
hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts
michigan minnesota mississippi missouri montana nebraska nevada hampshire jersey mexico york
carolina dakota ohio oklahoma oregon pennsylvania rhode tennessee texas utah vermont virginia
washington wisconsin wyoming alberta columbia manitoba brunswick newfoundland labrador
ontario quebec saskatchewan yukon nunavut scotland wales england ireland queensland victoria
tasmania australia zealand canada america europe africa asia
town city village county state country province region area hospital clinic work school
the this that his her their our my a an monday tuesday wednesday thursday friday saturday
sunday january february march april may june july august september october november december
""")
# after an English word the town needs its county, state or a comma ("outside Plain in Sauk
# County", "outside Marble, CO"): "outside Radiology" is a department
_PLACE_AFTER = re.compile(
    r",\s[A-Z]|\sin\s[A-Z][a-z]+\s(?:County|Parish|Co\.|Shire)|\s\([A-Z]")


@finder("town_nearby", LOCATION)
def towns_nearby(note: Note) -> Iterator[Span]:
    """A capitalised town (one to three words) after "outside", "just off", a distance and a
    bearing "of" ("180 km NW of"), "lives out in" or "up a hollow off", in mixed-case text.
    A word of a state, province or country, a clinical or facility word ("outside ICU",
    "outside Radiology") is no town; after "outside" or "just off" an ordinary English word
    is one only when its county, state or a comma follows ("a farm outside Fern in Lane
    County")."""
    text, low = note.text, note.lower
    if not (_CONTEXT_WORDS & note.words) or text.isupper():
        return
    if not (_PHRASE_WORDS & note.words) and not _OF_CAPITAL.search(text):
        return
    generic = generic_words()
    for m in _CONTEXT.finditer(low):
        t = _TOWN.match(text, m.end())
        if not t:
            continue
        parts = re.split(r"[\s-]", t.group())
        lows = [p.lower() for p in parts]
        # a town's name ends before a clinical or generic word ("Castlebar General")
        while len(lows) > 1 and (lows[-1] in generic or lows[-1] in _REGIONS):
            parts.pop()
            lows.pop()
        if any(p in _REGIONS for p in lows) or lows[0] in generic:
            continue
        end = m.end() + len(" ".join(parts))
        loose = m.group().startswith(("outside", "just"))  # the others say it is a place
        if loose and all(p in english() for p in lows) and not _PLACE_AFTER.match(text, end):
            continue
        yield m.end(), end
