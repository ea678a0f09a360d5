"""Address parts and facilities written the local way in Southeast Asia, Central Asia, the
Middle East, Latin America and Southern Europe: Singapore blocks ("Blk 88 Tampines St 81
#04-12", "Singapore 520088"), Filipino lots ("Blk 3 Lot 9, Phase 1"), Portuguese postcodes
("4000-123 Porto"), Uzbek and Kazakh streets and districts after the name ("Navoi ko'chasi
5-uy", "Yunusobod tumani", "Olmazor mahallasi"), numbered camps and worker lodges ("Arafat
camp 45", "Tuas Lodge 3"), facilities named head first in local languages ("Bimarestan-e
Shahid X", "Bệnh viện X", "Klinik Kesihatan X", "Hospital Comarcal de X", "Centro de Salud
X", "Kibbutz X", "Moshav X", "Batey X"), numbered institutions ("Polyclinic No. 3", "City
Hospital No. 40", "Batallón de Infantería No. 7", "CMF 22") and Russian state facilities
("GBUZ ... TsRB", "Ivanovskaya TsRB")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..categories import LOCATION
from ..lexicons import english, words
from . import Note, Span, finder

_CAP = r"[A-ZÀ-ÖØ-ÞĐŐŰČŠŽŘĆŁŚŹŻ]"
_WORD = rf"{_CAP}[\w'\u2019\u2018-]{{0,30}}"
# Singapore HDB blocks: "Blk 412 Bedok North Ave 2 #08-115"
_SG_BLOCK = re.compile(
    rf"\bBlk\.?\s?\d{{1,4}}[A-Z]?\s(?:{_WORD}\s){{1,3}}"
    r"(?:Ave|Avenue|St|Street|Rd|Road|Dr|Drive|Cres|Crescent|Ring|Lane|Way|Central|Link|Close|"
    r"View|Walk|Place|Pl)\b\.?(?:\s\d{1,3}[A-Z]?\b)?(?:,?\s?#\d{1,3}-\d{1,5}[A-Z]?)?")
_SG_POSTCODE = re.compile(r"\bSingapore\s(?P<code>\d{6})(?!\d)")
# Filipino subdivisions: "Blk 7 Lot 22, Phase 2", "Block 3 Lot 9"
_PH_LOT = re.compile(
    r"\b(?:Blk|Block|BLK)\.?\s?\d{1,4}[A-Z]?,?\s(?:Lot|L)\.?\s?\d{1,4}[A-Z]?"
    r"(?:,?\s(?:Phase|Ph\.?)\s?\d{1,2}[A-Z]?)?\b")
# a Portuguese postcode before its town: "4250-309 Porto"
# (found from the dash and its three digits; the four before are read in Python)
_PT_POSTCODE = re.compile(r"-\d{3}(?=\s" + _CAP + r"[a-z])")
_FOUR_BEFORE = re.compile(r"(?<![\w/.-])\d{4}$")
# Filipino barangays and puroks with their word: "Brgy. San Roque", "Purok 4"; in a note typed
# all in lower case, lower-case names up to the next comma ("brgy san roque,")
_PH_PLACE = re.compile(
    r"(?<![\w])(?:Brgy\.?|Barangay|BRGY\.?|Purok|PUROK|Sitio)\s(?:\d{1,3}[A-Z]?\b|"
    + _WORD + r"(?:\s(?:" + _WORD + r"|[IVX]{1,4}\b|\d{1,3}\b)){0,3})")
_PH_PLACE_LOWER = re.compile(
    r"(?<![\w])(?:brgy\.?|barangay|purok|sitio)\s(?:\d{1,3}[a-z]?|[a-z]{3,}(?:\s[a-z]{3,}){0,2})"
    r"(?=\s?[,.;]|$)")
# Uzbek, Kazakh and Kyrgyz address words after the name, with the house after a street
_AFTER = re.compile(
    rf"(?P<name>{_WORD}(?:\s{_WORD})?)\s(?P<head>ko['\u2019\u2018`]?chasi|mahallasi|tumani|"
    r"MFY|k[oö]shesi|audany|audani|rayoni|ko['\u2019\u2018`]?cha)"
    r"(?P<num>\s\d{1,4}[A-Za-z]?(?:-(?:uy|y|úi|ui))?)?(?![\w])")
_AFTER_HINTS = words("chasi mahallasi tumani mfy koshesi audany audani rayoni cha")
# numbered camps and worker lodges: "Mina camp 112", "Kranji Lodge 2"
_CAMP = re.compile(
    rf"\b(?:{_WORD}\s){{1,2}}(?:[Cc]amp|Lodge|Dormitory|Dormitories|Dorm)\s\d{{1,4}}[A-Z]?\b")
# facilities whose head comes first in the local language; the head is part of the name
_HEAD_FIRST = re.compile(
    r"(?P<head>(?i:bimarestan|bemarestan|bimaristan)(?:-e)?|Benh\svien|BENH\sVIEN|"
    r"Klinik\sKesihatan|KLINIK\sKESIHATAN|Klinik\sDesa|Hospital\sComarcal|HOSPITAL\sCOMARCAL|"
    r"Centro\sde\s(?:Acogida|Salud|Atenci[oó]n\sPrimaria)|CENTRO\sDE\sSALUD|"
    r"Kibbutz|Moshav|Batey|Trung\stam\sY\ste|Tram\sY\ste)"
    r"(?P<name>(?:[ ](?:de|del|de[ ]la|la|las|los|el|DE|DEL|LA|LOS|EL)(?=[ ]))?(?:[ ](?:"
    + _WORD + r"|\d{1,3}\b)){1,5})")
_HEAD_HINTS = words("bimarestan bemarestan bimaristan vien kesihatan desa comarcal acogida salud "
                    "atencion kibbutz moshav batey te")
# Vietnamese writes the later syllables of a name in lower case: "Benh vien Cho Ray"
_VI_SYLLABLE = re.compile(r"\s([A-Za-z]{1,6})(?![\w-])")
# an institution with its number: "Polyclinic No. 17", "Regional Vascular Centre No. 1",
# "School No. 9", "Batallón de Infantería No. 10"; found from "No." and read backwards
_NUMBER = re.compile(r"\s(?:No|Nº|N[º°])\.?\s?\d{1,3}(?![\d/-]|[.,]\d)")
_INSTITUTION_BEFORE = re.compile(
    rf"(?:(?:{_WORD})\s(?:(?:de|of|for|la|del)\s)?){{0,3}}"
    r"(?:Polyclinic|Poliklinika|Policl[ií]nico|Hospital|Clinic|Centre|Center|School|Lyceum|"
    r"Gymnasium|Kindergarten|Dispensary|Maternity\sHome|Battalion|Brigade|Regiment|"
    r"Batall[oó]n|Brigada|Regimiento|Escuela|Colegio|Liceo|Hospital\sMilitar)"
    rf"(?:\s(?:de|of|for)\s(?:{_WORD})(?:\s{_WORD})?)?$")
_INSTITUTION_WORDS = words("""
polyclinic poliklinika policlinico hospital clinic centre center school lyceum gymnasium
kindergarten dispensary battalion brigade regiment batallon brigada regimiento escuela
colegio liceo
""")
# Cuban family doctors' offices and a Russian district hospital's short forms
_CMF = re.compile(r"\bCMF\s\d{1,3}\b")
_RU_STATE = re.compile(
    r"\b(?:GBUZ|GAUZ|GUZ|FGBU|FGBUZ|MBUZ|OGBUZ|KGBUZ|GBU)\s(?:[A-Z]{2,3}\s)?"
    rf"(?:[\"\u00ab]?{_WORD}[\"\u00bb]?\s){{0,3}}(?:TsRB|CRB|TsGB|GKB|OKB|RKB|DGKB|ODKB|GB|KB|RB)"
    r"(?:\sNo\.?\s?\d{1,3})?\b")
_RU_SHORT = re.compile(
    rf"\b{_WORD}\s(?:TsRB|CRB|TsGB|GKB|OKB|RKB|DGKB|ODKB)(?:\sNo\.?\s?\d{{1,3}})?\b")
_RU_WORDS = words("gbuz gauz guz fgbu fgbuz mbuz ogbuz kgbuz tsrb crb tsgb gkb okb rkb dgkb odkb")


def _finds(text: str, needles: tuple[str, ...]) -> Iterator[int]:
    """Where each needle stands in the text (after its first character)."""
    for needle in needles:
        at = text.find(needle, 1)
        while at > 0:
            yield at
            at = text.find(needle, at + 1)


def _english(word: str) -> bool:
    return word.lower() in english()


@finder("address_local", LOCATION)
def addresses_local(note: Note) -> Iterator[Span]:
    """Address parts and facilities written the local way (see the module docstring). Each
    form is found from its own rare word (Blk, Lot, mahallasi, Lodge, Kibbutz, No.); the
    names are capitalised words (Vietnamese syllables after a capitalised first one may be in
    lower case). "a camp 3 km away", "Hospital No. 4521" (a record number: four digits),
    "kibbutz life" (no capital) and "Singapore 2023" are left alone."""
    text, low, present = note.text, note.lower, note.words
    if "blk" in present or "block" in present:
        for m in _SG_BLOCK.finditer(text):
            yield m.span()
        for m in _PH_LOT.finditer(text):
            yield m.span()
    if not present.isdisjoint(("brgy", "barangay", "purok", "sitio")):
        for m in _PH_PLACE.finditer(text):
            if all(_english(w) for w in m.group().split()[1:]):
                continue
            yield m.span()
        if text == low:
            for m in _PH_PLACE_LOWER.finditer(text):
                if m.group().split()[1].isdigit() or not all(
                        _english(w) for w in m.group().split()[1:]):
                    yield m.span()
    if "singapore" in present:
        for m in _SG_POSTCODE.finditer(text):
            yield m.span("code")
    if "-" in text:
        for m in _PT_POSTCODE.finditer(text):
            four = _FOUR_BEFORE.search(text, max(0, m.start() - 5), m.start())
            if four:
                yield four.start(), m.end()
    if not _AFTER_HINTS.isdisjoint(present):
        for m in _AFTER.finditer(text):
            if all(_english(w) for w in m.group("name").split()):
                continue
            yield m.span()
    if "lodge" in present or "camp" in present or "dormitory" in present or "dorm" in present:
        for m in _CAMP.finditer(text):
            first = m.group().split()[0]
            if _english(first) and len(m.group().split()) == 3:
                continue  # "Base camp 2", "Summer camp 3"
            yield m.span()
    if not _HEAD_HINTS.isdisjoint(present):
        for m in _HEAD_FIRST.finditer(text):
            if m.start() and text[m.start() - 1].isalnum():
                continue
            name = m.group("name").split()
            # leading and trailing joiners and ordinary English words are no part of it
            while name and (_english(name[-1]) and not name[-1][0].isdigit()):
                name.pop()
            if not name or all(_english(w) or w.lower() in ("de", "la", "el") for w in name):
                continue
            end = text.index(name[-1], m.start("name")) + len(name[-1])
            if m.group("head").lower().startswith("benh"):
                for _ in range(5):
                    more = _VI_SYLLABLE.match(text, end)
                    if more is None or (more.group(1).islower() and _english(more.group(1))):
                        break
                    end = more.end()
            yield m.start(), end
    if "no" in present and not _INSTITUTION_WORDS.isdisjoint(present):
        for m in (_NUMBER.match(text, at - 1) for at in _finds(text, ("No", "N\u00ba"))):
            if m is None:
                continue
            head = _INSTITUTION_BEFORE.search(text, max(0, m.start() - 90), m.start())
            if head is None:
                continue
            start = head.start()
            first = text[start:m.start()].split()
            # leading ordinary words ("at", "The") are dropped; a capitalised name stays
            while first and first[0][0].islower():
                start = text.index(first[1], start + len(first[0])) if len(first) > 1 else start
                first = first[1:]
            yield start, m.end()
    if "CMF " in text:
        for m in _CMF.finditer(text):
            yield m.span()
    if not _RU_WORDS.isdisjoint(present):
        for m in _RU_STATE.finditer(text):
            yield m.span()
        for m in _RU_SHORT.finditer(text):
            yield m.span()
