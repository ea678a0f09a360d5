"""Is a word a proper noun no vocabulary explains? The test the editor's "check these
words" list (:mod:`.check_words`) and the context model (:mod:`.context_model`) share."""

from __future__ import annotations

import re
from functools import lru_cache

from . import lexicons
from .colleagues import fold

_SENTENCE_END = re.compile(r"(?:[.!?:;\n*#>\-\u2022|\"\u201c]|^)\s*$")
_CAMEL_NAME = re.compile(r"(?:Mc|Mac|O'|D'|De|La|Le|Van|Von)?[A-Z][a-z]+(?:[-'][A-Z][a-z]+)*")


def looks_proper(text: str, start: int, word: str) -> bool:
    """Does ``word`` at ``start`` of ``text`` look like a name or place that no word list
    explains? (See :mod:`clinnet.deid.check_words` for the cases.)"""
    kind = _kind(word)
    if kind is None:
        return False
    all_known, any_known, named = kind
    if not word[0].isupper():
        # lower case: only a word with non-ASCII letters no list knows ("ọláolúwa")
        return not word.isascii() and not any_known
    if _SENTENCE_END.search(text, max(0, start - 3), start):
        # a sentence's first word is capitalised anyway: only a word no list knows counts
        return not any_known and (named or not word.isascii())
    return not all_known or named


@lru_cache(maxsize=65536)
def _kind(word: str) -> tuple[bool, bool, bool] | None:
    """What the word lists say of ``word`` wherever it stands (all of its parts known, any
    known, a part that is a name), or None for a word that is never a proper noun: the
    context model asks this of every capitalised word of every scan."""
    low = fold(word)
    if word.isupper() or (any(ch.isupper() for ch in word[1:]) and not _CAMEL_NAME.fullmatch(word)):
        return None  # acronyms and "QTc"-style abbreviations
    parts = [p for p in re.split(r"['\u2019-]", low) if p]
    if low.startswith(("i'", "i\u2019")) or any(len(p) == 1 for p in parts[:-1]):
        return None  # "I've", "D-dimer", "X-waiver"
    known = [p in lexicons.english() or p in lexicons.medical() or p in lexicons.eponyms()
             or p in lexicons.not_names() or p in lexicons.not_places() for p in parts]
    # a surname that is also an English word ("Head", "Score") reads as the word; a first
    # name that is one ("Rose", "Hope") capitalised mid-sentence is worth a look
    named = any(p in lexicons.first_names() or (p in lexicons.surnames()
                                                and p not in lexicons.english())
                for p in parts)
    return all(known), any(known), named
