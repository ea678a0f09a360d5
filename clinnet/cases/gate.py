"""The de-identification gate: what members will read of a post, scanned; which findings are open.

The scanner (`clinnet.deid.scan`) reads the text a member sees (`core.rendering.visible_text` for
Markdown fields, the text itself for plain ones), never the raw source: a name written as
character references, with escapes or with emphasis inside it is found like any other. Each
finding carries the source span behind it, which is what the author's one-click fix replaces and
what the editor highlights. This module decides what the findings mean for a post (open,
dismissed) and applies fixes; it stores nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from markupsafe import Markup, escape

from clinnet.core.rendering import VisibleText, clean_source, plain_text, visible_text
from clinnet.deid import Finding, check_words, scan, suggest
from clinnet.deid.normalize import normalize

clean_text = clean_source  # what every member-written field is stored as

_LABELS = {("case", "body"): "description", ("reply", "body"): "reply",
           ("case", "poll_question"): "poll's question", ("case", "poll_options"): "poll's options"}


def field_label(kind: str, field: str) -> str:
    """How the page names a field: "the description" of a case, "the reply" itself."""
    return _LABELS.get((kind, field), field)


@dataclass(frozen=True)
class FieldFinding:
    field: str
    finding: Finding  # in visible-text coordinates: `finding.text` is what a reader sees
    start: int  # the source span behind it: what a fix replaces, what the editor highlights
    end: int
    suggestion: str
    dismissed: bool = False
    kind: str = "case"

    @property
    def where(self) -> str:
        return field_label(self.kind, self.field)

    @property
    def key(self) -> tuple[str, str, str]:
        """What a dismissal names: the field, the category and the words a reader sees."""
        return self.field, self.finding.category, self.finding.text


def view(text: str, fmt: str) -> VisibleText:
    """What a reader sees of a field stored in format `fmt` ("markdown" or "plain")."""
    return visible_text(text) if fmt == "markdown" else plain_text(text or "")


# "@" then a handle, as clinnet.cases.mentions reads it (kept here: the gate is DB-free).
MENTION = re.compile(r"(?<![\w@.])@([A-Za-z0-9](?:[A-Za-z0-9.]{0,38}[A-Za-z0-9])?)")


def _scan(text: str, fmt: str, colleagues=frozenset()) -> list[tuple[Finding, int, int]]:
    shown = view(text, fmt)
    # a colleague's @mention, and their name where the discussion speaks to them, are not
    # patient identifiers (deid.colleagues decides by context)
    return [(f, *shown.to_source(f.start, f.end)) for f in scan(shown.text, colleagues)]


def scan_fields(fields: dict[str, str], formats: dict[str, str], dismissals=(),
                kind: str = "case", colleagues: frozenset = frozenset()
                ) -> list[FieldFinding]:
    """Scan every field; findings matching a dismissal (field, category, text) are dismissed;
    `colleagues` are the members (deid.Colleague) the text may speak to or of."""
    dismissed = {(d.field, d.category, d.text) for d in dismissals}
    results = []
    for field, text in fields.items():
        for finding, start, end in _scan(text or "", formats[field], colleagues):
            key = (field, finding.category, finding.text)
            results.append(FieldFinding(field, finding, start, end, suggest(finding),
                                        key in dismissed, kind))
    return results


def words_to_check(fields: dict[str, str], formats: dict[str, str],
                   findings: list[FieldFinding], colleagues: frozenset = frozenset()
                   ) -> dict[str, list[str]]:
    """Per field, the second tier of the check: proper-noun-like words no finding covers and
    no vocabulary explains (deid.check_words). It never blocks; the editor lists them under
    the findings so the author looks once more."""
    out = {}
    for field, text in fields.items():
        shown = view(text or "", formats[field])
        mine = [item.finding for item in findings if item.field == field]
        words = [word.text for word in check_words(shown.text, mine, colleagues)]
        if words:
            out[field] = words
    return out


def open_findings(findings: list[FieldFinding]) -> list[FieldFinding]:
    return [f for f in findings if not f.dismissed]


def summary(findings: list[FieldFinding]) -> str:
    """ "3 possible identifiers are still open: 2 in the description, 1 in the title." (A
    reply's findings are "in the reply": each finding knows its kind of post.)"""
    counts: dict[str, int] = {}
    for item in findings:
        counts[item.where] = counts.get(item.where, 0) + 1
    total = len(findings)
    places = ", ".join(f"{n} in the {where}" for where, n in counts.items())
    noun = "identifier is" if total == 1 else "identifiers are"
    return f"{total} possible {noun} still open: {places}."


def _replacement(text: str, fmt: str, end: int, tag: str) -> str:
    # "[NAME](" would start a Markdown link: escape the brackets where the source goes on so.
    if fmt == "markdown" and tag.startswith("[") and text[end:end + 1] in ("(", "[", ":"):
        return "\\[" + tag[1:-1] + "\\]"
    return tag


def replace_spans(text: str, fmt: str, spans: list[tuple[int, int, str]]) -> str:
    """Replace source spans (start, end, replacement), merging overlapping ones."""
    merged: list[list] = []
    for start, end, tag in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end, tag])
    for start, end, tag in reversed(merged):
        text = text[:start] + _replacement(text, fmt, end, tag) + text[end:]
    return text


def apply_one(text: str, fmt: str, start: int, end: int, expected: str) -> str | None:
    """Replace the finding at source [start, end) with its suggestion, if the text there still
    reads `expected`; None when it changed."""
    for finding, s, e in _scan(text, fmt):
        if s == start and e == end and finding.text == expected:
            return replace_spans(text, fmt, [(s, e, suggest(finding))])
    return None


def apply_all(text: str, fmt: str, dismissed_keys=frozenset()) -> str:
    """Replace every open finding in `text` (keys: (category, visible text)) with its suggestion."""
    spans = [(s, e, suggest(f)) for f, s, e in _scan(text, fmt)
             if (f.category, f.text) not in dismissed_keys]
    return replace_spans(text, fmt, spans)


def occurrences(text: str, fmt: str, words: str) -> list[tuple[int, int]]:
    """Source spans of every place a reader sees `words` (any letter case, look-alike letters
    and marks folded as the scanner folds them): what a moderator redacts by the words they see.
    """
    needle = normalize(" ".join(words.split())).text.strip()
    if not needle or not text:
        return []
    pattern = re.compile(r"\s+".join(re.escape(w) for w in needle.split()), re.IGNORECASE)
    shown = view(text, fmt)
    folded = normalize(shown.text)
    spans = []
    for match in pattern.finditer(folded.text):
        start, end = folded.to_original(match.start(), match.end())
        spans.append(shown.to_source(start, end))
    return spans


def reads_as(text: str, fmt: str, words: str) -> bool:
    """Whether a reader of `text` sees `words` (as `occurrences` matches them)."""
    return bool(occurrences(text, fmt, words))


def highlight(text: str, findings: list[tuple[int, FieldFinding]]) -> Markup:
    """The source text, escaped, with each finding's source span wrapped in <mark> and numbered
    for the list below (findings whose spans overlap share the first one's mark)."""
    out, pos = [], 0
    for number, item in sorted(findings, key=lambda pair: pair[1].start):
        if item.start < pos:
            continue
        out.append(escape(text[pos:item.start]))
        css = "finding dismissed" if item.dismissed else "finding"
        out.append(Markup('<mark class="{} cat-{}" id="finding-{}" title="{}">{}<sup>{}</sup>'
                          "</mark>").format(css, item.finding.category.lower(), number,
                                            item.finding.category, text[item.start:item.end],
                                            number))
        pos = item.end
    out.append(escape(text[pos:]))
    return Markup("").join(out)
