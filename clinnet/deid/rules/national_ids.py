"""Personal numbers behind a label from any country: "CNIC 12345-1234567-1", "CPF
123.456.789-09", "NI AB 12 34 56 C", "prison number A1234BC", "HN 55-001234", and the same a
few words after the label ("Medicare number, for the prior auth, is 1AB2-CD3-EF45")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache, lru_cache

from ..categories import ACCOUNT, HEALTH_PLAN, LICENSE, MRN, OTHER_ID, PHONE, VEHICLE
from ..lexicons import _read_lines, english, words
from . import Note, Span, finder

# "no.", "nr", "n\u00ba", "number", "#", ":" after the label
_SUFFIX = re.compile(
    # a council's state after its acronym ("CRM-BA 28817") and "Reg." ("RMC Reg. 31884")
    r"(?:-[A-Z]{2}(?![\w-]))?(?:\s{1,2}[Rr]eg(?:n|d)?\.?(?=\s))?"
    r"\.?\s{0,2}(?:no\.?|nr\.?|n[o\u00ba\u00b0]\.?|number|num\.?|\#)?\s{0,2}[:#=]?\s{0,2}")
# one token of the window after the label, with the punctuation glued to its ends
_TOKEN = re.compile(r"[(\[\"'\u201c]?(?P<t>[^\s,;:()\[\]\"'\u201c\u201d]{1,40})[)\]\"'\u201d.,;:]*")
_CODE = re.compile(r"[A-Za-z0-9]{1,20}(?:[.\-/][A-Za-z0-9]{1,20}){0,6}")
_LETTERS = re.compile(r"[A-Z]{2,4}")  # a state or series prefix: "TX", "AB", "KTR", "WXYZ"
_LETTER = re.compile(r"[A-Z]")
_NOT_PREFIX = words("ID NO MR DR IS OF ON AT IN BY DOB MBI SSN NHS UHID MRN PIN NUM RN LPN NP MD")
_YEAR_OR_DATE = re.compile(
    r"(?:19|20)\d\d|\d{1,2}[./\-]\d{1,2}[./\-](?:\d\d|\d{4})|(?:19|20)\d\d[./\-]\d{1,2}[./\-]\d{1,2}")
_UNIT_AFTER = words("""
mg mcg ug g kg ml l iu units unit mmol mol mm cm m km x times day days week weeks month months
year years yrs hrs h min mins patients people cases beds steps calories kcal ft miles
""")
_VEHICLE_HEADS = frozenset(("licence", "license"))
_SENTENCE_END = re.compile(r"[.?!](?:\s|$)|\n|;")
_WINDOW = 70  # characters after the label a value may stand
_MAX_TOKENS = 9  # tokens before the value


@cache
def _sections() -> dict[str, list[str]]:
    """The labels of ``data/id_labels.txt`` by the category of their numbers."""
    out: dict[str, list[str]] = {}
    section = OTHER_ID
    for line in _read_lines("id_labels.txt"):
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1]
            continue
        out.setdefault(section, []).append(line)
    return out


@cache
def all_labels() -> frozenset[str]:
    """Every label of ``data/id_labels.txt``, lower-cased: the words other rules must not
    read as a name, a town or a label of their own."""
    return frozenset(label.lower() for labels in _sections().values() for label in labels)


@cache
def _labels(category: str
            ) -> tuple[dict[str, tuple[tuple[str, frozenset[str]], ...]],
                       dict[str, frozenset[str]], frozenset[str]]:
    """For one category: the labels in any case by the word of them a note's word set
    holds, with the words a note must hold for each; the acronyms (matched only as written)
    by their lower-case form; and the weak labels (ordinary English words: "card")."""
    forms: dict[str, set[str]] = {}
    anycase: set[str] = set()
    for line in _sections()[category]:
        low = line.lower()
        if line == low:
            anycase.add(low)
        forms.setdefault(low, set()).add(line)
    # acronyms are single words ("tc kimlik" is in any case)
    exact = {low: frozenset(f) for low, f in forms.items() if low not in anycase}
    assert all(" " not in low for low in exact), exact
    by_word: dict[str, set[tuple[str, frozenset[str]]]] = {}
    for label in anycase:
        # the words of the label as any word set holds them: a word with an apostrophe
        # ("driver's") is one token to the name pass and two to a plain split, so it is
        # left out of the test
        runs = frozenset(max(re.findall(r"[a-z]+", w), key=len, default="") for w in
                         label.split() if "'" not in w) - {""}
        by_word.setdefault(max(sorted(runs), key=len), set()).add((label, runs))
    vocabulary = english()
    weak = frozenset(a for a in anycase if " " not in a and a in vocabulary)
    return {k: tuple(v) for k, v in by_word.items() if k}, exact, weak


@cache
def _keys(category: str) -> frozenset[str]:
    return frozenset(_labels(category)[0])


@cache
def _acronyms(category: str) -> frozenset[str]:
    return frozenset(_labels(category)[1])


@lru_cache(maxsize=256)
def _label_regex(labels: frozenset[str]) -> re.Pattern[str]:
    alts = sorted(labels, key=len, reverse=True)
    return re.compile(
        "(?:" + "|".join(re.escape(a).replace(r"\ ", r"\s{1,2}") for a in alts)
        # a dash may join a council's state code to its acronym ("crm-ba")
        + r")(?![\w]|-(?![a-z]{2}(?![\w-])))")


def _value(text: str, start: int, prefix: bool = True, plate: bool = False,
           first_only: bool = False) -> Span | None:
    """The first group of tokens with a digit after ``start`` (a short window, one
    sentence), if it holds four digits or more; a plate (``plate``) may hold two digits
    with letters ("QX 38 KL", "417 RTB") and takes a series of three letters or more before
    it, not a state code. With ``first_only`` the value must be the first token."""
    end = min(len(text), start + _WINDOW)
    stop = _SENTENCE_END.search(text, start, end)
    # a period inside a number ("46.102.388") is no sentence end
    while stop and stop.group()[0] == "." and stop.start() + 1 < end and \
            text[stop.start() + 1].isdigit():
        stop = _SENTENCE_END.search(text, stop.start() + 1, end)
    end = stop.start() if stop else end
    toks = list(_TOKEN.finditer(text, start, end))[: _MAX_TOKENS + 1]
    for i, m in enumerate(toks):
        if not any(c.isdigit() for c in m.group("t")):
            if first_only and not (plate and _LETTERS.fullmatch(m.group("t"))):
                return None
            continue
        if not _CODE.fullmatch(m.group("t")):
            return None
        first = last = i

        def joined(a: int, b: int) -> bool:  # one space and no punctuation between
            return toks[a].end() == toks[a].end("t") and toks[b].start() == toks[b].start("t") \
                and text[toks[a].end():toks[b].start()] == " "

        if (prefix or (plate and len(toks[i - 1].group("t")) >= 3)) and i \
                and joined(i - 1, i) and (_LETTERS.fullmatch(toks[i - 1].group("t")) or (
                    # a series letter right after the label: "CIN C 555 812"
                    i == 1 and not plate and _LETTER.fullmatch(toks[0].group("t")))) \
                and toks[i - 1].group("t") not in _NOT_PREFIX \
                and toks[i - 1].group("t").lower() not in all_labels():
            first = i - 1  # "TX 40917735", "AB 12 34 56 C"
        while last + 1 < len(toks) and joined(last, last + 1):
            t = toks[last + 1].group("t")
            if any(c.isdigit() for c in t) and _CODE.fullmatch(t):
                last += 1
            elif len(t) <= (3 if plate else 1) and t.isupper() and t.isalpha():
                last += 1
                break
            else:
                break
        s, e = toks[first].start("t"), toks[last].end("t")
        value = text[s:e]
        digits = sum(c.isdigit() for c in value)
        if plate and first == i and i and digits < 4 and joined(i - 1, i) \
                and _LETTERS.fullmatch(toks[i - 1].group("t")):
            first = i - 1  # "QX 38 KL": a short plate is no state code and number
            s = toks[first].start("t")
            value = text[s:e]
        short_plate = plate and digits >= 2 and sum(c.isalpha() for c in value) >= 2
        # a year or a date alone is no number of a person's; a year-like group that more
        # groups follow is the start of one ("NID 1987 2691 4430 218")
        if (digits < 4 and not short_plate) or (
                _YEAR_OR_DATE.fullmatch(m.group("t")) and last == i):
            return None
        after = toks[last + 1].group("t").lower() if last + 1 < len(toks) else ""
        if after in _UNIT_AFTER and toks[last].end() == toks[last].end("t"):
            return None
        return s, e
    return None


def _find(category: str, note: Note) -> Iterator[Span]:
    by_word, exact, weak = _labels(category)
    text = note.text
    # only the labels the note can hold: a word of it in the note's word set; an acronym
    # as a word too, and not in a note in capitals, where it cannot be told from a word
    present = [label for w in _keys(category) & note.words for label, runs in by_word[w]
               if runs <= note.words]
    acronyms = _acronyms(category) & note.words
    lower_note = False
    if acronyms and text != text.upper():
        present.extend(acronyms)
        # a note typed all in lower case ("nhi abc1234") writes its acronyms so too: those
        # that are no English word count, with the value right after them
        lower_note = text == note.lower
    vocabulary = english() if lower_note else frozenset()
    if not present:
        return
    low = note.lower
    for m in _label_regex(frozenset(present)).finditer(low):
        if m.start() and (low[m.start() - 1].isalnum() or low[m.start() - 1] in "-_"):
            continue
        label = re.sub(r"\s+", " ", m.group())
        if label in _VEHICLE_HEADS and low.startswith("plate", m.end() + 1):
            continue  # "license plate": the plate's label, not the licence's
        typed_lower = False
        if label in exact and re.sub(r"\s+", " ", text[m.start():m.end()]) not in exact[label]:
            if not lower_note or label in vocabulary:
                continue
            typed_lower = True
        suffix = _SUFFIX.match(text, m.end())
        # a plate's state code is not part of the plate ("plate CA 7XYZ123")
        span = _value(text, suffix.end() if suffix else m.end(), category != VEHICLE,
                      category == VEHICLE, typed_lower)
        if span is None:
            continue
        if label in weak:
            value = text[span[0]:span[1]]
            digits = sum(c.isdigit() for c in value)
            if digits < 5 and not any(c.isalpha() for c in value):
                continue
        yield span


@finder("labelled_national_id", OTHER_ID)
def national_ids(note: Note) -> Iterator[Span]:
    """The number after a label for a personal identifier from a national or scheme list
    (``data/id_labels.txt``: CNIC, CPF, CURP, DNI, NIK, PESEL, Aadhaar, PhilHealth, NI
    number, prison number, member number, card number ...), as written: dots, dashes,
    spaces or letters between its groups; it may stand a few words after the label, in the
    same sentence. It needs four digits or more; a year, a date or a quantity ("1200 mg") is
    not one, and a label that is an ordinary word ("card") needs a value with letters and
    digits or five digits. Acronyms that are also words or clinical abbreviations (PAN, TC,
    HN) count only in capitals, and not in a note written all in capitals."""
    return _find(OTHER_ID, note)


@finder("labelled_plan_number", HEALTH_PLAN)
def plan_numbers(note: Note) -> Iterator[Span]:
    """As ``labelled_national_id``, for health-plan labels (Medicare, member number):
    "Medicare number, for the prior auth, is 1AB2-CD3-EF45", "member number QX7 22019 4418"."""
    return _find(HEALTH_PLAN, note)


@finder("labelled_record_number", MRN)
def record_numbers(note: Note) -> Iterator[Span]:
    """As ``labelled_national_id``, for record-number labels: "our MRN is KL 1234 5678"."""
    return _find(MRN, note)


@finder("labelled_licence_number", LICENSE)
def licence_numbers(note: Note) -> Iterator[Span]:
    """As ``labelled_national_id``, for licence labels: "CDL number, which he read out,
    WA 55012345"."""
    return _find(LICENSE, note)


@finder("labelled_plate", VEHICLE)
def plates(note: Note) -> Iterator[Span]:
    """As ``labelled_national_id``, for number plates: "plate, written on the sheet as
    KTR-5512" (four digits at least: a partial plate "ABC-12" is left to the plate pattern;
    a state code before it is not part of it)."""
    return _find(VEHICLE, note)


@finder("labelled_account_number", ACCOUNT)
def account_numbers(note: Note) -> Iterator[Span]:
    """As ``labelled_national_id``, for account numbers: "account number 0044 1234 9981"."""
    return _find(ACCOUNT, note)


@finder("labelled_pager", PHONE)
def pager_numbers(note: Note) -> Iterator[Span]:
    """As ``labelled_national_id``, for a hospital pager named in Spanish or Italian
    ("busca 4417", "cercapersone 5512"): four digits or more."""
    return _find(PHONE, note)


# an Italian codice fiscale by its shape: six letters of the name, the year, a month letter,
# the day (+40 for women), a place code and a check letter ("RSSMRA80A01H501U")
_CODICE_FISCALE = re.compile(
    r"(?<![A-Za-z0-9])[A-Z]{6}\d\d[ABCDEHLMPRST][0-7]\d[A-Z]\d{3}[A-Z](?![A-Za-z0-9])")


@finder("codice_fiscale", OTHER_ID)
def codice_fiscale(note: Note) -> Iterator[Span]:
    """An Italian tax code by its shape (16 characters, letters and digits in their fixed
    places, a valid month letter and day), in a note that names one ("C.F.", "codice
    fiscale", "cod. fisc.", "CF") anywhere."""
    low = note.lower
    # its label is nearly always written ("C.F.", "codice fiscale", "cod. fisc.", "CF:")
    if "c.f" in low or "fisc" in low or "cf" in note.words:
        for m in _CODICE_FISCALE.finditer(note.text):
            yield m.span()
