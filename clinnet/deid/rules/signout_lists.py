"""Patients in a sign-out or handover list: a line that opens with a bed or room ("Bed 3 -",
"rm 612", "Bay 4:", or a bare room number "617" when the note holds two such lines), then
the patient ("Okonkwo, Emeka", "jesus palomino", '"Sunny" Ray Dalton', "Lou (Louisa Fenn)"),
then an age and sex, a dash, a comma or a bracket before the problem; and patients numbered
in a list or a run sheet, with their age and sex ("2. Mensah, Kofi 44M rm 12", "PT 1: DOE,
JANE, 27F", "PATIENT HUNTER, BILL")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .. import lexicons
from ..categories import AGE_OVER_89, NAME
from ..lexicons import words
from . import Note, Span, finder
from ._words import ascii_fold, generic_words, is_role, name_like, occurrences

_BED_WORDS = words(
    "bed beds bd rm room bay cubicle cube cub pod chair stretcher trolley hallway ward")
# the bed or room that opens the line ("Bed 12 -", "rm 4B:", "Bay 3 |"); a bare number is a
# room only in a note with two such lines
_OPENER = re.compile(
    r"[ \t]*(?:[-*\u2022>][ \t]*)?"
    rf"(?:(?P<word>(?i:{'|'.join(sorted(_BED_WORDS, key=len, reverse=True))}))\.?[ \t]?#?[ \t]?"
    r"\d{1,4}[A-Za-z]?|(?P<bare>\d{3,4}[A-Za-z]?))"
    r"[ \t]*(?:[-\u2013\u2014:.)|]+[ \t]*|[ \t])")
_WORD = r"[^\W\d_](?:[^\W\d_]|['\u2019\-](?=[^\W\d_])){0,30}"
# a nickname in quotes first, then "Surname, Given" or one to four words, then the real name
# in brackets; what follows must end the name: an age, a dash, a comma, a bracket, the line end
_PATIENT = re.compile(
    rf"(?:(?P<nick>[\"\u201c\u2018']{_WORD}(?:[ ]{_WORD}){{0,2}}[\"\u201d\u2019'])[ \t]+)?"
    rf"(?P<name>{_WORD},[ ]{_WORD}|{_WORD}(?:[ ]{_WORD}){{0,3}})"
    rf"(?:[ \t]\((?P<alias>{_WORD}(?:[ ]{_WORD}){{0,3}})\))?"
    r"(?=[ \t]*,?[ \t]*(?P<age>\d{1,3})(?:[ \t]?(?:y/?o|yo|yrs?|[MFmf]))?\b"
    r"|[ \t]*[-\u2013\u2014,:(]|[ \t]*$)", re.MULTILINE)


@finder("signout_patient", NAME, hints=("\n",))
def signout_patients(note: Note) -> Iterator[Span]:
    """The patient on each line of a sign-out or handover list: after the bed or room that
    opens the line, one to four words that could be a name (in any case: lists are typed in
    a hurry), "Surname, Given", a nickname in quotes, the real name in brackets after it.
    A clinical or generic word ("Bed 4 - sepsis, 71M", "rm 12 - NPO"), a role ("Bed 2 - RN
    to call") or an ordinary English word in the name is no patient; a line that opens with
    a bare number counts only in a note with two such lines."""
    for name_span, _age in _entries(note):
        yield from name_span


@finder("signout_age", AGE_OVER_89, hints=("\n",))
def signout_ages(note: Note) -> Iterator[Span]:
    """The age of 90 to 119 written right after a patient's name in a sign-out list ("617
    Ezra Hale 96 - comfort care")."""
    for _names, age in _entries(note):
        if age is not None:
            yield age


def _entries(note: Note) -> Iterator[tuple[list[Span], Span | None]]:
    """Each list line's name spans and its age over 89, if any."""
    if not (_BED_WORDS & note.words) and not _has_bare_rooms(note.text):
        return
    text = note.text
    lines = _opened_lines(text)
    bare_ok = sum(1 for m in lines if m.group("bare")) >= 2
    for opener in lines:
        if opener.group("bare") and not bare_ok:
            continue
        m = _PATIENT.match(text, opener.end())
        if m is None:
            continue
        spans = []
        if _a_name(m.group("name")):
            spans.append(m.span("name"))
        if m.group("nick") and _a_name(m.group("nick").strip("\"\u201c\u201d\u2018\u2019'"),
                                       nickname=True):
            spans.append((m.start("nick") + 1, m.end("nick") - 1))
        if m.group("alias") and _a_name(m.group("alias")):
            spans.append(m.span("alias"))
        if not spans:
            continue
        age = None
        if m.group("age") and 90 <= int(m.group("age")) <= 119:
            age = m.span("age")
        yield spans, age


_BARE_ROOM = re.compile(r"\n[ \t]*(?:[-*\u2022>][ \t]*)?\d{3,4}[A-Za-z]?[ \t]")


def _has_bare_rooms(text: str) -> bool:
    return _BARE_ROOM.search(text) is not None


def _opened_lines(text: str) -> list[re.Match[str]]:
    """The opener of every line that opens with a bed or room."""
    out = []
    start = 0
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        m = _OPENER.match(text, start, end)
        if m is not None:
            out.append(m)
        start = end + 1
    return out


def _a_name(phrase: str, nickname: bool = False) -> bool:
    """Could these words name a person? No clinical, generic or role word, and one word more
    than an ordinary English one: a word no English list holds ("Okonkwo") or a listed first
    name written with its capital ("Rose"; not "Stable", not "rose" alone). The other words
    may be English words with a capital ("Quill" in "Ezra Quill"), particles ("de"), or any
    word of a list typed all in lower case ("anneke de wit"). A nickname in quotes may be
    any word ("Sunny")."""
    parts = [p for p in phrase.replace(",", " ").split() if p]
    if not parts or len(parts) > 4:
        return False
    generic = generic_words()
    lows = [ascii_fold(p) for p in parts]
    inner = [0 < k < len(parts) - 1 and low in _PARTICLES for k, low in enumerate(lows)]
    if any(not particle and (low in generic or low in lexicons.eponyms() or is_role(p))
           for p, low, particle in zip(parts, lows, inner, strict=True)):
        return False
    if nickname:
        return True
    strong = any(name_like(p) and (low not in lexicons.english() or (
        p[0].isupper() and low in lexicons.first_names()))
        for p, low in zip(parts, lows, strict=True))
    if not strong:
        return False
    lower_list = phrase == phrase.lower()
    return all(particle or name_like(p) or p[0].isupper() or lower_list
               for p, particle in zip(parts, inner, strict=True))


_PARTICLES = words("de da di du del della der den van von la le bin binti al el ben ter ten do dos")


# a numbered item ("2.", "3)") or a numbered patient ("PT 1:", "Patient #2 -") before a name
_NUMBERED = re.compile(r"\d{1,2}[.)][ \t]{1,3}(?=[\"\u201cA-Z])")
_PT_NUMBERED = re.compile(r"(?:pt|patient)[ \t]?#?\d{1,2}[ \t]?[:.)\-][ \t]{0,3}")
_AGE_SEX = re.compile(r"[ \t]*,?[ \t]*\d{1,3}[ \t]?(?:y/?o[ \t]?|yo[ \t]?)?[MFmf]\b")
# "PATIENT HUNTER, BILL" in a form typed in capitals without its colon
_SEX_WORDS = words("m f yo")
_NOT_BEFORE_NUMBER = frozenset("0123456789.,/:") | frozenset(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_")
_CAPS_LABEL = re.compile(r"\bPATIENT[ \t]{1,3}(?P<n>[A-Z][A-Z'\-]{1,30}(?:[ ][A-Z][A-Z'\-]{1,30})?,"
                         r"[ ][A-Z][A-Z'\-]{1,30})\b")


@finder("numbered_patient", NAME)
def numbered_patients(note: Note) -> Iterator[Span]:
    """A patient numbered in a list or run sheet: after "2." or "3)" or "PT 1:", "Patient
    #2 -", the name ("Mensah, Kofi", "Ama Mensah", '"Big Al" Roper', capitals included)
    followed by an age and sex ("44F", "27 M", "61yo M"). Without the age and sex a numbered
    item is a list of anything ("1. Sepsis, resolved"). A form's "PATIENT SURNAME, GIVEN" in
    capitals is a name when the given name is a listed first name and the surname could be
    one ("PATIENT IMPROVING, IN VOICE" is a sentence)."""
    text = note.text
    if "PATIENT " in text:
        for at in occurrences(text, "PATIENT "):
            m = _CAPS_LABEL.match(text, at)
            if m is None:
                continue
            surname, given = m.group("n").split(", ")
            # "PATIENT IMPROVING, IN VOICE": the surname must be a word a name can be
            if ascii_fold(given) in lexicons.first_names() and _comma_name(m.group("n")) \
                    and all(name_like(w) for w in surname.split()):
                yield m.span("n")
    if not _SEX_WORDS & note.words:  # no "44F", "27 M", "61yo" in the note: no numbered patient
        return
    opens = [m.end() for m in _NUMBERED.finditer(text)  # not "3.5. " or "10/2. "
             if not m.start() or text[m.start() - 1] not in _NOT_BEFORE_NUMBER]
    if "pt" in note.words or "patient" in note.words:
        opens += [m.end() for m in _PT_NUMBERED.finditer(note.lower)
                  if not m.start() or not note.lower[m.start() - 1].isalnum()]
    for at in opens:
        m = _PATIENT.match(text, at)
        if m is None or not _AGE_SEX.match(text, m.end()):
            continue
        name = m.group("name")
        if _comma_name(name) if "," in name else _a_name(name):
            yield m.span("name")
        if m.group("nick") and _a_name(m.group("nick").strip("\"\u201c\u201d\u2018\u2019'"),
                                       nickname=True):
            yield m.start("nick") + 1, m.end("nick") - 1


def _comma_name(phrase: str) -> bool:
    """"Surname, Given" where the given name could be one and no word is a role; the surname
    may be an ordinary word ("White Calf, Darrell", "Leaf, Summer"), the order says a name."""
    surname, given = (part.split() for part in phrase.split(",", 1))
    if not surname or not given or any(is_role(w) for w in surname + given):
        return False
    first = ascii_fold(given[0])
    if first in lexicons.medical() or first in generic_words():
        return False
    return name_like(given[0]) or first in lexicons.first_names()
