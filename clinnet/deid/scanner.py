"""The :func:`scan` entry point: normalise, run every detector, merge, map back."""

from __future__ import annotations

import unicodedata
from bisect import bisect_right
from collections.abc import Iterable

from . import rules
from .categories import CATEGORIES, DATE, NAME
from .colleagues import Colleague, drop_colleagues
from .finding import Finding
from .names import find_names_and_places, word_tokens
from .normalize import ASCII_LOWER, normalize
from .patterns import find_patterns

# When candidates overlap, the merged span takes the category of the longest one; on a
# tie, the category listed first here wins (specific numbers before generic ones).
_PRIORITY = {
    c: i
    for i, c in enumerate(
        (
            "SSN",
            "EMAIL",
            "URL",
            "IP",
            # a labelled number ("Medicaid # 1234567890") keeps its label's category
            "MRN",
            "HEALTH_PLAN",
            "ACCOUNT",
            "LICENSE",
            "VEHICLE",
            "DEVICE",
            "BIOMETRIC",
            "PHONE",
            "FAX",
            "AGE_OVER_89",
            DATE,
            "LOCATION",
            NAME,
            "OTHER_ID",
        )
    )
}
assert set(_PRIORITY) == set(CATEGORIES)


def scan(text: str, colleagues: Iterable[Colleague | str] = ()) -> list[Finding]:
    """Find every HIPAA Safe Harbor identifier in ``text``.

    Returns findings sorted by position and never overlapping; each span is in
    original-text coordinates (``f.text == text[f.start:f.end]``), even when the text
    held zero-width characters, fullwidth digits or spaced-out digits.

    ``colleagues`` are members of the network the text may speak to or of (see
    :mod:`.colleagues`): their @handles, and their names where the words around them are
    about the discussion, are not findings.
    """
    found = _scan(text)
    return drop_colleagues(text, found, colleagues) if colleagues else found


def _scan(text: str) -> list[Finding]:
    if not text:
        return []
    norm = normalize(text)
    ntext = norm.text
    # one lower-casing and one word split shared by both passes
    ltext = ntext.translate(ASCII_LOWER)
    lows = word_tokens(ltext)
    lowset = set(lows)
    public: list[tuple[int, int]] = []
    cands = list(find_patterns(ntext, ltext, lowset, public))
    cands.extend(find_names_and_places(ntext, ltext, lows, lowset))
    cands = rules.apply(ntext, cands, lowset, ltext)
    if public:
        cands = _outside(cands, public)
    if not cands:
        return []
    cands.sort(key=lambda c: (c[0], -c[1]))

    findings: list[Finding] = []
    cur_s, cur_e, best = cands[0][0], cands[0][1], cands[0]
    for c in cands[1:]:
        if c[0] < cur_e:  # overlaps the current group: grow it
            if c[1] > cur_e:
                cur_e = c[1]
            if _better(c, best):
                best = c
            continue
        findings.append(_finding(text, norm, cur_s, cur_e, best))
        cur_s, cur_e, best = c[0], c[1], c
    findings.append(_finding(text, norm, cur_s, cur_e, best))
    return _whole_words(text, [f for f in findings if f.end > f.start])


def _outside(
    cands: list[tuple[int, int, str, str]], public: list[tuple[int, int]]
) -> list[tuple[int, int, str, str]]:
    """Drop candidates lying wholly inside a reference to the public literature.

    "doi:10.1001/jama.2023.25115" holds no name, and a trial number no place.
    """
    public.sort()
    starts = [s for s, _ in public]
    # the furthest end reached by any span starting at or before each one
    reach: list[int] = []
    for _, e in public:
        reach.append(max(e, reach[-1]) if reach else e)
    out = []
    for c in cands:
        i = bisect_right(starts, c[0]) - 1
        if i < 0 or reach[i] < c[1]:
            out.append(c)
    return out


def _whole_words(text: str, findings: list[Finding]) -> list[Finding]:
    """Widen each finding to the word it sits in, merging findings that then touch.

    A finding never splits a run of letters and digits: "QUARTERMAIN3", "on10/14/82".
    Half a word left in place can be all a reader needs to guess the rest, and a
    replacement glued to a fragment reads badly.
    """
    out: list[Finding] = []
    for f in findings:
        s, e = f.start, f.end
        while s > 0 and _word_char(text[s - 1]):
            s -= 1
        while e < len(text) and _word_char(text[e]):
            e += 1
        if out and s < out[-1].end:
            prev = out.pop()
            keep = prev if prev.end - prev.start >= f.end - f.start else f
            s, e = prev.start, max(e, prev.end)
            f = keep
        if (s, e) != (f.start, f.end):
            f = Finding(s, e, f.category, text[s:e], f.rule)
        out.append(f)
    return out


def _word_char(ch: str) -> bool:
    # A combining mark belongs to the letter before it: a span ending at "n" of "n\u0332"
    # would leave the underline behind, glued to whatever replaces the name.
    return ch.isalnum() or ch == "_" or (
        not ch.isascii() and unicodedata.category(ch) in ("Mn", "Me"))


def _better(a: tuple[int, int, str, str], b: tuple[int, int, str, str]) -> bool:
    """Should candidate ``a`` name the merged span instead of ``b``?"""
    la, lb = a[1] - a[0], b[1] - b[0]
    if la != lb:
        return la > lb
    # a month word a name context chose is a name: "his wife June", "Dr. April"
    if a[3] == "date_month" and b[2] == NAME and b[3].startswith(_NAME_CONTEXT_RULES):
        return False
    if b[3] == "date_month" and a[2] == NAME and a[3].startswith(_NAME_CONTEXT_RULES):
        return True
    return _PRIORITY[a[2]] < _PRIORITY[b[2]]


_NAME_CONTEXT_RULES = ("relation", "title", "credential", "name_label")


def _finding(text: str, norm: object, s: int, e: int, best: tuple[int, int, str, str]) -> Finding:
    """Build a Finding in original coordinates from a merged normalised span."""
    os_, oe = norm.to_original(s, e)  # type: ignore[attr-defined]
    return Finding(os_, oe, best[2], text[os_:oe], best[3])
