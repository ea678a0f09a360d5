"""Run the de-identification benchmark: ``python bench/deid_speed.py [GOLD.jsonl] [--misses N]``.

``--smoke`` scores the first notes of the repository's own physician set (seconds): CI runs it
so that the script cannot break unnoticed.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

# run from a checkout without installing: make the repository root importable
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from clinnet.deid.bench import (
    default_corpus_path,
    format_report,
    load_corpus,
    run_benchmark,
)


def main() -> None:
    """Parse arguments, run the benchmark, print the report."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("corpus", nargs="?", default=None)
    ap.add_argument("--misses", type=int, default=0)
    ap.add_argument("--smoke", action="store_true", help="20 notes of bench/data: a quick check")
    args = ap.parse_args()
    if args.smoke:
        notes = load_corpus(args.corpus or Path(__file__).parent / "data" / "physician_cases.jsonl")
        notes = notes[:20]
    else:
        notes = load_corpus(args.corpus or default_corpus_path())
    print(format_report(run_benchmark(notes), by_category=True, misses=args.misses))


if __name__ == "__main__":
    main()
