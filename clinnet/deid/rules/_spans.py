"""Questions about a set of spans asked many times over one note: does one of them hold a
span whole, does one of them overlap it? A scan of every span for every question made a
long note with thousands of findings quadratic; sorted starts and the furthest end reached
by any span starting at or before each answer either question in log time."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from itertools import accumulate


class SpanIndex:
    """The spans ``(start, end)`` given, sorted by start, with the furthest end reached by
    any span that starts at or before each."""

    __slots__ = ("_reach", "_starts")

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [s for s, _ in ordered]
        self._reach = list(accumulate((e for _, e in ordered), max))

    def holds(self, start: int, end: int) -> bool:
        """Does a span begin at or before ``start`` and end at or after ``end``?"""
        i = bisect_right(self._starts, start) - 1
        return i >= 0 and self._reach[i] >= end

    def overlaps(self, start: int, end: int) -> bool:
        """Does a span begin before ``end`` and end after ``start``?"""
        i = bisect_left(self._starts, end) - 1
        return i >= 0 and self._reach[i] > start
