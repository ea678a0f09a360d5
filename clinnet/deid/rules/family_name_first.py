"""The family name in capitals, a comma, then the given name, as patient lists, boards and
film headers write them: "1. McCARTAN, Seamus H&C ...", "SR 2 - O'NEILL, Bernadette 86F",
"3) GEBREHIWOT, SELAM  DOB ...", "MALDONADO, J.", "PEÑA IBÁÑEZ, José Ángel 57M"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .. import lexicons
from ..categories import NAME
from . import Note, Span, finder
from ._words import ascii_fold, could_be_name

_CAP = r"[A-Z\u00c0-\u00de]"
_PARTICLE = r"(?:Mc|Mac|O'|D'|d'|De|Di|Da|Du|Le|La|Van|Von|St)?"
_SURNAME_WORD = rf"{_PARTICLE}{_CAP}[A-Z\u00c0-\u00de'\u2019\-]+"
_GIVEN_WORD = rf"{_CAP}[a-z\u00df-\u00ff'\u2019\-]+"
# a comma between capitals, which every pair has ("SMITH, J"): a search that skips from
# comma to comma, where the whole pattern would be tried at every character
_COMMA = re.compile(r",(?<=[A-Z\u00c0-\u00de'\u2019\-]{2},)\s[A-Z\u00c0-\u00de]")
# the family name ending at that comma, one word or two
_SURNAME_BEFORE = re.compile(rf"(?<![\w'\u2019-]){_SURNAME_WORD}(?:\s{_SURNAME_WORD})?$")
_NAME = re.compile(
    rf"(?<![\w'\u2019-])(?P<sur>{_SURNAME_WORD}(?:\s{_SURNAME_WORD})?),\s"
    rf"(?P<given>{_GIVEN_WORD}(?:\s{_GIVEN_WORD})?(?=[\s,.;:)]|$)"
    rf"|{_CAP}{{2,}}(?:-{_CAP}{{2,}})?(?:\s{_CAP}{{2,}}(?![\w'-])|\s{_CAP}(?=\s))?(?![\w'-])"
    rf"|{_CAP}\.(?:\s?{_CAP}\.)?)")
# a list or a board: the line starts with the name, or a number, a bed or a bullet does
_LIST_BEFORE = re.compile(
    r"(?:^|\n|\d[.)]\s{1,2}|\d\s{1,2}|[-\u2013\u2014|:\u2022*]\s{1,2}|\bis\s|\bname:?\s{1,2})$",
    re.IGNORECASE)
# what stands after a listed patient: an age and sex, a date of birth, a record number
_DEMOGRAPHICS_AFTER = re.compile(
    r"(?:[\s,]{1,3}|\s?[|\u2014\u2013-]\s?)(?:\d{1,3}\s?(?:[MFmf]|yo|y/o|yrs?|y\b)|DOB|MRN|NHS|CHI|H&C|UR\b|\(\d{1,3}\))")


# a family name in title case needs more: the age and sex right after ("Grant, Miles —
# 71M"), found from the comma (a literal) through the given name to the age
_TITLED_PAIR = re.compile(
    rf",(?<=[a-z\u00df-\u00ff'\u2019]{{2}},)\s(?P<given>{_GIVEN_WORD}(?:\s{_GIVEN_WORD})?)"
    rf"(?:\s?[|\u2014\u2013,-]\s?|\s)\d{{1,3}}\s?(?:[MF]|yo|y/o)\b")
_TITLED_SURNAME_BEFORE = re.compile(
    rf"(?<![\w'\u2019-]){_PARTICLE}{_GIVEN_WORD}(?:-{_GIVEN_WORD})?$")
# where a listed patient starts in prose: the line, a sentence, a bullet or a number
_TITLED_START = re.compile(
    r"(?:^|\n|[.!?:;]\s{1,2}|\d[.)]\s{1,2}|[-\u2013\u2014|\u2022*]\s{1,2})$")


@finder("family_name_first", NAME, hints=(", ",))
def family_names_first(note: Note) -> Iterator[Span]:
    """A family name in capitals (one or two words, "Mc"/"O'" prefixes kept), a comma and a
    given name (one or two capitalised words, one word in capitals, or initials), when each
    word could be a name and the pair stands where a list puts a patient: at a line start,
    after a number, bullet or dash ("3) ", "SR 2 - "), after "name:" or "is"; or when an age
    and sex, a birth date or a record number follows ("67F", "DOB", "| 91F"). A family name
    in title case counts only with the age and sex right after it, at a line, sentence or
    list start ("Grant, Miles — 71M", "Vang, Tou Lue, 78M"). Without that, a word list
    must know the given name or the family name, and a given name in capitals counts only
    when the lists know the family name and the given name could be one ("WHITFIELD, LULA
    MAE", "KIM, SOON-JA"). Left alone: clinical capitals before a comma ("AKI,
    Hyperkalaemia", "PLAN, Discussed") and pairs of acronyms ("HEART, EDACS", "BISAP,
    Ranson")."""
    text = note.text
    for comma in _COMMA.finditer(text):
        p = comma.start()
        sur_start = _SURNAME_BEFORE.search(text, max(0, p - 60), p)
        m = _NAME.match(text, sur_start.start()) if sur_start else None
        if m is None or m.end("sur") != p:
            continue
        sur, given = m.group("sur"), m.group("given")
        if not sur.isupper() and not any(w[:2] in ("Mc", "O'", "D'") or w[:3] == "Mac"
                                         for w in sur.split()):
            continue  # "De La" with nothing in capitals: not this shape
        if not all(could_be_name(w) for w in sur.split()):
            continue
        initials = given.endswith(".")
        if not initials and not _given_words(given.split()):
            continue
        s, e = m.span()
        demographics = _DEMOGRAPHICS_AFTER.match(text, e) is not None
        if not (demographics or _LIST_BEFORE.search(text, max(0, s - 12), s)):
            continue
        # capitals before a comma are as often two acronyms ("HEART, EDACS", "FBE, UEC"):
        # without an age or a birth date after them, a word list must know one of the names
        # (both, nearly, when the given name is in capitals too)
        known_surname = all(_folded(w) in lexicons.surnames() for w in sur.split())
        if given.isupper():
            named = _caps_pair_is_name(sur, given, known_surname)
        else:
            named = initials or _known_given(given) or known_surname
        if demographics or named:
            yield s, e
    for pair in _TITLED_PAIR.finditer(text):
        p = pair.start()
        sur = _TITLED_SURNAME_BEFORE.search(text, max(0, p - 30), p)
        if sur is None or not _TITLED_START.search(text, max(0, sur.start() - 4), sur.start()):
            continue
        if could_be_name(sur.group()) and _given_words(pair.group("given").split()):
            yield sur.start(), pair.end("given")


def _folded(word: str) -> str:
    return ascii_fold(word).replace("\u2019", "'")


def _known_given(given: str) -> bool:
    return _folded(given.split()[0]) in lexicons.first_names()


def _given_words(given: list[str]) -> bool:
    """The first given name could be a name; a second one could be, or is a listed given
    name that is also a clinical abbreviation ("Lula Mae", "Tou Lue"); initials pass
    ("ROSE M")."""
    first, *rest = [w for w in given if len(w) > 1] or [""]
    return _given_word(first, alone=True) and all(_given_word(w) for w in rest)


def _given_word(word: str, alone: bool = False) -> bool:
    """``word`` could be a given name; a hyphenated one when each part is a listed given
    name or could be one ("SOON-JA": "soon" is also a word); after the first, a listed given
    name that is also a clinical abbreviation ("Mae", "Lue")."""
    if could_be_name(word):
        return True
    firsts = lexicons.first_names()
    if "-" in word:
        return all(_folded(p).lower() in firsts or could_be_name(p) for p in word.split("-"))
    return not alone and _folded(word).lower() in firsts


def _caps_pair_is_name(sur: str, given: str, known_surname: bool) -> bool:
    """Both in capitals ("WHITFIELD, LULA MAE", "KIM, SOON-JA", but "HEART, EDACS"): the
    lists know the given name and the family name is no English word, or they know the
    family name and every given word could be a name."""
    words = [w for w in re.split(r"[\s-]+", given) if len(w) > 1]
    english = any(_folded(w).lower() in lexicons.english() for w in sur.split())
    return (_known_given(given) and len(words[0]) > 2 and not english) or (
        known_surname and not english and all(could_be_name(w) for w in words))
