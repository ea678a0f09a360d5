"""Court cases cited in teaching posts are not people or places: "Montgomery v Lanarkshire
Health Board (2015)", "Roe v. Wade", "Tarasoff v Regents of the University of California"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..categories import LOCATION, NAME
from . import Note, Span, veto
from ._words import occurrences

_PARTY = r"(?:[A-Z][\w'\u2019-]{1,30}|of|the|and|for|&)"
# found from the " v " / " v. " / " vs. " between two capitalised parties (rare)
_CASE = re.compile(
    rf"((?:R|[A-Z][\w'\u2019-]{{1,30}})(?:\s[A-Z][\w'\u2019-]{{1,30}}){{0,3}})"
    rf"\s(?:v|v\.|vs\.?)\s([A-Z][\w'\u2019-]{{1,30}}(?:\s{_PARTY}){{0,7}})"
)
# what makes it a citation: a year or law report after it, or a public body as a party
_CITED = re.compile(r"\s{0,2}(?:\(|\[)(?:1[89]|20)\d\d(?:\)|\]|,\s)"
                    r"|\s{0,2},?\s(?:\[?(?:1[89]|20)\d\d\]?\s)?(?:UKSC|UKHL|EWCA|EWHC|AC|QB|WLR|All\sER|U\.?S\.|F\.\dd|Cal\.)")
_BODY = re.compile(
    r"\b(?:Board|Trust|Council|Authority|State|States|Commonwealth|Crown|Regents|University|"
    r"Hospital|Department|Secretary|Minister|Ministry|Government|Commission|Inc|Ltd|plc|"
    r"Corporation|County|City)\b")


@veto("case_law", (NAME, LOCATION), hints=(" v ", " v. ", " vs. "))
def case_law(note: Note) -> Iterator[Span]:
    """Two capitalised parties joined by "v" ("v.", "vs.") and cited as a case: a year in
    brackets after them ("(2015)", "[1957]", "(2005, en banc)"), a law report ("UKSC 11",
    "AC 871") or a public body, board or trust as a party ("Lanarkshire Health Board",
    "Regents of the University of California"). A comparison ("Smith v Jones grip
    strength") with none of these is left alone."""
    text = note.text
    for m in _CASE.finditer(text):
        if m.start() and (text[m.start() - 1].isalnum()):
            continue
        if _CITED.match(text, m.end()) or _BODY.search(m.group(2)) or _BODY.search(m.group(1)):
            yield m.start(), m.end()


# a law named after a person or a place: "the Marchman Act", "Kendra's Law", "McKinney-Vento
# Act", "Laura's Law", "Baker Act" (found from "Act", "Amendment" or "'s Law" with str.find;
# the capitalised words before it are matched there)
_NAME_BEFORE = re.compile(r"(?:[A-Z][\w'\u2019-]{1,30}\s){1,3}$")
_POSSESSOR_BEFORE = re.compile(r"(?:[A-Z][\w'\u2019-]{1,30}\s){0,2}[A-Z][\w-]{1,30}$")
_NOT_A_LAW_AFTER = re.compile(r"\s(?:firm|office|school)\b")


@veto("statute_name", (NAME, LOCATION), hints=(" act", " amendment", "'s law", "\u2019s law"))
def statute_names(note: Note) -> Iterator[Span]:
    """The capitalised words of a law's name before "Act" or "Amendment", or before "Law"
    after a possessive ("the Marchman Act", "Kendra's Law", "the McKinney-Vento Act"): no
    person or place, as with a case. "... Daughter In Law" is a relative, and a law firm
    ("Hale Law firm") a firm: both are left to the other rules."""
    text = note.text
    for word in (" Act", " Amendment"):
        for at in occurrences(text, word):
            end = at + len(word)
            if (end < len(text) and text[end].isalnum()) or _NOT_A_LAW_AFTER.match(text, end):
                continue
            if m := _NAME_BEFORE.search(text, max(0, at - 100), at + 1):
                yield m.start(), at
    for mark in ("'s Law", "\u2019s Law"):
        for at in occurrences(text, mark):
            end = at + len(mark)
            if (end < len(text) and text[end].isalnum()) or _NOT_A_LAW_AFTER.match(text, end):
                continue
            if m := _POSSESSOR_BEFORE.search(text, max(0, at - 100), at):
                yield m.start(), at + 2


# a case cited by one party's name and a neutral citation: "Rothwell [2007] UKHL 39",
# "Montgomery [2015] UKSC 11" (found from the bracketed year; the name before is matched)
_NEUTRAL = re.compile(
    r"\s\[(?:1[89]|20)\d\d\]\s(?:UKSC|UKHL|UKPC|EWCA|EWHC|CSIH|CSOH|NICA|IESC|IEHC|IECA|HCA|"
    r"NZSC|NZCA|SCC|ONCA|BCCA|ZASCA|ZACC|AC|QB|WLR|All\sER)\b")
_PARTY_BEFORE = re.compile(r"(?:[A-Z][\w'\u2019-]{1,30}\s){0,2}[A-Z][\w'\u2019-]{1,30}$")


@veto("neutral_citation", (NAME, LOCATION), hints=("] ",))
def neutral_citations(note: Note) -> Iterator[Span]:
    """A party's name before a year in square brackets and a court's report ("Rothwell
    [2007] UKHL 39"): a case, cited; no patient is written so."""
    text = note.text
    for m in _NEUTRAL.finditer(text):
        party = _PARTY_BEFORE.search(text, max(0, m.start() - 80), m.start())
        if party:
            yield party.start(), m.end()
