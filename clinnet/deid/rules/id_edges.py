"""The letters after a number that belong to it, where a rule found the digits: a health
card's version code ("7730 221 604 HD").

Not the capitals before a number: a hospital's prefix ("HKL 2451187") and a label ("NPI
1487736520", "VIN ...", "UR 3391827") look the same, the bench sets' writers tag the one
and leave out the other, and taking labels in turned vehicle numbers into other ids."""

from __future__ import annotations

import re
from functools import cache

from .. import lexicons
from ..categories import ACCOUNT, HEALTH_PLAN, LICENSE, MRN, OTHER_ID
from ..lexicons import words
from . import Note, tail
from ._words import generic_words
from .national_ids import all_labels

_IDS = (MRN, HEALTH_PLAN, ACCOUNT, LICENSE, OTHER_ID)
_VERSION = re.compile(r"[A-Z]{1,2}(?![\w'.-]|\.\w)")
# capitals after a number that say what it counts or when ("12 PM", "40 MG"), not a version
_NOT_VERSION = words("am pm hr hrs mg ml kg mm cm km iu u g l h d w m y mo yo yr f")


@tail("id_suffix", _IDS)
def id_suffix(note: Note, at: int) -> int | None:
    """A version code of one or two capitals after a number ("7730 221 604 HD"), unless
    they say what the number counts or when ("40 MG", "12 PM") or are a word."""
    text = note.text
    if not text[at - 2:at - 1].isdigit():
        return None
    m = _VERSION.match(text, at)
    if m and m.group().lower() not in _NOT_VERSION and _unknown(m.group()):
        return m.end()
    return None


@cache
def _known() -> frozenset[str]:
    return all_labels() | generic_words() | lexicons.english() | words("no nr num ref id")


def _unknown(letters: str) -> bool:
    return letters.lower() not in _known()
