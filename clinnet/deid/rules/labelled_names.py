"""Names in a pasted template, written surname first: "PATIENT: BISHOP, FAITH A",
"ATTENDING: YOUNG, ARTHUR MD", "Surgeon: Reinholt, Casper, MD"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .. import lexicons
from ..categories import NAME
from ..lexicons import words
from . import Note, Span, finder
from ._words import NAME_WORD, ascii_fold, is_initial, is_role, name_like

_LABELS = (
    r"patient|pt|name|patient\sname|attending|pcp|surgeon|assistant|referring|referring\s"
    r"(?:md|physician|provider)|provider|physician|resident|consultant|anesthesia|"
    r"anesthesiologist|dictated\sby|signed\sby|cc|ordering|ordering\s(?:md|physician)|"
    r"emergency\scontact|next\sof\skin|guardian|insured|subscriber|rn|nurse|pathologist|"
    r"radiologist|interpreted\sby|read\sby|from|to|attn|employee|claimant|adjuster|"
    r"re|contacts?|client|member|resident|student|child|mother|father|parent"
)
# found from the colon (cheap to find); the label before it is checked by _LABEL_BEFORE
_SURNAME_FIRST = re.compile(
    rf"[:#]\s?(?P<n>{NAME_WORD},\s?{NAME_WORD}(?:\s[A-Z]\.?)?)(?=\W|$)"
)
# "RE: Sandy Bishop", "ADJUSTER: KAREN WHITLEY": given name first, Titlecase or capitals
_GIVEN_FIRST = re.compile(
    r"[:#][ \t]{1,4}(?P<n>(?:[A-Z][a-z'\u2019-]+|[A-Z]{2,})(?:[ ](?:[A-Z]\.?|[A-Z][a-z'\u2019-]+|"
    r"[A-Z]{2,})){1,2})(?=[ \t]*(?:$|[,(;]|[ \t]{2,}|[ \t]\(|[ \t][A-Z]{2,}:|[ \t]\d))",
    re.MULTILINE,
)
_LABEL_BEFORE = re.compile(rf"(?:^|\b)(?:{_LABELS})\s?$", re.IGNORECASE | re.MULTILINE)


# words that describe a patient after the name, never a given name
_DESCRIBED = words("""male female man woman boy girl baby infant child toddler teen teenager
adult elderly widow widower m f""")


# the label words as the note's word set holds them: the rule runs only when one is there
_LABEL_WORDS = frozenset(w for w in re.findall(r"[a-z]+", _LABELS) if len(w) > 1 and w != "s")


@finder("surname_first_label", NAME, hints=(":",))
def labelled_names(note: Note) -> Iterator[Span]:
    """After a person label of a form ("PATIENT:", "Surgeon:", "PCP:"), "SURNAME, GIVEN"
    with an optional initial is a name whatever its words are ("PRICE, GRANT",
    "YOUNG, ARTHUR"): the comma order is how forms write people. A credential after it
    stays outside ("MD", "DO", "PA-C")."""
    if not _LABEL_WORDS & note.words:
        return
    for m in _GIVEN_FIRST.finditer(note.text):
        if not _LABEL_BEFORE.search(note.text, max(0, m.start() - 30), m.start()):
            continue
        words = m.group("n").split()
        if all(name_like(w) or is_initial(w) for w in words) and any(
                name_like(w) and ascii_fold(w) in lexicons.first_names() for w in words):
            yield m.span("n")
    for m in _SURNAME_FIRST.finditer(note.text):
        if not _LABEL_BEFORE.search(note.text, max(0, m.start() - 30), m.start()):
            continue
        parts = m.group("n").replace(",", " ").split()
        if any(is_role(p) or ascii_fold(p) in lexicons.medical() for p in parts[:2]):
            continue
        if ascii_fold(parts[1]) in _DESCRIBED:
            # "Pt: Tadeusz, male, lives alone": one name, then what the patient is
            yield m.start("n"), m.start("n") + len(parts[0])
            continue
        yield m.start("n"), m.end("n")
