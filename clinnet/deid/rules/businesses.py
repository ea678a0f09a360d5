"""Businesses and employers named by their head word: "Kearney Auto Salvage", "Blue Ridge
Savings Bank", "Ocean Breeze Inn", "Heartland Co-op", "Rimba Jaya Sdn Bhd"; head first in
other languages: "Tortillería Doña Chayo", "Toko Sumber Rejeki", "PT Maju Bersama"."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from .. import lexicons
from ..categories import LOCATION
from ..lexicons import _read, _read_lines, words
from . import Note, Span, finder
from ._words import ascii_fold, generic_words, occurrences


@cache
def _heads() -> tuple[tuple[tuple[str, frozenset[str]], ...], frozenset[str]]:
    """Each head word as written in a name (first letter capital) with the note words that
    must be present for it to occur, and the union of those words (the rule's gate)."""
    heads = sorted(set(_read("business_heads.txt")))
    forms = tuple((h[0].upper() + h[1:], frozenset(re.findall(r"[a-z]+", h))) for h in heads)
    return forms, frozenset().union(*(parts for _, parts in forms))


@cache
def _workplace_heads() -> tuple[tuple[tuple[str, frozenset[str], bool, bool], ...], frozenset[str]]:
    """The heads of data/workplace_heads.txt in lower case, each with the note words it
    needs, whether its name needs a word that is not English ("!") and whether it may be
    written in lower case ("~"); and the union of those words (the gate)."""
    out = []
    for line in _read_lines("workplace_heads.txt"):
        flags = line[:len(line) - len(line.lstrip("~!"))]
        head = " ".join(line[len(flags):].lower().split())
        out.append((head, frozenset(re.findall(r"[a-z]+", head)), "!" in flags, "~" in flags))
    return tuple(out), frozenset().union(*(parts for _, parts, _, _ in out))


def _workplace_matches(note: Note) -> Iterator[tuple[int, int, bool]]:
    """Where a workplace head stands as whole words, each word in lower case, with a capital
    or in capitals (lower case first only where allowed), and whether its name must be
    strict. One find per head in the lower-cased note."""
    text, low = note.text, note.lower
    for head, parts, strict, lower_ok in _workplace_heads()[0]:
        if not parts <= note.words:
            continue
        for at in occurrences(low, head):
            end = at + len(head)
            form = text[at:end]
            if _whole_word(text, at, end) and all(
                    w.islower() or w.isupper() or w.istitle() for w in form.split()) and (
                    lower_ok or not form[0].islower()):
                yield at, end, strict


def _head_matches(text: str, words: frozenset[str] | set[str]) -> list[tuple[int, int]]:
    """Where a head word stands as a whole word, in text order. A str.find per head the note
    can hold: a regex alternation of every head, tried at every position, cost more than
    the rest of the rule."""
    found = []
    for form, parts in _heads()[0]:
        if not parts <= words:
            continue
        for at in occurrences(text, form):
            end = at + len(form)
            if _whole_word(text, at, end):
                found.append((at, end))
    return sorted(found)


_WORD_CHAR = re.compile(r"\w")
_WORD_OR_DASH = re.compile(r"[\w-]")


def _whole_word(text: str, start: int, end: int) -> bool:
    """No word character before ``start`` and none, nor a hyphen, at ``end``."""
    return (start == 0 or not _WORD_CHAR.match(text[start - 1])) and not (
        end < len(text) and _WORD_OR_DASH.match(text[end]))


# the words of a business name before its head: title case (a note in capitals has none),
# "&" and small joiners
_JOINERS = frozenset(("&", "and", "of", "de", "la", "del"))
_RUN_BEFORE = re.compile(
    r"(?<![\w'\u2019.-])(?:(?:[A-Z\u00c0-\u00de][\w'\u2019.-]{0,30}|&|and|of|de|la|del)\s){1,6}$")
# what puts a name in the place of a place: "works at", "went to", "employer is", "agency:"
_SLOT_BEFORE = re.compile(
    r"(?:\b(?:at|to|from|for|with|in|of|by|is|called|named)(?:\sthe)?|:|\bthe)\s$")
# head first, in the languages physicians paste from
_HEAD_FIRST = re.compile(
    r"\b(?:Tortiller[ií]a|Taquer[ií]a|Panader[ií]a|Carnicer[ií]a|Ferreter[ií]a|Lavander[ií]a|"
    r"Abarrotes|Tienda|Restaurante|Pasteler[ií]a|Toko|Warung|Kedai|Kilang|Ladang)"
    r"(?P<n>(?:\s(?:(?:de|del|la|las|los|el|do|da|dos|das)(?!\w)|[A-Z\u00c0-\u00de][\w'\u2019-]{1,30})){1,4})"
)
_HEAD_FIRST_WORDS = words("""
tortilleria tortiller taqueria taquer panaderia panader carniceria carnicer ferreteria
ferreter lavanderia lavander abarrotes tienda restaurante pasteleria pasteler toko warung
kedai kilang ladang
""")
# Indonesian and Malaysian company forms written before the name ("PT Maju Bersama");
# "PT" is also physical therapy, so only in a place slot and before words no list knows
_PT = re.compile(r"\b(?:PT|CV|UD)\s(?P<n>[A-Z][a-z]{2,20}(?:\s[A-Z][a-z]{2,20}){0,3})")


def _company_prefixes(text: str) -> Iterator[re.Match[str]]:
    """_PT's matches in text order, each found from its two capitals."""
    found = []
    for form in ("PT", "CV", "UD"):
        for at in occurrences(text, form, overlapping=True):
            if m := _PT.match(text, at):
                found.append(m)
    return iter(sorted(found, key=lambda m: m.start()))


_SENTENCE_END = re.compile(r"\b(?!(?:St|Mt|Ste)\.)\w\w+\.\s")
_DAYS = words("monday tuesday wednesday thursday friday saturday sunday")


def _known(w: str) -> bool:
    low = ascii_fold(w).strip(".'")
    return (low in lexicons.english() or low in lexicons.medical() or low in generic_words()
            or low in lexicons.eponyms() or low in _DAYS)


# a sports team by its age grade: "Harbour City U17", "plays for Rovers U21"
_AGE_GRADE = re.compile(r"\bU(?:1[0-9]|2[0-3])s?\b")
_TEAM_BEFORE = re.compile(r"\b(?:plays?|played|playing|with|for|at|captain|of|in)\s(?:the\s)?"
                          r"(?:[A-Z][\w'\u2019-]{0,30}\s){1,3}$")


def _name_before(text: str, head_start: int, strict: bool) -> int | None:
    """Where the capitalised name before a head word starts, or None: it needs a word that is
    not generic, and, when every word is an ordinary English one, a place slot before it (or
    never, if ``strict``)."""
    run = _RUN_BEFORE.search(text, max(0, head_start - 160), head_start)
    if run is None:
        return None
    names = run.group().split()[-5:]
    for k in range(len(names) - 1, -1, -1):
        # "... in Umlazi. Mzimela Secondary School": the name starts after a sentence's end
        if names[k].endswith(".") and len(names[k]) > 3 and names[k][:-1].isalpha() and (
                names[k][:-1].upper() not in ("ST", "MT", "STE")):
            names = names[k + 1:]
            break
    while names and names[0] in _JOINERS:
        names.pop(0)
    if strict and all(w.isupper() for w in names):
        # a note in capitals: "REFERRED BY X POLYCLINIC" - ordinary words lead in
        while len(names) > 1 and names[0].rstrip(".") not in ("ST", "MT", "SAINT") and (
                _known(names[0]) or names[0] in ("BY", "TO", "AT")):
            names.pop(0)
    start = head_start - len(" ".join(names)) - 1
    caps = [w for w in names if w not in _JOINERS]
    if not caps or caps[-1].endswith(".") or all(len(w) < 2 for w in caps):
        return None  # "A RANCH": an article, not a name
    if all(ascii_fold(w).strip(".'") in generic_words() for w in caps):
        return None
    if all(_known(w) for w in caps) and (strict or not _SLOT_BEFORE.search(
            text, max(0, start - 16), start)):
        return None
    return start


# company forms written after the name ("Jysk Vindkraft A/S", "Metsa-Savo Oy", "Lanka Fine
# Knits (Pvt) Ltd"); the short ones are also clinical capitals ("severe AS", "HBs AB") and
# need a name word that no list knows
_COMPANY_FORM = re.compile(
    r"(?<=\s)(?:a\.s\.|s\.r\.o\.|spol\.\ss\sr\.o\.|A/S|ApS|AB|Oy|Oyj|Kft\.|Zrt\.|Nyrt\.|Bt\.|"
    r"W\.L\.L\.?|WLL|\(Pvt\)\sLtd\.?|\(Pte\)\sLtd\.?|Pte\.?\sLtd\.?|Pty\.?\sLtd\.?|S\.A\.S\.|"
    r"S\.p\.A\.|S\.r\.l\.|K\.K\.|GmbH|AG|B\.V\.|BV|N\.V\.|ASA|Sp\.\sz\so\.o\.|d\.o\.o\.|"
    r"S\.A\.|LLP)(?![\w/])"
)
# the note words a form leaves ("Kft." -> "kft"), and the dotted forms whose letters are too
# common as words ("a.s.", "S.A.")
_COMPANY_FORM_WORDS = words("""
aps ab oy oyj kft zrt nyrt bt wll pvt pte pty gmbh ag bv asa llp spol
""")
_COMPANY_FORM_DOTTED = tuple(
    (frozenset(re.findall("[a-z]+", f.lower())), f)
    for f in ("a.s.", "s.r.o.", "A/S", "W.L.L", "S.A.", "S.p.A.", "S.r.l.", "K.K.", "B.V.", "N.V.",
              "o.o."))
_SHORT_FORMS = frozenset(("AB", "Oy", "AG", "BV", "ASA", "Bt."))
_TITLE_PART = re.compile(r"[A-Z\u00c0-\u00de][a-z\u00df-\u00ff']+")
_COMPANY_RUN = re.compile(
    r"(?:[A-Z\u00c0-\u00de][\w'\u2019.&-]{0,30}(?:\s(?:[\w'\u2019&-]{1,30}|&)){0,3})\s$")


def _company_name_before(text: str, form_start: int, short: bool) -> int | None:
    """The name before a company form: capitalised words, and lower-case words after the
    first capital as Czech and Slovak names write them ("Moravske kovarny a.s."); leading
    ordinary words ("Works for") are not part of it."""
    run = _COMPANY_RUN.search(text, max(0, form_start - 130), form_start)
    if run is None:
        return None
    names = run.group().split()
    while len(names) > 1 and (not names[0][0].isupper() or (
            names[0].lower() in lexicons.english() and ascii_fold(names[0]).lower()
            not in lexicons.first_names())):
        names.pop(0)
    if not names[0][0].isupper() or names[-1].endswith((",", ";", ":")):
        return None
    if short and (all(_known(w) for w in names) or not all(
            _TITLE_PART.fullmatch(p) for w in names for p in w.split("-"))):
        return None  # "HBs AB", "Anti-HBs AB": capitals inside a word are clinical
    return form_start - len(" ".join(names)) - 1


@finder("business_name", LOCATION)
def businesses(note: Note) -> Iterator[Span]:
    """One to four capitalised words before a business head word ("Salvage", "Inn",
    "Savings Bank", "Co-op", "Textiles", "Sdn Bhd"), the head included. The name must hold
    a word that is neither generic nor clinical ("Nervous Systems", "Health Systems" are
    not businesses), and, when every word of it is an ordinary English word ("Blue Ridge
    Savings Bank"), it must stand where a place goes ("at", "to", "employer is", "the").
    Head-first names of other languages ("Tortillería La Güera") and "PT"/"CV" before
    unknown words in a place slot are businesses too."""
    gate = _heads()[1]
    text = note.text
    if gate & note.words:
        for head_start, head_end in _head_matches(text, note.words):
            start = _name_before(text, head_start, strict=False)
            if start is not None:
                yield start, head_end
    if _workplace_heads()[1] & note.words:
        for head_start, head_end, strict in sorted(_workplace_matches(note)):
            form = text[head_start:head_end]
            # a head in lower case, or in capitals after capitals, says nothing by its case
            strict = strict or form.islower() or (
                form.isupper() and text[max(0, head_start - 30):head_start].isupper())
            start = _name_before(text, head_start, strict)
            if start is not None and form.islower():
                # "Kiln Ridge sawmill", "Sarpy Creek mine": capitalised words right before a
                # lower-case head name it (one of them no list knows: the name is strict);
                # not a joiner or an article ("EBUS of station", "A shelter"), and a
                # sentence does not run through ("R CTS. The plant")
                last = text[start:head_start].split()[-1]
                if _SENTENCE_END.search(text, start, head_start) or last in _JOINERS or (
                        len(last) < 2 or last in ("An", "The")):
                    continue
            if start is not None:
                yield start, head_end
    for m in _COMPANY_FORM.finditer(text) if _COMPANY_FORM_WORDS & note.words or any(
            parts <= note.words and f in text for parts, f in _COMPANY_FORM_DOTTED) else ():
        start = _company_name_before(text, m.start(), m.group().strip() in _SHORT_FORMS)
        if start is not None:
            yield start, m.end()
    if "U1" in text or "U2" in text:
        for m in _AGE_GRADE.finditer(text):
            run = _RUN_BEFORE.search(text, max(0, m.start() - 80), m.start())
            if run is None:
                continue
            names = [w for w in run.group().split() if w not in _JOINERS][-3:]
            if names and not names[-1].endswith((".", ",")) and not all(map(_known, names)) and (
                    _TEAM_BEFORE.search(text, max(0, m.start() - 100), m.start())):
                yield m.start() - len(" ".join(names)) - 1, m.end()
    if _HEAD_FIRST_WORDS & note.words:
        for m in _HEAD_FIRST.finditer(text):
            parts = m.group("n").split()
            while parts and not parts[-1][0].isupper():
                parts.pop()
            if parts:
                yield m.start(), text.index(parts[-1], m.start("n")) + len(parts[-1])
    # the forms are capitals ("pt " in lower case is in nearly every clinical note), found
    # with str.find and matched there
    if "PT" in text or "CV" in text or "UD" in text:
        for m in _company_prefixes(text):
            if not _SLOT_BEFORE.search(text, max(0, m.start() - 16), m.start()):
                continue
            if all(_known(w) or w.lower() in lexicons.not_names() for w in m.group("n").split()):
                continue
            yield m.span()
