"""Streets written with the road word after the name in other languages ("Szigeti út 41",
"Frederiks Allé 88", "Hämeenkatu 5", "Storgatan 12", "Dorpsweg 4"), Australian and New
Zealand roads ("on the Bruce Hwy", "14 Kookaburra Cres"), lower-case streets in dictated or
phone-typed text ("address twelve mango rose drive", "on cobb road"), "route de X km 4", and
East Asian addresses ("No. 12, Ln. 88, Sec. 2, Zhongshan Rd.", "Banqiao Dist.",
"Setagaya-ku Kamikitazawa 3-14-7", "〒156-0057")."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from .. import lexicons
from ..categories import LOCATION
from . import Note, Span, finder
from ._words import ascii_fold, occurrences

_CAP = r"[A-ZÀ-ÖØ-ÞŐŰČŠŽŘĆŁŚŹŻ]"
_NAME = rf"{_CAP}[\w'\u2019.-]{{1,30}}"
# road words written after the name, as a separate word. The first group are road words in
# no other sense; the second are short or also English ("gate", "tie", "weg") and need a house
# number after them.
# (the note is read after normalisation, which folds accents: "út" is "ut", "Allé" "Alle")
_AFTER_ALWAYS = (
    "utca", "utja", "korut", "fasor", "setany", "alle", "gatan", "vagen", "valtatie", "ulica",
    "ulice", "namesti", "trida", "caddesi", "sokak", "sokagi", "bulvari", "straße", "strasse",
    "chaussee", "steenweg",
)
_AFTER_NUMBERED = (
    "ut", "ter", "koz", "tie", "katu", "kuja", "polku", "tori", "vej", "gade", "plads", "gata",
    "gate", "veien", "vei", "vag", "grand", "weg", "laan", "plein", "gracht", "kade", "singel",
    "dreef", "yolu", "cesta", "trg",
)
_HEADS_AFTER = "|".join(sorted((*_AFTER_ALWAYS, *_AFTER_NUMBERED), key=len, reverse=True))
# as written in a name: lower case or with a capital, never in capitals ("TRG 3" is a grade)
_HEADS_AFTER_CASED = "|".join(
    f"[{h[0]}{h[0].upper()}]{h[1:]}"
    for h in sorted((*_AFTER_ALWAYS, *_AFTER_NUMBERED), key=len, reverse=True))
_AFTER_RE = re.compile(
    rf"(?P<name>(?:{_NAME}\s){{1,3}})(?P<head>{_HEADS_AFTER_CASED})(?![\w-])"
    r"(?P<num>\s\d{1,4}[A-Za-z]?(?:[-/]\d{1,4}[A-Za-z]?)?(?![\w/-]|[.,]\d)"
    # a floor and door after the number: Danish "2. th.", Hungarian "III/8"
    r"(?:,\s\d{1,2}\.\s?(?:th|tv|mf|sal)\.?|\.?\s(?:[IVX]{1,4}|\d{1,2})/\d{1,3})?)?"
)
_AFTER_LOWER_RE = re.compile(
    rf"(?<![\w-])(?P<name>(?:[a-zà-öø-ÿőű][\w'-]{{2,30}}\s){{1,2}})(?P<head>{_HEADS_AFTER})"
    r"\s\d{1,4}[a-z]?(?![\w/-]|[.,]\d)"
)
_AFTER_HINTS = frozenset(_AFTER_ALWAYS + _AFTER_NUMBERED)
# the same words glued to the name: "Storgatan 12", "Hämeenkatu 5", "Dorpsweg 4"
_GLUED_ALWAYS = ("gatan", "vagen", "torget", "katu", "kuja", "utca", "valtatie")
_GLUED_NUMBERED = ("weg", "laan", "vej")
# (plain substring tests: cheaper here than one regex of them all, measured)
_GLUED_HINTS = (*_GLUED_ALWAYS, *(f"{h} " for h in _GLUED_NUMBERED))
_GLUED_RE = re.compile(
    rf"\b{_CAP}[a-zà-ÿ]{{2,30}}(?P<head>{'|'.join(_GLUED_ALWAYS + _GLUED_NUMBERED)})\b"
    r"(?P<num>\s\d{1,4}[A-Za-z]?\b(?![/.,]\d))?"
)
# Australian and New Zealand road words; "Way", "Lane", "View", "Walk" are too often
# ordinary words after a capital to stand without a number and a name word
_AU_NAMED_RE = re.compile(
    r"\b(?:the|by|via|past|near|off|along|on|at|to|from|outside|opposite|behind|down|up)\s"
    r"(?P<st>(?:[A-Z][a-z'\u2019-]{1,30}\s){1,2}"
    r"(?:Hwy|Highway|Motorway|Freeway|Fwy|Mwy|Cres|Crescent|Pde|Parade|Esplanade|Tce|Terrace|"
    r"Cct|Circuit|Ave|Avenue|Rd|Road|Street|Drive|Blvd|Boulevard)\b\.?)(?!\s[A-Z])"
)
_AU_NUMBERED_RE = re.compile(
    r"(?<![\w/.-])\d{1,5}[A-Za-z]?\s(?:[A-Z][a-z'\u2019-]{1,30}\s){1,3}"
    r"(?:Cres|Crescent|Close|Pde|Parade|Esplanade|Esp|Tce|Cct|Circuit|Grove|Rise|Chase|Glade|"
    r"Quay|Promenade|Gully|Heights|Hts|Vale|Retreat|Gdns|Gardens|Mews)\b\.?"
)
_AU_HINTS = frozenset((
             "hwy", "highway", "motorway", "freeway", "fwy", "mwy", "cres", "pde", "parade",
             "esplanade", "tce", "terrace", "cct", "circuit", "close", "grove", "rise", "chase",
             "glade", "quay", "promenade", "gully", "heights", "hts", "vale", "retreat",
             "gardens", "gdns", "mews", "ave", "road", "rd", "street", "drive", "blvd",
             "boulevard", "esp"))
# lower-case streets: after an address label (any words) or after a place preposition (no
# ordinary English word in the name: "on the main road" stays prose)
_NUMBER_WORDS = (r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
                 r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|"
                 r"fifty|sixty|seventy|eighty|ninety|hundred)")
_LOWER_SUFFIX = (r"(?:road|street|drive|avenue|lane|crescent|close|highway|boulevard|terrace|"
                 r"parade|place|court|way)")
_LOWER_STREET_RE = re.compile(
    r"\b(?P<ctx>address(?:\sis)?:?|lives\s(?:on|at|in)|living\s(?:on|at)|on|along|off)\s"
    rf"(?P<st>(?:(?:\d{{1,5}}|{_NUMBER_WORDS})\s(?:{_NUMBER_WORDS}\s)?)?"
    rf"(?:[a-z][a-z'-]{{1,30}}\s){{1,3}}{_LOWER_SUFFIX})\b"
)
_LOWER_SUFFIX_WORDS = frozenset(_LOWER_SUFFIX[3:-1].split("|"))
_NUMBER_RE = re.compile(rf"\d+|{_NUMBER_WORDS}")
_LOWER_STOP = frozenset(("the", "a", "an", "his", "her", "their", "my", "our", "is", "was",
                         "and", "or", "to", "of", "in", "on", "at", "by", "for", "with", "this",
                         "that", "same", "new", "old", "main", "back", "high", "long"))
# "route de Gremda km 4", "carretera a San Luis km 12"
_ROUTE_RE = re.compile(
    r"\b(?:[Rr]oute|[Cc]arretera|[Ee]strada|[Rr]uta|[Rr]odovia)\s"
    r"(?:de\sla\s|de\s|du\s|des\s|d['\u2019]|a\s|del\s|para\s)?"
    rf"{_NAME}(?:\s{_NAME})?(?:,?\s(?:[Kk]m|KM)\.?\s?\d{{1,4}}(?:[.,]\d{{1,3}})?)?"
)
# East Asian addresses, found from their parts' abbreviations
_LANE_RE = re.compile(
    r"(?:No\.\s?\d{1,5}(?:-\d{1,3})?,\s?)?(?:(?:Ln|Aly|Lane|Alley)\.?\s\d{1,4},\s?){1,2}"
    r"(?:Sec\.\s?\d{1,2},\s?)?[A-Z][a-z]{2,20}(?:\s[A-Z][a-z]{2,20})?\s(?:Rd|St|Blvd|Ave)\.?"
    r"|(?:No\.\s?\d{1,5}(?:-\d{1,3})?,\s?)?Sec\.\s?\d{1,2},\s?[A-Z][a-z]{2,20}"
    r"(?:\s[A-Z][a-z]{2,20})?\s(?:Rd|St|Blvd|Ave|Road|Street)\b\.?"
)
_LANE_WORDS = frozenset(("sec", "ln", "aly", "lane", "alley"))
_DISTRICT_RE = re.compile(r"\b[A-Z][a-z]{2,20}(?:\s[A-Z][a-z]{2,20})?\sDist\.(?:\s\d{3}\b)?")
# Japanese and Korean wards and cities written with their suffix ("Setagaya-ku",
# "Gangnam-gu", "Suwon-si"), with the block number after them ("Kamikitazawa 3-14-7")
_WARD_RE = re.compile(
    r"\b[A-Z][a-z]{2,20}-(?:ku|shi|cho|machi|mura|gun|gu|dong|si)\b"
    r"(?:,?\s[A-Z][a-z]{2,30})?(?:\s\d{1,2}-chome)?(?:,?\s\d{1,2}-\d{1,3}(?:-\d{1,3})?\b)?"
)
_WARD_HINT = re.compile(r"-(?:ku|shi|cho|machi|mura|gun|gu|dong|si)[ ,]")
# Korean road-name addresses: a road ("-ro", "-daero", "-gil", "Nbeon-gil") and the
# building's number, with the house number before a "-gil" ("Bongeunsa-ro 44-gil 17",
# "Taejong-ro 523beon-gil 12", "88 Maegoksaneop 3-gil"), and a numbered "-dong" ("Okpo 1-dong")
_KOREAN_ROAD_RE = re.compile(
    r"(?:\d{1,4}\s)?[A-Z][a-z]{2,20}(?:-(?:ro|daero|gil)|\s\d{1,3}-gil)"
    r"(?:\s\d{1,4}(?:beon)?-gil)?(?:\s\d{1,4}(?:-\d{1,3})?(?![\w-]))?"
    r"|[A-Z][a-z]{2,20}\s?\d{1,2}-dong(?![\w-])")
_KOREAN_HINT = re.compile(r"-(?:ro|daero|gil|dong)(?![\w-])")
_JP_POSTCODE_RE = re.compile("\u3012\\s?\\d{3}-?\\d{4}")
_LOT_RE = re.compile(r"\b(?:Lot|LOT)\s\d{1,4}[A-Z]?,?(?:\s[A-Z][A-Za-z'\u2019-]{1,30}){1,3}")


_AU_NAMED_ANCHOR = re.compile(
    r"(?<=[a-z] )(?:Hwy|Highway|Motorway|Freeway|Fwy|Mwy|Cres|Crescent|Pde|Parade|Esplanade|"
    r"Tce|Terrace|Cct|Circuit|Ave|Avenue|Rd|Road|Street|Drive|Blvd|Boulevard)\b")


def _around(anchor: re.Pattern, full: re.Pattern, text: str) -> Iterator[re.Match]:
    """Matches of ``full`` that hold a match of ``anchor`` (a rare word the full pattern ends
    on), found by trying ``full`` only in a window before each anchor: a pattern that starts
    on a common word ("on", "the") would otherwise be tried all through the note."""
    seen = -1
    for a in anchor.finditer(text):
        for m in full.finditer(text, max(0, a.start() - 100, seen), a.end() + 40):
            if m.start() <= a.start() and m.end() >= a.end():
                seen = m.end()
                yield m
                break


def _after_words(suffixes: Iterable[str], full: re.Pattern, text: str) -> Iterator[re.Match]:
    """Matches of ``full`` ending on one of these lower-case words, each word found with
    str.find and ``full`` tried only in a window before it."""
    for word in suffixes:
        for at in occurrences(text, " " + word):
            end = at + 1 + len(word)
            if end >= len(text) or not text[end].isalnum():
                for m in full.finditer(text, max(0, at - 100), end + 1):
                    if m.end("st") == end:
                        yield m
                        break


# a US street named by its number: "2261 NE 167th St", "40 W 12th Street" (the patterns'
# street address wants a capitalised name)
_NUMBERED_STREET = re.compile(
    r"(?<![\w/.-])\d{1,6}\s(?:[NSEW]{1,2}\.?\s|(?:North|South|East|West)\s)?\d{1,3}(?:st|nd|rd|th)"
    r"\s(?P<st>St|Street|Ave|Avenue|Rd|Road|Blvd|Ter|Terrace|Place|Drive|Way|Ct|Court|Ln|"
    r"Lane|Pkwy|Parkway)\b")
_NUMBERED_STREET_WORDS = frozenset(("st", "street", "ave", "avenue", "rd", "road", "blvd", "ter",
                                    "terrace", "place", "drive", "way", "ct", "court", "ln",
                                    "lane", "pkwy", "parkway"))
_ORDINALS = frozenset(("st", "nd", "rd", "th"))


def _english(word: str) -> bool:
    low = ascii_fold(word).strip(".'")
    return low in lexicons.english() or low in lexicons.medical()


@finder("street_world", LOCATION)
def streets_world(note: Note) -> Iterator[Span]:
    """A capitalised street name with a road word of another language after it ("Szigeti
    út 41", "Frederiks Allé 88, 2. th.", "Karl Johans gate 12"; short or English road words
    like "gate", "weg", "tie" only with a house number and a name word that is not English),
    glued ("Storgatan", "Dorpsweg 4"), Australian roads after a preposition ("on the Bruce
    Hwy") or a house number ("14 Kookaburra Cres"), lower-case streets after an address
    label or a place preposition with no ordinary word ("on cobb road", not "on the main
    road"), "route de X km 4", East Asian lanes, sections, districts, wards and their block
    numbers, Korean road names ("Bongeunsa-ro 44-gil 17", "Okpo 1-dong"), and a Japanese
    postcode mark. "Gate 3", "the Sex Drive", "4 Chamber View" are
    left alone."""
    text, low = note.text, note.lower
    if _AFTER_HINTS & note.words:
        for m in _AFTER_RE.finditer(text):
            names = m.group("name").split()
            while len(names) > 1 and _english(names[0]):
                names.pop(0)
            head = m.group("head").lower()
            if head in _AFTER_NUMBERED and (not m.group("num") or all(map(_english, names))):
                continue
            if all(map(_english, names)) and not m.group("num"):
                continue
            start = m.start("head") - len(" ".join(names)) - 1
            yield start, m.end()
        for m in _AFTER_LOWER_RE.finditer(low):
            if text[m.start():m.end()] != m.group() or all(map(_english, m.group("name").split())):
                continue
            yield m.span()
    if any(h in low for h in _GLUED_HINTS):
        for m in _GLUED_RE.finditer(text):
            if m.group("head") in _GLUED_NUMBERED and not m.group("num"):
                continue
            if _english(m.group().split()[0]):
                continue
            yield m.span()
    if _AU_HINTS & note.words:
        for m in _around(_AU_NAMED_ANCHOR, _AU_NAMED_RE, text):
            st = m.group("st")
            if st.split()[-1] in ("Drive", "Street") and all(map(_english, st.split()[:-1])):
                continue
            yield m.span("st")
        for m in _AU_NUMBERED_RE.finditer(text):
            yield m.span()
    if _LOWER_SUFFIX_WORDS & note.words:
        for m in _after_words(_LOWER_SUFFIX_WORDS & note.words, _LOWER_STREET_RE, text):
            window = text[max(0, m.start() - 40):m.end() + 10]
            if window != window.lower():
                continue  # a note that writes capitals writes a street's name with them
            parts = m.group("st").split()[:-1]
            named = [p for p in parts if not _NUMBER_RE.fullmatch(p)]
            if not named or any(p in _LOWER_STOP for p in named):
                continue
            if not m.group("ctx").startswith("address") and (
                    any(map(_english, named)) or len(named) > 2):
                continue
            yield m.span("st")
    if "route" in note.words or "carretera" in note.words or "ruta" in note.words or (
            "estrada" in note.words or "rodovia" in note.words):
        for m in _ROUTE_RE.finditer(text):
            yield m.span()
    if _LANE_WORDS & note.words:
        for m in _LANE_RE.finditer(text):
            yield m.span()
    if "dist" in note.words and "dist." in low:
        for m in _DISTRICT_RE.finditer(text):
            if not all(map(_english, m.group().split()[:-1])):
                yield m.span()
    if "-" in low and _WARD_HINT.search(low):
        for m in _WARD_RE.finditer(text):
            yield m.span()
    if "-" in low and _KOREAN_HINT.search(low):
        for m in _KOREAN_ROAD_RE.finditer(text):
            yield m.span()
    if _ORDINALS & note.words and _NUMBERED_STREET_WORDS & note.words:
        for word in _NUMBERED_STREET_WORDS & note.words:
            cased = word.capitalize()
            for at in occurrences(text, " " + cased, overlapping=True):
                for m in _NUMBERED_STREET.finditer(text, max(0, at - 20), at + len(cased) + 3):
                    if m.start("st") == at + 1:
                        yield m.span()
    if "\u3012" in text:
        for m in _JP_POSTCODE_RE.finditer(text):
            yield m.span()
    if "lot" in note.words and "address" in low:
        for m in _LOT_RE.finditer(text):
            if "address" in low[max(0, m.start() - 30):m.start()]:
                yield m.span()
