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
from collections.abc import Iterable
from typing import NamedTuple

from . import lexicons
from .colleagues import Colleague, fold
from .finding import Finding
from .rules import REGISTRY, Kind, Note
from .rules.eponym_lists import SYSTEMS

# at most this many words: a short list is read, a long one is scrolled past
LIMIT = 12

_WORD = re.compile(r"[^\W\d_][^\W\d_'\u2019-]*(?:['\u2019-][^\W\d_]+){0,3}")
_SENTENCE_END = re.compile(r"(?:[.!?:;\n*#>\-\u2022|\"\u201c]|^)\s*$")
_CAMEL_NAME = re.compile(r"(?:Mc|Mac|O'|D'|De|La|Le|Van|Von)?[A-Z][a-z]+(?:[-'][A-Z][a-z]+)*")
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
    out: list[CheckWord] = []
    seen: set[str] = set()
    for m in _WORD.finditer(text):
        s, e = m.span()
        word = m.group()
        low = fold(word)
        if low in seen or len(word) < 3 or any(a < e and s < b for a, b in taken):
            continue
        if low in member_words or _EPONYM_AFTER.match(text, e) or \
                not _looks_proper(text, s, word, low):
            continue
        seen.add(low)
        out.append(CheckWord(s, e, word))
        if len(out) == LIMIT:
            break
    return out


def _looks_proper(text: str, start: int, word: str, low: str) -> bool:
    if word.isupper() or (any(ch.isupper() for ch in word[1:]) and not _CAMEL_NAME.fullmatch(word)):
        return False  # acronyms and "QTc"-style abbreviations
    parts = [p for p in re.split(r"['\u2019-]", low) if p]
    if low.startswith(("i'", "i\u2019")) or any(len(p) == 1 for p in parts[:-1]):
        return False  # "I've", "D-dimer", "X-waiver"
    known = [p in lexicons.english() or p in lexicons.medical() or p in lexicons.eponyms()
             or p in lexicons.not_names() or p in lexicons.not_places() for p in parts]
    # a surname that is also an English word ("Head", "Score") reads as the word; a first
    # name that is one ("Rose", "Hope") capitalised mid-sentence is worth a look
    named = any(p in lexicons.first_names() or (p in lexicons.surnames()
                                                and p not in lexicons.english())
                for p in parts)
    if not word[0].isupper():
        # lower case: only a word with non-ASCII letters no list knows ("ọláolúwa")
        return not word.isascii() and not any(known)
    if _SENTENCE_END.search(text, max(0, start - 3), start):
        # a sentence's first word is capitalised anyway: only a word no list knows counts
        return not any(known) and (named or not word.isascii())
    return not all(known) or named
