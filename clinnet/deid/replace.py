"""Replacement text for findings: :func:`suggest` and :func:`redact`."""

from __future__ import annotations

import datetime as _dt
import re

from .categories import AGE_OVER_89, DATE, LOCATION
from .finding import Finding
from .lexicons import words

# ZIP3 areas with 20,000 or fewer people (HHS list from the 2000 census); Safe Harbor
# requires these to become 000, while other ZIP codes may keep their first 3 digits.
_RESTRICTED_ZIP3 = words("036 059 063 102 203 556 692 790 821 823 830 831 878 879 884 890 893")


def suggest(finding: Finding, *, reference_date: _dt.date | None = None) -> str:
    """Replacement text for one finding.

    Dates become ``[DATE]``, or ``day N`` relative to ``reference_date`` when the date
    is a full numeric or ISO date that can be parsed. ZIP codes keep their first three
    digits (the Safe Harbor 3-digit ZIP rule) unless the area is too small (then
    ``000``). Ages over 89 become ``90+``; everything else becomes ``[CATEGORY]``.
    """
    cat = finding.category
    if cat == AGE_OVER_89:
        return "90+"
    if cat == LOCATION and finding.rule == "zip":
        z3 = finding.text[:3]
        return ("000" if z3 in _RESTRICTED_ZIP3 else z3) + "xx"
    if cat == DATE and reference_date is not None:
        d = _parse_date(finding.text)
        if d is not None:
            return f"day {(d - reference_date).days}"
    return f"[{cat}]"


def _parse_date(s: str) -> _dt.date | None:
    """Parse ISO (2023-01-15) and US numeric (1/15/2023) dates; None if unsure."""
    m = re.fullmatch(r"\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\s*", s)
    try:
        if m:
            return _dt.date(int(m[1]), int(m[2]), int(m[3]))
        m = re.fullmatch(r"\s*(\d{1,2})/(\d{1,2})/(\d{4})\s*", s)
        if m:
            return _dt.date(int(m[3]), int(m[1]), int(m[2]))
    except ValueError:
        return None
    return None


def redact(text: str, findings: list[Finding] | None = None) -> str:
    """Replace each finding in ``text`` with :func:`suggest`; scans when findings is None."""
    if findings is None:
        from .scanner import scan

        findings = scan(text)
    out: list[str] = []
    pos = 0
    for f in sorted(findings, key=lambda f: f.start):
        if f.start < pos:
            continue  # overlapping input: the earlier replacement already covers it
        out.append(text[pos : f.start])
        out.append(suggest(f))
        pos = f.end
    out.append(text[pos:])
    return "".join(out)
