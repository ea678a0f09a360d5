"""Regexes that must start at a word boundary, without a leading ``\\b``.

Python's ``re`` skips in C to the positions where a pattern can start when the pattern
begins with a literal or a set of letters ("Co. ", "goes by|aka|known as"); a leading
``\\b`` (or a lookahead) turns that off, and the pattern is then tried at every position of
the note. On the nursing corpus that made ``\\bCo\\.\\s[A-Z]`` thirty times slower than the
same pattern without its ``\\b``. :class:`WordStart` compiles the pattern without it and
checks the boundary itself: a match that does not start at one is dropped and the search
goes on from the next position, which is what the engine does with the ``\\b`` in place, so
the matches are the same.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator


def _word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"  # what the re module's \w matches in a str pattern


def at_boundary(text: str, i: int, endpos: int) -> bool:
    """``\\b`` at ``i``, as the re module sees it when searching ``text`` up to ``endpos``."""
    before = i > 0 and _word(text[i - 1])
    after = i < endpos and _word(text[i])
    return before != after


def search_where(regex: re.Pattern[str], text: str, ok: Callable[[int], bool],
                 pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
    """The first match of ``regex`` whose start ``ok`` accepts: a check of what stands before
    a match that the pattern does not make itself (so that the search can skip in C), tried
    again from the next position when it fails, as the engine would."""
    m = regex.search(text, pos, endpos)
    while m is not None and not ok(m.start()):
        m = regex.search(text, m.start() + 1, endpos)
    return m


def finditer_where(regex: re.Pattern[str], text: str, ok: Callable[[int], bool],
                   pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
    """Every match of ``regex`` whose start ``ok`` accepts, as ``finditer`` would give them."""
    m = search_where(regex, text, ok, pos, endpos)
    while m is not None:
        yield m
        m = search_where(regex, text, ok, m.end() if m.end() > m.start() else m.end() + 1,
                         endpos)


class WordStart:
    """``re.compile(r"\\b" + pattern)``, with ``search``, ``match`` and ``finditer`` giving
    the same matches, found faster."""

    __slots__ = ("regex",)

    def __init__(self, pattern: str, flags: int = 0):
        self.regex = re.compile(pattern, flags)

    @property
    def pattern(self) -> str:
        return r"\b" + self.regex.pattern

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        end = min(endpos, len(text))
        return search_where(self.regex, text, lambda i: at_boundary(text, i, end), pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if not at_boundary(text, pos, min(endpos, len(text))):
            return None
        return self.regex.match(text, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize
                 ) -> Iterator[re.Match[str]]:
        end = min(endpos, len(text))
        return finditer_where(self.regex, text, lambda i: at_boundary(text, i, end), pos, endpos)
