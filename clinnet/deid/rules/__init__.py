"""Registered rules: each one module, each declaring what it finds, where it looks and why.

A rule is a function from the normalised note (:class:`Note`) to spans, registered with
:func:`finder` (the spans are identifiers of one category) or :func:`veto` (findings of the
listed categories wholly inside the spans are not identifiers: "QTc" is no name). Its
``hints`` are lower-case strings one of which the note must contain for the rule to run at
all; that keeps a rule that rarely applies from costing anything on the notes it cannot
touch. The scanner (:mod:`clinnet.deid.scanner`) runs every registered rule after the
pattern and name passes, adds the finders' spans as candidates and removes vetoed ones
before candidates are merged.

Adding a rule: write ``rules/<what_it_finds>.py`` with one decorated function whose
docstring says what it finds and what it must leave alone, import it below, and add
``tests/deid/rules/test_<what_it_finds>.py`` with positive cases and look-alikes
(``tests/deid/test_rule_registry.py`` checks each rule has both a docstring and a test).
The older passes in ``patterns.py`` and ``names.py`` predate the registry; rules move out
of them into modules here as they are touched.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum
from functools import cached_property, wraps
from typing import TypeVar

from ..names import word_tokens
from ..normalize import ASCII_LOWER
from ._spans import SpanIndex

Span = tuple[int, int]
T = TypeVar("T")
_LOWER_LETTER = re.compile(r"[a-z]")


class Kind(StrEnum):
    FIND = "find"
    VETO = "veto"
    TRIM = "trim"
    TAIL = "tail"
    HEAD = "head"


@dataclass(frozen=True)
class Note:
    """What a rule sees: the normalised text, its ASCII-lower-cased copy (same offsets) and
    the set of its lower-case words (a rule that needs a word can ask the set, in constant
    time, before it runs a regex over the whole note)."""

    text: str
    lower: str
    words: frozenset[str] | set[str]

    @cached_property
    def word_starts(self) -> frozenset[str] | set[str]:
        """The words with any apostrophe suffix cut off ("mahallesi'nden" gives "mahallesi"):
        what a keyword at a word start can be looked up in."""
        if "'" not in self.lower:  # most notes: one search in C instead of a look at every word
            return self.words
        cut = {w.split("'", 1)[0] for w in self.words if "'" in w}
        return self.words | cut if cut else self.words

    @cached_property
    def word_ends(self) -> frozenset[str] | set[str]:
        """The words with an elided article or preposition cut off ("l'hopital" gives
        "hopital", "dell'ospedale" "ospedale"): what a head word after one is looked up in."""
        if "'" not in self.lower:
            return self.words
        cut = {w.rsplit("'", 1)[1] for w in self.words if "'" in w}
        return self.words | cut if cut else self.words

    @cached_property
    def in_capitals(self) -> bool:
        """No lower-case letter in the first 400 characters: a note typed in capitals, where
        a word's case says nothing (every word is shaped like an acronym or a name)."""
        return _LOWER_LETTER.search(self.text, 0, 400) is None

    @classmethod
    def of(cls, text: str, words: set[str] | None = None, lower: str | None = None) -> Note:
        lower = text.translate(ASCII_LOWER) if lower is None else lower
        # the scanner's own word split, so that a rule's tests and check_words see the words
        # a real scan gives it ("driver's" is one word there, not two)
        return cls(text, lower, words if words is not None else set(word_tokens(lower)))


@dataclass(frozen=True)
class Rule:
    id: str
    kind: Kind
    categories: tuple[str, ...]
    hints: tuple[str, ...]
    run: Callable[[Note], Iterable[Span]]
    doc: str
    # a fallback finder speaks only where the others were silent: its span is dropped when
    # another finder's candidate holds it whole (it adds nothing there but a second opinion
    # on the category, and the rules know their contexts better)
    fallback: bool = False
    # what stands between a finding and the tail a TAIL rule reads: a space, or ", " for the
    # parts of an address
    separator: str = " "
    # a TAIL rule that yields takes in no word another rule found as something else
    yields: bool = False

    def applies(self, note: Note) -> bool:
        # plain substring tests: faster than one regex of all the hints (measured), in a
        # loop rather than any() over a generator (every rule, every note: measured too)
        if not self.hints:
            return True
        lower = note.lower
        for hint in self.hints:  # noqa: SIM110 (the loop is the point, see above)
            if hint in lower:
                return True
        return False


REGISTRY: dict[str, Rule] = {}


def per_note(fn: Callable[[Note], T]) -> Callable[[Note], T]:
    """``fn(note)`` computed once a note, for a pass several rules read (the honorific titles
    and names, the context model's spans). Kept on the note itself, so that threads scanning
    different notes never share it."""
    key = f"_per_note_{fn.__module__}.{fn.__qualname__}"

    @wraps(fn)
    def once(note: Note) -> T:
        memo = note.__dict__
        if key not in memo:
            memo[key] = fn(note)
        return memo[key]
    return once


def _register(kind: Kind, rule_id: str, categories: tuple[str, ...], hints: Iterable[str],
              fallback: bool = False, separator: str = " ", yields: bool = False):
    def decorate(fn: Callable[[Note], Iterable[Span]]):
        if rule_id in REGISTRY:
            raise ValueError(f"rule {rule_id!r} is registered twice")
        REGISTRY[rule_id] = Rule(rule_id, kind, categories, tuple(hints), fn,
                                 (fn.__doc__ or "").strip(), fallback, separator, yields)
        return fn
    return decorate


def finder(rule_id: str, category: str, hints: Iterable[str] = (), fallback: bool = False):
    """Register a rule whose spans are identifiers of ``category`` (a ``fallback`` rule's
    only where no other candidate already holds them)."""
    return _register(Kind.FIND, rule_id, (category,), hints, fallback)


def veto(rule_id: str, categories: Iterable[str], hints: Iterable[str] = ()):
    """Register a rule whose spans hold no identifier of these ``categories``."""
    return _register(Kind.VETO, rule_id, tuple(categories), hints)


def trim(rule_id: str, categories: Iterable[str], hints: Iterable[str] = ()):
    """Register a rule whose spans no finding of these ``categories`` may cover: a candidate
    that does is cut back to its words outside them ("Smt." before a name is no name)."""
    return _register(Kind.TRIM, rule_id, tuple(categories), hints)


def tail(rule_id: str, categories: Iterable[str], hints: Iterable[str] = (),
         separator: str = " ", yields: bool = False):
    """Register a rule that says where the name of a finding of these ``categories`` goes on
    after it stops: called as ``run(note, at)`` with ``at`` the word after the finding and
    the ``separator`` (one space, or ", " for an address's parts), it returns the end of
    what belongs to the name there ("casino" after "Lucky Dragon"), or None. It is asked
    only where a finding stops, so it never finds on its own and costs nothing on a note
    without one. A tail that ``yields`` stops where a candidate of another category starts
    (its guess is weaker than the other rule's)."""
    return _register(Kind.TAIL, rule_id, tuple(categories), hints, separator=separator,
                     yields=yields)


def head(rule_id: str, categories: Iterable[str], hints: Iterable[str] = ()):
    """Register a rule that says where the name of a finding of these ``categories`` begins
    before it starts: called as ``run(note, start, end)`` with the finding's span, where one
    space stands before ``start``, it returns the start of what belongs to the name there
    ("St." before "Hyacinth Basilica", "MV" before a ship), or None. Like a tail it never
    finds on its own."""
    return _register(Kind.HEAD, rule_id, tuple(categories), hints)


def _cut(text: str, c: tuple[int, int, str, str], a: int, b: int
         ) -> list[tuple[int, int, str, str]]:
    """Candidate ``c`` without the span (a, b): the word-bearing parts before and after it."""
    s, e, cat, rid = c
    out = []
    if s < a:
        end = a
        while end > s and not text[end - 1].isalnum():
            end -= 1
        if end > s:
            out.append((s, end, cat, rid))
    if b < e:
        start = b
        while start < e and not text[start].isalnum():
            start += 1
        if start < e:
            out.append((start, e, cat, rid))
    return out


def _by_category(spans: list[tuple[Span, tuple[str, ...]]]) -> dict[str, list[Span]]:
    out: dict[str, list[Span]] = {}
    for span, cats in spans:
        for cat in cats:
            out.setdefault(cat, []).append(span)
    return out


def _outside_vetoes(group: list[tuple[int, int, str, str]], vetoed: dict[str, SpanIndex]
                    ) -> list[tuple[int, int, str, str]]:
    """The candidates no veto of their category holds whole."""
    out = []
    for c in group:
        spans = vetoed.get(c[2])
        if spans is None or not spans.holds(c[0], c[1]):
            out.append(c)
    return out


def _grown(note: Note, cands: list[tuple[int, int, str, str]],
           rules: list[Rule]) -> list[tuple[int, int, str, str]]:
    """``cands`` with each one that stops a space (or a comma) before a tail of its category
    grown over the tail (a tail after a tail grows it again: "Factory", then "3"), and each one that
    starts a space after a head of its category grown back over the head."""
    text = note.text
    tails = [r for r in rules if r.kind is Kind.TAIL]
    heads = [r for r in rules if r.kind is Kind.HEAD]
    by_category: dict[str, list[Span]] = {}
    for c in cands:
        by_category.setdefault(c[2], []).append((c[0], c[1]))
    found = {cat: SpanIndex(spans) for cat, spans in by_category.items()}
    out = []
    for s, e, cat, rid in cands:
        grew = True
        while grew and text[e:e + 1] in (" ", ","):
            grew = False
            for rule in tails:
                sep = rule.separator
                if cat in rule.categories and text.startswith(sep, e) and (
                        end := rule.run(note, e + len(sep))) and not (
                        rule.yields and _claimed(found, cat, e, end)):
                    e, grew = end, True
                    break
        grew = True
        while grew and s > 1 and text[s - 1] == " ":
            grew = False
            for rule in heads:
                start = rule.run(note, s, e) if cat in rule.categories else None
                if start is not None and start < s:
                    s, grew = start, True
                    break
        out.append((s, e, cat, rid))
    return out


def _claimed(found: dict[str, SpanIndex], cat: str, a: int, b: int) -> bool:
    """Does a candidate of another category hold words between ``a`` and ``b``? A tail that
    yields does not take in words another rule found as something else ("Prairie View
    Middle School, Joanne Albers": the person stays a name; "..., Christmas Eve, 1940" a
    date)."""
    return any(spans.overlaps(a, b) for other, spans in found.items() if other != cat)


# what apply() runs, per kind, read from REGISTRY once for as long as the registry holds the
# same rules (tests register and remove rules)
_plan: tuple[tuple[Rule, ...], tuple[list, list[Rule]]] = ((), ([], []))


def _runs() -> tuple[list, list[Rule]]:
    """(finders, vetoes and trims, as plain tuples of what the loop needs; heads and tails) of the
    registry: measured, reading a rule's attributes and calling ``applies`` for each of 84
    rules on every note cost 0.2 s of a 3.7 s pass over the nursing corpus."""
    global _plan
    rules = tuple(REGISTRY.values())
    if _plan[0] != rules:
        edges = (Kind.TAIL, Kind.HEAD)
        runs = [(r.hints, r.run, r.kind, r.categories, r.id, r.fallback)
                for r in rules if r.kind not in edges]
        _plan = (rules, (runs, [r for r in rules if r.kind in edges]))
    return _plan[1]


def apply(text: str, cands: list[tuple[int, int, str, str]],
          words: set[str] | None = None, lower: str | None = None
          ) -> list[tuple[int, int, str, str]]:
    """``cands`` (start, end, category, rule id) with every finder's spans added and every
    vetoed candidate removed; ``words`` and ``lower`` are the note's lower-case words and
    text if the caller has them."""
    note = Note.of(text, words, lower)
    low = note.lower
    runs, all_edges = _runs()
    vetoes: list[tuple[Span, tuple[str, ...]]] = []
    trims: list[tuple[Span, tuple[str, ...]]] = []
    fallbacks: list[tuple[int, int, str, str]] = []
    for hints, run, kind, cats, rid, fallback in runs:
        if hints:  # Rule.applies, written out (for/else: no hint, no run)
            for hint in hints:
                if hint in low:
                    break
            else:
                continue
        if kind is Kind.FIND:
            add, cat = (fallbacks if fallback else cands).append, cats[0]
            for s, e in run(note):
                if e > s:
                    add((s, e, cat, rid))
        else:
            (vetoes if kind is Kind.VETO else trims).extend([(span, cats) for span in run(note)])
    edges = [r for r in all_edges if r.applies(note)]
    vetoed = {cat: SpanIndex(spans) for cat, spans in _by_category(vetoes).items()
              } if vetoes else {}
    if vetoed:
        cands, fallbacks = _outside_vetoes(cands, vetoed), _outside_vetoes(fallbacks, vetoed)
    # after the vetoes: a candidate they removed leaves the fallback's opinion standing
    held = SpanIndex((c[0], c[1]) for c in cands) if fallbacks else None
    kept = [f for f in fallbacks if not held.holds(f[0], f[1])] if held else []
    cands.extend(kept)
    again = name_echo.echoes(note, cands)
    if again:
        again = _outside_vetoes(again, vetoed) if vetoed else again
        # a name said again is that person, whatever the model made of the word alone there
        # ("Later that night Hope emailed me": not a place)
        echoed = {(s, e) for s, e, _, _ in again}
        if kept and echoed:
            dropped = {f for f in kept if (f[0], f[1]) in echoed}
            cands = [c for c in cands if c not in dropped]
        cands.extend(again)
    if edges:
        cands = _grown(note, cands, edges)
    if named := facility_initials.echoes(note, cands):
        cands.extend(_outside_vetoes(named, vetoed) if vetoed else named)
    for (a, b), cats in trims:
        cut: list[tuple[int, int, str, str]] = []
        for c in cands:
            if c[2] in cats and c[0] < b and a < c[1]:
                cut.extend(_cut(text, c, a, b))
            else:
                cut.append(c)
        cands = cut
    return cands


# The rules, in no particular order (each stands alone). Imported last: they register here.
from . import (  # noqa: E402,F401
    abbreviations,
    acronym_ids,
    address_lines,
    address_towns,
    address_trims,
    address_units,
    addresses_local,
    ages,
    ages_world,
    bleeps,
    businesses,
    calendar,
    case_law,
    clinical_numbers,
    common_phrases,
    contractions,
    dates_more,
    day_month,
    dialogue,
    dotted_ids,
    emergency_services,
    employers,
    eponym_lists,
    facilities_of,
    facilities_world,
    facility_initials,
    facility_short_forms,
    family_name_first,
    foreign_facilities,
    greetings,
    holidays,
    honorifics,
    hospital_initials,
    hospital_short_names,
    id_edges,
    id_shapes,
    initial_names,
    journal_citations,
    kin_names,
    kin_phones,
    labelled_names,
    large_places,
    learned_context,
    legal_forms,
    messaging_handles,
    name_echo,
    name_intros,
    name_particles,
    name_suffixes,
    named_instruments,
    national_ids,
    nicknames,
    numbered_labels,
    ordinal_counts,
    patronymics,
    people_with_ages,
    place_heads,
    place_joins,
    place_labels,
    police_units,
    postcodes,
    postcodes_world,
    public_dates,
    public_numbers,
    residence_world,
    roman_months,
    rural_routes,
    score_fractions,
    short_extensions,
    sign_offs,
    signout_lists,
    speaker_labels,
    streets,
    streets_head_first,
    streets_world,
    subdivisions,
    surname_first_names,
    tables,
    town_zips,
    towns_nearby,
    travel_ids,
    typed_dates,
    typed_patients,
    vehicle_plates,
    workplace_tails,
    world_dates,
    world_phones,
    world_regions,
    world_towns,
)
