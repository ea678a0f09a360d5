"""Masks are burned into the stored pixels; finishing deletes the unmasked original;
redaction leaves no file; only the uploader edits and only members allowed to see a post see
its images (404 for everyone else)."""

import io

import numpy as np
import pytest
from PIL import Image as PILImage

from clinnet.core.authz import Role
from clinnet.extensions import db
from clinnet.images import services
from clinnet.images.models import Image, ImageState, RegionStatus
from tests.helpers import make_user, page_text
from tests.images import helpers


def _pixels(key) -> np.ndarray:
    return np.asarray(PILImage.open(io.BytesIO(services.storage().get(key))).convert("L"))


def test_suggested_masks_black_out_the_burned_in_name_in_every_stored_file(app):
    user = make_user(Role.PHYSICIAN)
    image = helpers.upload(user, helpers.png_bytes(helpers.with_name()))
    (region,) = image.regions
    services.mask_suggested(image, user, [region.id], image.version)
    db.session.commit()
    assert region.status == RegionStatus.MASKED
    assert image.state == ImageState.UPLOADED
    services.finish(image, user, image.version)
    db.session.commit()
    roles = {f.role for f in image.files}
    assert "original" not in roles
    assert "working" not in roles
    assert {"full", "thumb", "small", "medium"} <= roles
    full = _pixels(image.file("full").key)
    x, y, w, h = region.box
    assert full[y:y + h, x:x + w].max() == 0  # burned in: black pixels, not an overlay
    for row in image.files:  # no stored file shows the name any more
        assert not services.ocr.findings(services.ocr.read(services.load(row)),
                                         (row.width, row.height))
    assert len(helpers.stored_keys()) == len(image.files)  # the original is gone from storage


def test_blur_and_crop_are_burned_in_and_move_the_regions(app):
    user = make_user(Role.PHYSICIAN)
    image = helpers.upload(user, helpers.png_bytes(helpers.with_name()))
    before = _pixels(image.file("working").key)
    services.mask(image, user, "blur", [(300, 250, 400, 350)], image.version)
    db.session.commit()
    after = _pixels(image.file("working").key)
    assert not np.array_equal(before[250:600, 300:700], after[250:600, 300:700])
    assert np.array_equal(before[:200, :], after[:200, :])  # outside the box: unchanged
    services.mask(image, user, "crop", [(0, 200, 1000, 500)], image.version)
    db.session.commit()
    assert (image.width, image.height) == (1000, 500)
    (region,) = image.regions  # the name line was above the crop: cut away, so masked
    assert region.status == RegionStatus.MASKED
    assert _pixels(image.file("working").key).shape == (500, 1000)


def test_typed_boxes_work_without_javascript_and_bad_boxes_change_nothing(app, client):
    user = make_user(Role.PHYSICIAN)
    image = helpers.upload(user, helpers.png_bytes(helpers.with_name()))
    client.login_as(user)
    url = f"/images/{image.public_id}/mask"
    for bad in ({"x": "a", "y": "0", "w": "5", "h": "5"}, {"x": "0", "y": "0", "w": "0", "h": "5"},
                {"x": "5000", "y": "5000", "w": "10", "h": "10"}):
        response = client.post(url, {"operation": "black", "version": image.version, **bad},
                               follow_redirects=True)
        assert response.status_code == 200
        assert "box" in page_text(response).lower()
        db.session.refresh(image)
        assert image.version == 1
    x, y, w, h = image.regions[0].box
    response = client.post(url, {"operation": "black", "version": 1, "x": x, "y": y,
                                 "w": w, "h": h})
    assert response.status_code == 302
    db.session.refresh(image)
    assert image.version == 2
    assert image.regions[0].status == RegionStatus.MASKED


def test_a_stale_form_is_refused(app, client):
    user = make_user(Role.PHYSICIAN)
    image = helpers.upload(user, helpers.png_bytes(helpers.with_name()))
    client.login_as(user)
    box = {"x": 1, "y": 1, "w": 20, "h": 20}
    assert client.post(f"/images/{image.public_id}/mask",
                       {"operation": "black", "version": 1, **box}).status_code == 302
    response = client.post(f"/images/{image.public_id}/mask",
                           {"operation": "black", "version": 1, **box}, follow_redirects=True)
    assert "changed since this page was opened" in page_text(response)
    db.session.refresh(image)
    assert image.version == 2


def test_finishing_needs_every_region_handled_and_dismissals_need_review(app):
    user = make_user(Role.PHYSICIAN)
    image = helpers.upload(user, helpers.png_bytes(helpers.with_name()))
    with pytest.raises(services.ImageError, match="Mask every highlighted region"):
        services.finish(image, user, image.version)
    db.session.rollback()
    assert services.prepare_publication("case", 1, user)  # open findings: publish refused
    with pytest.raises(services.ImageError, match="Say why"):
        services.dismiss(image, user, image.regions[0].id, "  ", image.version)
    services.dismiss(image, user, image.regions[0].id, "a made-up name on a teaching phantom",
                     image.version)
    db.session.commit()
    assert services.needs_review("case", 1)
    assert services.prepare_publication("case", 1, user) == []
    db.session.commit()
    assert image.state == ImageState.READY
    assert image.file("original") is None


def test_faces_must_be_masked_unless_consent_is_attested_which_forces_review(app):
    from skimage import data as samples

    user = make_user(Role.PHYSICIAN)
    image = helpers.upload(user, helpers.jpeg_bytes(PILImage.fromarray(samples.astronaut())))
    faces = [r for r in image.regions if r.source == "face"]
    assert faces
    assert image.state == ImageState.NEEDS_MASKING
    with pytest.raises(services.ImageError, match="cannot be dismissed"):
        services.dismiss(image, user, faces[0].id, "it is fine", image.version)
    db.session.rollback()
    assert not services.needs_review("case", 1)
    services.attest_consent(image, user, True, image.version)
    db.session.commit()
    assert services.open_findings("case", 1) == []
    assert services.needs_review("case", 1)
    services.attest_consent(image, user, False, image.version)
    db.session.commit()
    assert services.open_findings("case", 1)
    services.mask_suggested(image, user, [f.id for f in faces], image.version)
    db.session.commit()
    assert services.open_findings("case", 1) == []
    assert not services.needs_review("case", 1)


def test_reset_restores_the_original_until_the_image_is_finished(app):
    user = make_user(Role.PHYSICIAN)
    image = helpers.upload(user, helpers.png_bytes(helpers.with_name()))
    original = _pixels(image.file("original").key)
    services.mask_suggested(image, user, [image.regions[0].id], image.version)
    db.session.commit()
    services.reset(image, user, image.version)
    db.session.commit()
    assert np.array_equal(_pixels(image.file("working").key), original)
    assert [r.status for r in image.regions] == [RegionStatus.OPEN]


def test_redaction_leaves_no_file_behind(app):
    user, moderator = make_user(Role.PHYSICIAN), make_user(Role.MODERATOR)
    first = helpers.upload(user, helpers.png_bytes(helpers.with_name()), post_id=5)
    helpers.upload(user, helpers.jpeg_bytes(), post_id=5)
    other = helpers.upload(user, helpers.jpeg_bytes(), post_id=6)
    services.dismiss(first, user, first.regions[0].id, "phantom", first.version)
    assert services.prepare_publication("case", 5, user) == []
    services.on_visible("case", 5)
    db.session.commit()
    kept = {f.key for f in other.files}
    assert services.on_redacted("case", 5, moderator) == 2
    db.session.commit()
    assert set(helpers.stored_keys()) == kept  # only the other post's files remain
    for image in services.images_for("case", 5):
        assert image.state == ImageState.REDACTED
        assert image.files == []
        assert image.regions == []


def test_purge_deletes_unfinished_uploads_and_abandoned_drafts(app):
    from datetime import timedelta

    from clinnet.core.db import utcnow

    user = make_user(Role.PHYSICIAN)
    stale = helpers.upload(user, helpers.jpeg_bytes(), post_id=1)
    fresh = helpers.upload(user, helpers.jpeg_bytes(), post_id=2)
    stale.updated_at = utcnow() - timedelta(hours=100)
    db.session.commit()
    assert services.purge_expired() == {"unfinished": 1, "abandoned": 0}
    db.session.commit()
    assert db.session.get(Image, stale.id) is None
    assert set(helpers.stored_keys()) == {f.key for f in fresh.files}
    assert services.purge_expired(utcnow() + timedelta(days=31)) == {"unfinished": 1,
                                                                      "abandoned": 0}


def _ready_image(user, post_id=1, visibility=None):
    image = helpers.upload(user, helpers.jpeg_bytes(), post_id=post_id)
    services.finish(image, user, image.version)
    if visibility:
        services.set_visibility("case", post_id, visibility)
    db.session.commit()
    return image


@pytest.mark.parametrize(("visibility", "role", "expected"), [
    ("visible", Role.PHYSICIAN, 200), ("visible", Role.APPLICANT, 403),
    ("draft", Role.PHYSICIAN, 404), ("review", Role.PHYSICIAN, 404),
    ("review", Role.MODERATOR, 200), ("hidden", Role.PHYSICIAN, 404),
    ("hidden", Role.MODERATOR, 200), ("removed", Role.PHYSICIAN, 404),
])
def test_who_sees_a_finished_image(app, client, visibility, role, expected):
    image = _ready_image(make_user(Role.PHYSICIAN), visibility=visibility)
    client.login_as(make_user(role))
    response = client.get(f"/images/{image.public_id}/medium")
    assert response.status_code == expected
    if expected == 200:
        assert response.headers["Cache-Control"] == "private, max-age=600"
        assert response.headers["Content-Type"] == "image/jpeg"
        assert helpers.has_metadata(response.data) == []


def test_anonymous_visitors_are_sent_to_sign_in_and_unknown_ids_are_404(app, client):
    image = _ready_image(make_user(Role.PHYSICIAN), visibility="visible")
    assert client.get(f"/images/{image.public_id}/medium").status_code == 302
    client.login_as(make_user(Role.PHYSICIAN))
    assert client.get("/images/" + "A" * 32 + "/medium").status_code == 404
    assert client.get(f"/images/{image.public_id}/enormous").status_code == 404


def test_only_the_uploader_sees_and_edits_a_draft_image(app, client):
    owner = make_user(Role.PHYSICIAN)
    image = helpers.upload(owner, helpers.png_bytes(helpers.with_name()))
    for user, status in ((make_user(Role.PHYSICIAN), 404), (make_user(Role.MODERATOR), 404),
                         (owner, 200)):
        client.login_as(user)
        assert client.get(f"/images/{image.public_id}/edit").status_code == status
        assert client.get(f"/images/{image.public_id}/preview").status_code == status
        assert client.get(f"/images/{image.public_id}/medium").status_code == status
    client.login_as(make_user(Role.PHYSICIAN))
    response = client.post(f"/images/{image.public_id}/mask",
                           {"operation": "black", "x": 0, "y": 0, "w": 5, "h": 5})
    assert response.status_code == 404
    db.session.refresh(image)
    assert image.version == 1


def test_the_editor_page_lists_what_to_mask_and_links_the_script(app, client):
    owner = make_user(Role.PHYSICIAN)
    image = helpers.upload(owner, helpers.png_bytes(helpers.with_name()))
    client.login_as(owner)
    response = client.get(f"/images/{image.public_id}/edit")
    text = page_text(response)
    assert "must be masked" in text
    assert "SMITH" in text
    html = response.get_data(as_text=True)
    assert "image-editor.js" in html
    assert "style=" not in html
    assert client.get(f"/images/{image.public_id}/preview").headers["Content-Type"] == \
        "image/jpeg"


def test_text_read_from_an_image_and_dismissal_reasons_are_escaped(app, client):
    owner = make_user(Role.PHYSICIAN)
    image = helpers.upload(owner, helpers.png_bytes(helpers.with_name()))
    image.regions[0].text = '<script>alert("read")</script>'
    db.session.commit()
    client.login_as(owner)
    client.post(f"/images/{image.public_id}/regions/{image.regions[0].id}/dismiss",
                {"reason": "<img src=x onerror=alert(1)>", "version": image.version})
    html = client.get(f"/images/{image.public_id}/edit").get_data(as_text=True)
    assert "<script>alert" not in html
    assert "<img src=x" not in html
    assert "&lt;script&gt;" in html
    assert "&lt;img src=x" in html
