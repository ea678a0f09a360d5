"""The particles of a family name after the given name found before them: "Yesenia Garza de
la Cruz", "Fadhl Saleh al-Maqtari", "Declan Mac an tSaoir", "Rahman bin Yusof", "Pieter
van der Berg"."""

from __future__ import annotations

import re

from ..categories import NAME
from . import Note, tail

# one to three particles, then a word in capitals or title case (or "tSaoir": Irish
# eclipsis), or a particle glued to its word by a hyphen ("al-Maqtari", "el-Sayed")
_PARTICLES = re.compile(
    r"(?:(?:de|da|do|dos|das|del|della|di|du|la|le|van|von|der|den|ter|ten|bin|binti|bint|ibn|"
    r"mac|nic|ni|an|ua|ap|y) ){1,3}(?:[A-Z]|[a-z][A-Z])[\w'\u2019]*[a-z][\w'\u2019-]*"
    r"|(?:al|el|ul|ash)-[A-Z][\w'\u2019-]+")


@tail("name_particles", (NAME,))
def name_particles(note: Note, at: int) -> int | None:
    """Particles and the word they belong to, right after a name: the name takes them in.
    A particle before a word in lower case ("Smith de novo") or none at all is not asked."""
    m = _PARTICLES.match(note.text, at)
    return m.end() if m else None

