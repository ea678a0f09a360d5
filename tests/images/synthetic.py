"""A generated test set for burned-in identifiers: radiograph-, photo- and ECG-like images
with synthetic names, dates, MRNs and phone numbers drawn at several sizes, angles and
contrasts, and images with clinical text only ("L", "AP", "PORTABLE", scale bars, lead labels).

Everything is drawn here with Pillow from a fixed seed: no real patient, no file on disk. Each
identifier comes with its ink mask (the pixels its letters cover), so a test can check that
the boxes clinnet proposes would hide every letter, not just overlap the text.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont


def _words(text: str) -> list[str]:
    return text.split()


FIRST = _words("John Mary Robert Patricia Michael Jennifer William Linda David Elizabeth James "
         "Barbara Richard Susan Joseph Jessica Thomas Sarah Charles Karen Daniel Nancy Matthew "
         "Lisa Anthony Betty Mark Sandra Donald Ashley Steven Emily Paul Michelle Andrew Maria "
         "Wei Priya Ahmed Olga Carlos Fatima Hiroshi Aisha")
LAST = _words("Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez "
        "Lopez Gonzalez Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson "
        "White Harris Sanchez Clark Ramirez Lewis Robinson Walker Young Allen King Wright "
        "Nguyen Patel Kowalski Schmidt Okafor Yamamoto Ivanova")
MONTHS = _words("JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC")
CLINICAL = ["L", "R", "AP", "PA", "PORTABLE", "SUPINE", "UPRIGHT", "LATERAL", "ERECT", "CHEST PA",
            "AP SUPINE", "1 cm", "5 cm", "10 mm", "HR 72 bpm", "25 mm/s", "10 mm/mV",
            "0.5-40 Hz", "Lead II", "V1", "V5", "aVR", "aVF", "INSPIRATION", "WW 400 WL 40",
            "Se 3 Im 45", "T2 FLAIR", "AXIAL", "KV 120 MAS 2.5", "Sinus rhythm", "Dermoscopy x10",
            "Day 3", "Week 2", "LT", "RT", "Post contrast", "Bone window", "Scale 1:1"]
ECG_LEADS = ["I", "II", "III", "aVR", "aVL", "aVF", "V1", "V2", "V3", "V4", "V5", "V6"]
SIZES = [(640, 480), (1024, 768), (1600, 1200), (768, 1024), (2048, 1536)]
ANGLES = [0, 0, 0, 4, -4, 12, -15]
FONT_FILES = ["DejaVuSans.ttf", "DejaVuSansMono.ttf", "DejaVuSans-Bold.ttf", "DejaVuSerif.ttf"]
FONT_DIRS = [Path("/usr/share/fonts/truetype/dejavu")]


@dataclass
class Identifier:
    category: str
    text: str
    ink: np.ndarray  # bool mask of the letters' pixels, image-sized


@dataclass
class Sample:
    name: str
    image: Image.Image
    identifiers: list[Identifier] = field(default_factory=list)
    clinical: list[str] = field(default_factory=list)


@cache
def font(index: int, size: int):
    for folder in FONT_DIRS:
        path = folder / FONT_FILES[index % len(FONT_FILES)]
        if path.exists():
            return ImageFont.truetype(str(path), size)
    return ImageFont.load_default(size=size)  # Pillow's own scalable font


def name(rng) -> str:
    first, last = rng.choice(FIRST), rng.choice(LAST)
    style = rng.randrange(4)
    if style == 0:
        return f"{last.upper()}, {first.upper()}"
    if style == 1:
        return f"{first} {last}"
    if style == 2:
        return f"{last.upper()}^{first.upper()}"
    return f"{last}, {first}"


def date(rng) -> str:
    year, month, day = rng.randint(1930, 2024), rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice([f"{month:02d}/{day:02d}/{year}", f"{day:02d}-{MONTHS[month - 1]}-{year}",
                       f"{year}-{month:02d}-{day:02d}", f"DOB {month:02d}/{day:02d}/{year}",
                       f"DOB: {day:02d}.{month:02d}.{year}"])


def mrn(rng) -> str:
    digits = "".join(str(rng.randrange(10)) for _ in range(rng.choice((7, 8))))
    return rng.choice([f"MRN {digits}", f"MRN: {digits}", f"MR# {digits}", f"ID {digits}"])


def phone(rng) -> str:
    area, mid, end = rng.randint(201, 989), rng.randint(200, 999), rng.randint(0, 9999)
    return rng.choice([f"({area}) {mid}-{end:04d}", f"{area}-{mid}-{end:04d}",
                       f"Tel {area}.{mid}.{end:04d}"])


MAKERS = {"NAME": name, "DATE": date, "MRN": mrn, "PHONE": phone}


def background(kind: str, size, rng) -> Image.Image:
    width, height = size
    noise = np.random.default_rng(rng.randrange(1 << 30))
    if kind == "radiograph":
        yy, xx = np.mgrid[0:height, 0:width]
        body = np.exp(-(((xx - width / 2) / (width * 0.32)) ** 2
                        + ((yy - height / 2) / (height * 0.42)) ** 2))
        pixels = 25 + 150 * body + noise.normal(0, 8, (height, width))
        image = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), "L").convert("RGB")
        return image.filter(ImageFilter.GaussianBlur(2))
    if kind == "photo":
        base = np.array([rng.randint(150, 225), rng.randint(105, 170), rng.randint(85, 140)])
        yy = np.linspace(0.8, 1.1, height)[:, None, None]
        pixels = base * yy + noise.normal(0, 10, (height, width, 3))
        image = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), "RGB")
        draw = ImageDraw.Draw(image)
        for _ in range(6):  # lesions and shadows
            x, y, r = rng.randrange(width), rng.randrange(height), rng.randint(10, width // 8)
            draw.ellipse((x - r, y - r, x + r, y + r), fill=tuple(int(v * 0.6) for v in base))
        return image.filter(ImageFilter.GaussianBlur(1.5))
    image = Image.new("RGB", size, (255, 244, 244))  # ECG paper
    draw = ImageDraw.Draw(image)
    step = max(8, width // 80)
    for x in range(0, width, step):
        draw.line((x, 0, x, height), fill=(245, 190, 190) if x % (step * 5) else (235, 150, 150))
    for y in range(0, height, step):
        draw.line((0, y, width, y), fill=(245, 190, 190) if y % (step * 5) else (235, 150, 150))
    for row in range(3):
        base_y = height * (row + 1) // 4
        points = []
        for x in range(0, width, 3):
            beat = (x % (width // 5)) / (width // 5)
            spike = -height * 0.08 if 0.30 < beat < 0.32 else (height * 0.02 if 0.32 < beat < 0.34
                                                                else 0)
            points.append((x, base_y + spike + noise.normal(0, 1)))
        draw.line(points, fill=(20, 20, 20), width=2)
    return image


def _ink_colour(image, box, contrast: str, rng):
    region = np.asarray(image.crop(box).convert("L"))
    level = float(region.mean()) if region.size else 128.0
    delta = 200 if contrast == "high" else rng.randint(70, 95)
    value = level + delta if level < 128 else level - delta
    return (int(np.clip(value, 0, 255)),) * 3


def stamp(image: Image.Image, text: str, position, size: int, angle: float, contrast: str,
          rng, font_index: int) -> np.ndarray:
    """Draw `text` onto `image` (rotated by `angle` degrees); return its ink mask."""
    face = font(font_index, size)
    *_, right, bottom = face.getbbox(text)
    layer = Image.new("L", (right + 8, bottom + 8), 0)
    ImageDraw.Draw(layer).text((4, 4), text, fill=255, font=face)
    if angle:
        layer = layer.rotate(angle, expand=True, resample=Image.Resampling.BICUBIC)
    x, y = position
    x = max(0, min(x, image.width - layer.width))
    y = max(0, min(y, image.height - layer.height))
    colour = _ink_colour(image, (x, y, x + layer.width, y + layer.height), contrast, rng)
    image.paste(Image.new("RGB", layer.size, colour), (x, y), layer)
    ink = np.zeros((image.height, image.width), dtype=bool)
    ink[y:y + layer.height, x:x + layer.width] = np.asarray(layer) > 96
    return ink


def _free_spot(taken, width, height, w, h, rng):
    for _ in range(50):
        x, y = rng.randint(0, max(0, width - w)), rng.randint(0, max(0, height - h))
        box = (x - 10, y - 10, x + w + 10, y + h + 10)
        if all(box[2] < t[0] or t[2] < box[0] or box[3] < t[1] or t[3] < box[1] for t in taken):
            taken.append(box)
            return x, y
    return None


def generate(count_with_ids: int = 60, count_clinical: int = 40, seed: int = 15) -> list[Sample]:
    rng = random.Random(seed)
    samples = []
    for index in range(count_with_ids + count_clinical):
        kind = ("radiograph", "photo", "ecg")[index % 3]
        size = SIZES[rng.randrange(len(SIZES))]
        image = background(kind, size, rng)
        sample = Sample(f"{kind}-{index:03d}", image)
        taken: list = []
        with_ids = index < count_with_ids
        categories = rng.sample(list(MAKERS), rng.randint(1, 3)) if with_ids else []
        texts = [(c, MAKERS[c](rng)) for c in categories]
        decoys = ECG_LEADS[:rng.randint(3, 12)] if kind == "ecg" else rng.sample(
            CLINICAL, rng.randint(1, 4))
        texts += [(None, t) for t in decoys]
        for category, text in texts:
            height_px = max(14, int(size[1] * rng.choice((0.022, 0.03, 0.045))))
            angle = rng.choice(ANGLES) if category else 0
            contrast = rng.choice(("high", "high", "low"))
            face = font(rng.randrange(4), height_px)
            w = face.getbbox(text)[2] + 40
            spot = _free_spot(taken, size[0], size[1], w, height_px * 2 + w // 4 * (angle != 0),
                              rng)
            if spot is None:
                continue
            ink = stamp(image, text, spot, height_px, angle, contrast, rng, rng.randrange(4))
            if category:
                sample.identifiers.append(Identifier(category, text, ink))
            else:
                sample.clinical.append(text)
        samples.append(sample)
    return samples


def ink_covered(ink: np.ndarray, boxes) -> float:
    """The share of an identifier's letter pixels inside the union of `boxes`."""
    covered = np.zeros_like(ink)
    for x, y, w, h in boxes:
        covered[y:y + h, x:x + w] = True
    total = int(ink.sum())
    return float((ink & covered).sum()) / total if total else 1.0
