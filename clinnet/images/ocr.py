"""Burned-in text: read every line of text on an image and find identifiers in it.

Engine: RapidOCR (PaddleOCR's PP-OCRv4 detection and recognition models, converted to ONNX and
shipped inside the `rapidocr-onnxruntime` wheel; Apache-2.0), run by onnxruntime on the CPU.
Nothing is downloaded at run time. Why this engine: docs/images.md (measured against Tesseract).

Text on images has no sentences around it, so besides `clinnet.deid.scan` (run on every line
and on the lines joined, for identifiers that wrap), a rule for overlays finds "SMITH, JOHN",
"SMITH^JOHN" and "John Smith": two or three name-shaped words, one a known first name and the
others known surnames, none a medical or overlay term.
"""

from __future__ import annotations

import functools
import re
import threading
from dataclasses import dataclass

import numpy as np
from PIL import Image

from clinnet.deid import Finding, lexicons, scan, suggest

# Detection runs on a copy whose longer side is at most this; text smaller than ~1/150 of the
# image side is then below what the recogniser reads (docs/images.md has the measurements).
DETECT_SIDE = 1600
_LOCK = threading.Lock()  # one inference at a time per process: two would share two cores


@dataclass(frozen=True)
class TextLine:
    text: str
    quad: tuple[tuple[float, float], ...]  # four corners, clockwise from top-left, image pixels
    score: float


@dataclass(frozen=True)
class TextFinding:
    """An identifier on the image: what was read, where, and what to do about it."""

    category: str
    text: str
    box: tuple[int, int, int, int]  # x, y, width, height in image pixels
    suggestion: str  # what deid would write instead, shown to the author
    rule: str


@functools.cache
def _engine():
    from rapidocr_onnxruntime import RapidOCR

    return RapidOCR(print_verbose=False)


def read(image: Image.Image) -> list[TextLine]:
    """Every line of text the engine reads, in image coordinates."""
    scale = min(1.0, DETECT_SIDE / max(image.size))
    work = image if scale == 1.0 else image.resize(
        (max(1, round(image.width * scale)), max(1, round(image.height * scale))),
        Image.Resampling.BILINEAR)
    pixels = np.asarray(work.convert("RGB"))[:, :, ::-1]  # the engine expects BGR like OpenCV
    with _LOCK:
        result, _ = _engine()(pixels, use_cls=True, det_limit_side_len=DETECT_SIDE,
                              det_limit_type="max")
    lines = []
    for quad, text, score in result or ():
        points = tuple((float(x) / scale, float(y) / scale) for x, y in quad)
        if text.strip():
            lines.append(TextLine(text.strip(), points, float(score)))
    lines.sort(key=lambda line: (round(line.quad[0][1] / 8), line.quad[0][0]))
    return lines


def findings(lines: list[TextLine], size: tuple[int, int]) -> list[TextFinding]:
    """Lines holding an identifier, one finding per line (its first identifier names the
    category), boxes that overlap merged."""
    joined, starts = _join(lines)
    spans = [(f, *_locate(f, starts)) for f in scan(joined)]
    for line_index, line in enumerate(lines):
        spans.extend((f, line_index, f.start) for f in overlay_names(line.text))
        spans.extend((f, line_index, f.start) for f in long_numbers(line.text))
    first: dict[int, tuple[int, Finding]] = {}
    for finding, line_index, offset in spans:
        if line_index is not None and (line_index not in first or offset < first[line_index][0]):
            first[line_index] = (offset, finding)
    out = [TextFinding(finding.category, lines[index].text, _line_box(lines[index], size),
                       suggest(finding), finding.rule)
           for index, (_, finding) in sorted(first.items())]
    return _merge(out)


def overlay_names(text: str) -> list[Finding]:
    """Names written the way monitors, scanners and labels write them (see the module doc)."""
    firsts, surnames = lexicons.first_names(), lexicons.surnames()
    excluded = lexicons.medical() | lexicons.not_names() | OVERLAY_TERMS
    found = []
    text = text.replace("~", "^")  # the recogniser often reads DICOM's "^" as "~"
    for match in _GLUED.finditer(text):  # "RODRIGUEZJOSEPH": the separator was not read
        word = match.group(0).lower()
        if any(word[:i] in surnames and word[i:] in firsts and word[i:] not in excluded
               for i in range(3, len(word) - 2)):
            found.append(Finding(match.start(), match.end(), "NAME", match.group(0),
                                 "image_overlay_name"))
    for match in _NAME_RUN.finditer(text):
        words = [(w.start(), w.end()) for w in re.finditer(r"[^\s,^]+", match.group(0))]
        for count in (3, 2):  # "SMITH, JOHN DOB": the third word is not part of the name
            if len(words) < count:
                continue
            lowered = [match.group(0)[a:b].lower().replace("'", "") for a, b in words[:count]]
            if _is_name(lowered, firsts, surnames, excluded):
                end = match.start() + words[count - 1][1]
                found.append(Finding(match.start(), end, "NAME", text[match.start():end],
                                     "image_overlay_name"))
                break
    return found


def _is_name(lowered: list[str], firsts, surnames, excluded) -> bool:
    if any(len(w) < 2 for w in lowered) or any(w in excluded for w in lowered if w in firsts):
        return False
    return any(w in firsts for w in lowered) and all(w in firsts or w in surnames
                                                      for w in lowered)


def long_numbers(text: str) -> list[Finding]:
    """A run of six or more digits (with separators) is an identifier on an image: overlays
    carry MRNs, accession and phone numbers and dates, and the recogniser misreads a digit
    now and then ("04/04/19B6"), which the date and phone patterns would not forgive."""
    return [Finding(m.start(), m.end(), "OTHER_ID", m.group(0), "image_long_number")
            for m in _NUMBER_RUN.finditer(text) if sum(c.isdigit() for c in m.group(0)) >= 6]


_NUMBER_RUN = re.compile(r"[\d(\uff08][\d\s\-./()\uff08\uff09:]{4,}\d")  # with full-width ()
_GLUED = re.compile(r"(?<![A-Za-z])[A-Z]{7,30}(?![A-Za-z])")
# Words of clinical overlays that are also first names in the census lists.
OVERLAY_TERMS = frozenset(("pa", "ap", "lat", "ward", "bed", "room", "may", "mark", "will",
                           "art", "bill", "gene", "pat"))
_WORD = r"[A-Z][A-Za-z'\-]{1,24}"
_NAME_RUN = re.compile(
    rf"(?<![\w^]){_WORD}(?:\s*[,^]\s*|\s+){_WORD}(?:(?:\s+|\^){_WORD})?(?![\w^])")


def _join(lines: list[TextLine]) -> tuple[str, list[int]]:
    starts, parts, position = [], [], 0
    for line in lines:
        starts.append(position)
        parts.append(line.text)
        position += len(line.text) + 1
    return "\n".join(parts), starts


def _locate(finding: Finding, starts: list[int]) -> tuple[int | None, int]:
    """The line a finding in the joined text starts on, and its offset in that line."""
    for index in range(len(starts) - 1, -1, -1):
        if finding.start >= starts[index]:
            return index, finding.start - starts[index]
    return None, 0


def _line_box(line: TextLine, size: tuple[int, int]) -> tuple[int, int, int, int]:
    """The whole line, padded by a fifth of its height: overlays are short, the label next to
    an identifier ("MRN", "DOB") is no loss, and the recogniser's character positions are too
    rough to cut a line between two characters safely."""
    xs, ys = [p[0] for p in line.quad], [p[1] for p in line.quad]
    pad = 0.2 * (max(ys) - min(ys)) + 2
    left, top = max(0, int(min(xs) - pad)), max(0, int(min(ys) - pad))
    right, bottom = min(size[0], int(max(xs) + pad + 1)), min(size[1], int(max(ys) + pad + 1))
    return left, top, max(1, right - left), max(1, bottom - top)


def _merge(found: list[TextFinding]) -> list[TextFinding]:
    """One box where two findings overlap (a name found by both rules, a wrapped date)."""
    merged: list[TextFinding] = []
    for item in sorted(found, key=lambda f: (f.box[1], f.box[0])):
        for index, other in enumerate(merged):
            if _overlap(item.box, other.box):
                x = min(item.box[0], other.box[0])
                y = min(item.box[1], other.box[1])
                right = max(item.box[0] + item.box[2], other.box[0] + other.box[2])
                bottom = max(item.box[1] + item.box[3], other.box[1] + other.box[3])
                text = f"{other.text} / {item.text}"[:500]
                merged[index] = TextFinding(other.category, text, (x, y, right - x, bottom - y),
                                            other.suggestion, other.rule)
                break
        else:
            merged.append(item)
    return merged


def _overlap(a, b) -> bool:
    return not (a[0] + a[2] <= b[0] or b[0] + b[2] <= a[0] or a[1] + a[3] <= b[1]
                or b[1] + b[3] <= a[1])
