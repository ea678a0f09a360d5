"""Uploads: the type comes from the bytes, every file is re-encoded without metadata, and a
bad upload gets a clear message and changes nothing."""

import io
import struct
import zlib

import pytest
from PIL import Image as PILImage
from sqlalchemy import func, select
from werkzeug.test import EnvironBuilder

from clinnet.core.authz import Role
from clinnet.extensions import db
from clinnet.images import services
from clinnet.images.models import Image, ImageState
from tests.helpers import make_user, page_text
from tests.images import helpers


@pytest.mark.parametrize("make", [helpers.jpeg_bytes, helpers.png_bytes, helpers.heic_bytes])
def test_no_stored_file_carries_exif_gps_or_comments(app, make):
    user = make_user(Role.PHYSICIAN)
    original = make()
    assert PILImage.open(io.BytesIO(original)).getexif()  # the upload does carry EXIF
    image = helpers.upload(user, original)
    services.finish(image, user, image.version)
    db.session.commit()
    keys = helpers.stored_keys()
    assert len(keys) >= 3
    for key in keys:
        assert helpers.has_metadata(services.storage().get(key)) == [], key


def test_orientation_is_applied_before_the_metadata_goes(app):
    user = make_user(Role.PHYSICIAN)
    tall = helpers.photo((300, 500))
    # Stored sideways with "rotate 90° clockwise to view" (orientation 6), as phones do.
    sideways = tall.transpose(PILImage.Transpose.ROTATE_90)
    image = helpers.upload(user, helpers.jpeg_bytes(sideways, orientation=6))
    assert (image.width, image.height) == (300, 500)


def test_the_type_comes_from_the_content_not_the_name(app, client):
    user = make_user(Role.PHYSICIAN)
    client.login_as(user)
    ticket = services.upload_ticket(user, "case", 7)
    response = client.post("/images/upload", {
        "ticket": ticket, "image": (io.BytesIO(helpers.png_bytes()), "scan.jpg")},
        content_type="multipart/form-data")
    assert response.status_code == 302
    image = db.session.scalar(select(Image))
    assert image.source_format == "png"
    assert (image.kind, image.post_id) == ("case", 7)


def _png_header_only(width, height) -> bytes:
    """A tiny PNG that declares a huge image: a decompression bomb's first bytes."""
    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    idat = zlib.compress(b"\0" * 64)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND",
                                                                                       b"")


BAD_UPLOADS = {
    "text file": (b"just some words, not an image at all", "notes.jpg",
                  "not an image clinnet accepts"),
    "pdf": (b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\n", "scan.png", "not an image clinnet accepts"),
    "empty": (b"", "empty.jpg", "the file is empty"),
    "bomb": (_png_header_only(60_000, 60_000), "bomb.png", "too large"),
    "truncated jpeg": (helpers.jpeg_bytes()[:3000], "cut.jpg", "incomplete or damaged"),
    "dicom without pixels": (helpers.dicom_bytes(with_pixels=False), "study.dcm", "no image"),
    "gif": (b"GIF89a" + b"\0" * 100, "anim.gif", "not an image clinnet accepts"),
}


@pytest.mark.parametrize("name", BAD_UPLOADS)
def test_bad_uploads_get_a_clear_message_and_change_nothing(app, client, name):
    data, filename, message = BAD_UPLOADS[name]
    user = make_user(Role.PHYSICIAN)
    client.login_as(user)
    response = client.post("/images/upload", {
        "ticket": services.upload_ticket(user, "case", 3),
        "image": (io.BytesIO(data), filename)}, content_type="multipart/form-data")
    assert response.status_code == 400
    assert message in page_text(response).lower()
    assert db.session.scalar(select(func.count(Image.id))) == 0
    assert helpers.stored_keys() == []


@pytest.mark.config(IMAGES_MAX_BYTES=50_000, IMAGES_MAX_REQUEST_BYTES=60_000)
def test_too_big_files_are_refused_with_the_limit_in_words(app, client):
    user = make_user(Role.PHYSICIAN)
    client.login_as(user)
    big = helpers.jpeg_bytes(PILImage.effect_noise((400, 400), 80).convert("RGB"), quality=100)
    assert len(big) > 50_000
    response = client.post("/images/upload", {
        "ticket": services.upload_ticket(user, "case", 3), "image": (io.BytesIO(big), "a.jpg")},
        content_type="multipart/form-data")
    assert response.status_code in (400, 413)
    assert db.session.scalar(select(func.count(Image.id))) == 0
    assert helpers.stored_keys() == []


def test_uploads_larger_than_the_sites_form_limit_are_accepted_on_the_upload_route(app, client):
    user = make_user(Role.PHYSICIAN)
    client.login_as(user)
    noisy = PILImage.effect_noise((1800, 1400), 90).convert("RGB")
    data = helpers.jpeg_bytes(noisy, quality=98)
    assert len(data) > app.config["MAX_CONTENT_LENGTH"]
    # The test client spools a large body to a temporary file: close it like a server would.
    builder = EnvironBuilder(path="/images/upload", method="POST", data={
        "csrf_token": client.csrf_token(), "ticket": services.upload_ticket(user, "case", 3),
        "image": (io.BytesIO(data), "a.jpg")})
    environ = builder.get_environ()
    try:
        response = client.open(environ)
    finally:
        environ["wsgi.input"].close()
        builder.close()
    assert response.status_code == 302


def test_a_ticket_is_bound_to_its_member(app, client):
    owner, other = make_user(Role.PHYSICIAN), make_user(Role.PHYSICIAN)
    client.login_as(other)
    response = client.post("/images/upload", {
        "ticket": services.upload_ticket(owner, "case", 3),
        "image": (io.BytesIO(helpers.png_bytes()), "a.png")}, content_type="multipart/form-data")
    assert response.status_code == 400
    assert "not valid" in page_text(response)
    assert db.session.scalar(select(func.count(Image.id))) == 0


def test_a_hidden_post_takes_no_new_images_and_posts_have_a_limit(app):
    user = make_user(Role.PHYSICIAN)
    services.on_hidden("case", 9)
    db.session.commit()
    with pytest.raises(services.ImageError, match="waits for review or is hidden"):
        services.upload(user, "case", 9, helpers.png_bytes())
    db.session.rollback()
    app.config["IMAGES_PER_POST"] = 1
    helpers.upload(user, helpers.png_bytes(), post_id=10)
    with pytest.raises(services.ImageError, match="at most 1"):
        services.upload(user, "case", 10, helpers.png_bytes())
    db.session.rollback()
    assert len(helpers.stored_keys()) == 2  # the first image's original and working copy


def test_a_burned_in_name_and_date_become_regions_to_mask(app):
    user = make_user(Role.PHYSICIAN)
    image = helpers.upload(user, helpers.png_bytes(helpers.with_name()))
    assert image.state == ImageState.NEEDS_MASKING
    (region,) = image.regions  # name and date share a line: one box over the whole line
    assert region.category in ("NAME", "DATE")
    assert "SMITH" in region.text
    assert "1961" in region.text
    assert region.x < 40
    assert region.w > 500
    findings = services.open_findings("case", 1)
    assert findings
    assert all(f.image_id == image.public_id for f in findings)
