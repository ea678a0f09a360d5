"""Masks burned into pixels: black boxes, blur, and crops. Never an overlay.

A box is (x, y, width, height) in the pixels of the image it is applied to. Blur is strong
enough that text and faces under it cannot be read back: the region is pixelated to at most 8
blocks across its shorter side, then blurred, so no detail finer than an eighth of the box
survives (a Gaussian blur alone can be partly undone).
"""

from __future__ import annotations

from dataclasses import dataclass

from PIL import Image, ImageDraw, ImageFilter

BLACK, BLUR, CROP = "black", "blur", "crop"
OPERATIONS = (BLACK, BLUR, CROP)
MIN_SIDE = 16  # a crop smaller than this is not an image any more


class MaskError(ValueError):
    """The requested mask cannot be applied; the message says why."""


@dataclass(frozen=True)
class Mask:
    operation: str
    box: tuple[int, int, int, int]


def clip(box, size) -> tuple[int, int, int, int]:
    """The part of `box` inside an image of `size`; MaskError if nothing is left."""
    x, y, w, h = (int(v) for v in box)
    left, top = max(0, x), max(0, y)
    right, bottom = min(size[0], x + w), min(size[1], y + h)
    if right <= left or bottom <= top:
        raise MaskError("The box lies outside the image.")
    return left, top, right - left, bottom - top


def apply(image: Image.Image, mask: Mask) -> Image.Image:
    """A new image with the mask burned in (crop returns the smaller image)."""
    if mask.operation not in OPERATIONS:
        raise MaskError("Choose black out, blur or crop.")
    x, y, w, h = clip(mask.box, image.size)
    if mask.operation == CROP:
        if w < MIN_SIDE or h < MIN_SIDE:
            raise MaskError(f"A crop must keep at least {MIN_SIDE} x {MIN_SIDE} pixels.")
        return image.crop((x, y, x + w, y + h))
    out = image.copy()
    if mask.operation == BLACK:
        ImageDraw.Draw(out).rectangle((x, y, x + w - 1, y + h - 1), fill=0)
        return out
    region = out.crop((x, y, x + w, y + h))
    blocks = max(1, min(8, min(w, h) // 4))
    step = max(1, min(w, h) // blocks)
    small = region.resize((max(1, w // step), max(1, h // step)), Image.Resampling.BOX)
    region = small.resize((w, h), Image.Resampling.NEAREST).filter(
        ImageFilter.GaussianBlur(radius=max(1.0, step / 2)))
    out.paste(region, (x, y))
    return out


def covered(region, mask: Mask, size) -> bool:
    """Whether `mask` hides the region: a black or blur box over (nearly) all of it, or a
    crop that leaves (nearly) none of it."""
    rx, ry, rw, rh = region
    x, y, w, h = mask.box
    inter_w = max(0, min(rx + rw, x + w) - max(rx, x))
    inter_h = max(0, min(ry + rh, y + h) - max(ry, y))
    share = inter_w * inter_h / max(1, rw * rh)
    if mask.operation == CROP:
        return share <= 0.05
    return share >= 0.95


def shift_after_crop(region, crop_box) -> tuple[int, int, int, int] | None:
    """Where a region lies after a crop, or None when the crop removed it."""
    x, y, w, h = crop_box
    rx, ry, rw, rh = region
    left, top = max(rx, x), max(ry, y)
    right, bottom = min(rx + rw, x + w), min(ry + rh, y + h)
    if right <= left or bottom <= top:
        return None
    return left - x, top - y, right - left, bottom - top
