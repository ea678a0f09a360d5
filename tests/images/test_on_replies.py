"""Images on replies (issue 15): the same gate and life cycle as images on cases. "Add an image"
keeps the reply as its author's draft, publication refuses open regions and finishes the
images, members see an image only while the reply and its case are published, the thread shows
it inside the reply without extra SQL per reply, and moderation, re-scans, discarding a draft
and closing an account cover it."""

from __future__ import annotations

import io
import re
from urllib.parse import parse_qs, urlparse

import pytest
from sqlalchemy import select

from clinnet.cases import posts
from clinnet.cases import services as cases
from clinnet.cases.models import Case, Reply, State
from clinnet.core.authz import Role
from clinnet.extensions import db
from clinnet.images import services
from clinnet.images.models import Image, ImagePost, ImageState, RegionStatus
from clinnet.moderation import services as moderation
from tests.cases.factories import add_thread, make_case
from tests.cases.test_thread import count_queries
from tests.helpers import make_user, page_text
from tests.images import helpers


def _draft_reply_with_image(client, author, case, picture) -> tuple[Reply, Image]:
    """What the author does: write a reply, press "Add an image", upload a file."""
    client.login_as(author)
    started = client.post(f"/cases/{case.id}/replies",
                          {"body": "Here is the film from day 2.", "add_image": "y"})
    assert started.status_code == 302
    assert started.headers["Location"].startswith("/images/upload?")
    ticket = parse_qs(urlparse(started.headers["Location"]).query)["ticket"][0]
    reply = db.session.scalar(select(Reply).where(Reply.case_id == case.id)
                              .order_by(Reply.id.desc()))
    assert reply.status == State.DRAFT  # kept as the author's draft, not posted
    assert client.get(started.headers["Location"]).status_code == 200
    uploaded = client.post("/images/upload", {
        "ticket": ticket, "image": (io.BytesIO(helpers.png_bytes(picture)), "photo.png")},
        content_type="multipart/form-data")
    assert uploaded.status_code == 302
    assert uploaded.headers["Location"].endswith("/edit")  # the masking editor
    image = db.session.scalar(select(Image).where(Image.kind == "reply",
                                                  Image.post_id == reply.id))
    return reply, image


def _post(client, reply):
    reply = db.session.get(Reply, reply.id)
    return client.post(f"/replies/{reply.id}/publish", {"version": reply.version},
                       follow_redirects=True)


def test_a_reply_image_with_a_name_must_be_masked_before_the_reply_is_posted(client):
    author, member = make_user(Role.PHYSICIAN), make_user(Role.PHYSICIAN)
    case = make_case(make_user(Role.PHYSICIAN))
    reply, image = _draft_reply_with_image(client, author, case, helpers.with_name())
    assert image.state == ImageState.NEEDS_MASKING
    draft_page = page_text(client.get(f"/replies/{reply.id}/edit"))
    assert "regions to mask" in draft_page
    assert "Add an image" in draft_page
    refused = _post(client, reply)
    assert "on your images still need" in page_text(refused)
    assert db.session.get(Reply, reply.id).status == State.DRAFT
    client.login_as(member)
    assert client.get(f"/images/{image.public_id}/medium").status_code == 404
    assert "Here is the film" not in page_text(client.get(f"/cases/{case.id}"))

    client.login_as(author)
    open_ids = [r.id for r in image.regions if r.status == RegionStatus.OPEN]
    services.mask_suggested(image, author, open_ids, image.version)
    db.session.commit()
    _post(client, reply)
    db.session.expire_all()
    assert db.session.get(Reply, reply.id).status == State.PUBLISHED
    image = db.session.get(Image, image.id)
    assert image.state == ImageState.READY
    assert image.file(services.ORIGINAL) is None  # the unmasked original is gone

    client.login_as(member)
    thread = client.get(f"/cases/{case.id}").get_data(as_text=True)
    assert f"/images/{image.public_id}/medium" in thread
    assert 'loading="lazy"' in thread
    assert "srcset=" in thread
    served = client.get(f"/images/{image.public_id}/medium")
    assert served.status_code == 200
    assert "private" in served.headers["Cache-Control"]
    assert helpers.has_metadata(served.data) == []


def test_an_upload_ticket_is_its_members_alone(client):
    author = make_user(Role.PHYSICIAN)
    case = make_case(make_user(Role.PHYSICIAN))
    client.login_as(author)
    client.post(f"/cases/{case.id}/replies", {"body": "Posted at once."})
    reply = db.session.scalar(select(Reply).where(Reply.case_id == case.id))
    assert reply.status == State.PUBLISHED
    client.login_as(make_user(Role.PHYSICIAN))
    assert client.get(f"/replies/{reply.id}/edit").status_code in (403, 404)  # not theirs
    other = make_user(Role.PHYSICIAN)
    draft = cases.post_reply(db.session.get(Case, case.id), author, "Draft", draft=True)
    db.session.commit()
    stolen = services.upload_ticket(author, "reply", draft.id)
    client.login_as(other)  # a ticket is its member's alone
    refused = client.post("/images/upload", {
        "ticket": stolen, "image": (io.BytesIO(helpers.png_bytes()), "photo.png")},
        content_type="multipart/form-data")
    assert refused.status_code == 400


def test_a_hidden_reply_or_case_takes_the_reply_images_out_of_sight(client):
    author, member, moderator = (make_user(Role.PHYSICIAN), make_user(Role.PHYSICIAN),
                                 make_user(Role.MODERATOR))
    case = make_case(make_user(Role.PHYSICIAN))
    reply, image = _draft_reply_with_image(client, author, case, helpers.photo())
    _post(client, reply)
    url = f"/images/{image.public_id}/medium"
    client.login_as(member)
    assert client.get(url).status_code == 200

    moderation.act_on_post(moderator, "reply", db.session.get(Reply, reply.id), "hide",
                           "A wristband in the corner")
    assert client.get(url).status_code == 404
    assert url not in client.get(f"/cases/{case.id}").get_data(as_text=True)
    client.login_as(moderator)
    assert client.get(url).status_code == 200  # moderators still look at it
    moderation.act_on_post(moderator, "reply", db.session.get(Reply, reply.id), "restore",
                           "The band is blank")
    client.login_as(member)
    assert client.get(url).status_code == 200

    moderation.act_on_post(moderator, "case", db.session.get(Case, case.id), "hide",
                           "Identifying")
    assert client.get(url).status_code == 404  # the reply's case is hidden: so is its image
    client.login_as(moderator)
    assert client.get(url).status_code == 200
    moderation.act_on_post(moderator, "case", db.session.get(Case, case.id), "restore",
                           "Fixed")
    client.login_as(member)
    assert client.get(url).status_code == 200

    client.login_as(author)
    client.post(f"/replies/{reply.id}/delete")
    client.login_as(member)
    assert client.get(url).status_code == 404  # a deleted reply shows no image


def test_a_dismissed_region_sends_the_reply_to_review(client):
    author, member, moderator = (make_user(Role.PHYSICIAN), make_user(Role.PHYSICIAN),
                                 make_user(Role.MODERATOR))
    case = make_case(make_user(Role.PHYSICIAN))
    reply, image = _draft_reply_with_image(client, author, case, helpers.with_name())
    for region in [r for r in image.regions if r.status == RegionStatus.OPEN]:
        db.session.refresh(image)
        services.dismiss(image, author, region.id, "A teaching label, not a patient",
                         image.version)
    db.session.commit()
    _post(client, reply)
    assert db.session.get(Reply, reply.id).status == State.IN_REVIEW
    client.login_as(member)
    assert client.get(f"/images/{image.public_id}/medium").status_code == 404
    client.login_as(moderator)
    assert client.get(f"/images/{image.public_id}/medium").status_code == 200
    posts.review(db.session.get(Reply, reply.id), moderator, approve=True)
    db.session.commit()
    client.login_as(member)
    assert client.get(f"/images/{image.public_id}/medium").status_code == 200


def test_a_moderator_removes_every_image_of_a_reply(client):
    author, member = make_user(Role.PHYSICIAN), make_user(Role.PHYSICIAN)
    case = make_case(make_user(Role.PHYSICIAN))
    reply, image = _draft_reply_with_image(client, author, case, helpers.photo())
    _post(client, reply)
    client.login_as(member)
    assert f"/images/{image.public_id}/medium" in client.get(
        f"/cases/{case.id}").get_data(as_text=True)  # rendered, and its fragment cached
    assert helpers.stored_keys()
    moderator = make_user(Role.MODERATOR)
    client.login_as(moderator)
    page = page_text(client.get(f"/moderation/posts/reply/{reply.id}"))
    assert "Remove every image of this reply" in page
    client.post(f"/moderation/posts/reply/{reply.id}/images/redact",
                {"reason": "A wristband shows a name"})
    assert helpers.stored_keys() == []
    assert db.session.get(Image, image.id).state == ImageState.REDACTED
    client.login_as(member)
    assert client.get(f"/images/{image.public_id}/medium").status_code == 404
    thread = client.get(f"/cases/{case.id}")
    assert "[image removed by a moderator]" in page_text(thread)
    assert f"/images/{image.public_id}/" not in thread.get_data(as_text=True)


def test_thread_statement_count_stays_flat_with_reply_images(client):
    author, other = make_user(Role.PHYSICIAN), make_user(Role.PHYSICIAN)
    counts, plain = [], []
    for size in (10, 500):
        case = make_case(author)
        replies = add_thread(case, [author, other], size)
        client.login_as(other)
        client.get(f"/cases/{case.id}")
        with count_queries() as statements:
            client.get(f"/cases/{case.id}")
        plain.append(len(statements))
        for reply in replies[:3]:  # three replies of the first window get an image each
            reply.status = State.DRAFT
            db.session.commit()
            writer = author if reply.author_id == author.id else other
            image = helpers.upload(writer, helpers.png_bytes(helpers.photo((320, 240))),
                                   kind="reply", post_id=reply.id)
            posts.publish(db.session.get(Reply, reply.id), writer, reply.version)
            db.session.commit()
            assert db.session.get(Image, image.id).state == ImageState.READY
        client.get(f"/cases/{case.id}")
        with count_queries() as statements:
            html = client.get(f"/cases/{case.id}").get_data(as_text=True)
        counts.append(len(statements))
        assert html.count('class="post-image"') == 3
        with count_queries() as statements:
            client.get(f"/cases/{case.id}?all=1")
        counts.append(len(statements))
    assert len(set(plain)) == 1, plain
    assert len(set(counts)) == 1, counts
    assert counts[0] == plain[0] + 1, (plain, counts)  # one query for a window's images


def test_deid_rescan_rereads_reply_images_and_flags_the_reply(app, client):
    from clinnet.moderation.models import Flag
    from clinnet.notifications.models import Notification

    author, member = make_user(Role.PHYSICIAN), make_user(Role.PHYSICIAN)
    case = make_case(make_user(Role.PHYSICIAN))
    draft = cases.post_reply(case, author, "The film", draft=True)
    db.session.commit()
    image = helpers.upload(author, helpers.png_bytes(helpers.with_name()), kind="reply",
                           post_id=draft.id)
    image.regions.clear()  # as if an older detector had missed the name
    db.session.commit()
    posts.publish(db.session.get(Reply, draft.id), author, draft.version)
    db.session.commit()
    image = db.session.get(Image, image.id)
    image.analysed_with = "an older detector"
    db.session.commit()
    client.login_as(member)
    assert f"/images/{image.public_id}/medium" in client.get(
        f"/cases/{case.id}").get_data(as_text=True)
    result = app.test_cli_runner().invoke(args=["deid", "rescan", "--restart"])
    assert result.exit_code == 0, result.output
    assert "Re-read 1 image(s); 1 with new regions to mask" in result.output
    assert client.get(f"/images/{image.public_id}/medium").status_code == 404
    assert f"/images/{image.public_id}/" not in client.get(
        f"/cases/{case.id}").get_data(as_text=True)  # the cached reply was not reused
    flag = db.session.scalar(select(Flag).where(Flag.kind == "reply",
                                                Flag.post_id == draft.id))
    assert flag.flagger_id is None
    assert "new region" in flag.note
    assert db.session.scalar(select(Notification.message).where(
        Notification.user_id == author.id, Notification.kind == "image.rescan"))


def test_discarding_a_draft_reply_deletes_its_images(client):
    author = make_user(Role.PHYSICIAN)
    case = make_case(make_user(Role.PHYSICIAN))
    reply, _image = _draft_reply_with_image(client, author, case, helpers.photo())
    assert helpers.stored_keys()
    reply_id = reply.id
    client.post(f"/replies/{reply_id}/delete")
    db.session.expire_all()
    assert db.session.scalar(select(Reply.id).where(Reply.id == reply_id)) is None
    assert db.session.scalars(select(Image).where(Image.kind == "reply")).all() == []
    assert db.session.get(ImagePost, ("reply", reply_id)) is None
    assert helpers.stored_keys() == []


def test_closing_an_account_deletes_the_images_of_its_withdrawn_drafts(client):
    from clinnet.privacy import services as privacy

    author = make_user(Role.PHYSICIAN)
    case = make_case(make_user(Role.PHYSICIAN))
    _draft_reply_with_image(client, author, case, helpers.photo())
    draft_case = make_case(author, publish=False)
    helpers.upload(author, helpers.png_bytes(), post_id=draft_case.id)
    assert len(db.session.scalars(select(Image)).all()) == 2
    exported = privacy.export(author)["images_uploaded"]
    assert {i["on"].split()[0] for i in exported} == {"case", "reply"}
    privacy.close_account(author, author)
    db.session.commit()
    assert db.session.scalars(select(Image)).all() == []
    assert helpers.stored_keys() == []


@pytest.mark.postgres_only
def test_posting_a_reply_racing_an_upload_never_shows_an_unfinished_image(app, monkeypatch):
    from tests.concurrency.race import browser, deadlocks, race

    before = deadlocks()
    data = helpers.png_bytes(helpers.with_name())
    helpers.analyse_once(monkeypatch, data)
    case = make_case(make_user(Role.PHYSICIAN))
    member = make_user(Role.PHYSICIAN)
    outcomes = {"published": 0, "refused": 0}
    for _ in range(20):
        author = make_user(Role.PHYSICIAN)
        reply = cases.post_reply(db.session.get(Case, case.id), author, "See the film",
                                 draft=True)
        db.session.commit()
        ticket = services.upload_ticket(author, "reply", reply.id)
        upload, publish = race(app, [
            (browser(app, author), "POST", "/images/upload",
             {"ticket": ticket, "image": (io.BytesIO(data), "photo.png")}),
            (browser(app, author), "POST", f"/replies/{reply.id}/publish",
             {"version": str(reply.version)})])
        db.session.expire_all()
        status = db.session.get(Reply, reply.id).status
        found = db.session.scalars(select(Image).where(Image.kind == "reply",
                                                       Image.post_id == reply.id)).all()
        assert upload.status in (302, 400)
        assert publish.status == 302
        if status == State.PUBLISHED:
            # The upload came after the publication (a name on it would have refused the
            # publication had it come first): it waits, unfinished, for its author to mask it,
            # and no member is served it.
            assert upload.status == 302
            assert [i.state for i in found] == [ImageState.NEEDS_MASKING]
            served = browser(app, member).get(f"/images/{found[0].public_id}/medium")
            assert served.status_code == 404
            outcomes["published"] += 1
        else:
            assert status == State.DRAFT
            assert [i.state for i in found] == [ImageState.NEEDS_MASKING]
            outcomes["refused"] += 1
    assert deadlocks() == before
    print("race outcomes", outcomes)


def test_the_reply_form_offers_add_an_image(client):
    case = make_case(make_user(Role.PHYSICIAN))
    client.login_as(make_user(Role.PHYSICIAN))
    page = client.get(f"/cases/{case.id}").get_data(as_text=True)
    assert re.search(r'<button[^>]*name="add_image"[^>]*>Add an image</button>', page)
