"""How well burned-in identifiers and faces are found, on generated images (tests/images/
synthetic.py) and public-domain / CC0 portraits shipped inside scikit-image (installed with the
face detector's package; nothing is downloaded): the astronaut Eileen Collins (NASA, public
domain) and "camera" (CC0, Lav Varshney).

These tests need no database; they run once per CI run (on SQLite), since the OCR of the whole
set takes about a minute on two cores.
"""

import os

import numpy as np
import pytest
from PIL import Image, ImageOps

from clinnet.images import faces, ocr
from tests.images.synthetic import background, generate, ink_covered

pytestmark = pytest.mark.skipif(bool(os.environ.get("CLINNET_TEST_DATABASE_URL")),
                                reason="no database involved: measured in the SQLite run")


@pytest.fixture(scope="module")
def measured():
    found = total = false_alarms = clinical = 0
    for sample in generate():
        boxes = [f.box for f in ocr.findings(ocr.read(sample.image), sample.image.size)]
        for identifier in sample.identifiers:
            total += 1
            # Found means hidden: nine in ten of its letters' pixels lie under a proposed box.
            found += ink_covered(identifier.ink, boxes) >= 0.9
        if not sample.identifiers:
            clinical += 1
            false_alarms += bool(boxes)
    return found / total, false_alarms / clinical, total, clinical


def test_burned_in_identifier_recall_is_at_least_95_percent(measured):
    recall, _, total, _ = measured
    assert total >= 100
    assert recall >= 0.95, recall


def test_clinical_text_alone_raises_at_most_5_percent_false_alarms(measured):
    _, false_alarm_rate, _, clinical = measured
    assert clinical >= 40
    assert false_alarm_rate <= 0.05, false_alarm_rate


def _portraits():
    from skimage import data

    astronaut = Image.fromarray(data.astronaut())
    camera = Image.fromarray(data.camera()).convert("RGB")
    bases = [(astronaut, (225, 118)), (camera, (230, 155))]
    out = []
    for image, centre in bases:
        out.append((image, [centre]))
        out.append((ImageOps.mirror(image), [(image.width - centre[0], centre[1])]))
        out.append((ImageOps.grayscale(image).convert("RGB"), [centre]))
        out.append((image.point(lambda v: int(v * 0.55)), [centre]))  # underexposed
        for scale in (0.6, 2.0, 5.0):  # down to a small face, up to a 12 MP-like photo
            size = (round(image.width * scale), round(image.height * scale))
            out.append((image.resize(size), [(round(centre[0] * scale),
                                              round(centre[1] * scale))]))
        for angle in (-12, 12):
            rotated = image.rotate(angle, center=centre)
            out.append((rotated, [centre]))
    rng = np.random.default_rng(15)
    import random

    for index in range(4):  # portraits pasted into a larger clinical-looking photo
        canvas = background("photo", (1600, 1200), random.Random(index))
        left = int(rng.integers(0, 520))
        spots = [(left, int(rng.integers(0, 680))), (left + 560, int(rng.integers(0, 680)))]
        for (image, _), spot in zip(bases, spots, strict=True):  # side by side, no overlap
            canvas.paste(image, spot)
        out.append((canvas, [(x + c[0], y + c[1]) for (x, y), (_, c) in zip(spots, bases,
                                                                            strict=True)]))
    return out


def test_faces_are_found_on_portraits_with_recall_at_least_95_percent():
    found = total = 0
    for image, centres in _portraits():
        boxes = [f.box for f in faces.detect(image)]
        for cx, cy in centres:
            total += 1
            found += any(x <= cx <= x + w and y <= cy <= y + h for x, y, w, h in boxes)
    assert total >= 20
    assert found / total >= 0.95, (found, total)


def test_no_face_is_reported_on_radiographs_and_ecgs():
    import random

    for kind in ("radiograph", "ecg"):
        for index, size in enumerate(((640, 480), (1600, 1200))):
            assert faces.detect(background(kind, size, random.Random(index))) == []
