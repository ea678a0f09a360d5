"""The publication gate's scan of one case, as a member saves it: p50/p95 milliseconds.

A 3,000-character case (title, Markdown body, timeline) made from the repository's own
physician notes goes through ``clinnet.cases.gate.scan_fields`` (rendering to what members
read, every detector pass, the registered rules, colleagues) and ``words_to_check``, a fixed
number of times after a warm-up. The detector issue's target is p50 under 30 ms on this
2-core machine.

    python bench/gate_scan.py [--runs 300] [--smoke]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

# run from a checkout without installing: make the repository root importable
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from clinnet.cases import gate
from clinnet.deid.bench import load_corpus

CASE_CHARS = 3_000


def make_case() -> dict[str, str]:
    """Title, body and timeline cut from the first physician set, 3,000 characters in all."""
    notes = [n.text for n in load_corpus(Path(__file__).parent / "data" / "physician_cases.jsonl")]
    text = "\n\n".join(notes)
    body = text[: CASE_CHARS - 420]
    timeline = "\n".join(f"- day {k}: " + line[:50] for k, line in
                         enumerate(text[CASE_CHARS:CASE_CHARS + 3000].splitlines()[:10]))
    title = notes[1][:80].replace("\n", " ")
    return {"title": title, "body": body, "timeline": timeline[: CASE_CHARS - len(body) - 80]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--runs", type=int, default=300)
    ap.add_argument("--smoke", action="store_true", help="5 runs: a quick check")
    args = ap.parse_args()
    runs = 5 if args.smoke else args.runs
    fields = make_case()
    formats = {"title": "plain", "body": "markdown", "timeline": "markdown"}
    for _ in range(3):  # warm-up: lexicons, regex caches
        gate.scan_fields(fields, formats)
    times = []
    cpu0 = time.process_time()
    for _ in range(runs):
        t0 = time.perf_counter()
        found = gate.scan_fields(fields, formats)
        gate.words_to_check(fields, formats, found)
        times.append((time.perf_counter() - t0) * 1000)
    cpu = (time.process_time() - cpu0) * 1000 / runs
    times.sort()
    p95 = times[min(len(times) - 1, int(len(times) * 0.95))]
    print(f"case: {sum(map(len, fields.values())):,} characters in 3 fields, {len(found)} findings")
    print(f"gate scan + words to check, {runs} runs: p50 {statistics.median(times):.1f} ms, "
          f"p95 {p95:.1f} ms, CPU {cpu:.1f} ms per scan (target: p50 < 30 ms)")


if __name__ == "__main__":
    main()
