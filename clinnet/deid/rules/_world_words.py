"""One word-set test shared by the rules for posts from other countries (greetings,
address_units, postcodes_world, ages_world, dates_more): each registers the words it needs a
note to hold, and the note's words are intersected with all of them once, not once a rule
(most notes hold none, and a set test of a hundred words costs as much as a short rule)."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from . import Note

_SOURCES: list[Callable[[], frozenset[str]]] = []
# the last note asked about and its words among the registered ones (one tuple, read and
# written whole, so that threads scanning different notes never mix them up)
_last: tuple[object, frozenset[str]] = (None, frozenset())


def register(source: Callable[[], frozenset[str]]) -> None:
    """Add the words a rule gates on (a function, called once, on the first note)."""
    _SOURCES.append(source)
    _all.cache_clear()


@cache
def _all() -> frozenset[str]:
    return frozenset().union(*(source() for source in _SOURCES))


def found(note: Note) -> frozenset[str]:
    """The note's words that some registered rule gates on (usually none)."""
    global _last
    last = _last
    if last[0] is note:
        return last[1]
    hits = frozenset(_all() & note.words)
    _last = (note, hits)
    return hits
