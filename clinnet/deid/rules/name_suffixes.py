"""A generational suffix after a name is part of it: "Rafael Ochoa Jr.", "Jose Perez Sr.",
"Martin King III"."""

from __future__ import annotations

import re

from ..categories import NAME
from . import Note, tail

_SUFFIX = re.compile(r"(?:Jr|Sr|JR|SR)\.?(?![\w'-])|(?:II|III|IV)(?![\w'.-])")


@tail("name_suffix", (NAME,), hints=("jr", "sr", "ii", "iv"))
def name_suffix(note: Note, at: int) -> int | None:
    """"Jr", "Sr" (with their period) or "II", "III", "IV" right after a name: the name takes
    them in. A grade or a stage after a word that is no name is not asked ("Gartland III":
    no name finding stops there)."""
    m = _SUFFIX.match(note.text, at)
    return m.end() if m else None
