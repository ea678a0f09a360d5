"""Columns of a Markdown table that hold identifiers: under a "Patient" or "Name" header
every cell is a name, under "MRN" or "Hosp No" an id, under "DOB" or "Admitted" a date,
under "Age" an age (when over 89). A two-column "| Name | Ivy Lamb |" table is read row by
row: its first cell is the label."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from .. import lexicons
from ..categories import AGE_OVER_89, DATE, LOCATION, MRN, NAME, PHONE
from ..lexicons import words
from . import Note, Span, finder
from ._words import NAME_WORD, ascii_fold, is_initial, is_role, name_like

# the line under the header: "|---|:--:|", "--- | ---"
_SEPARATOR = re.compile(
    r"^[ \t]*\|?[ \t]*:?-{2,}:?[ \t]*(?:\|[ \t]*:?-{1,}:?[ \t]*){1,40}\|?[ \t]*$", re.MULTILINE)
_HINTS = ("|",)  # one hint: each more costs a scan of every note

# what a header says its column holds (each part of "Age/Sex", "Name (MRN)" on its own)
_NUMBER_WORDS = words("no nr num number nos #")
_ID_WORDS = words("""
mrn mr uhid id ids ssn nhi urn ur chi hn nhs nric aadhaar nin cr ipd opd ip op file folio chart
record records acct account hosp hospital reg registration card medicare medicaid insurance
""")
_NOT_ID = words("bed room ward row case item unit cycle dose lot batch page rank")
_DATE_WORDS = words("""
date dates dob d.o.b born birth birthday admitted admission adm discharged discharge dod died
death seen visit appt appointment fecha datum tgl tanggal
""")
_AGE_WORDS = words("age ages aged edad idade alter umur yrs years yo y/o")
_NAME_WORDS = words("""
name names patient patients pt pts nom nombre nome naam paciente pasien patiente surname
surnames forename forenames given initials kin nok mother father parent parents guardian
spouse husband wife carer caregiver consultant attending surgeon physician doctor gp referrer
presenter clinician provider registrar resident nurse midwife author
""")
_PLACE_WORDS = words("""
address town city village residence suburb hometown domicile origin origine provenance commune
localite localidad localidade quartier lieu ville ciudad cidade municipio municipality district
aire colonia bairro barrio barangay kelurahan desa kampung upazila neighbourhood neighborhood
adresse direccion endereco indirizzo comune wohnort
""")
_PHONE_WORDS = words("phone tel telephone mobile cell contact")
_PART_SPLIT = re.compile(r"[/&+,()]|\band\b")
_HEADER_WORD = re.compile(r"[a-z#./]+")

_CELL = re.compile(r"[^|\n]+")
# a value in a cell that holds several: "Ivey, Bill; Fenn, Hollis", "Lamb A / Frost B"
_VALUE_SPLIT = re.compile(r"\s*(?:;|&|<br\s?/?>)\s*|\s(?:/|\+|and)\s", re.IGNORECASE)
_NAME_RUN = re.compile(rf"(?<![\w]){NAME_WORD}\.?(?:,?[ ]{NAME_WORD}\.?){{0,5}}(?![\w])")
_RUN_WORD = re.compile(rf"{NAME_WORD}\.?")
_EMPTY = words("""
n/a na nil none unknown unk tbc tba pending declined same redacted anon xx xxx idem ditto
""")
_AGE_IN_CELL = re.compile(
    r"(?<![\d.,:/])(?P<n>9\d|1[01]\d)(?![\d.,:]\d)(?!\s?(?:d|days?|w|wks?|weeks?|mo|mos|months?|"
    r"%|mg|kg|g|cm|mm|ml|bpm|kpa)\b)"
)
_AGE_WITH_NAME = re.compile(r"(?<![\d.])(?P<n>9\d|1[01]\d)(?=\s?(?:[MFmf]\b|/[MFmf]\b|y\b|yo\b|"
                            r"y/o\b|yrs?\b|\)))")
_ID_VALUE = re.compile(r"[A-Za-z0-9][A-Za-z0-9/.\- ]{2,30}[A-Za-z0-9]")
_DATE_VALUE = re.compile(
    r"\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{1,4})?"
    r"|\d{1,2}(?:st|nd|rd|th)?[ -]?[A-Za-z]{3,9}\.?(?:[ -,]{1,2}\d{2,4})?"
    r"|[A-Za-z]{3,9}\.?[ -]\d{1,2}(?:st|nd|rd|th)?(?:,?[ ]\d{2,4})?"
)
_MONTHS = words("""
jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july
august september october november december
""")
_PHONE_VALUE = re.compile(r"\+?\d[\d ().-]{5,20}\d")
_ORDINALS = words("st nd rd th")
_RELATIVE_DATE = re.compile(r"(?:day|d|pod|hd|wk|week)\s?\d", re.IGNORECASE)


def _header_kinds(cell: str) -> frozenset[str]:
    """The kinds of identifier a header cell announces ("Age/Sex" → {"age"})."""
    low = ascii_fold(cell.strip(" \t*_`:")).lower()
    kinds = set()
    for part in _PART_SPLIT.split(low):
        toks = set(_HEADER_WORD.findall(part))
        toks |= {t.rstrip(".") for t in toks}
        if not toks or toks & _NOT_ID:
            continue
        if toks & _ID_WORDS and (toks & _NUMBER_WORDS or toks & (_ID_WORDS - words(
                "hosp hospital reg file card record records chart account acct insurance"))):
            kinds.add(MRN)
        elif toks & _DATE_WORDS:
            kinds.add(DATE)
        elif toks & _AGE_WORDS:
            kinds.add(AGE_OVER_89)
        elif toks & _NUMBER_WORDS and toks & (_NAME_WORDS | words("hosp hospital reg file card")):
            kinds.add(MRN)  # "Pt No.", "Hosp No"
        elif toks & _PHONE_WORDS:
            kinds.add(PHONE)
        elif toks & _NAME_WORDS:
            kinds.add(NAME)
        elif toks & _PLACE_WORDS:
            kinds.add(LOCATION)
    return frozenset(kinds)


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The cells of one table line (spans without the bars and outer blanks)."""
    out = []
    line = text[start:end]
    inner_s, inner_e = 0, len(line)
    stripped = line.strip()
    if stripped.startswith("|"):
        inner_s = line.index("|") + 1
    if stripped.endswith("|"):
        inner_e = line.rindex("|")
    pos = inner_s
    for piece in line[inner_s:inner_e].split("|"):
        a, b = pos, pos + len(piece)
        while a < b and line[a] in " \t":
            a += 1
        while b > a and line[b - 1] in " \t":
            b -= 1
        out.append((start + a, start + b))
        pos += len(piece) + 1
    return out


def _line_bounds(text: str, pos: int) -> tuple[int, int]:
    s = text.rfind("\n", 0, pos) + 1
    e = text.find("\n", pos)
    return s, len(text) if e < 0 else e


@lru_cache(maxsize=4)
def _classified(text: str) -> tuple[tuple[str, int, int], ...]:
    """(kind, start, end) of every table cell whose column or row label names a kind."""
    out: list[tuple[str, int, int]] = []
    for (hs, he), first_row in _tables(text):
        header = [_header_kinds(text[a:b]) for a, b in _cells(text, hs, he)]
        rows = []
        pos = first_row
        while pos < len(text):
            rs, re_ = _line_bounds(text, pos)
            if "|" not in text[rs:re_]:
                break
            rows.append(_cells(text, rs, re_))
            pos = re_ + 1
        # a label column: "| Name | Ivy Lamb |" rows under a "| Field | Value |" header
        two_col = len(header) == 2 and not any(header)
        if two_col:
            rows.insert(0, _cells(text, hs, he))
        for cells in rows:
            if two_col:
                if len(cells) >= 2:
                    for kind in _header_kinds(text[cells[0][0]:cells[0][1]]):
                        out.append((kind, *cells[1]))
                continue
            for kinds, (a, b) in zip(header, cells, strict=False):
                for kind in kinds:
                    out.append((kind, a, b))
    return tuple(out)


def _tables(text: str) -> Iterator[tuple[tuple[int, int], int]]:
    """(header line bounds, start of the first row) of each table: a Markdown table (header,
    separator row, rows), or a table pasted without the separator ("RM | PT | AGE | CC" then
    rows of as many cells): at least three header cells, one of them naming a kind of
    identifier, and the next line with the same number of bars."""
    for sep in _SEPARATOR.finditer(text):
        if "|" not in sep.group() or sep.start() == 0:
            continue
        hs, he = _line_bounds(text, sep.start() - 1)
        if "|" in text[hs:he]:
            yield (hs, he), sep.end() + 1
    pos = text.find("|")
    while pos >= 0:
        hs, he = _line_bounds(text, pos)
        line = text[hs:he]
        ns, ne = _line_bounds(text, he + 1) if he < len(text) else (he, he)
        if (line.count("|") >= 2 and ne > ns and text[ns:ne].count("|") == line.count("|")
                and not _SEPARATOR.fullmatch(text, ns, ne)
                and not (hs and _SEPARATOR.fullmatch(text, *_line_bounds(text, hs - 1)))
                and not _SEPARATOR.fullmatch(text, hs, he)
                and (hs == 0 or text.count("|", *_line_bounds(text, hs - 1)) != line.count("|"))
                and any(_header_kinds(text[a:b]) for a, b in _cells(text, hs, he))):
            yield (hs, he), ns
        pos = text.find("|", he + 1) if he < len(text) else -1


def _values(text: str, a: int, b: int) -> Iterator[tuple[int, int]]:
    pos = a
    for m in _VALUE_SPLIT.finditer(text, a, b):
        yield pos, m.start()
        pos = m.end()
    yield pos, b


def _cells_of(note: Note, kind: str) -> Iterator[tuple[int, int]]:
    for k, a, b in _classified(note.text):
        if k == kind and b > a and ascii_fold(note.text[a:b]).strip(" .-?*") not in _EMPTY:
            yield a, b


@finder("table_name", NAME, hints=_HINTS)
def table_names(note: Note) -> Iterator[Span]:
    """Names in a column headed "Patient", "Name", "Nombre", "NOK", "Consultant"...: each
    run of words in a cell ("Ivey, Bill", "Kiprono arap Sang", two names split by ";" or
    "/") with at least one word that could be a name. Titles and roles stay outside;
    placeholders ("n/a", "pending"), specialties ("Cardiology") and numbers are left."""
    text = note.text
    for a, b in _cells_of(note, NAME):
        for m in _NAME_RUN.finditer(text, a, b):
            ws = [(w.start(), w.end(), w.group()) for w in _RUN_WORD.finditer(m.group())]
            while ws and (is_role(ws[0][2]) or ascii_fold(ws[0][2]) in _EMPTY):
                ws.pop(0)
            while ws and is_role(ws[-1][2]):
                ws.pop()
            if not ws or (all(is_initial(w) for _, _, w in ws) and len(ws) < 2):
                continue
            if any(ascii_fold(w) in lexicons.medical() for _, _, w in ws if not name_like(w)):
                continue
            if not any(name_like(w.rstrip(".")) for _, _, w in ws) and not (
                    len(ws) >= 2 and all(is_initial(w) for _, _, w in ws)):
                continue
            yield m.start() + ws[0][0], m.start() + ws[-1][1]


@finder("table_age", AGE_OVER_89, hints=_HINTS)
def table_ages(note: Note) -> Iterator[Span]:
    """An age of 90 to 119 in a column headed "Age", "Age/Sex", "Edad" ("91", "93F",
    "95/M"), or next to a name in a "Patient" column ("Lamb, Ivy (94)"). A value with a
    unit of days, weeks, months or a measure is not an age in years."""
    text = note.text
    for a, b in _cells_of(note, AGE_OVER_89):
        m = _AGE_IN_CELL.search(text, a, b)
        if m and m.start() == a:  # the cell's first value
            yield m.span("n")
    for a, b in _cells_of(note, NAME):
        for m in _AGE_WITH_NAME.finditer(text, a, b):
            yield m.span("n")


@finder("table_id", MRN, hints=_HINTS)
def table_ids(note: Note) -> Iterator[Span]:
    """Record numbers in a column headed "MRN", "Hosp No", "UHID", "NHS No", "IP no.",
    "ID": each value with at least three digits ("E0094417", "KNH/24/0412"). Row numbers
    and short codes ("1", "A2") are left, as are columns of beds, rooms and cycles."""
    text = note.text
    for a, b in _cells_of(note, MRN):
        for s, e in _values(text, a, b):
            for m in _ID_VALUE.finditer(text, s, e):
                if sum(c.isdigit() for c in m.group()) >= 3:
                    yield m.span()


@finder("table_date", DATE, hints=_HINTS)
def table_dates(note: Note) -> Iterator[Span]:
    """Dates in a column headed "DOB", "Date", "Admitted", "Fecha": a day and month with or
    without a year ("12/03", "3 Mar 2024"). A bare year (allowed by Safe Harbor) and a
    relative day ("day 3", "POD 2") are left."""
    text = note.text
    for a, b in _cells_of(note, DATE):
        if _RELATIVE_DATE.match(text, a):
            continue
        for m in _DATE_VALUE.finditer(text, a, b):
            alpha = re.findall(r"[a-z]+", m.group().lower())
            if alpha and not (any(w in _MONTHS for w in alpha)
                              and all(w in _MONTHS or w in _ORDINALS for w in alpha)):
                continue
            yield m.span()


@finder("table_phone", PHONE, hints=_HINTS)
def table_phones(note: Note) -> Iterator[Span]:
    """Numbers of seven or more digits in a column headed "Phone", "Tel", "Mobile",
    "Contact"."""
    text = note.text
    for a, b in _cells_of(note, PHONE):
        for m in _PHONE_VALUE.finditer(text, a, b):
            if sum(c.isdigit() for c in m.group()) >= 7:
                yield m.span()


@finder("table_place", LOCATION, hints=_HINTS)
def table_places(note: Note) -> Iterator[Span]:
    """A cell under "Address", "Town", "Village", "Residence": the whole value, unless it
    is a placeholder."""
    text = note.text
    for a, b in _cells_of(note, LOCATION):
        if any(c.isalpha() for c in text[a:b]):
            yield a, b
