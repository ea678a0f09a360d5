"""Names introduced as names: "her name is Zuleika", "his first name is Oluwadamilare",
"she named them Ayo and Tobi", "named the baby Rhiannon"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..categories import NAME
from ..lexicons import words
from . import Note, Span, finder
from ._words import NAME_WORD, name_like

# found from "name is" / "named" in the lower-cased note; the word(s) after checked in Python
_INTRO = re.compile(
    r"\b(?:(?:her|his|their|my|the\s(?:patient|baby|child|boy|girl)['\u2019]s|pt['\u2019]s)"
    r"\s(?:first\s|last\s|real\s|full\s|middle\s)?name\sis|"
    r"named\s(?:him|her|them|it|the\s(?:baby|babies|twins|boy|girl|puppy|dog))|"
    r"name['\u2019]s)\s")
_WORD = re.compile(NAME_WORD)
_AND = re.compile(r"\s?(?:,\s|\sand\s|\s&\s)")
_TITLES = words("mr mrs ms miss mx dr")


@finder("name_intro", NAME, hints=("name",))
def name_intros(note: Note) -> Iterator[Span]:
    """The one to three name words after "her/his/their name is", "the baby's name is",
    "name's", and after "named him/her/them/the twins" (with a second name after "and":
    "named them Ayo and Tobi"). Each word must be name-like (a listed first name or surname,
    or a word in no English or clinical list), so "her name is on the list", "his name is
    misspelt" and "named them after" stay clean."""
    text, low = note.text, note.lower
    if not ("named" in note.words or ("name" in note.words and "is" in note.words)
            or "name's" in note.words):
        return
    for m in _INTRO.finditer(low):
        at = m.end()
        names = 0
        while names < 2:
            run_start, run_end, count = at, at, 0
            while count < 3:
                w = _WORD.match(text, at)
                if not w:
                    break
                if count == 0 and w.group().lower().rstrip(".") in _TITLES:
                    at = w.end() + (1 if text[w.end():w.end() + 1] == "." else 0)
                    at += 1 if text[at:at + 1] == " " else 0
                    run_start = at
                    continue
                if not name_like(w.group()):
                    break
                run_end, count = w.end(), count + 1
                at = run_end
                if (text[at:at + 1] == " " and _WORD.match(text, at + 1)
                        and not _AND.match(text, at)):
                    at += 1
                else:
                    break
            if not count:
                break
            yield run_start, run_end
            names += 1
            sep = _AND.match(text, run_end)
            if not sep or not m.group().startswith("named"):
                break
            at = sep.end()
