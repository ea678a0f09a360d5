"""Which OCR engine reads burned-in identifiers best: RapidOCR (PP-OCRv4 in ONNX, the engine
clinnet uses) against Tesseract 5 (Debian's tesseract-ocr, LSTM English model), on the
generated test set of tests/images/synthetic.py. Both feed the same identifier rules
(clinnet.images.ocr.findings), so only the reading differs.

    apt-get install tesseract-ocr   # only for this comparison; clinnet does not use it
    python bench/images_ocr_engines.py [--smoke]

Prints identifier recall (ink under a proposed box >= 90 %), false alarms on clinical-text
images, and seconds per image (wall clock and CPU, engines run one after the other per image).
`--smoke` reads four images instead of a hundred (CI runs it so that it cannot break silently).
"""

from __future__ import annotations

import argparse
import io
import os
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from clinnet.images import ocr
from tests.images.synthetic import generate, ink_covered


def tesseract_lines(image) -> list[ocr.TextLine]:
    """Tesseract's words grouped into its own lines, as TextLines (page segmentation 11:
    sparse text, the mode meant for text scattered over a picture)."""
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    result = subprocess.run(["tesseract", "stdin", "stdout", "--psm", "11", "tsv"],  # noqa: S607
                            input=buffer.getvalue(), capture_output=True, check=True)
    lines: dict[tuple, list] = {}
    for row in result.stdout.decode().splitlines()[1:]:
        parts = row.split("\t")
        if len(parts) < 12 or not parts[11].strip() or float(parts[10]) < 0:
            continue
        key = tuple(parts[1:5])
        left, top, width, height = (int(v) for v in parts[6:10])
        lines.setdefault(key, []).append((left, top, width, height, parts[11]))
    out = []
    for words in lines.values():
        x0 = min(w[0] for w in words)
        y0 = min(w[1] for w in words)
        x1 = max(w[0] + w[2] for w in words)
        y1 = max(w[1] + w[3] for w in words)
        text = " ".join(w[4] for w in sorted(words))
        out.append(ocr.TextLine(text, ((x0, y0), (x1, y0), (x1, y1), (x0, y1)), 1.0))
    return out


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="four images: a quick check")
    args = parser.parse_args()
    engines = {"RapidOCR (PP-OCRv4, onnxruntime)": ocr.read}
    if shutil.which("tesseract"):
        engines["Tesseract 5 (eng, psm 11)"] = tesseract_lines
    else:
        print("tesseract not installed: measuring RapidOCR only")
    samples = generate(2, 2) if args.smoke else generate()
    ocr.read(samples[0].image)  # load the models before timing
    scores = {name: {"found": 0, "total": 0, "alarms": 0, "clinical": 0, "wall": 0.0, "cpu": 0.0}
              for name in engines}
    for sample in samples:
        for name, read in engines.items():
            score = scores[name]
            wall, cpu = time.perf_counter(), time.process_time() + children_cpu()
            lines = read(sample.image)
            score["wall"] += time.perf_counter() - wall
            score["cpu"] += time.process_time() + children_cpu() - cpu
            boxes = [f.box for f in ocr.findings(lines, sample.image.size)]
            for identifier in sample.identifiers:
                score["total"] += 1
                score["found"] += ink_covered(identifier.ink, boxes) >= 0.9
            if not sample.identifiers:
                score["clinical"] += 1
                score["alarms"] += bool(boxes)
    print(f"{len(samples)} images, load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    print("| engine | identifier recall | false alarms | s/image (wall) | s/image (CPU) |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for name, s in scores.items():
        print(f"| {name} | {s['found'] / s['total']:.3f} ({s['found']}/{s['total']}) | "
              f"{s['alarms'] / s['clinical']:.3f} ({s['alarms']}/{s['clinical']}) | "
              f"{s['wall'] / len(samples):.2f} | {s['cpu'] / len(samples):.2f} |")


if __name__ == "__main__":
    main()
