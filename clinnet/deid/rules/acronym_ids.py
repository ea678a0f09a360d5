"""A number behind an acronym no list knows: "OHIP 5531 892 046 XR", "AHCIP 40218-3377",
"CPSO 104882", "NMC no. 14825", "HCN 1234 567 890". Every country, province and board
names its record, card and registration numbers with an acronym of its own; no list of
them is ever complete, but the shape of the number tells it from a lab value ("BNP 4100",
"VL 250000 copies", "PLT 150-450")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..categories import OTHER_ID
from ..lexicons import words
from . import Note, Span, finder
from ._words import clinical_terms

# two to six capitals (an ampersand inside: "H&C"), then "no." / "number" / "#" / "reg" /
# ":" and the value; the acronym is found first (a look-behind after its first capital:
# a pattern opening on a look-behind is tried at every position of the note)
_LABELLED = re.compile(
    r"[A-Z](?<![\w&/.\-][A-Z])[A-Z&]{1,5}(?![\w&])\.?"
    r"(?P<word>\s{0,2}(?:no\.?|nr\.?|number|num\.?|\#|reg(?:istration)?(?:\.|\sno\.?)?))?"
    r"\s{0,2}[:#]?\s{0,2}"
    r"(?P<id>(?:[A-Za-z]{1,3}-?)?\d[\dA-Za-z]*(?:[\- /]\d[\dA-Za-z]*){0,4}"
    r"(?:[ \t][A-Z]{1,3}(?![\w\-/]))?)")
# in a note in capitals every word is shaped like an acronym: there the search starts from
# the four digits every identifier holds and reads the acronym back ("HSN: 701 448 213")
_LABEL_BEFORE_DIGITS = re.compile(
    r"(?<![\w&/.\-])[A-Z][A-Z&]{1,5}\.?[ \t]{0,2}[:#]?[ \t]{0,2}(?:[A-Za-z]{1,3}-?)?"
    r"(?:\d[\dA-Za-z]*[\- /])*$")
_DIGITS = re.compile(r"\d")
_FOUR_DIGITS = re.compile(r"\d(?:\d{3}|\d{2}[\s\-/]\d|\d[\s\-/]\d{2}|[\s\-/]\d{3})")
_RUN = re.compile(r"\d{6,}")
# letters before the digits make a code ("K8841073", "W-88130"); after them, a unit
# ("1200U") or a model ("360x1")
_CODE = re.compile(r"[A-Za-z]{1,3}-?\d")
# two numbers joined by a hyphen, neither of five digits: a range ("500-1000", "12-19")
_RANGE = re.compile(r"\d{1,4}[A-Za-z]{0,3}-\d{1,4}[A-Za-z]{0,3}(?:\s[A-Z]{1,3})?")
# measurements and times after the number: "PSA 1200 ng/mL", "UOP 1500-2000 mL"
_UNIT_AFTER = re.compile(
    r"\s?(?:%|/|[a-z]{1,5}/|mg|mcg|ug|ng|ml|mL|l\b|L\b|iu|IU|units?|copies|cells|kg|g\b|mm|cm|"
    r"mmol|umol|hrs?\b|min|x\b|times|days|weeks|years|pts|patients)")
_DATE_OR_TIME = re.compile(
    r"\d{1,4}[\-/ ]\d{1,2}[\-/ ]\d{1,4}|(?:19|20)\d\d[\-/ ](?:19|20)?\d\d"
    r"|(?:[01]\d|2[0-4])[0-5]\d[\- ](?:[01]\d|2[0-4])[0-5]\d")
# a North American phone number, which the phone rules read ("ROBEL 403-555-0189")
_PHONE = re.compile(r"\d{3}[\s.\-]\d{3}[\s.\-]\d{4}(?!\d)")
# public code schemes: a drug, a trial, a paper or a diagnosis, never a person
_PUBLIC = words("""
NCT ISRCTN ACTRN CTRI EUDRACT PMID PMCID PMC DOI ISBN ISSN NDC ATC ICD CPT SNOMED LOINC
RXNORM HCPCS DRG MESH CAS EC UN ISO IEC ASTM ANSI IEEE HL GS WHO CDC FDA EMA NICE
""")
# labels of phone numbers and of the numbers other rules read better (a date of birth)
_OTHER_KINDS = words("""
TEL PH PHONE CELL MOB MOBILE FAX PAGER BLEEP EXT DOB DOD DOA AGE TIME DATE AT ON IN OF TO
AND OR THE FOR BY WITH FROM
""")


@finder("acronym_id", OTHER_ID)
def acronym_ids(note: Note) -> Iterator[Span]:
    """The number after an acronym that no word list knows, when it has the shape of an
    identifier: digit groups of seven digits or more ("3214 556 789", "11-2847-3391"), a
    run of six digits or more, digits with letters ("s3871204", "5531 892 046 XR"), or four
    digits or more after "no." / "#" / "reg" ("NMC no. 14825"). Left alone: clinical
    acronyms and their values ("BNP 4100", "VL 250000"), a value with a unit ("PSA 1200
    ng/mL"), dates and clock times ("ED 0800-1600"), public code schemes ("NCT 04280705",
    "NDC 0002-8215-01") and phone labels, which the phone rules read."""
    text = note.text
    # every identifier it yields holds four digits close together; a note without them (a
    # search from digit to digit) is not read for acronyms at all
    if not _FOUR_DIGITS.search(text):
        return
    measures = clinical_terms()  # a test, drug or clinical acronym: a value follows
    for m in _labelled(text, note.in_capitals):
        label = m.group()[: m.group().index(m.group("word") or m.group("id"))].rstrip(" .:#")
        key = label.replace("&", "").upper()
        if key in _PUBLIC or key in _OTHER_KINDS or key.lower() in measures:
            continue
        ident = m.group("id").rstrip()
        s, e = m.start("id"), m.start("id") + len(ident)
        if _UNIT_AFTER.match(text, e) or (e < len(text) and text[e] in "-/.,:" and
                                          e + 1 < len(text) and text[e + 1].isdigit()):
            continue
        digits = len(_DIGITS.findall(ident))
        code = _CODE.match(ident) is not None
        if _DATE_OR_TIME.fullmatch(ident) or _RANGE.fullmatch(ident) or _PHONE.match(ident) or (
                "/" in ident and not code):
            continue  # "0800-1600", "500-1000", "107-148/52-84" (a range of pressures)
        if digits >= 7 or _RUN.search(ident) or (code and digits >= 5) or (
                m.group("word") and digits >= 4):
            yield s, e


def _labelled(text: str, in_capitals: bool) -> Iterator[re.Match[str]]:
    """_LABELLED's matches: found from each capital in a note with lower case, from each
    run of four digits in a note in capitals (where capitals are everywhere)."""
    if not in_capitals:
        yield from _LABELLED.finditer(text)
        return
    end = 0
    for digits in _FOUR_DIGITS.finditer(text):
        if digits.start() < end:
            continue
        label = _LABEL_BEFORE_DIGITS.search(text, max(0, digits.start() - 24), digits.start())
        if label and (m := _LABELLED.match(text, label.start())) and m.end("id") > digits.start():
            end = m.end()
            yield m
