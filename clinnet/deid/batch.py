"""Batch and report helpers used by the ``clinnet deid`` command line.

* :func:`scan_jsonl` scans a JSON Lines stream note by note;
* :func:`format_findings` renders findings for a person to read;
* :func:`findings_as_json` turns findings into plain dicts for ``--json`` output.
"""

from __future__ import annotations

import json
from typing import BinaryIO, TextIO

from .finding import Finding
from .scanner import scan


def findings_as_json(findings: list[Finding]) -> list[dict[str, object]]:
    """Findings as JSON-ready dicts with keys start, end, category, text, rule."""
    return [
        {"start": f.start, "end": f.end, "category": f.category, "text": f.text, "rule": f.rule}
        for f in findings
    ]


def scan_jsonl(infile: BinaryIO, outfile: TextIO, errfile: TextIO) -> int:
    """Scan a JSON Lines stream of ``{"id": ..., "text": ...}`` objects.

    Each line is decoded as UTF-8 here (so one bad line cannot spoil the rest) and
    answered with one line ``{"id": ..., "findings": [...]}`` on ``outfile``, in input
    order. A bad line (invalid UTF-8, not JSON, not an object, no string "text") gets a
    message naming its line number on ``errfile`` and is skipped. Blank lines are
    skipped silently. Returns the number of failed lines.
    """
    failed = 0
    for lineno, raw in enumerate(infile, 1):
        if not raw.strip():
            continue
        try:
            # "utf-8-sig" on the first line drops a byte-order mark some editors write
            line = raw.decode("utf-8-sig" if lineno == 1 else "utf-8")
        except UnicodeDecodeError as exc:
            errfile.write(f"line {lineno}: invalid UTF-8 at byte {exc.start}\n")
            failed += 1
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            errfile.write(f"line {lineno}: not valid JSON ({exc.msg} at column {exc.colno})\n")
            failed += 1
            continue
        if not isinstance(obj, dict):
            errfile.write(f"line {lineno}: expected a JSON object, got {type(obj).__name__}\n")
            failed += 1
            continue
        text = obj.get("text")
        if not isinstance(text, str):
            what = "missing" if "text" not in obj else f"not a string ({type(text).__name__})"
            errfile.write(f'line {lineno}: "text" is {what}\n')
            failed += 1
            continue
        result = {"id": obj.get("id"), "findings": findings_as_json(scan(text))}
        outfile.write(json.dumps(result, ensure_ascii=False) + "\n")
    return failed


def format_findings(text: str, findings: list[Finding]) -> str:
    """Human-readable report: one line per finding with line:column and context."""
    if not findings:
        return "No identifiers found."
    # line starts, to turn offsets into line:column
    starts = [0]
    for i, ch in enumerate(text):
        if ch == "\n":
            starts.append(i + 1)
    lines = [f"{len(findings)} identifier{'s' if len(findings) != 1 else ''} found:"]
    import bisect

    for f in findings:
        ln = bisect.bisect_right(starts, f.start) - 1
        col = f.start - starts[ln] + 1
        left = text[max(0, f.start - 30) : f.start].replace("\n", " ")
        right = text[f.end : f.end + 30].replace("\n", " ")
        lines.append(
            f"  {ln + 1}:{col}  {f.category:<12} {f.text!r}  (rule {f.rule})\n"
            f"      ...{left}[[{f.text}]]{right}..."
        )
    return "\n".join(lines)
