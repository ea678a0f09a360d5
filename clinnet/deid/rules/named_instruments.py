"""Scales, scores, studies and questionnaires named after a town or a person, written in title
case: "Richmond Agitation-Sedation Scale", "Tilburg Frailty Indicator", "Leeds Dependence
Questionnaire", "Ottawa Heart Failure Risk Scale", "Copenhagen City Heart Study", "Bradford
Factor". The town or the person in such a name is where the instrument was made, not where
anyone lives; the words between it and the head word ("Frailty", "Heart Failure Risk") keep
the eponym rules, which read the word right after a name, from seeing it."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..categories import LOCATION, NAME
from ..lexicons import words
from . import Note, Span, veto
from ._words import occurrences

# what such a name ends on, in title case
_HEADS = ("Scale", "Scales", "Score", "Study", "Questionnaire", "Indicator", "Index",
          "Inventory", "Factor", "Criteria", "Classification", "Staging", "Checklist",
          "Screener", "Survey", "Framework", "Rule", "Rules", "Protocol", "Interview",
          "Instrument", "Handbook", "Declaration", "Guidelines", "Trial", "Cohort")
_HEAD_WORDS = words(" ".join(h.lower() for h in _HEADS))
# a word of the name before the head: title case or capitals, hyphenated parts, a digit
# ("COPD", "Agitation-Sedation", "GAD-7"), or a small joiner ("of", "for", "and")
_WORD_BEFORE = re.compile(
    r"(?:[A-Z][\w'\u2019]*(?:-[\w'\u2019]+)*|of|for|and|&|de|du|la)[ ]\Z")
_JOINERS = frozenset(("of", "for", "and", "&", "de", "du", "la"))
_MOST_WORDS = 6


@veto("named_instrument", (NAME, LOCATION), hints=tuple(h.lower() for h in _HEADS))
def named_instruments(note: Note) -> Iterator[Span]:
    """The title-case words (up to six, joined by spaces and "of"/"for"/"and") that end on
    the head of a named instrument ("Scale", "Score", "Study", "Questionnaire", "Indicator",
    "Factor", "Criteria" ...): a name or place found wholly inside is the instrument's
    ("Richmond" in "Richmond Agitation-Sedation Scale"). Only in title case and only the
    words right before the head: "Mrs Richmond scored 12 on the scale" keeps its name, and
    a full stop, a comma or a word in lower case ends the run."""
    if _HEAD_WORDS.isdisjoint(note.words):
        return
    text = note.text
    for head in _HEADS:
        if head.lower() not in note.words:
            continue
        for at in occurrences(text, head):
            end = at + len(head)
            if (at and text[at - 1] != " ") or (end < len(text) and text[end].isalnum()):
                continue
            start, n, first = at, 0, at
            while n < _MOST_WORDS and (m := _WORD_BEFORE.search(text, max(0, start - 40),
                                                                 start)):
                start, n = m.start(), n + 1
                if m.group()[:-1] not in _JOINERS:
                    first = start  # the run starts on a word of the name, never a joiner
            if first < at:
                yield first, end
