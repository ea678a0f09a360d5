"""Numbers that look like dates or ids and are neither: UK clinical durations ("2/7 hx of
fever", "seen 1/7 ago", "6/52 post-op", "review in 6/52"), counts out of a total ("0/11
survivors vs 4/23", "pN1b (3/17)", "2/3 rate") and codes of published code systems after
their name ("SNOMED 22298006", "LOINC for HbA1c is 4548-4", "ISRCTN 12345678")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..categories import ACCOUNT, DATE, MRN, NAME, OTHER_ID, PHONE
from ..lexicons import words
from . import Note, Span, veto

# n/7 days, n/12 months, n/52 weeks: a fraction (below) with one of these totals
_DURATION_AFTER = re.compile(
    r"['\"\u2019\u201d]?\s{0,2}(?:=|hx\b|h/o\b|history|ago\b|post[\s-]?op|postop|of\b|"
    r"duration|course\b|prior\b|previously|before\b|later\b)", re.IGNORECASE)
_DURATION_BEFORE = re.compile(
    r"(?:\breview(?:\sin)?|\bfor|\bin|\bover|\bpast|\blast|\bwithin|\bseen|\bfu|\bf/u|"
    r"\bfollow[\s-]?up(?:\sin)?|\bx|\btto:?(?:\s[\w-]+)?|"
    # who sees the patient again, or what is repeated, and when: "GP 1/52", "OPD 6/12"
    r"\bgp|\bclinic|\bopd|\bopa|\bopc|\bop\sclinic|\br/v|\brv|\btca|\bappt|\brecheck|"
    r"\brepeat(?:\s[a-z]{2,8})?|\bbloods|\bbld)\s{1,2}$", re.IGNORECASE)
# a count out of a total: "4/23 for penetrating", "(3/17) nodes", "2/3 rate"
# only what could be read as a month and day (a count of 14/23 is no date to veto)
# (starts on the slash, which re finds fast; the digits before it are read in Python)
_FRACTION = re.compile(r"/(?P<b>\d\d?)(?![\w/%]|\.\d)")  # the count: 1-2 digits before
_COUNTED = words("""
survivors survived died deaths patients pts cases nodes node cores positive responded
responders rate dose strength maintenance
""")
# "from 8/29 cultures", "R/O from 3/9 episodes": a date word before it makes it a date
_DATE_WORD_BEFORE = re.compile(
    r"\b(?:from|on|since|of|until|till|by|to|and|dated?|the|at|after|before|d/c|dc)\s{1,2}$",
    re.IGNORECASE)
_COUNT_BEFORE = re.compile(r"(?:\bversus|\bvs\.?|\bcompared\swith|\bp?[nN][0-3][a-c]?|"
                           r"\bratio(?:\sof)?)\s{0,2}\(?$", re.IGNORECASE)
_NEXT_WORD = re.compile(r"[)\]]?\s{0,2}([a-z]+)")
# codes after the name of their code system, a few words later at most
# as the systems write their names: "ICD" alone is also the device, "mesh" the implant
_SYSTEM = re.compile(
    r"(?<![\w-])(?:SNOMED(?:\sCT)?|Snomed(?:\sCT)?|LOINC|ICD-?(?:9|10|11)(?:-CM|-PCS)?|"
    r"ICD\scode|CPT|HCPCS|NDC|ATC|RxNorm|RXNORM|RxCUI|MeSH|OMIM|ISRCTN|CTRI|NCT|EudraCT|"
    r"PROSPERO|UMLS)(?![\w-])")
_SYSTEM_WORDS = words("""
snomed loinc icd cpt hcpcs ndc atc rxnorm rxcui mesh omim isrctn ctri nct eudract prospero umls
cui
""")
_CODE_TOKEN = re.compile(r"[A-Za-z0-9]{0,12}\d[A-Za-z0-9]{0,12}(?:[.\-/][A-Za-z0-9]{1,12}){0,4}")
_STOP = re.compile(r"[.?!;](?:\s|$)|\n|\s-\s")


@veto("clinical_numbers", (DATE, OTHER_ID, MRN, ACCOUNT, PHONE), hints=("/", *_SYSTEM_WORDS))
def clinical_numbers(note: Note) -> Iterator[Span]:
    """Durations in the UK shorthand (n/7 days, n/12 months, n/52 weeks) next to a word of
    duration ("2/7 hx", "1/7 ago", "6/52 post-op", "review in 6/52"), a count out of a total
    after "versus", a nodal stage or before what is counted ("4/23 survivors", "N1 (3/17)"),
    and the code after a code system's name (SNOMED, LOINC, ICD, CPT, NDC, ATC, RxNorm, trial
    registries). A date with a date word ("on 3/12") and a number with no such context stay
    findings."""
    text, low = note.text, note.lower
    for m in _FRACTION.finditer(text) if "/" in text else ():
        s = m.start()
        while s > m.start() - 2 and s and text[s - 1].isdigit():
            s -= 1
        if s == m.start() or (s and (text[s - 1].isalnum() or text[s - 1] in "/._")):
            continue
        a, b = int(text[s:m.start()]), int(m.group("b"))
        if a > b or a > 12 or b > 52:
            continue  # "120/80", "12/7" (a date), "14/23" (no month)
        if b in (7, 12, 52) and (
                _DURATION_AFTER.match(text, m.end())
                or _DURATION_BEFORE.search(text, max(0, s - 24), s)):
            yield s, m.end()
            continue
        nxt = _NEXT_WORD.match(low, m.end())
        if (nxt and nxt.group(1) in _COUNTED and not
                _DATE_WORD_BEFORE.search(text, max(0, s - 8), s)) or \
                _COUNT_BEFORE.search(text, max(0, s - 16), s):
            yield s, m.end()
    if _SYSTEM_WORDS.isdisjoint(note.words):
        return
    for m in _SYSTEM.finditer(text):
        end = min(len(text), m.end() + 40)
        stop = _STOP.search(text, m.end(), end)
        end = stop.start() if stop else end
        code = _CODE_TOKEN.search(text, m.end(), end)
        if code and not text[code.start() - 1].isalnum():
            yield m.start(), code.end()  # "CTRI/2020/05/012345" is one token


# visual acuity in Snellen notation, metres (6/x) or feet (20/x), after an acuity word
_ACUITY = re.compile(
    r"(?<![\w/.])(?:6|20)/(?:4|5|6|7\.5|9|12|15|18|24|25|30|36|40|50|60|70|80|100|200|400)"
    r"(?![\w/]|\.\d)")
_ACUITY_WORD = re.compile(
    r"\b(?:va|bcva|ucva|bcva|snellen|acuity|acuities|vision|visual|pinhole|ph|od|os|ou|"
    r"r(?:ight)?\s?eye|l(?:eft)?\s?eye)\b")
_ACUITY_HINTS = words("va bcva ucva snellen acuity acuities vision visual pinhole od os ou eye")
# a form's own name or number after "form": "form MCSA-5875", "DVLA form DIAB1", "Form I-9"
_FORM = re.compile(r"\bform\s(?:no\.?\s)?([A-Z]{1,8}[A-Z0-9]{0,4}-?\d{1,5}[A-Z]?)(?![\w-])",
                   re.IGNORECASE)


@veto("acuity_and_forms", (DATE, OTHER_ID, MRN, NAME), hints=("/", "form"))
def acuity_and_forms(note: Note) -> Iterator[Span]:
    """Visual acuity in Snellen notation ("VA 6/9", "snellen 6/36 = 20/120", "BCVA 20/40 OD")
    when an acuity word is at most a few words before it, and a form named by its code after
    "form" ("FMCSA form MCSA-5875", "DVLA form DIAB1", "Form I-9"). A date with no acuity
    word ("seen 6/9") and a patient's number after a label stay findings."""
    text, low = note.text, note.lower
    if "/" in text and not _ACUITY_HINTS.isdisjoint(note.words):
        for m in _ACUITY.finditer(text):
            if _ACUITY_WORD.search(low, max(0, m.start() - 30), m.start()):
                yield m.span()
    if "form" in low:
        for m in _FORM.finditer(text):
            if m.group(1)[0].isupper():  # a form code is written in capitals
                yield m.start(), m.end(1)
