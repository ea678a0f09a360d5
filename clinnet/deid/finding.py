"""The :class:`Finding` record that every detector produces."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Finding:
    """One identifier found in a text.

    ``start``/``end`` are character offsets into the *original* string passed to
    :func:`clinnet.deid.scan`, so ``text == original[start:end]``. ``rule`` names the
    detector rule that fired (useful when a physician disputes a flag).
    """

    start: int
    end: int
    category: str
    text: str
    rule: str
