"""The de-identification gate: which findings in a post's fields are still open.

Scanning is `clinnet.deid.scan`; this module only decides what the findings mean for a post
(open, dismissed) and how the author's one-click fixes are applied.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from markupsafe import Markup, escape

from clinnet.deid import Finding, scan, suggest

FIELD_LABELS = {"title": "title", "body": "description", "question": "question",
                "timeline": "timeline"}


@dataclass(frozen=True)
class FieldFinding:
    field: str
    finding: Finding
    suggestion: str
    dismissed: bool = False

    @property
    def where(self) -> str:
        return FIELD_LABELS.get(self.field, self.field)


def clean_text(text: str | None) -> str:
    """What we store: NFC, Unix newlines, no invisible format characters.

    Zero-width and bidi-control characters have no business in a clinical text and are the
    classic way to split a name or a date past a scanner; removing them means what is stored,
    shown and scanned is the same visible text. (The scanner normalises them too.)
    """
    text = unicodedata.normalize("NFC", (text or "").replace("\r\n", "\n").replace("\r", "\n"))
    # Control characters (NUL, BEL, ...) go too: PostgreSQL refuses NUL in text columns.
    return "".join(ch for ch in text if ch in "\n\t" or
                   unicodedata.category(ch) not in ("Cf", "Cc")).strip()


def scan_fields(fields: dict[str, str], dismissals=()) -> list[FieldFinding]:
    """Scan every field; findings matching a dismissal (field, category, text) are dismissed."""
    dismissed = {(d.field, d.category, d.text) for d in dismissals}
    results = []
    for field, text in fields.items():
        for finding in scan(text or ""):
            key = (field, finding.category, finding.text)
            results.append(FieldFinding(field, finding, suggest(finding), key in dismissed))
    return results


def open_findings(findings: list[FieldFinding]) -> list[FieldFinding]:
    return [f for f in findings if not f.dismissed]


def summary(findings: list[FieldFinding], body: str = "description") -> str:
    """ "3 possible identifiers are still open: 2 in the description, 1 in the title."

    `body` names the body field: a case's description, a reply's text ("reply")."""
    counts: dict[str, int] = {}
    for item in findings:
        where = body if item.field == "body" else item.where
        counts[where] = counts.get(where, 0) + 1
    total = len(findings)
    places = ", ".join(f"{n} in the {where}" for where, n in counts.items())
    noun = "identifier is" if total == 1 else "identifiers are"
    return f"{total} possible {noun} still open: {places}."


def apply_one(text: str, start: int, end: int, expected: str) -> str | None:
    """Replace the finding at [start, end) with its suggestion, if the text there is unchanged."""
    for finding in scan(text):
        if finding.start == start and finding.end == end and finding.text == expected:
            return text[:start] + suggest(finding) + text[end:]
    return None


def apply_all(text: str, dismissed_keys: set[tuple[str, str]] = frozenset()) -> str:
    """Replace every open finding in `text` with its suggestion (right to left keeps offsets)."""
    for finding in reversed(scan(text)):
        if (finding.category, finding.text) in dismissed_keys:
            continue
        text = text[:finding.start] + suggest(finding) + text[finding.end:]
    return text


def highlight(text: str, findings: list[FieldFinding]) -> Markup:
    """The text, escaped, with each finding wrapped in <mark> and numbered for the list below."""
    out, pos = [], 0
    for number, item in findings:
        f = item.finding
        out.append(escape(text[pos:f.start]))
        # One colour per kind of identifier (clinnet.css, .cat-*), the same in the list below.
        css = f"finding cat-{f.category.lower()}" + (" dismissed" if item.dismissed else "")
        out.append(Markup('<mark class="{}" id="finding-{}" title="{}">{}<sup>{}</sup></mark>')
                   .format(css, number, f.category, text[f.start:f.end], number))
        pos = f.end
    out.append(escape(text[pos:]))
    return Markup("").join(out)
