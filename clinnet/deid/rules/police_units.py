"""A police unit named by its town or district: "Tulsa PD", "San Jose Police Dept",
"Brixton police station", "Lillooet detachment", "Boone County Sheriff's Office". Where a
patient was held, taken or reported from is a place that points at them, as a clinic is;
the bench sets' writers tag it so."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..categories import LOCATION
from . import Note, Span, finder
from ._words import generic_words

_UNIT = re.compile(
    r"(?<![\w'-])(?P<name>[A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+){0,2}) "
    r"(?:PD|Police Department|Police Dept\.?|Police Service|[Pp]olice [Ss]tation|"
    r"Sheriff['\u2019]s (?:Office|Department|Dept\.?)|[Dd]etachment|Constabulary|Garda Station)"
    r"(?![\w'-])")
_WORDS = frozenset(("pd", "police", "sheriff's", "sheriff", "detachment", "constabulary",
                    "garda"))


@finder("police_unit", LOCATION)
def police_units(note: Note) -> Iterator[Span]:
    """Capitalised words and "PD", "Police Department", "police station", "Sheriff's
    Office", "detachment" after them. Not when the words say only what kind of police
    ("State Police Department", "Transit PD", "Metro PD")."""
    if _WORDS.isdisjoint(note.words):
        return
    generic = generic_words() | _KINDS
    for m in _UNIT.finditer(note.text):
        if all(w.lower() in generic for w in m.group("name").split()):
            continue
        yield m.span()


_KINDS = frozenset(("metro", "transit", "state", "city", "county", "campus", "university",
                    "federal", "national", "military", "the", "local", "nearest"))
