"""The last parts of an address, where a rule found the street, the postcode or the
facility before them: the town after a comma ("Clydeview University Hospital, Glasgow", "12
Raikes Road, Settle."), the town after a postcode ("Kopernikusstraße 19, 10243 Berlin"), a
street's compass point ("219 Algoma St N") and an Indian PIN after a dash ("Coimbatore -
641006")."""

from __future__ import annotations

import re
from functools import cache

from .. import lexicons
from ..categories import LOCATION
from ..lexicons import words
from . import Note, tail
from ._words import WEEKDAYS
from .large_places import STATE_NAMES

# one word of a town's name in title case, with its inner hyphens and apostrophes
# ("Arpajon-sur-Cère", "Montréal-Nord", "Bishop's Stortford")
_TOWN_WORD = re.compile(r"[A-Z](?![A-Z])[^\W\d_]{2,}(?:['\u2019-][^\W\d_]+)*(?![\w'\u2019-])")
# a finding that is one place in a list ("Jeddah, Karachi" + ", Lagos"): no address
_IN_A_LIST = re.compile(
    r"(?:^|[,;(/]\s?|\s(?:and|or|&)\s)[A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+)?$")
# a postcode after the town: digits ("21100", "G51 4TF", "H1H 3Z3", "E8 4AA")
_POSTCODE = re.compile(
    r" (?:\d{4,6}|[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}|[A-Z]\d[A-Z] \d[A-Z]\d)(?![\w-])")
# what may follow a town: the end of a sentence, a clause or the line
# (the normaliser has folded every dash to "-")
_AFTER_TOWN = re.compile(r"$|[.,;:)\]\n]|\s{2}|\s[-|(]")
# a label after the town ("22045 Hamburg Aufnahme: 09.12.2024")
_LABEL_AFTER = re.compile(r" [A-Z][\w.]{1,20}:")
# a finding that ends on a postcode's digits ("..., 10243")
_ENDS_ON_POSTCODE = re.compile(r"(?<![\w/.:-])(?:\d{4,5}|\d{2}-\d{3})$")
_STREET_WORD = re.compile(
    r"(?<![\w'-])(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Dr|Drive|Hwy|Highway|Pkwy|"
    r"Parkway|Way|Ln|Lane|Cres|Crescent|Tce|Terrace|Pl|Place|Ct|Court)\.?$")
# a street line's end: its number or unit ("41/12", "12", "#B")
_STREET_NUMBER = re.compile(r"(?:\d{1,5}[A-Za-z]?(?:/\d{1,4})?|#[A-Z0-9]{1,4})$")
_COMPASS = re.compile(r"(?:N|S|E|W|NE|NW|SE|SW)\.?(?![\w'-])")
_PIN = re.compile(r"- ?[1-8]\d{5}(?![\w-])")
# the last word of a state-sized unit's name ("Nyanza Province", "Imo State")
_REGION_WORDS = words("province state region oblast prefecture governorate territory")
_TITLES = words("dr mr mrs ms miss prof sir fr rev sr sgt mx mme mlle sra dott herr frau")


@cache
def _not_towns() -> frozenset[str]:
    """Words that begin no town in an address: English and clinical words (unless a town
    bears the name: "Settle", "Reading"), titles, months."""
    return (lexicons.english() | lexicons.medical() | lexicons.not_places() | _TITLES
            | WEEKDAYS | words("""january february march april may june july august september
            october november december"""))


def _one_word_town(low: str) -> bool:
    """Is ``low`` alone the name of a US or a world town ("settle", "lowell", "salem")?"""
    return (low,) in lexicons.cities().get(low, ()) or any(
        parts == (low,) for parts, _ in lexicons.world_towns().get(low, ()))


_STATES = frozenset(STATE_NAMES)


def _is_region_or_country(name: str) -> bool:
    """A first-level region, a US state, a Canadian province or a country: no one's town."""
    folded = tuple(name.lower().split())
    regions = lexicons.world_regions().get(folded[0], ())
    return name in regions or folded in lexicons.world_countries() or (
        " ".join(folded) in _STATES)


# after a town and its comma, what an address goes on with: a state's code, a postcode, or
# the sentence in lower case ("Salem, where she lives")
_AFTER_COMMA = re.compile(r", (?:[A-Z]{2}(?![\w'-])|\d|(?!and |or )[a-z])")
_NEXT_NAME = re.compile(r", ([A-Z][^\W\d_]+(?: [A-Z][^\W\d_]+)?)")


def _town(note: Note, at: int) -> int | None:
    """The end of one to three words of a town's name at ``at`` and its postcode, if what
    follows ends the address; None if the words are English, a title, a state or a country."""
    text = note.text
    pos, end, names = at, None, []
    for _ in range(3):
        m = _TOWN_WORD.match(text, pos)
        if m is None:
            break
        names.append(m.group())
        end = m.end()
        if text[end:end + 1] != " " or _LABEL_AFTER.match(text, end) or (
                _POSTCODE.match(text, end)):
            break
        pos = end + 1
    if end is None:
        return None
    first = names[0].lower()
    if first in _not_towns() and not _one_word_town(first):
        return None
    # a given name and more words, or a given name no town bears, is a person named after
    # the place ("Prairie View Middle School, Joanne Albers", "Greer, Harold")
    if first in lexicons.first_names() and (len(names) > 1 or not _one_word_town(first)):
        return None
    if _is_region_or_country(" ".join(names)) or names[-1].lower() in _REGION_WORDS:
        return None
    if (code := _POSTCODE.match(text, end)):
        return code.end()  # the postcode says the address ends there, whatever follows
    if text.startswith(",", end):
        # an address goes on with its state or country, a list of places with another
        # place ("Jeddah, Karachi, Lagos" in a teaching post is no one's address)
        nxt = _NEXT_NAME.match(text, end)
        if _AFTER_COMMA.match(text, end) or (nxt and _is_region_or_country(nxt.group(1))):
            return end
        return None
    if _AFTER_TOWN.match(text, end) or _LABEL_AFTER.match(text, end):
        return end
    return None


# a postcode alone after the street ("318 Natividad Rd #B, 93906.", "Podkarpacka 41/12,
# 35-082.", "Taejong-ro 523beon-gil 12, 49043.")
_BARE_POSTCODE = re.compile(r"(?:\d{5}|\d{2}-\d{3}|\d{5}-\d{5})(?=[.;)\n]|$)")


@tail("address_town", (LOCATION,), separator=", ", yields=True)
def address_town(note: Note, at: int) -> int | None:
    """The town after a place another rule found and its comma, with its postcode, where
    the address ends after it ("..., Glasgow G51 4TF", "12 Raikes Road, Settle."), or the
    postcode alone after a street line's number ("Podkarpacka 41/12, 35-082."). Not a
    word of English or a title ("Mercy Hospital, Emergency Department", "..., Dr Lee"), a
    state, a province or a country ("..., Ontario.", "..., Peru."), nor words the sentence
    goes on after ("Leeds, Sarah said"); never in a note in capitals."""
    if note.in_capitals or _IN_A_LIST.search(note.text, max(0, at - 40), at - 2):
        return None
    if (m := _BARE_POSTCODE.match(note.text, at)) and _STREET_NUMBER.search(
            note.text, max(0, at - 24), at - 2):
        return m.end()
    return _town(note, at)


@tail("address_end", (LOCATION,), yields=True)
def address_end(note: Note, at: int) -> int | None:
    """After an address's postcode, its town ("Kopernikusstraße 19, 10243 Berlin."; not
    "10243 Admitted"); after a street's word, its compass point ("219 Algoma St N"); after
    an Indian address, its PIN after a dash ("Coimbatore - 641006")."""
    text = note.text
    before = text[max(0, at - 12):at - 1]
    if (m := _PIN.match(text, at)):
        return m.end()
    if _STREET_WORD.search(before) and (m := _COMPASS.match(text, at)):
        return m.end()
    if _ENDS_ON_POSTCODE.search(before) and not note.in_capitals:
        return _town(note, at)
    return None
