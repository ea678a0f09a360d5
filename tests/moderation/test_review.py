"""A case with a dismissed finding waits for review; a moderator returns it with a message; the
author fixes it through the normal gate and resubmits; the queue shows the resubmission; the
moderator approves it."""

import re

from sqlalchemy import select

from clinnet.cases import posts
from clinnet.cases import services as case_services
from clinnet.cases.models import Case, State
from clinnet.core.authz import Role
from clinnet.extensions import db
from clinnet.moderation.models import ModerationAction
from tests.cases.factories import case_input
from tests.helpers import Browser, make_user, page_text

# "Dr. Google" is flagged as a name; the author dismisses it as the search engine it is
BODY = ("A man in his seventies had sudden painless loss of vision. Fundoscopy showed a cherry "
        "red spot. His daughter had already asked Dr. Google.")


def _in_review_case(author) -> Case:
    case = case_services.create_case(author, case_input(body=BODY, timeline=""))
    findings = posts.findings(case)
    assert findings, "the scanner should flag 'Dr. Google'"
    for item in findings:
        posts.dismiss_finding(case, author, case.version, item.field, item.finding.category,
                              item.finding.text, "The search engine, not a person.")
    assert posts.publish(case, author, case.version) == State.IN_REVIEW
    return case


def _state(html):
    return re.search(r'name="state" type="hidden" value="([^"]*)"', html).group(1)


def test_return_fix_resubmit_and_approve(app):
    author, moderator = make_user(Role.PHYSICIAN), make_user(Role.MODERATOR)
    case = _in_review_case(author)
    mod, writer = Browser(app.test_client()), Browser(app.test_client())
    mod.login_as(moderator)
    writer.login_as(author)

    queue = page_text(mod.get("/moderation/"))
    assert f"Case #{case.id}" in queue
    assert "The search engine, not a person." in queue  # the author's dismissals and reasons
    assert "resubmitted" not in queue

    page = mod.get(f"/moderation/posts/case/{case.id}").get_data(as_text=True)
    missing = mod.post(f"/moderation/posts/case/{case.id}/act",
                       {"action": "return", "reason": "", "state": _state(page)})
    assert missing.status_code == 422
    assert "Give a reason" in page_text(missing)
    returned = mod.post(f"/moderation/posts/case/{case.id}/act",
                        {"action": "return", "reason": "Please leave the search "
                         "engine out.", "state": _state(page)})
    assert returned.status_code == 302
    assert db.session.get(Case, case.id).status == State.DRAFT

    assert "returned by a moderator" in page_text(writer.get("/notifications/"))
    assert "Please leave the search engine out." in page_text(
        writer.get(f"/cases/{case.id}"))
    fixed = BODY.replace(" His daughter had already asked Dr. Google.", "")
    data = {"title": case.title, "body": fixed, "specialty": "cardiology",
            "question": "Anything left to try?"}
    assert writer.post(f"/cases/{case.id}/edit", data).status_code == 302
    # The text no longer holds the dismissed finding, so it publishes without another review.
    published = writer.post(f"/cases/{case.id}/publish", {"attest": "y"})
    assert published.status_code == 302
    assert db.session.get(Case, case.id).status == State.PUBLISHED


def test_resubmission_is_marked_and_approval_publishes(app, client):
    author, moderator = make_user(Role.PHYSICIAN), make_user(Role.MODERATOR)
    case = _in_review_case(author)
    client.login_as(moderator)
    page = client.get(f"/moderation/posts/case/{case.id}").get_data(as_text=True)
    client.post(f"/moderation/posts/case/{case.id}/act",
                {"action": "return", "reason": "Explain the name.", "state": _state(page)})
    case = db.session.get(Case, case.id)
    assert posts.publish(case, author, case.version) == State.IN_REVIEW
    assert "resubmitted" in page_text(client.get("/moderation/"))

    page = client.get(f"/moderation/posts/case/{case.id}").get_data(as_text=True)
    approved = client.post(f"/moderation/posts/case/{case.id}/act",
                           {"action": "approve", "reason": "Eponym for a sign, fine.",
                            "state": _state(page)})
    assert approved.status_code == 302
    assert db.session.get(Case, case.id).status == State.PUBLISHED
    actions = [row.action for row in db.session.scalars(select(ModerationAction)
                                                        .order_by(ModerationAction.id))]
    assert actions == ["return", "approve"]
    # Approving again (a stale page): "already handled", nothing recorded twice.
    again = client.post(f"/moderation/posts/case/{case.id}/act",
                        {"action": "approve", "reason": "Eponym for a sign, fine.",
                         "state": _state(page)})
    assert again.status_code == 303
    assert "Already handled" in page_text(client.get(again.headers["Location"]))
    assert len(db.session.scalars(select(ModerationAction)).all()) == 2


def test_returned_reply_shows_the_message_to_its_author(app, client):
    author, moderator = make_user(Role.PHYSICIAN), make_user(Role.MODERATOR)
    case = case_services.create_case(make_user(Role.PHYSICIAN), case_input())
    posts.publish(case, case.author, case.version)
    reply = case_services.post_reply(case, author, "Seen by Dr. Quinlan on the ward.")
    for item in posts.findings(reply):
        posts.dismiss_finding(reply, author, reply.version, item.field, item.finding.category,
                              item.finding.text, "A colleague, not the patient.")
    assert posts.publish(reply, author, reply.version) == State.IN_REVIEW
    client.login_as(moderator)
    assert f"Reply #{reply.id} on case #{case.id}" in page_text(client.get("/moderation/"))
    page = client.get(f"/moderation/posts/reply/{reply.id}").get_data(as_text=True)
    assert "A colleague, not the patient." in page_text(client.get("/moderation/"))
    client.post(f"/moderation/posts/reply/{reply.id}/act",
                {"action": "return", "reason": "Leave the clinician's name out.",
                 "state": _state(page)})
    writer = Browser(app.test_client())
    writer.login_as(author)
    assert "returned by a moderator" in page_text(writer.get("/notifications/"))
    edit = page_text(writer.get(f"/replies/{reply.id}/edit"))
    assert "A moderator returned this reply: Leave the clinician's name out." in edit
