"""People in reported dialogue: 'Art: "She made it to a hundred and two"', '"Bonnie, Art,
Merry - before I share..."', 'her name is "Sandy"'."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..categories import NAME
from . import Note, Span, finder
from ._words import NAME_WORD, could_be_name

_Q = "[\"\u201c]"
_CAP = r"[A-Z][\w'\u2019-]{0,40}"
# 'Art: "She...': found from the colon and quote; the speaker before is checked in Python
_SAYS = re.compile(rf":\s?{_Q}")
_SPEAKER_BEFORE = re.compile(rf"(?:^|[.!?]\s{{1,2}})(?P<n>{_CAP}(?:\s{_CAP})?)$", re.MULTILINE)
_VOCATIVE = re.compile(rf"{_Q}(?P<n>{_CAP}(?:,\s{_CAP}){{0,4}})(?:,|\s[-\u2013\u2014])\s")
# run on the lower-cased copy (same offsets); the name's capital is checked on the text
_NAMED = re.compile(
    rf"\b(?:name\sis|named|call\s(?:me|him|her)|calls\s(?:him|her)self)\s{_Q}?(?P<n>[a-z][\w'\u2019-]*)"
)
_WORD = re.compile(NAME_WORD)


@finder("dialogue_name", NAME, hints=('"', "\u201c", "name"))
def dialogue(note: Note) -> Iterator[Span]:
    """The speaker of a quoted line ('Art: "..."'), the people a quote opens by addressing
    ('"Bonnie, Art, Merry - ...'), and a name given as a name ('her name is "Sandy"').
    Every word must look like a name word: '"Honestly, ...' and 'Plan: "..."' are prose."""
    text = note.text
    spans = []
    for m in _SAYS.finditer(text):
        before = _SPEAKER_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if before:
            spans.append((before.start("n"), before.group("n")))
    spans.extend((m.start("n"), m.group("n")) for m in _VOCATIVE.finditer(text))
    if "name" in note.lower or "call" in note.lower:
        spans.extend((m.start("n"), text[m.start("n"):m.end("n")])
                     for m in _NAMED.finditer(note.lower))
    for start, names in spans:
        for w in _WORD.finditer(names):
            word = w.group()
            if word[0].isupper() and could_be_name(word):
                yield start + w.start(), start + w.end()
