"""The second tier of the check: words that look like names or places and that nothing
explained.

The detector decides; where it cannot, the author's eye should. :func:`check_words` lists,
for the editor, the proper-noun-like words of a text that no finding covers and no
vocabulary explains: a capitalised word inside a sentence that is not English, clinical or
an eponym ("Lindqvist", "Ballyclogher"), a word with letters outside ASCII that no list
knows ("Ọláolúwa"), or a known first name or surname written with a capital mid-sentence
("Poppy"). The list never blocks a post; it asks the author to look. Acronyms, mixed-case
abbreviations ("QTc"), words inside links or findings and colleagues' names are left out.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from typing import NamedTuple

from .colleagues import Colleague, fold
from .finding import Finding
from .proper import looks_proper
from .rules import REGISTRY, Kind, Note
from .rules.eponym_lists import SYSTEMS

# at most this many words: a short list is read, a long one is scrolled past
LIMIT = 12

_WORD = re.compile(r"[^\W\d_][^\W\d_'\u2019-]*(?:['\u2019-][^\W\d_]+){0,3}")
# "Ottawa ankle rule", "Roth spots": a capitalised word a system noun follows is an eponym
_EPONYM_AFTER = re.compile(rf"(?:['\u2019]s)?(?:\s[a-z][\w-]*){{0,2}}\s(?:{SYSTEMS})\b")
_LINK = re.compile(r"\S*(?:https?://|www\.|@)\S*")


class CheckWord(NamedTuple):
    """A word in the text (``text[start:end]``) worth a second look."""

    start: int
    end: int
    text: str


def check_words(text: str, findings: Iterable[Finding] = (),
                colleagues: Iterable[Colleague | str] = ()) -> list[CheckWord]:
    """Proper-noun-like words of ``text`` outside ``findings`` that no vocabulary explains
    (see the module docstring); each distinct word once, in order, at most :data:`LIMIT`."""
    note = Note.of(text)
    # findings, links and what the detector's vetoes clear (abbreviations, lists of eponyms)
    taken = [(f.start, f.end) for f in findings] + [m.span() for m in _LINK.finditer(text)] + [
        span for rule in REGISTRY.values() if rule.kind is Kind.VETO and rule.applies(note)
        for span in rule.run(note)]
    member_words = {fold(w) for c in colleagues if isinstance(c, Colleague)
                    for w in _WORD.findall(c.name)}
    covered = _Covered(taken)
    out: list[CheckWord] = []
    seen: set[str] = set()
    for m in _WORD.finditer(text):
        s, e = m.span()
        word = m.group()
        low = fold(word)
        if low in seen or len(word) < 3 or covered.overlaps(s, e):
            continue
        if low in member_words or _EPONYM_AFTER.match(text, e) or \
                not looks_proper(text, s, word):
            continue
        seen.add(low)
        out.append(CheckWord(s, e, word))
        if len(out) == LIMIT:
            break
    return out


class _Covered:
    """Spans merged into disjoint, sorted runs, asked in log time whether a word touches one
    (a long post has hundreds of words and dozens of findings and vetoed spans)."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        merged: list[list[int]] = []
        for a, b in sorted(spans):
            if merged and a <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], b)
            else:
                merged.append([a, b])
        self._starts = [a for a, _ in merged]
        self._ends = [b for _, b in merged]

    def overlaps(self, s: int, e: int) -> bool:
        i = bisect_left(self._starts, e) - 1  # the last run that starts before the word ends
        return i >= 0 and self._ends[i] > s
