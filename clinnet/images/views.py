"""Upload, mask and serve images. Addressed by the image's random public id; whoever may not
know an image exists gets a 404 (services.get_for_viewer / get_for_editor decide)."""

from __future__ import annotations

import hashlib

from flask import (
    Blueprint,
    abort,
    flash,
    make_response,
    redirect,
    render_template,
    request,
    url_for,
)
from flask_login import current_user
from PIL import ImageDraw

from clinnet.core import limits
from clinnet.core.uploads import accepts_upload
from clinnet.extensions import db
from clinnet.images import masking, services
from clinnet.images.decode import ACCEPTED, ImageRejected
from clinnet.images.models import ImageState, RegionStatus
from clinnet.images.storage import Missing, StorageError

bp = Blueprint("images", __name__, url_prefix="/images", template_folder="templates")
PREVIEW_SIDE = 1600  # the editor's preview; boxes are typed in the image's own pixels
# Browsers may keep an image for a short while, never shared caches; a hidden or redacted image
# therefore stays at most this long in the cache of a member who had already seen it.
CACHE_CONTROL = "private, max-age=600"
STORAGE_DOWN = "Image storage is not available right now; nothing was changed. Try again soon."


@bp.get("/upload")
def upload_form():
    ticket = request.args.get("ticket", "")
    try:
        services.read_ticket(ticket, current_user)
    except services.ImageError:
        abort(404)
    return render_template("images/upload.html", ticket=ticket, accepted=ACCEPTED)


@bp.post("/upload")
@accepts_upload("IMAGES_MAX_REQUEST_BYTES")
@limits.apply("posting")
def upload():
    ticket = request.form.get("ticket", "")
    file = request.files.get("image")
    try:
        kind, post_id = services.read_ticket(ticket, current_user)
        if file is None or (not file.filename and not file.content_length):
            raise services.ImageError("Choose an image file to upload.")
        # From the start, and left open: a request retried after a deadlock or a
        # serialisation failure reads it again (the request closes its files at its end).
        file.stream.seek(0)
        data = file.read()
        image = services.upload(current_user, kind, post_id, data)
        db.session.commit()
    except (services.ImageError, ImageRejected) as error:
        db.session.rollback()
        return render_template("images/upload.html", ticket=ticket, accepted=ACCEPTED,
                               error=str(error)), 400
    except StorageError:
        db.session.rollback()
        return render_template("images/upload.html", ticket=ticket, accepted=ACCEPTED,
                               error=STORAGE_DOWN), 503
    return redirect(url_for("images.edit", public_id=image.public_id))


def _editable(public_id: str):
    image = services.get_for_editor(public_id, current_user)
    if image is None:
        abort(404)
    return image


@bp.get("/<public_id>/edit")
def edit(public_id):
    image = _editable(public_id)
    return render_template("images/edit.html", image=image, operations=masking.OPERATIONS,
                           open_regions=[r for r in image.regions
                                         if r.status == RegionStatus.OPEN],
                           draft_post=services.is_draft_post(image))


def _version() -> int | None:
    return request.form.get("version", type=int)


def _act(public_id: str, action):
    """Run one change of the image in one commit; a refusal changes nothing."""
    image = _editable(public_id)
    try:
        action(image)
        db.session.commit()
    except services.ImageError as error:
        db.session.rollback()
        flash(str(error), "error")
    except StorageError:
        db.session.rollback()
        flash(STORAGE_DOWN, "error")
    return redirect(url_for("images.edit", public_id=public_id))


def _typed_box() -> tuple[int, int, int, int]:
    try:
        box = tuple(int(request.form.get(name, "")) for name in ("x", "y", "w", "h"))
    except ValueError as error:
        raise services.ImageError("Type the box as whole numbers of pixels: x, y, width, "
                                  "height.") from error
    if box[2] <= 0 or box[3] <= 0:
        raise services.ImageError("The box needs a width and a height above zero.")
    return box


@bp.post("/<public_id>/mask")
@limits.apply("posting")
def mask(public_id):
    def action(image):
        operation = request.form.get("operation", "")
        if operation == "suggested":
            ids = request.form.getlist("region", type=int)
            services.mask_suggested(image, current_user, ids, _version())
        else:
            services.mask(image, current_user, operation, [_typed_box()], _version())

    return _act(public_id, action)


@bp.post("/<public_id>/reset")
def reset(public_id):
    return _act(public_id, lambda image: services.reset(image, current_user, _version()))


@bp.post("/<public_id>/regions/<int:region_id>/dismiss")
def dismiss(public_id, region_id):
    return _act(public_id, lambda image: services.dismiss(
        image, current_user, region_id, request.form.get("reason", ""), _version()))


@bp.post("/<public_id>/consent")
def consent(public_id):
    attested = request.form.get("attest") == "yes"
    return _act(public_id, lambda image: services.attest_consent(
        image, current_user, attested, _version()))


@bp.post("/<public_id>/finish")
def finish(public_id):
    return _act(public_id, lambda image: services.finish(image, current_user, _version()))


@bp.post("/<public_id>/delete")
def delete(public_id):
    image = _editable(public_id)
    services.delete_image(image, current_user)
    db.session.commit()
    flash("The image was deleted.", "success")
    # Plain paths (DESIGN.md fixes them): the images package does not import the cases one.
    return redirect(f"/cases/{image.post_id}" if image.kind == "case" else
                    f"/replies/{image.post_id}/edit")


@bp.get("/<public_id>/preview")
def preview(public_id):
    """The author's working copy with every region outlined and numbered (no JavaScript
    needed to see what must be masked). Made on the fly, never stored."""
    image = _editable(public_id)
    row = services.file_for(image, services.FULL)
    pixels = services.load(row).convert("RGB")
    scale = min(1.0, PREVIEW_SIDE / max(pixels.size))
    if scale < 1.0:
        pixels = pixels.resize((round(pixels.width * scale), round(pixels.height * scale)))
    draw = ImageDraw.Draw(pixels)
    for number, region in enumerate(image.regions, start=1):
        if region.w <= 0:
            continue
        colour = (220, 30, 30) if region.status == RegionStatus.OPEN else (40, 160, 60)
        x, y, w, h = (round(v * scale) for v in region.box)
        draw.rectangle((x, y, x + w, y + h), outline=colour, width=3)
        draw.text((x + 4, max(0, y - 14)), str(number), fill=colour)
    data, content_type = services.encode(pixels, "jpeg")
    return _send(data, content_type, f"preview-{row.key}-{image.version}", cache=False)


@bp.get("/<public_id>/<size>")
def serve(public_id, size):
    image = services.get_for_viewer(public_id, current_user)
    row = services.file_for(image, size) if image else None
    if row is None:
        abort(404)
    try:
        data = services.storage().get(row.key)
    except (StorageError, Missing):
        abort(503)
    return _send(data, row.content_type, row.key, cache=image.state == ImageState.READY)


def _send(data: bytes, content_type: str, tag: str, cache: bool):
    """Finished images may sit briefly in the member's own browser cache; drafts and the
    author's unmasked previews never (the app's no-store applies)."""
    response = make_response(data)
    response.headers["Content-Type"] = content_type
    response.headers["Content-Disposition"] = "inline"
    if cache:
        response.headers["Cache-Control"] = CACHE_CONTROL
    response.set_etag(hashlib.sha256(tag.encode()).hexdigest()[:32])
    return response.make_conditional(request)

