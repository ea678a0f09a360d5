"""Deciding what an upload is (from its bytes, never its name) and decoding it to pixels.

Every accepted image is decoded here and later re-encoded from pixels, so nothing that rode
along in the file (EXIF with GPS and serial numbers, XMP, IPTC, ICC profiles, comments, maker
notes, DICOM headers) can reach storage or a member.
"""

from __future__ import annotations

import functools
import io
import warnings
from dataclasses import dataclass, field

from PIL import Image, ImageCms, ImageOps, UnidentifiedImageError

JPEG, PNG, HEIC, DICOM = "jpeg", "png", "heic", "dicom"
# HEIF brands phones write for still images (ISO/IEC 23008-12); AVIF and sequences are refused.
HEIF_BRANDS = {b"heic", b"heix", b"heim", b"heis", b"mif1", b"msf1"}
ACCEPTED = "JPEG, PNG, HEIC (iPhone photos) or DICOM"


class ImageRejected(ValueError):
    """The upload cannot be used; the message says why, in words for the uploader."""


@dataclass(frozen=True)
class Limits:
    max_bytes: int
    max_pixels: int
    max_side: int


@dataclass
class Decoded:
    """Pixels with orientation applied, in RGB or L; nothing else from the file."""

    image: Image.Image
    source_format: str
    details: dict = field(default_factory=dict)  # DICOM: modality, body part (never identifiers)


def sniff(data: bytes) -> str | None:
    """The format the bytes are, by their signature; None for anything else."""
    if data[:3] == b"\xff\xd8\xff":
        return JPEG
    if data[:8] == b"\x89PNG\r\n\x1a\n":
        return PNG
    if data[4:8] == b"ftyp" and data[8:12] in HEIF_BRANDS:
        return HEIC
    if len(data) > 132 and data[128:132] == b"DICM":
        return DICOM
    return None


def decode(data: bytes, limits: Limits) -> Decoded:
    """Decode an upload or raise ImageRejected with a message for the uploader."""
    if not data:
        raise ImageRejected("The file is empty.")
    if len(data) > limits.max_bytes:
        raise ImageRejected(f"The file is larger than {limits.max_bytes // (1024 * 1024)} MB.")
    kind = sniff(data)
    if kind is None:
        raise ImageRejected(f"This is not an image clinnet accepts: upload {ACCEPTED}.")
    if kind == DICOM:
        from clinnet.images import dicom

        rendered, details = dicom.render(data, limits)
        return Decoded(rendered, DICOM, details)
    if kind == HEIC:
        _register_heif()
    return Decoded(_decode_raster(data, kind, limits), kind)


def check_size(width: int, height: int, limits: Limits) -> None:
    """Refuse before decoding: a small file can declare billions of pixels (a bomb)."""
    if width < 1 or height < 1:
        raise ImageRejected("The image has no pixels.")
    if max(width, height) > limits.max_side or width * height > limits.max_pixels:
        raise ImageRejected(
            f"The image is too large ({width} x {height} pixels); the limit is "
            f"{limits.max_pixels // 1_000_000} megapixels and {limits.max_side} pixels a side.")


def _decode_raster(data: bytes, kind: str, limits: Limits) -> Image.Image:
    try:
        with warnings.catch_warnings():  # our own pixel limit is lower than Pillow's warning
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
    except Image.DecompressionBombError as error:
        raise ImageRejected("The image declares far more pixels than clinnet accepts "
                            f"(the image is too large: the limit is "
                            f"{limits.max_pixels // 1_000_000} megapixels).") from error
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError) as error:
        raise ImageRejected("The file could not be read as an image; it may be damaged.") from error
    if (image.format or "").lower() not in {kind, "mpo", "heif"}:
        raise ImageRejected("The file's contents do not match its image format.")
    check_size(*image.size, limits)
    try:
        image.load()  # the first frame only: animations and bursts are not clinical images
        image = ImageOps.exif_transpose(image)  # orientation first, before EXIF is gone
        return _normalise(image)
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError) as error:
        raise ImageRejected("The image is incomplete or damaged; export it again and retry."
                            ) from error


@functools.cache
def _srgb():
    return ImageCms.createProfile("sRGB")


def _normalise(image: Image.Image) -> Image.Image:
    """RGB or L pixels in sRGB, transparency flattened onto white, no metadata attached."""
    icc = image.info.get("icc_profile")
    if icc and image.mode in ("RGB", "RGBA", "CMYK"):
        try:
            source = ImageCms.ImageCmsProfile(io.BytesIO(icc))
            out_mode = "RGBA" if image.mode == "RGBA" else "RGB"
            image = ImageCms.profileToProfile(image, source, _srgb(), outputMode=out_mode)
        except (ImageCms.PyCMSError, OSError):
            pass  # a broken profile: keep the pixels as they are
    if image.mode in ("I;16", "I;16B", "I;16L", "I"):
        image = _sixteen_to_eight(image)
    if image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info:
        rgba = image.convert("RGBA")
        background = Image.new("RGB", rgba.size, (255, 255, 255))
        background.paste(rgba, mask=rgba.getchannel("A"))
        image = background
    elif image.mode not in ("RGB", "L"):
        image = image.convert("RGB")
    clean = image.copy()
    clean.info = {}
    return clean


def _sixteen_to_eight(image: Image.Image) -> Image.Image:
    import numpy as np

    pixels = np.asarray(image, dtype=np.float64)
    low, high = float(pixels.min()), float(pixels.max())
    scale = 255.0 / (high - low) if high > low else 0.0
    return Image.fromarray(((pixels - low) * scale).astype(np.uint8), "L")


@functools.cache
def _register_heif() -> None:
    import pillow_heif

    pillow_heif.register_heif_opener()
