"""A facility's name that goes on after "of" or "for" where a rule found its start: "Iowa
School for the Deaf", "Maricopa County Office of the Medical Examiner", "Lady of the Sea
General Hospital" (the rule found "Lady"; "of the Sea General Hospital" ends on a kind of
facility, so the two are one name)."""

from __future__ import annotations

import re

from .. import lexicons
from ..categories import LOCATION
from . import Note, tail
from .place_heads import KINDS

# "of" or "for", maybe "the", then one to four words in title case (not "for HBO": what a
# place is visited for is written in capitals)
_TITLED = r"[A-Z][a-z][\w'\u2019-]*"
_JOINED = re.compile(rf"(?:of|for) (?:the )?({_TITLED}(?: {_TITLED}){{0,3}})")
_LAST_WORD = re.compile(r"([A-Za-z]+)\W*$")


@tail("place_join", (LOCATION,), hints=(" of ", " for "))
def place_join(note: Note, at: int) -> int | None:
    """The words after "of"/"for" belong to the place before them if the place ends on a
    kind of facility ("School", "Office") or the words do ("... General Hospital"). After a
    town ("Boston for the Fontan") nothing is taken, nor a person's name after "for"."""
    text = note.text
    m = _JOINED.match(text, at)
    if m is None:
        return None
    words = m.group(1).split()
    if m.group().startswith("for ") and " the " not in m.group() and \
            words[0].lower() in lexicons.first_names():
        return None  # "a bed at the Labre Center for Dwayne": the person it is for
    last_before = _LAST_WORD.search(text, max(0, at - 20), at - 1)
    if (last_before and last_before.group(1).lower() in KINDS) or words[-1].lower() in KINDS:
        return m.end()
    return None
