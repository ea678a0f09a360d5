"""Adversarial inputs must scan in (roughly) linear time: no catastrophic backtracking.

Each case times an input of size n and of size 4n and checks the ratio stays well below
quadratic growth (16x). Absolute times are not asserted: CI machines vary.
"""

from __future__ import annotations

import gc
import time

import pytest

from clinnet.deid import scan


def _timed(text: str, runs: int = 3) -> float:
    # CPU time of this process, best of ``runs``: robust to other work on a shared machine.
    # The garbage collector is paused: late in a full test run the heap is large, and one
    # full collection landing in the 4n run would look like super-linear growth.
    best = float("inf")
    gc.collect()
    gc.disable()
    try:
        for _ in range(runs):
            t0 = time.process_time()
            scan(text)
            best = min(best, time.process_time() - t0)
    finally:
        gc.enable()
    return best


ADVERSARIAL = {
    "digits": lambda n: "1" * n,
    "digit-separators": lambda n: "1-" * (n // 2),
    "slashes": lambda n: "1/" * (n // 2),
    "dots": lambda n: "1." * (n // 2),
    "spaced-digits": lambda n: "1 " * (n // 2),
    "one-letter": lambda n: "a" * n,
    "one-word": lambda n: "Ab" * (n // 2),
    "titles": lambda n: "Dr. " * (n // 4),
    "relations": lambda n: "son " * (n // 4),
    "at-signs": lambda n: "a@" * (n // 2),
    "hashes": lambda n: "#a1" * (n // 3),
    "spaces": lambda n: " " * n,
    "names": lambda n: "John Smith " * (n // 11),
    "zero-width": lambda n: "1\u200b" * (n // 2),
    "dates": lambda n: "1/1/11 " * (n // 7),
    "url-ish": lambda n: "a." * (n // 2),
    "colons": lambda n: "a:" * (n // 2),
    "hyphen-domain": lambda n: "a-" * (n // 2) + ".co/x",
    "spelled-email": lambda n: "x dot " * (n // 6) + " at y dot com",
    "reddit": lambda n: "u/a " * (n // 4) + " posted by",
    "name-labels": lambda n: "Name: " * (n // 6),
    "particles": lambda n: "de la " * (n // 6),
    "initials": lambda n: "A. " * (n // 3),
    "facilities": lambda n: "St. Mary Hospital " * (n // 18),
    # recall rules: movement verbs, from/to pairs, hyphen and back-to-back dates, extensions
    "transfers": lambda n: "transferred from a to " * (n // 22),
    "wards": lambda n: "to ellery 2 " * (n // 12),
    "hyphen-dates": lambda n: "on 1-2 " * (n // 7),
    "date-pairs": lambda n: "10/03/10/04/" * (n // 12),
    "extensions": lambda n: "call x1234 " * (n // 11),
    "glued-words": lambda n: "fio2 1/2" + "a" * n,
}


@pytest.mark.parametrize("kind", sorted(ADVERSARIAL))
def test_scaling_is_roughly_linear(kind: str) -> None:
    make = ADVERSARIAL[kind]
    n = 25_000
    small = _timed(make(n))
    large = _timed(make(4 * n))
    # linear would be ~4x; quadratic 16x. Allow noise on tiny timings.
    assert large <= max(10 * small, 0.1), (kind, small, large)


def test_one_megabyte_of_text_scales_like_a_tenth_of_it() -> None:
    line = "Pt seen by Dr. Smith on 3/14/2023, BP 120/80, call 617-555-0142. "
    note = line * 16_000
    assert len(note) > 1_000_000
    # a tenth of the text against all of it, one run each (the megabyte takes half a minute
    # on a slow day): linear would be 10x, quadratic 100x; the machine's speed cancels out
    small = _timed(line * 1_600, runs=1)
    gc.collect()
    gc.disable()
    try:
        t0 = time.process_time()
        found = scan(note)
        large = time.process_time() - t0
    finally:
        gc.enable()
    assert len(found) >= 3 * 16_000
    assert large <= 25 * small, (small, large)


def test_hundred_thousand_digits_and_word() -> None:
    scan("9" * 100_000)
    scan("x" * 100_000)
    scan("Smith" * 20_000)
