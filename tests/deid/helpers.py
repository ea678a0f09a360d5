"""What the detector's tests ask of a scan: the texts it flags, and whether a passage is covered."""

from __future__ import annotations

from clinnet.deid import scan


def flagged(text: str) -> set[str]:
    return {f.text for f in scan(text)}


def covered(text: str, needle: str) -> bool:
    """Every letter and digit of `needle` (its first occurrence) lies inside a finding."""
    s = text.index(needle)
    e = s + len(needle)
    hit: set[int] = set()
    for f in scan(text):
        hit.update(range(f.start, f.end))
    return all(i in hit for i in range(s, e) if text[i].isalnum())
