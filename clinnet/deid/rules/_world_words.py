"""One word-set test shared by the rules for posts from other countries (greetings,
address_units, postcodes_world, ages_world, dates_more): each registers the words it needs a
note to hold, and the note's words are intersected with all of them once, not once a rule
(most notes hold none, and a set test of a hundred words costs as much as a short rule)."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from . import Note, per_note

_SOURCES: list[Callable[[], frozenset[str]]] = []


def register(source: Callable[[], frozenset[str]]) -> None:
    """Add the words a rule gates on (a function, called once, on the first note)."""
    _SOURCES.append(source)
    _all.cache_clear()


@cache
def _all() -> frozenset[str]:
    return frozenset().union(*(source() for source in _SOURCES))


@per_note
def found(note: Note) -> frozenset[str]:
    """The note's words that some registered rule gates on (usually none)."""
    return frozenset(_all() & note.words)
