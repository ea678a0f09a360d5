"""A name cut to a given name and the family name's initial, as boards and phone-typed lists
write a patient: "Somchai P. 45M", "Bwalya K., 55M", "Park S.J. 66M", "Ana Lucia M. 7F";
and the other way round, initials before a family name: "L. Venter", "S. P. Gunawardena"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .. import lexicons
from ..categories import NAME
from ..lexicons import words
from . import Note, Span, finder
from ._words import could_be_name

# found from the initial's stop (a literal: a pattern opening on a capital is tried at every
# capital of the note), with the age and sex right after it
_INITIAL = re.compile(
    r"\.(?<=\s[A-Z]\.)(?:\s?[A-Z]\.)?"
    r"(?=,?\s{1,2}\d{1,3}\s?(?:[MFmf]|yo|y/o|yrs?|y)\b)")
# the one or two words before it, each in title case
_NAME_BEFORE = re.compile(
    r"(?<![\w'\u2019-])(?:[A-Z\u00c0-\u00de][a-z\u00df-\u00ff'\u2019-]+\s){1,2}$")


@finder("initial_name", NAME, hints=(". ", ".,"))
def initial_names(note: Note) -> Iterator[Span]:
    """One or two words in title case, an initial or two ("P.", "S.J."), then the age and
    sex ("45M", "7 y"): the name as a list writes it. Each word must be able to be a name
    (no English or clinical word, no role): "Vitamin D. 45M", "Group B. 3 y" and "Bed C.
    45F" stay words."""
    text = note.text
    for m in _INITIAL.finditer(text):
        before = _NAME_BEFORE.search(text, max(0, m.start() - 41), m.start() - 1)
        if before is None:
            continue
        words = before.group().split()
        if all(could_be_name(w) for w in words):
            yield before.start(), m.end()


# initials before a family name: one or more with stops ("L. Venter", "J.P. Kuipers", "S. P.
# Gunawardena"), or two or three without ("D A Stott"; one bare capital is an article: "A
# Smith"); found from the family name's capital after an initial's stop or a lone capital
_INITIALS_SURNAME = re.compile(
    r"(?<![\w.'\u2019&/°-])(?P<initials>(?:[A-Z]\.(?: |(?=[A-Z]\.))){1,3}|(?:[A-Z] ){2,3})"
    r"(?P<surname>[A-Z][a-z\u00df-\u00ff'\u2019]+(?:-[A-Z][a-z\u00df-\u00ff'\u2019]+)?)"
    r"(?![\w'\u2019-]|\.\s?[A-Z]\.)")
# what follows a citation's author or a journal, never a person named about a patient
_CITATION_AFTER = re.compile(r",?\s(?:et al|and colleagues|\(?(?:19|20)\d\d\b)")
# the word before a single initial: none, a mark, a title or a small word that leads to a
# person ("to L. Ng"); after any other word in lower case the initial ends a sentence or a
# vitamin ("vitamin C. Ask", "group A. Falls")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\.? $")
_LEADS_TO_A_PERSON = words("by to from with and cc per para por dr mr mrs ms nurse sister")


@finder("initials_surname", NAME, hints=(". ",))
def initials_surname(note: Note) -> Iterator[Span]:
    """Initials before a family name that could be one ("L. Venter", "J.P. Kuipers", "Dr
    (Mrs.) S. P. Gunawardena", "D A Stott"): how letters, rotas and forms write a clinician
    or a patient. Left alone: a species ("E. coli", "H. Pylori": clinical words), a journal
    ("N. Engl"), an author cited with "et al." or a year, a single bare capital ("A Smith")
    and notes in capitals."""
    if note.in_capitals:
        return
    text = note.text
    for m in _INITIALS_SURNAME.finditer(text):
        surname, low = m.group("surname"), m.group("surname").lower()
        if len(surname) == 2:
            if low not in lexicons.surnames():
                continue  # "C. Na", "B. He"
        elif not could_be_name(surname):
            continue
        if _CITATION_AFTER.match(text, m.end()):
            continue
        if m.group("initials").count(".") == 1 and not _single_initial_leads(text, m.start(), low):
            continue
        yield m.span()


def _single_initial_leads(text: str, start: int, surname: str) -> bool:
    """Does one initial start a name here: a family name no English list holds, after no
    word or after a title or a small word that leads to a person?"""
    if surname in lexicons.english():
        return False  # "F. Crew", "D. Grace", "V. Last"
    before = _WORD_BEFORE.search(text, max(0, start - 24), start)
    return before is None or not before.group(1).islower() or \
        before.group(1) in _LEADS_TO_A_PERSON
