"""Towns outside the US from a world gazetteer (GeoNames cities over 15,000 people,
``data/world_cities.txt``): "Ostrava", "Nyíregyháza", "Port-au-Prince", with the postcode
written beside them ("7624 Pécs", "708 00 Ostrava", "8000 Aarhus C", "Penrith NSW 2750")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from .. import lexicons
from ..categories import LOCATION
from ..lexicons import words
from ..names import _EPONYM_SUFFIX, _PLACE_INTRO, TITLES, _case_mode
from . import Note, Span, finder

_TOKEN = re.compile(r"[A-Za-z][A-Za-z]*+(?:'[A-Za-z]+)?")
# what may stand between the words of one town's name: "Port-au-Prince", "Xi'an"
_JOIN = (" ", "-", "'", "\u2019", " - ")
# small words inside a name that are written in lower case ("Croix-des-Bouquets")
_LOWER_JOINERS = frozenset((
    "de", "del", "della", "di", "da", "do", "dos", "das", "des", "du", "la", "le", "les", "el",
    "al", "an", "ar", "as", "ad", "at", "en", "im", "am", "an", "der", "den", "sur", "sous",
    "upon", "on", "au", "aux", "y", "e", "i", "na", "nad", "pod", "bei", "the", "of", "and"))
# a word before that makes the next capitalised word a place ("in Split", "from Most")
_PREP = frozenset(("in", "from", "near", "outside", "around", "towards", "via", "nr",
                   # the same in the languages writers mix in ("en Tefé", "nach Köln")
                   "en", "em", "nach", "aus", "naar", "uit", "dans", "desde"))
# a word after that makes the one before a place below a state ("Gulu district")
_AREA_AFTER = frozenset((
    "district", "dist", "municipality", "county", "city", "town", "township", "sub", "subcity",
    "area", "division", "ward", "suburb", "neighbourhood", "neighborhood"))
# ... or a state, province or region, which is no identifier ("Oyo State")
_ADMIN1_AFTER = frozenset(("state", "province", "region", "prefecture", "oblast", "governorate",
                           "krai", "voivodeship"))
# things medicine names after a town ("Tokyo Guidelines", "Kigali modification", "Baghdad
# boil", "Lille model", "Jaipur foot"): the town is then not where anyone lives
_NAMED_AFTER = words("""
guideline guidelines criteria classification modification definition declaration statement scoring
consensus protocol protocols scale score system rule rules model trial trials study studies data
cohort registry questionnaire assessment exercise exercises technique procedure operation
approach method maneuver manoeuvre sign signs syndrome disease fever virus strain strains
lineage variant variants type boil sore ulcer swelling foot balloon cluster clusters outbreak
outbreaks experience group slides collaboration convention accord agreement belly encephalitis
vaccine schedule regimen staging grade grading index formula chart charter principles
""")
# words before that make it a variant or strain name ("Hb Köln")
_NAMED_BEFORE = frozenset(("hb", "haemoglobin", "hemoglobin", "strain", "serovar", "vs",
                           "versus", "revised", "modified", "original", "updated"))
# state abbreviations written before a postcode in Australian and Indian-style addresses
_STATE_POSTCODE = re.compile(
    r"\s(?:NSW|VIC|Vic|QLD|Qld|SA|WA|TAS|Tas|NT|ACT)\s\d{4}(?![\w/.:-]|\.\d)")
# a postcode before the town ("7624 Pécs", "708 00 Ostrava", "00-950 Warszawa")
_CODE_BEFORE = re.compile(r"(?<![\w/.,:+#-])(?:\d{3} \d{2}|\d{2}-\d{3}|\d{4,6}) \Z")
# ... or after it ("Aldershot 5113", "Penrith, 2750"), never a year
_CODE_AFTER = re.compile(r",? (\d{4,6})(?![\w/.:%-]|\.\d|\s?(?:mg|ml|kg|h|am|pm)\b)")
# a district letter after a Danish-style postcode town ("8000 Aarhus C", "2100 Kobenhavn O")
_DISTRICT_LETTER = re.compile(r"\s(?:[CKNSVO]|SV|NV|NO|SO)(?![\w'])")
# what may follow a town that ends its phrase: a stop, a dash, a bracket, the line's end, or
# a comma before a word in lower case or a number ("Casablanca, on", "Umea, 11 people")
_CLAUSE_END = re.compile(r"\s{0,2}(?:[.;:!?)\]]|\s[-\u2014\u2013]\s|$|\n|,(?!\s{0,2}[A-Z]))")
# a value or code after a name that is a score or schedule
_SCORE_AFTER = re.compile(r"\s\(?(?:\d+(?:\.\d|-\d)|[A-Z]\d|[A-Z]&[A-Z])")
# the second of two places joined after a place word: "anyone in onitsha or nnewi", "from
# Tralee or Dingle" (the word between is checked to be a town of the list)
_LISTED_AFTER_PLACE = re.compile(
    r"\b(?:in|from|near|to|at|between)\s([a-z][a-z'-]+)\s(?:or|and|&|/)\s$")
# the country after a comma ("Sokode, Togo")
_AFTER_COMMA = re.compile(r",\s{1,2}([A-Za-z][A-Za-z'-]*(?:\s[A-Za-z][A-Za-z'-]*){0,4})")


@finder("world_town", LOCATION)
def world_towns(note: Note) -> Iterator[Span]:
    """A town of another country named in the gazetteer, in the note's capitals when the
    note is mixed case ("Ostrava", "Umeå", "Croix-des-Bouquets"). A name that is also an
    English or clinical word, an eponym, a first name or surname, or shorter than four
    letters ("Most", "Colon", "Florence", "Jos"), or written in capitals in a mixed-case
    note (an acronym), needs place context: a capitalised word after in/from/near/outside,
    a residence or transfer phrase ("lives in", "moved to") in any case, ", <country>", a
    postcode beside it, or "district"/"province" after it. Never after a title ("Dr.
    Lahore"), never before a word that makes it an eponym ("Berlin criteria"); countries,
    states and provinces are not in the list. A name no list knows, typed in lower case, counts
    right after a place word ("anyone in onitsha", "i uppsala") or as the second of two after
    one ("in onitsha or nnewi"). A postcode written beside the town, and a
    Danish district letter after a postcode town, are part of the finding."""
    towns = lexicons.world_towns()
    hits = note.words & _last_words()
    if not hits:
        return
    text, low = note.text, note.lower
    wordlike = _wordlike()
    mode = ""
    for last in hits:
        at = low.find(last)
        while at >= 0:
            end = at + len(last)
            if (at and (low[at - 1].isalpha() or low[at - 1] == "'")) or (
                    end < len(low) and low[end].isalpha()):
                at = low.find(last, end)
                continue
            # a name that ends on a word ("Most", "Mount Pleasant") needs that word in title
            # case, or a comma or a code beside it: most notes hold "most", "time", "place"
            if last in wordlike and not (
                    (text[at].isupper() and not text[at + 1:end].isupper())
                    or low.startswith(",", end)
                    or low[max(0, at - 2):at].strip()[-1:].isdigit()):
                at = low.find(last, end)
                continue
            # a word in title case is read as in a mixed-case note; the note's case is counted
            # only for a town written in lower case or capitals
            if text[at].isupper() and not text[at + 1:end].isupper():
                case = "mixed"
            else:
                mode = mode or _case_mode(text, low, low.count(" ") + 1)
                case = mode
            span = _town_at(text, low, at, end, towns[last], case)
            if span:
                yield span
            at = low.find(last, end)


@cache
def _last_words() -> frozenset[str]:
    return frozenset(lexicons.world_towns())


@cache
def _wordlike() -> frozenset[str]:
    """Last words of towns that are also English, clinical or short words."""
    ordinary = lexicons.english() | lexicons.medical() | lexicons.not_names()
    return frozenset(k for k in lexicons.world_towns() if k in ordinary or len(k) < 4)


def _match_back(low: str, at: int, parts: tuple[str, ...]) -> int:
    """Start of the name ``parts`` whose last word starts at ``at``, or -1."""
    start = at
    for part in reversed(parts[:-1]):
        for join in _JOIN:
            s = start - len(join) - len(part)
            if s >= 0 and low.startswith(join, start - len(join)) and low.startswith(part, s):
                start = s
                break
        else:
            return -1
        if start and (low[start - 1].isalpha() or low[start - 1] == "'"):
            return -1
    return start


def _town_at(text: str, low: str, last_at: int, last_end: int,
             options: tuple[tuple[tuple[str, ...], bool], ...], mode: str) -> Span | None:
    mixed = mode == "mixed"
    for parts, ambiguous in options:
        at = _match_back(low, last_at, parts)
        if at < 0:
            continue
        end = last_end
        words = list(_TOKEN.finditer(text, at, end))
        if mixed and text[at].islower():
            # typed in lower case in a note with capitals ("anyone in onitsha?"): only a name
            # that is no word of any list, right after a place preposition
            if ambiguous or not text[at:end].islower() or not (
                    _after_preposition(text, at) or _second_of_two(text[max(0, at - 40):at])):
                return None
        elif mixed:
            if not text[at].isupper() or any(
                    not w.group()[0].isupper() and w.group().lower() not in _LOWER_JOINERS
                    for w in words):
                return None
            # "MPEKO", "AMO" in a mixed-case note may be acronyms
            if len(words) == 1 and text[at:end].isupper():
                ambiguous = True
        before = text[max(0, at - 40):at]
        prev = _TOKEN.findall(before[-14:])
        prev_low = prev[-1].lower() if prev else ""
        if prev_low == "the" and parts[0] != "the":
            return None  # "at the Time", "the Tokyo ...": a town takes no article
        if prev_low in TITLES and re.search(r"\.?\s$", before):
            return None  # "Dr. Lahore", "Mrs Kota": a person
        after = text[end:end + 60]
        nxt = _TOKEN.match(after.lstrip(" "))
        nxt_low = nxt.group().lower() if nxt else ""
        if prev_low in _NAMED_BEFORE or (
                after.startswith(" ") and (nxt_low in _EPONYM_SUFFIX or nxt_low in _NAMED_AFTER
                                           or nxt_low in _ADMIN1_AFTER)):
            return None  # "Berlin criteria", "Milan system", "Hb Köln", "Oyo State"
        if after[:1] in ("-", "/") or before[-1:] in ("-", "/") or after.startswith(" vs"):
            return None  # "Kashin-Beck", "B/Phuket/3073", "Budapest vs Prague"
        if (mixed and nxt and after.startswith(" ") and nxt.group()[0].isupper()
                and not nxt.group().isupper() and _named_thing(nxt_low)):
            return None  # "Edinburgh Postnatal Depression Scale", "Toronto Bedside ..."
        if mixed and nxt and after.startswith(" ") and nxt.group().islower() and (
                nxt_low in lexicons.medical() and _named_thing(nxt_low)):
            return None  # "Montreal cognitive assessment", "Tokyo bile duct ..."
        if _SCORE_AFTER.match(after):
            return None  # "Lille 0.62", "Zagreb (2-1-1)", "Prague C3M5": a score or schedule
        code_before = _CODE_BEFORE.search(before)
        code_after = _CODE_AFTER.match(after)
        if code_after and 1900 <= int(code_after.group(1)) <= 2099 and not code_before:
            code_after = None  # "Lahore 2019" is a year
        state_code = _STATE_POSTCODE.match(after)
        context = (
            (mixed and prev_low in _PREP and before.endswith(" ")
             and not text[at + 1:end].isupper())
            # "moved to Split": a residence or transfer phrase, for a name that is also a word
            # only with its capital in a mixed-case note ("AT THE TIME", "to OSH" are not)
            or ((mixed or not ambiguous) and not text[at + 1:end].isupper()
                and _PLACE_INTRO.search(before.translate(_LOWER)))
            or code_before
            or (code_after and (mixed or not ambiguous))
            or state_code
            or (after.startswith(" ") and nxt_low in _AREA_AFTER)
            or _country_after(after)
        )
        # a name no word shares still needs to end its phrase ("Sports med, Penrith."),
        # or to follow to/at: running on into more words it names a thing ("Tokyo bile duct
        # classification", "Lille at day 7") or is an item of a list ("Junín, Machupo")
        # "fiebre hemorrágica argentina (Junín)": a town in brackets after a word in lower
        # case glosses what the word is named after
        if mixed and re.search(r"(?<![A-Z])[a-z]+\s\($", before) and not context:
            return None
        if not context and (ambiguous or not (
                _CLAUSE_END.match(after)
                or (before.endswith(" ") and prev_low in ("to", "at"))
                or _after_preposition(text, at)
                or _second_of_two(before))):
            return None
        start = code_before.start() + max(0, at - 40) if code_before else at
        if state_code:
            end += state_code.end()
        elif code_after:
            end += code_after.end()
        elif code_before and (d := _DISTRICT_LETTER.match(text, end)):
            end = d.end()
        return start, end
    return None


def _after_preposition(text: str, at: int) -> bool:
    prev = _TOKEN.findall(text[max(0, at - 14):at])
    # "i uppsala", Swedish; a Catalan "i" joins names ("Puig i Serra"), which are capitalised
    return bool(prev) and text[at - 1:at] == " " and (
        prev[-1].lower() in _PREP or (prev[-1] == "i" and text[at].islower()))


def _second_of_two(before: str) -> bool:
    """Is the word before "or"/"and" a town of the list after "in"/"from" ("in onitsha or")?"""
    m = _LISTED_AFTER_PLACE.search(before.translate(_LOWER))
    return bool(m) and m.group(1) in _last_words() and m.group(1) not in _wordlike()


def _named_thing(low: str) -> bool:
    """Is a capitalised word after a town an ordinary word that names a thing ("Postnatal",
    "Guidelines", "Bedside"), rather than a place or facility word ("Hospital", "City")?"""
    from ..names import _FACILITY_JOINERS, FACILITY_WORDS

    base = low[:-2] if low.endswith("'s") else low
    if (base in FACILITY_WORDS or base in _FACILITY_JOINERS or base in _AREA_AFTER
            or base in lexicons.facility_generic() or base in lexicons.not_places()):
        return False
    return base in lexicons.english() or base in lexicons.medical()


def _country_after(after: str) -> bool:
    m = _AFTER_COMMA.match(after)
    if not m:
        return False
    words = tuple(w.lower() for w in _TOKEN.findall(m.group(1)))
    countries = lexicons.world_countries()
    return any(words[:k] in countries for k in range(1, len(words) + 1))


_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
