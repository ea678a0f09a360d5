"""Vendored word lists (see ``data/README.md``), loaded once and cached.

All sets hold lower-case entries. Loading reads a few hundred kilobytes of text and
takes tens of milliseconds; it happens on the first scan, never at import.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources


def words(text: str) -> frozenset[str]:
    """The whitespace-separated words of a literal, as a set (for inline word lists)."""
    return frozenset(text.split())


def by_first_letter(alternatives: str) -> str:
    """One alternation of the space-separated ``alternatives``, grouped by first letter.

    ``re`` tests a plain alternation's branches one after another wherever it tries the
    pattern; grouped, it rejects most places after one test per first letter (the label
    pattern runs twice as fast). The order within a letter is kept: the same branch wins.
    """
    by_first: dict[str, list[str]] = {}
    for alt in alternatives.split():
        assert alt[0].isalpha(), alt
        assert alt[1:2] not in ("?", "*", "+", "{"), alt  # the letter stands on its own
        by_first.setdefault(alt[0], []).append(alt[1:])
    return "(?:" + "|".join(f"{c}(?:{'|'.join(rest)})" for c, rest in by_first.items()) + ")"


def _read(name: str) -> list[str]:
    """Whitespace-separated entries of a data file, lower-cased, comments dropped."""
    raw = resources.files("clinnet.deid").joinpath("data", name).read_text(encoding="utf-8")
    out: list[str] = []
    for line in raw.splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            out.extend(line.lower().split())
    return out


def _read_lines(name: str) -> list[str]:
    """Whole lines of a data file (entries may contain spaces), comments dropped."""
    raw = resources.files("clinnet.deid").joinpath("data", name).read_text(encoding="utf-8")
    out = []
    for line in raw.splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            out.append(line)
    return out


@cache
def first_names() -> frozenset[str]:
    """US Census 1990 first names (male and female)."""
    return frozenset(_read("first_names.txt"))


@cache
def surnames() -> frozenset[str]:
    """US Census 1990 surnames."""
    return frozenset(_read("surnames.txt"))


@cache
def english() -> frozenset[str]:
    """Ordinary English words (SCOWL, lower-case entries only)."""
    return frozenset(_read("english_words.txt"))


@cache
def medical() -> frozenset[str]:
    """Clinical vocabulary missing from the English list (abbreviations, drugs, ...)."""
    return frozenset(_read("medical_terms.txt"))


@cache
def eponyms() -> frozenset[str]:
    """Eponyms and named scores that are not names on their own."""
    return frozenset(_read("eponyms.txt"))


@cache
def not_names() -> frozenset[str]:
    """Extra words never to be taken as names without a title (data/not_names.txt)."""
    return frozenset(_read("not_names.txt"))


@cache
def cities() -> dict[str, tuple[tuple[str, ...], ...]]:
    """US city/town and county names keyed by their first lower-case word.

    Values are the full lower-case names split into words, longest first, so a
    multi-word place can be matched starting from its first token.
    """
    out: dict[str, set[tuple[str, ...]]] = {}
    for name in _read_lines("us_cities.txt") + _read_lines("us_counties.txt"):
        parts = tuple(name.lower().replace(".", "").replace("-", " ").split())
        out.setdefault(parts[0], set()).add(parts)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}


@cache
def facility_generic() -> frozenset[str]:
    """Words that say what kind of facility something is, never which one."""
    return frozenset(_read("facility_generic.txt"))


@cache
def not_places() -> frozenset[str]:
    """Generic place words and US states: never a location on their own."""
    return frozenset(_read("not_places.txt"))


@cache
def holidays() -> tuple[str, ...]:
    """Holidays and festivals of many countries and faiths, lower case, accents folded."""
    return tuple(line.lower() for line in _read_lines("holidays.txt"))


@cache
def public_domains() -> frozenset[str]:
    """Literature, guideline and agency sites whose links are not identifiers."""
    return frozenset(_read("public_domains.txt"))


@cache
def honorifics() -> dict[str, frozenset[str]]:
    """Titles written before a name in many traditions ("Smt.", "W/ro", "Doña", "Bà"),
    lower-case and without a final period, each with how it is used ("title", "name",
    "lower"; see data/honorifics.txt)."""
    out: dict[str, frozenset[str]] = {}
    for line in _read_lines("honorifics.txt"):
        word, *how = line.lower().split()
        out[word.rstrip(".")] = frozenset(how)
    return out


def _folded(name: str) -> list[str]:
    """A place name as the scanner's word tokens see it: normalised (accents and look-alikes
    folded, as the scanner folds the note), lower case, split into words."""
    from .names import word_tokens
    from .normalize import ASCII_LOWER, normalize

    return word_tokens(normalize(name.replace("\u2019", "'")).text.translate(ASCII_LOWER))


@cache
def world_towns() -> dict[str, tuple[tuple[tuple[str, ...], bool], ...]]:
    """Towns outside the US (GeoNames cities over 15,000, ``data/world_cities.txt``) keyed by
    their last word as the scanner tokenises it; each value holds the names' words, longest
    first, with whether the name needs place context to count: a name that is an English,
    clinical or eponym word, a first name or a surname, a title, a month or weekday of
    another language, or shorter than five letters ("Most", "Split", "Colon", "Florence",
    "Jos", "Hola": short words are words of some language). Written with or without
    diacritics, a name folds to the same words ("Nyíregyháza", "Nyiregyhaza")."""
    ordinary = (english() | medical() | eponyms() | not_names() | not_places()
                | frozenset(honorifics()) | frozenset(_read("month_names.txt")))
    people = first_names() | surnames()
    from .names import STOP

    out: dict[str, set[tuple[tuple[str, ...], bool]]] = {}
    for name in _read_lines("world_cities.txt"):
        for form in {name, name.translate(_TRANSLITERATED)}:
            parts = tuple(_folded(form))
            if parts:
                _add_town(out, parts, ordinary, people, STOP)
    return {k: tuple(sorted(v, key=lambda pv: len(pv[0]), reverse=True))
            for k, v in out.items()}


# Letters that are also written as two ("Århus" is "Aarhus", "Köln" "Koeln", "Ærø" "Aeroe")
_TRANSLITERATED = str.maketrans({
    "å": "aa", "Å": "Aa", "ä": "ae", "Ä": "Ae", "ö": "oe", "Ö": "Oe", "ü": "ue", "Ü": "Ue",
    "ø": "oe", "Ø": "Oe", "æ": "ae", "Æ": "Ae", "ß": "ss"})


def _add_town(out: dict[str, set[tuple[tuple[str, ...], bool]]], parts: tuple[str, ...],
              ordinary: frozenset[str], people: frozenset[str], stop: frozenset[str]) -> None:
    significant = [p[:-2] if p.endswith("'s") else p for p in parts if p not in stop]
    ambiguous = not significant or all(
        p in ordinary or p in people or len(p) < 5 for p in significant)
    # keyed by the last word: first words are often small and common ("San", "El", "A")
    if parts[-1] not in stop and len(parts[-1]) > 2:
        out.setdefault(parts[-1], set()).add((parts, ambiguous))


@cache
def world_regions() -> dict[str, tuple[str, ...]]:
    """First-level regions of the world (``data/world_regions.txt``: states, provinces,
    regions), keyed by the first ASCII word of the name lower-cased (the word a note's word
    set holds), longest first. A one-word name that is a first name or surname is left out
    ("Victoria"): on its own it may be a person."""
    people = first_names() | surnames()
    out: dict[str, list[str]] = {}
    for name in _read_lines("world_regions.txt"):
        lead = re.match(r"[A-Za-z]+", name)
        if not lead or (" " not in name and name.lower() in people):
            continue
        out.setdefault(lead.group().lower(), []).append(name)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}


@cache
def world_areas() -> frozenset[tuple[str, ...]]:
    """Natural and cultural areas larger than a state (``data/world_areas.txt``: "Andes",
    "Mekong Delta", "Horn of Africa") as tuples of folded words."""
    return frozenset(tuple(_folded(name)) for name in _read_lines("world_areas.txt"))


@cache
def world_countries() -> frozenset[tuple[str, ...]]:
    """Country names (``data/world_countries.txt``) as tuples of folded words: context that
    makes the word before ", <country>" a place, never an identifier themselves."""
    return frozenset(tuple(_folded(name)) for name in _read_lines("world_countries.txt"))
