"""Images added after publication (issue 15): the author of a published case or reply adds an
image; members see it only once its author finishes it with every region masked. A finding
cannot be dismissed, nor consent attested, once the post is out (both would need the review
that comes before publication), which also holds for regions a re-scan reopens. Uploads and
finishing race moderation on PostgreSQL without ever leaving a served or stored copy behind."""

from __future__ import annotations

import io
import re

import pytest
from sqlalchemy import select

from clinnet.cases import services as cases
from clinnet.cases.models import Case, Reply, State
from clinnet.core.authz import Role
from clinnet.extensions import db
from clinnet.images import services
from clinnet.images.models import Image, ImageState, RegionStatus
from clinnet.moderation import services as moderation
from tests.cases.factories import make_case
from tests.helpers import make_user, page_text
from tests.images import helpers


def _ticket(client, page_url) -> str:
    page = client.get(page_url).get_data(as_text=True)
    found = re.search(r'/images/upload\?ticket=([^"&]+)', page)
    assert found, "the page offers no 'Add an image'"
    return found.group(1)


def _upload(client, ticket, picture):
    return client.post("/images/upload", {
        "ticket": ticket, "image": (io.BytesIO(helpers.png_bytes(picture)), "photo.png")},
        content_type="multipart/form-data")


def _newest(kind, post_id) -> Image:
    return db.session.scalar(select(Image).where(Image.kind == kind, Image.post_id == post_id)
                             .order_by(Image.id.desc()))


def _open_ids(image) -> list[int]:
    return [r.id for r in image.regions if r.status == RegionStatus.OPEN]


def test_an_image_added_to_a_published_case_is_shown_once_finished_and_masked(client):
    author, member = make_user(Role.PHYSICIAN), make_user(Role.PHYSICIAN)
    case = make_case(author)
    client.login_as(member)
    assert "/images/upload?ticket=" not in client.get(f"/cases/{case.id}").get_data(
        as_text=True)  # not their case
    client.login_as(author)
    uploaded = _upload(client, _ticket(client, f"/cases/{case.id}"), helpers.with_name())
    assert uploaded.status_code == 302
    image = _newest("case", case.id)
    assert image.state == ImageState.NEEDS_MASKING
    page = page_text(client.get(f"/cases/{case.id}"))
    assert "regions to mask" in page
    assert "only you see it until you finish it" in page
    editor = page_text(client.get(f"/images/{image.public_id}/edit"))
    assert "before members can see this image" in editor
    assert "Dismiss" not in editor  # a dismissal would need a review the case is past
    client.login_as(member)
    assert client.get(f"/images/{image.public_id}/medium").status_code == 404
    assert f"/images/{image.public_id}/" not in client.get(f"/cases/{case.id}").get_data(
        as_text=True)

    client.login_as(author)
    refused = client.post(f"/images/{image.public_id}/finish", {"version": image.version},
                          follow_redirects=True)
    assert "Mask every highlighted region first" in page_text(refused)
    client.post(f"/images/{image.public_id}/mask", {
        "operation": "suggested", "region": _open_ids(image), "version": image.version})
    image = db.session.get(Image, image.id)
    assert image.state == ImageState.UPLOADED
    assert "Finish and show it to members" in page_text(
        client.get(f"/images/{image.public_id}/edit"))
    client.post(f"/images/{image.public_id}/finish", {"version": image.version})
    image = db.session.get(Image, image.id)
    assert image.state == ImageState.READY
    assert image.file(services.ORIGINAL) is None  # the unmasked original is gone
    assert db.session.get(Case, case.id).status == State.PUBLISHED  # no detour via review
    client.login_as(member)
    assert f"/images/{image.public_id}/medium" in client.get(f"/cases/{case.id}").get_data(
        as_text=True)
    assert client.get(f"/images/{image.public_id}/medium").status_code == 200


def test_once_a_case_is_out_a_region_cannot_be_dismissed_nor_a_face_kept_by_consent(client):
    author, member = make_user(Role.PHYSICIAN), make_user(Role.PHYSICIAN)
    case = make_case(author)
    client.login_as(author)
    _upload(client, _ticket(client, f"/cases/{case.id}"), helpers.with_name())
    image = _newest("case", case.id)
    region = _open_ids(image)[0]
    dismissed = client.post(f"/images/{image.public_id}/regions/{region}/dismiss",
                            {"reason": "a teaching label", "version": image.version},
                            follow_redirects=True)
    assert "no longer a draft" in page_text(dismissed)
    consent = client.post(f"/images/{image.public_id}/consent",
                          {"attest": "yes", "version": image.version}, follow_redirects=True)
    assert "consent can no longer be attested" in page_text(consent)
    image = db.session.get(Image, image.id)
    assert image.consent_attested_at is None
    assert all(r.status == RegionStatus.OPEN for r in image.regions)
    assert image.state == ImageState.NEEDS_MASKING
    client.login_as(member)
    assert client.get(f"/images/{image.public_id}/medium").status_code == 404


def test_a_region_a_rescan_reopens_must_be_masked_not_dismissed(app, client):
    author, member = make_user(Role.PHYSICIAN), make_user(Role.PHYSICIAN)
    _, image = helpers.published_with_a_missed_name(author)
    result = app.test_cli_runner().invoke(args=["deid", "rescan", "--restart"])
    assert "1 with new regions to mask" in result.output
    image = db.session.get(Image, image.id)
    client.login_as(author)
    region = _open_ids(image)[0]
    client.post(f"/images/{image.public_id}/regions/{region}/dismiss",
                {"reason": "not a patient", "version": image.version})
    image = db.session.get(Image, image.id)
    assert image.state == ImageState.NEEDS_MASKING  # still out of sight
    client.login_as(member)
    assert client.get(f"/images/{image.public_id}/medium").status_code == 404
    client.login_as(author)
    client.post(f"/images/{image.public_id}/mask", {
        "operation": "suggested", "region": _open_ids(image), "version": image.version})
    client.login_as(member)
    assert client.get(f"/images/{image.public_id}/medium").status_code == 200


def test_an_image_added_to_a_published_reply_appears_in_the_thread_once_finished(client):
    case = make_case(make_user(Role.PHYSICIAN))
    author, member = make_user(Role.PHYSICIAN), make_user(Role.PHYSICIAN)
    reply = cases.post_reply(case, author, "The film from day 2 is below.")
    db.session.commit()
    assert reply.status == State.PUBLISHED
    client.login_as(author)
    ticket = _ticket(client, f"/replies/{reply.id}/edit")
    assert _upload(client, ticket, helpers.photo()).status_code == 302
    image = _newest("reply", reply.id)
    assert image.state == ImageState.UPLOADED
    assert "only you see it until you finish it" in page_text(
        client.get(f"/replies/{reply.id}/edit"))
    client.login_as(member)
    assert f"/images/{image.public_id}/" not in client.get(f"/cases/{case.id}").get_data(
        as_text=True)
    client.login_as(author)
    client.post(f"/images/{image.public_id}/finish", {"version": image.version})
    client.login_as(member)
    thread = client.get(f"/cases/{case.id}").get_data(as_text=True)
    assert f"/images/{image.public_id}/" in thread  # the reply's cached fragment moved on
    assert client.get(f"/images/{image.public_id}/medium").status_code == 200
    assert db.session.get(Reply, reply.id).status == State.PUBLISHED


def test_no_image_is_added_while_the_post_waits_for_review_or_is_hidden(client):
    author = make_user(Role.PHYSICIAN)
    case = make_case(author)
    client.login_as(author)
    ticket = _ticket(client, f"/cases/{case.id}")  # taken while the case was out
    moderation.act_on_post(make_user(Role.MODERATOR), "case", db.session.get(Case, case.id),
                           "hide", "Identifying")
    assert "/images/upload?ticket=" not in client.get(f"/cases/{case.id}").get_data(
        as_text=True)
    refused = _upload(client, ticket, helpers.photo())
    assert refused.status_code == 400
    assert "not while it waits for review or is hidden" in page_text(refused)
    assert _newest("case", case.id) is None
    # A reply posted straight out has no image row yet: the first upload reads its status.
    reply = cases.post_reply(make_case(make_user(Role.PHYSICIAN)), author, "Seen it before.")
    db.session.commit()
    ticket = _ticket(client, f"/replies/{reply.id}/edit")
    moderation.act_on_post(make_user(Role.MODERATOR), "reply", db.session.get(Reply, reply.id),
                           "hide", "Identifying")
    assert _upload(client, ticket, helpers.photo()).status_code == 400
    assert _newest("reply", reply.id) is None
    assert helpers.stored_keys() == []


@pytest.mark.postgres_only
def test_adding_an_image_racing_the_removal_of_every_image_leaves_nothing_behind(
        app, monkeypatch):
    """A moderator removes every image of a published case while its author uploads another:
    the upload lands first (and is removed with the rest) or is refused; no file survives."""
    from tests.concurrency.race import browser, deadlocks, race

    before = deadlocks()
    data = helpers.png_bytes(helpers.photo())
    helpers.analyse_once(monkeypatch, data)
    moderator = make_user(Role.MODERATOR)
    outcomes = {"upload first": 0, "removal first": 0}
    for _ in range(20):
        author = make_user(Role.PHYSICIAN)
        case = make_case(author)
        first = services.upload(author, "case", case.id, data)
        services.finish(first, author, first.version)
        db.session.commit()
        ticket = services.upload_ticket(author, "case", case.id)
        upload, removal = race(app, [
            (browser(app, author), "POST", "/images/upload",
             {"ticket": ticket, "image": (io.BytesIO(data), "photo.png")}),
            (browser(app, moderator), "POST", f"/moderation/posts/case/{case.id}/images/redact",
             {"reason": "A wristband shows a name"})])
        db.session.expire_all()
        assert removal.status == 303
        found = db.session.scalars(select(Image).where(Image.post_id == case.id)).all()
        assert all(i.state == ImageState.REDACTED and not i.files for i in found)
        assert helpers.stored_keys() == []
        if upload.status == 302:
            assert len(found) == 2
            outcomes["upload first"] += 1
        else:
            assert upload.status == 400
            assert len(found) == 1
            outcomes["removal first"] += 1
    assert deadlocks() == before
    print("race outcomes", outcomes)


@pytest.mark.postgres_only
def test_finishing_an_image_racing_a_moderator_hiding_the_case_shows_it_to_nobody(app):
    """The author finishes an image on a published case while a moderator hides the case:
    whichever comes first, members are not served the image afterwards."""
    from tests.concurrency.race import browser, deadlocks, race

    before = deadlocks()
    moderator, member = make_user(Role.MODERATOR), make_user(Role.PHYSICIAN)
    data = helpers.png_bytes(helpers.photo())
    for _ in range(20):
        author = make_user(Role.PHYSICIAN)
        case = make_case(author)
        image = services.upload(author, "case", case.id, data)
        db.session.commit()
        finish, hide = race(app, [
            (browser(app, author), "POST", f"/images/{image.public_id}/finish",
             {"version": str(image.version)}),
            (browser(app, moderator), "POST", f"/moderation/posts/case/{case.id}/act",
             {"action": "hide", "reason": "Identifying"})])
        db.session.expire_all()
        assert finish.status == 302
        assert hide.status == 302
        assert db.session.get(Case, case.id).status == State.HIDDEN
        assert db.session.get(Image, image.id).state == ImageState.READY
        assert browser(app, member).get(f"/images/{image.public_id}/medium").status_code == 404
        assert browser(app, moderator).get(
            f"/images/{image.public_id}/medium").status_code == 200
    assert deadlocks() == before
