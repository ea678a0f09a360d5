"""The address written after its label ("Address:", "Adresse:", "Dirección:", "Resident:",
"주소:") in any country's format, read as comma-separated parts up to the town and postcode
("Fjellvegen 118, 2640 Vinstra", "mkr. Samal-2, d. 11, kv. 7, Astana 010000", "Füzuli küç.
31, mənzil 8, Baki AZ1000"), and Chinese street addresses by their 路/号/幢 parts."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from ..categories import LOCATION
from ..lexicons import english, words
from . import Note, Span, finder, tail
from ._words import occurrences
from .national_ids import all_labels

# the word for "address" or "lives at" as a form's label, in many languages (ASCII and
# accented forms as a note's word set holds them)
_LABELS = words("""
address addr adresse adres adresa adresas aadress adress adressi osoite heimilisfang
direccion dirección domicilio endereco endereço morada indirizzo residenza anschrift wohnort
bopæl bopael bosted bostadsadress alamat tirahan resident residence domicile ünvan unvan
manzil adresi naslov cim cím
""")
# the same in scripts a word set of ASCII letters cannot hold: looked for only in a note with
# such letters
_OTHER_LABELS = tuple(dict.fromkeys(
    form for label in ("주소", "住所", "地址", "住址", "адрес", "Адрес", "Διεύθυνση", "כתובת",
                       "العنوان")
    # as written and as the normaliser leaves it (Hangul in its jamo)
    for form in (label, unicodedata.normalize("NFKD", label))))
_AFTER_LABEL = re.compile(r"\s{0,2}:\s{0,3}")  # a full-width colon is folded to it
_VALUE_AFTER = re.compile(r"\s(?=\d{1,5}[A-Za-z]?\s[A-Za-z]|[a-z]{1,3}\.\s[A-Z])")
# "lives 844 Rawhitiroa Road, RD 21, Eltham 4398", "lives at Apt 12, The Maltings": the verb
# as the label, with the address right after it (a number or a capital); "lives in" and
# "lives with" are other rules' business
_LIVES = words("lives live living resides reside residing")
_LIVES_AT = re.compile(r"(?<![\w'-])(?i:lives|live|living|resides|reside|residing)\s(?:at\s)?"
                       r"(?=\d{1,6}[A-Za-z]?(?:[-/]\d{1,4})?,?\s[A-Z]|[A-Z][a-z])")
# where the address ends at the latest: another label ("Works:", "DOA:"), a semicolon, a
# bracket, or a full stop at the end of the text
_STOP = re.compile(r"\s[^\W\d_][\w.\-]{0,20}:|[;()\[\]]|\.$")
# a full stop before a word ends it when that word is in capitals or of English ("Minh.
# HBV carrier", "Malinta. Seen"), not when a name or number follows an abbreviation ("TP. Hồ
# Chí Minh", "Brgy. Malinta", "str. 41")
_FULL_STOP = re.compile(r"\.\s{1,3}(?P<w>[^\s,.]{1,30})")
_TOKEN = re.compile(r"[^\s,]+")
_UNIT = re.compile(r"[A-Z]|\d{1,4}[A-Za-z]?")
_CODE = re.compile(r"(?:[A-Z]{1,3}[- ]?)?\d{3,6}(?:[- ]?\d{3,4})?")
_WINDOW = 160
_NOT_TOWN = words("he she we i it pt the his her our my and but on in at by for to was is")


def _town_words(tokens: list[re.Match[str]], vocabulary: frozenset[str]) -> int:
    """How many of the last part's tokens are its town and postcode: a postcode and one
    town word ("2640 Vinstra", "8000 Aarhus C"), or up to four town words and a postcode
    ("Astana 010000", "TP. Hồ Chí Minh"); a word of English ends it ("1809 Admitted")."""
    def town(t: str) -> bool:
        if t.endswith(".") and t[:-1].isalpha() and t[:-1].isupper():
            return True  # "TP." of "TP. Hồ Chí Minh"
        return t[0].isupper() and any(c.isalpha() for c in t) \
            and t.rstrip(".").lower() not in vocabulary \
            and t.rstrip(".:").lower() not in all_labels()  # "..., NHS 612 409 8837"

    def more(t: str) -> bool:  # "Ho Chi Minh" as the normaliser spells it
        return town(t) or (t[0].isupper() and t.isalpha() and len(t) <= 3
                           and t.lower() not in _NOT_TOWN)

    n = 0
    # one to three capitalised words before a postcode are the town, whatever the words
    # ("Mercer 2474", "Port Chalmers 9023")
    k = 0
    while k < min(3, len(tokens) - 1) and tokens[k].group().isalpha() \
            and tokens[k].group()[0].isupper():
        k += 1
    if k and _CODE.fullmatch(tokens[k].group()):
        return k + 1
    if tokens and _CODE.fullmatch(tokens[0].group()):
        n = 1
        if n < len(tokens) and town(tokens[n].group()):
            n += 1
            if n < len(tokens) and len(tokens[n].group()) == 1 and tokens[n].group().isupper():
                n += 1  # "Aarhus C"
        return n
    while n < len(tokens) and n < 4 and (town if not n else more)(tokens[n].group()):
        n += 1
    if n and n < len(tokens) and _CODE.fullmatch(tokens[n].group()):
        n += 1
    return n


def _part_starts(part: str, vocabulary: frozenset[str]) -> bool:
    """Does this comma-separated part start like an address part: a number, a capital, or a
    short abbreviation before a number or a name ("d. 18", "kv. 44", "mkr. Orbita")?"""
    split = part.split()
    first = split[0] if split else ""
    if not first:
        return False
    if first[0].isdigit() or first[0].isupper():
        return True
    if len(split) == 2 and _UNIT.fullmatch(split[1]):
        return True  # a word and a short number or letter: "casa B", "app. 3", "lote 14"
    bare = first.rstrip(".")
    return (first.endswith(".") and len(bare) <= 4) or (
        bare.isalpha() and bare not in vocabulary and len(part.split()) > 1)


# small words an address's parts hold ("Rua das Flores", "chemin de Chambly", "casa B")
_ADDRESS_WORDS = words("""
de da do dos das del della di du la le les los las el y e of the on upon by rue via casa apto
app apt unit flat floor block lot road street lane avenue house no str st rd ave av blvd ln dr
pl ct cres tce hwy way sq mt ul os pr links rechts
""")


def _prose(part: str, vocabulary: frozenset[str]) -> bool:
    """Does this part run into the note's sentence ("OD on amitriptyline ~40 tabs")? A word
    of English in lower case that no address holds says so."""
    return any(w.islower() and w in vocabulary and w not in _ADDRESS_WORDS
               for w in re.findall(r"[^\W\d_]+", part))


def _address(text: str, start: int) -> Span | None:
    end = text.find("\n", start, start + _WINDOW)
    end = min(len(text), start + _WINDOW) if end < 0 else end
    stop = _STOP.search(text, start, end)
    if stop:
        end = stop.start()
    vocabulary = english()
    for m in _FULL_STOP.finditer(text, start, end):
        word = m.group("w")
        before = text[max(start, m.start() - 4):m.start()].split()[-1:] or [""]
        if before[0].isalpha() and (len(before[0]) <= 3 or before[0].isupper()):
            continue  # after an abbreviation ("TP. Ho Chi Minh", "d. 18"), not a postcode
        if not word[0].isdigit() and (word.isupper() or word.lower() in vocabulary):
            end = m.start()
            break
    parts: list[tuple[int, int]] = []
    at = start
    while at < end:
        comma = text.find(",", at, end)
        stop_at = end if comma < 0 else comma
        parts.append((at, stop_at))
        at = stop_at + 1
    kept_end = None
    for i, (s, e) in enumerate(parts):
        part = text[s:e]
        if not _part_starts(part, vocabulary):
            break
        tokens = list(_TOKEN.finditer(text, s, e))
        # a part that runs into the note's sentence is the last one read ("..., Soweto, OD on
        # amitriptyline ~40 tabs, QRS 140": the town words before the prose, if any)
        last = i == len(parts) - 1 or _prose(part, vocabulary) or not _part_starts(
            text[parts[i + 1][0]:parts[i + 1][1]], vocabulary)
        if last:
            n = _town_words(tokens, vocabulary)
            if n:
                kept_end = tokens[n - 1].end()
            break
        kept_end = tokens[-1].end() if tokens else kept_end
    if kept_end is None:
        return None
    value = text[start:kept_end].rstrip(".")
    # an address has a number or more than one part: "Address: unknown" is none
    if not any(c.isdigit() for c in value) and "," not in value:
        return None
    return start, start + len(value)


# "文三路 88号 3幢 502": a road, lane or street, its number, then building, unit and room
_CHINESE = re.compile(
    r"[\u4e00-\u9fff]{1,12}(?:路|街|道|巷|弄|里)\s?\d{1,5}\s?号"
    r"(?:\s?\d{1,4}\s?(?:幢|栋|号楼|单元|楼|室)){0,4}(?:\s?\d{1,5}(?![\d.]))?")


@finder("address_line", LOCATION)
def address_lines(note: Note) -> Iterator[Span]:
    """The address after a label for it ("Address:", "Adresse:", "Resident:", "주소:"), or
    after "lives (at)" followed by a number or a capital, up to the end of its town and
    postcode, the line or the next label; it needs a number or more than one part, and each
    part must start like one (a number, a capital, a short abbreviation, a word and a unit
    letter or number: "casa B"). "address: see above" and "we need to address: fluids" are
    left alone.
    Also Chinese street addresses by their road and 号 number."""
    text = note.text
    labels = _LABELS & note.words
    if labels:
        alts = "|".join(sorted(map(re.escape, labels), key=len, reverse=True))
        for m in re.finditer(rf"(?<!\w)(?:{alts})(?!\w)", note.lower):
            if not text[m.start()].isupper():
                continue
            # "Address: ...", or "Address 1280 chemin ..." with the number right after it
            after = _AFTER_LABEL.match(text, m.end()) or _VALUE_AFTER.match(text, m.end())
            if after:
                span = _address(text, after.end())
                if span:
                    yield span
    if not note.in_capitals and not _LIVES.isdisjoint(note.words):
        for m in _LIVES_AT.finditer(text):
            span = _unlabelled(text, m.end())
            # after a verb, only an address whose first part holds a number ("lives Monday,
            # Wednesday" and "lives at Green Village, AF, CHA2DS2-VASc 4" are none)
            if span and any(c.isdigit() for c in text[span[0]:span[1]].split(",")[0]):
                yield span
    if not text.isascii():
        for label in _OTHER_LABELS:
            for at in occurrences(text, label):
                after = _AFTER_LABEL.match(text, at + len(label))
                if after:
                    span = _address(text, after.end())
                    if span:
                        yield span
        if "号" in text:
            for m in _CHINESE.finditer(text):
                yield m.span()


# what ends a street line before its next part: a street word, or a house or flat number
_STREET_LINE_END = re.compile(
    r"(?:\b(?:St|Street|Rd|Road|Ave|Avenue|Blvd|Dr|Drive|Ln|Lane|Way|Cres|Crescent|Pl|Place|"
    r"Ct|Court|Tce|Terrace|Hwy|Highway|Pkwy|Parkway|Close|Rua|Avenida|Calle)\.?"
    r"|(?<![\w/.-])\d{1,5}[A-Za-z]?(?:[-/]\d{1,4})?|\b(?:apt|apto|app|unit|flat|suite|ste|kv)\.?\s?\w{1,5})$",
    re.IGNORECASE)


@tail("address_parts", (LOCATION,), separator=", ")
def address_parts(note: Note, at: int) -> int | None:
    """The rest of an address after a street line another rule found and its comma ("Rua
    Cândido Espinheira, 712" + ", apto 41, Perdizes, São Paulo - CEP 05004-000"): read as
    ``address_line`` reads the value after "Address:", and never past a full stop or a line
    (no label says where it ends). Asked only where the finding ends on a street word or a
    number, never in a note in capitals; a town followed by a comma ("Leeds, where she
    ...") is not a street line."""
    text = note.text
    if note.in_capitals or not _STREET_LINE_END.search(text, max(0, at - 2 - 40), at - 2):
        return None
    span = _unlabelled(text, at)
    return span[1] if span else None


# a full stop after a word that is no abbreviation of an address's own, or a line break
_SENTENCE_STOP = re.compile(
    r"(?<![\w.])(?!(?i:st|ste|mt|ave|av|rd|dr|no|apt|ul|os|blk|brgy|kv|app|apto|ap|d|n)\.)"
    r"[\w\u00c0-\u024f]+\.(?=\s)|\n")


def _unlabelled(text: str, start: int) -> Span | None:
    """``_address`` where no label said where the address ends: it ends at the sentence's
    end at the latest ("57 Quarry Road, Barre, VT. COHb 38%" ends at "VT")."""
    span = _address(text, start)
    if span is None:
        return None
    stop = _SENTENCE_STOP.search(text, span[0], span[1])
    if stop is None:
        return span
    end = stop.end() - 1 if stop.group() != "\n" else stop.start()
    return (span[0], end) if end > span[0] else None
