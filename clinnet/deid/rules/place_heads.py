"""The words before a place that belong to its name, where a rule found the rest: a saint's
or a mountain's abbreviation ("St. Hyacinth Basilica", "St. Andrew", "Mt. Hagen"), a
ship's prefix ("MV Reef Voyager", "MS Caribbean Meridian"), a street's house number and
compass point ("5417 Ridgewood Dr", "41-25 Kissena Blvd", "W Vernor Hwy"), a flat's or a
unit's number before its building or street ("Flat 6, Marlowe House"), the acronym of
the system a hospital belongs to ("UPMC Mercy", "NYP Queens"), and the kind of facility a
place's name is "for" or "of" ("Clinic for Special Children")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from .. import lexicons
from ..categories import LOCATION
from ..lexicons import words
from . import Note, Span, finder, head
from ._words import generic_words
from .workplace_tails import KIND_ACRONYMS

# the abbreviation (or word) a saint's, a mountain's or a fort's place starts with
_PREFIX = re.compile(r"(?:(?<![\w.'-])(?:St|Ste|Mt|Ft)\.?|(?<![\w'-])(?:Saint|Sainte|Mount))$")
# a vessel's prefix: motor vessel, motor ship, HM and US ships, fishing and research vessels
_SHIP = re.compile(r"(?<![\w'-])(?:MV|MS|MY|SY|SV|SS|RMS|HMS|HMAS|HMNZS|HMCS|USS|USNS|FV|RV)$")
# a street's word in the finding, at its end or before the rest of the address ("Dundas St
# W, Toronto M5G 1C2")
_STREET_END = re.compile(
    r"\s(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Dr|Drive|Ln|Lane|Way|Hwy|Highway|Pkwy|"
    r"Parkway|Ct|Court|Pl|Place|Ter|Terrace|Cir|Circle|Cres|Crescent|Close|Grove|Gardens|Park|"
    r"Square|Row|Mews|Walk|Rise)\.?(?:\s(?:N|S|E|W|NE|NW|SE|SW))?(?:$|,)")
# a street's kind in lower case before its name, in French, Italian, Spanish, Portuguese and
# Romanian ("17 rue de Siam", "18 avenue Jean-Jaurès", "via Ugo La Malfa 112", "214, rang
# Saint-Isidore"), with its house number before it if there is one
_LATIN_STREET = re.compile(
    r"(?:(?<![\w/.,:-])\d{1,5}[A-Za-z]?,?\s)?(?<![\w'-])(?:rue|avenue|boulevard|boul\.|bd|chemin|"
    r"rang|allée|allee|impasse|quai|viale|piazza|piazzale|corso|vicolo|calle|avenida|av\.|"
    r"carrer|rua|travessa|strada|str\.)(?:\s(?:de la|de|du|des|di|del|della|da|do|dos|das))?$")
# before a street: its house number ("5417", "41-25", "12B"), then its compass point
_HOUSE_NUMBER = re.compile(r"(?<![\w/.,:-])\d{1,6}[A-Za-z]?(?:-\d{1,4})?$")
_COMPASS = re.compile(r"(?<![\w.'-])(?:N|S|E|W|NE|NW|SE|SW|N\.|S\.|E\.|W\.)$")
_ACRONYM = re.compile(r"(?<![\w.'&/-])[A-Z]{2,6}$")
# a flat, unit or plot and its number before a building or a street, with or without a comma
# ("Flat 6, Marlowe House", "Rm 1412, Yiu Fai House", "4/F, 187 Tai Nan Street", "D.No
# 4-112, Gandhi Road", "#14, 3rd Cross")
_UNIT = re.compile(
    r"(?<![\w.])(?:(?:Flat|Unit|Apt|Apartment|Rm|Suite|Ste|Shop|Block|Blk|Lot|Plot|Villa)\.?\s?"
    r"[A-Za-z]?\d{1,5}[A-Za-z]?(?:[-/]\d{1,4})?|(?:[HD]\.\s?No|No)\.?\s?\d{1,5}[A-Za-z]?"
    r"(?:[-/]\d{1,4})?|#\s?\d{1,5}[A-Za-z]?|\d{1,2}/F),?$")
_NUMBER_IN = re.compile(r"\d")
_TITLED = re.compile(r"[A-Z][a-z]")
# a facility's kind, capitalised, then "for" or "of" ("Clinic for", "Hospital of the")
_KIND_OF = re.compile(r"(?<![\w'-])([A-Z][a-z]+) (?:for|of)(?: the)?$")
KINDS = words("""
hospital clinic centre center school home institute college academy infirmary hospice office
society church chapel cathedral basilica mission shelter sanctuary
""")


@head("place_head", (LOCATION,))
def place_head(note: Note, start: int, end: int) -> int | None:
    """The start of the name of the place found at ``start``..``end``, where the words
    before it belong to the name. An acronym is taken only in a note written in both cases
    and only if no clinical or English list knows it ("the ICU Mercy" never); a house
    number and a compass point only before a street ("on 5th" is no street)."""
    text = note.text
    before = start - 1  # the space before the finding
    lo = max(0, before - 24)
    if (m := _PREFIX.search(text, lo, before)) or (m := _SHIP.search(text, lo, before)):
        return m.start()
    if (m := _UNIT.search(text, lo, before)):
        return m.start()
    street = _STREET_END.search(text, start, end) is not None
    if street and ((m := _COMPASS.search(text, lo, before))
                   or (m := _HOUSE_NUMBER.search(text, lo, before))):
        return m.start()
    if (m := _LATIN_STREET.search(text, max(0, before - 32), before)):
        return m.start()
    # "via" is also English ("via Frankfurt"): a street only with the house number after it
    if text.endswith("via", lo, before) and _NUMBER_IN.search(text[start:end].split(",")[0]) and (
            before < 4 or not text[before - 4].isalnum()):
        return before - 3
    if (m := _KIND_OF.search(text, lo, before)) and m.group(1).lower() in KINDS:
        return m.start()
    # before a name in title case only: never a state before a postcode ("QLD 4160"), nor
    # a label or another word in capitals ("HRN RDH", "ADJUSTER: KAREN WHITLEY")
    if (_TITLED.match(text, start) and (m := _ACRONYM.search(text, lo, before))
            and not note.in_capitals and (
                _unknown(m.group()) or m.group().lower() in KIND_ACRONYMS)):
        return m.start()  # "LGH Launceston", "SDH Mahua" (a sub-district hospital)
    return None


@cache
def _known() -> frozenset[str]:
    return generic_words() | lexicons.english() | lexicons.not_names() | _NOT_SYSTEMS


# what stands before a place without naming its owner: clinical and public bodies, months
_NOT_SYSTEMS = words("usa us uk eu un who cdc nih nhs ems dr mr mrs ms am pm")


def _unknown(acronym: str) -> bool:
    return acronym.lower() not in _known()


# a vessel named after its prefix, in a note about a vessel (MV is also the mitral valve,
# MS multiple sclerosis: "MV Repair", "MS Relapse" stand in notes with no ship in them)
_VESSEL = re.compile(
    r"(?:MV|MS|MY|SY|SV|RMS|HMS|HMAS|HMNZS|HMCS|USS|USNS|FV|RV) "
    r"[A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+){0,3}")
_PREFIX_WORDS = words("mv ms my sy sv rms hms hmas hmnzs hmcs uss usns fv rv")
_VESSEL_WORDS = words("""
ship ships vessel boat cruise ferry yacht trawler crew crewed deckhand deck cabin aboard
onboard boarded sailed sailing voyage captain skipper master port harbour harbor seafarer
""")


@finder("vessel_name", LOCATION)
def vessel_names(note: Note) -> Iterator[Span]:
    """A ship's prefix and the capitalised words of its name ("MV Reef Voyager", "MS
    Austral Petrel"), in a note that speaks of a ship, a crew or a cabin: a vessel is the
    workplace or the lodging of the people aboard."""
    if _PREFIX_WORDS.isdisjoint(note.words) or _VESSEL_WORDS.isdisjoint(note.words):
        return
    text = note.text
    for m in _VESSEL.finditer(text):
        # (the word boundary before is tested here: a look-behind opening the pattern would
        # be tried at every character of the note)
        if not m.start() or not (text[m.start() - 1].isalnum() or text[m.start() - 1] in "'-"):
            yield m.span()
