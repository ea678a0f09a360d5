"""Image pipeline benchmark: a 12-megapixel phone photo and a 512x512 DICOM through decode,
OCR and face detection (side by side, as services.analyse runs them) and re-encoding, as an
upload runs them (docs/images.md).

    python bench/images.py [--smoke] [--runs 9]

Fixed inputs, generated here: a 4032x3024 JPEG (photo-like background, a portrait, burned-in
name and date, EXIF with GPS) and a 512x512 CT slice written with pydicom. The first run of
each warms the models up and is not counted. Targets: photo <= 1.5 s p50, DICOM <= 0.5 s p50.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PIL import Image

from clinnet.images import decode
from clinnet.images.services import analyse, encode
from tests.images import helpers
from tests.images.synthetic import background, stamp

LIMITS = decode.Limits(max_bytes=50 * 1024 * 1024, max_pixels=50_000_000, max_side=16_384)


def phone_photo() -> bytes:
    from skimage import data

    rng = random.Random(12)
    image = background("photo", (4032, 3024), rng)
    image.paste(Image.fromarray(data.astronaut()).resize((1024, 1024)), (2600, 400))
    stamp(image, "GARCIA, MARIA  DOB 04/11/1958", (200, 200), 90, 0, "high", rng, 0)
    stamp(image, "MRN 00482913", (200, 2700), 70, 4, "high", rng, 1)
    return helpers.jpeg_bytes(image, quality=92)


def pipeline(data: bytes, fmt: str) -> dict[str, float]:
    """What an upload runs before it takes any lock: decode, the analysis (OCR and face
    detection side by side, services.analyse), and the re-encoding of the stored copy."""
    times = {}
    cpu = time.process_time()  # all threads of this process
    start = time.perf_counter()
    decoded = decode.decode(data, LIMITS)
    times["decode"] = time.perf_counter() - start
    mark = time.perf_counter()
    found = analyse(decoded.image)
    times["analyse"] = time.perf_counter() - mark
    mark = time.perf_counter()
    encode(decoded.image, fmt)
    times["encode"] = time.perf_counter() - mark
    times["total"] = time.perf_counter() - start
    times["cpu"] = time.process_time() - cpu
    times["found"] = len(found.text) + len(found.faces)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--smoke", action="store_true", help="one run each: a quick check")
    args = parser.parse_args()
    if args.smoke:
        args.runs = 1
    inputs = [("12 MP phone photo (JPEG)", phone_photo(), "jpeg", 1.5),
              ("512x512 CT slice (DICOM)", helpers.dicom_bytes(), "png", 0.5)]
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs; wall-clock seconds "
          "per stage (p50), total p50/p90, and CPU seconds (p50; on an idle machine the wall "
          "time is at most about this)")
    print(f"{'input':28} {'decode':>8} {'ocr+face':>8} {'encode':>8} {'p50 s':>8} "
          f"{'p90 s':>8} {'CPU s':>8} {'target':>7} found")
    for label, data, fmt, target in inputs:
        pipeline(data, fmt)  # warm-up: model loading is not part of an upload's cost
        runs = [pipeline(data, fmt) for _ in range(args.runs)]
        p50 = {k: statistics.median(r[k] for r in runs) for k in runs[0]}
        totals = sorted(r["total"] for r in runs)
        p90 = totals[min(len(totals) - 1, int(0.9 * len(totals)))]
        print(f"{label:28} {p50['decode']:8.3f} {p50['analyse']:8.3f} "
              f"{p50['encode']:8.3f} {p50['total']:8.3f} {p90:8.3f} {p50['cpu']:8.3f} "
              f"{target:7.1f} {int(p50['found'])}")
    print(f"({args.runs} runs each after one warm-up)")


if __name__ == "__main__":
    main()
