"""End to end: a member flags patient information → the post is hidden at once → a moderator
redacts it → the identifier is in no column of any table → the author is told → the moderation
log and the audit log show it."""

import re

from sqlalchemy import select

from clinnet.audit import verify_chain
from clinnet.audit.models import AuditEvent
from clinnet.cases.models import Reply, State
from clinnet.core.authz import Role
from clinnet.extensions import db
from clinnet.moderation.models import Flag, ModerationAction
from clinnet.notifications.models import Notification
from tests.helpers import Browser, make_user, page_text
from tests.moderation.helpers import published_case, reply_to, tables_containing

NAME = "Sparrow"  # a name that is an ordinary word: the scanner misses it, as moderators exist for


def _state(html: str) -> str:
    return re.search(r'name="state" type="hidden" value="([^"]*)"', html).group(1)


def test_phi_flag_hides_at_once_and_redaction_leaves_no_trace(app):
    author, colleague, flagger = (make_user(Role.PHYSICIAN) for _ in range(3))
    moderator = make_user(Role.MODERATOR)
    case = published_case(author, title="Recurrent syncope in a marathon runner")
    reply = reply_to(case, colleague, f"The case reminded me of the {NAME} family I treated.")
    # An edit through the gate: the old text (with the name) is kept as a revision.
    from clinnet.cases import services as case_services
    case_services.edit_reply(reply, colleague, f"This reminded me of the {NAME} family I "
                             "treated; genetic testing helped them.")

    member = Browser(app.test_client())
    member.login_as(flagger)
    assert NAME in member.get(f"/cases/{case.id}").get_data(as_text=True)
    assert "Recurrent syncope" in page_text(member.get(f"/search?q={NAME}"))

    form = page_text(member.get(f"/replies/{reply.id}/flag"))
    assert "contains patient information" in form
    response = member.post(f"/replies/{reply.id}/flag",
                           {"reason": "phi", "note": f"{NAME} is the family name",
                            "quote": NAME})
    assert response.status_code == 302
    assert db.session.get(Reply, reply.id).status == State.HIDDEN
    page = member.get(f"/cases/{case.id}").get_data(as_text=True)
    assert NAME not in page
    assert "[hidden]" in page
    assert "reported as possibly containing patient information" in page
    assert "Recurrent syncope" not in page_text(member.get(f"/search?q={NAME}"))

    # The author still sees the hidden reply, and learns it is hidden (not who flagged it).
    writer = Browser(app.test_client())
    writer.login_as(colleague)
    notes = page_text(writer.get("/notifications/"))
    assert "is hidden until a moderator reviews it" in notes
    assert flagger.email not in notes
    assert NAME in writer.get(f"/cases/{case.id}").get_data(as_text=True)

    mod = Browser(app.test_client())
    mod.login_as(moderator)
    queue = page_text(mod.get("/moderation/"))
    assert f"Reply #{reply.id} on case #{case.id}" in queue
    assert "PHI" in queue
    review = mod.get(f"/moderation/posts/reply/{reply.id}").get_data(as_text=True)
    assert NAME in review  # moderators see the text they judge
    redacted = mod.post(f"/moderation/posts/reply/{reply.id}/redact",
                        {"words": NAME.upper(), "category": "NAME",
                         "reason": "Family name of the patient", "state": _state(review)})
    assert redacted.status_code == 302, page_text(redacted)

    assert tables_containing(NAME) == []
    reply = db.session.get(Reply, reply.id)
    assert "[NAME] family" in reply.body
    assert "[NAME] family" in reply.body_html
    assert reply.status == State.PUBLISHED  # the identifier is gone, so the reply is back
    assert db.session.scalars(select(Flag)).one().status == "upheld"
    assert "[NAME]" in page_text(member.get(f"/cases/{case.id}"))
    assert "Redacted by moderators: contains patient information" in page_text(
        member.get(f"/cases/{case.id}"))
    assert "genetic testing" in page_text(member.get("/search?q=genetic testing"))

    messages = [n.message for n in db.session.scalars(
        select(Notification).where(Notification.user_id == colleague.id))]
    assert any("redacted possible patient identifiers" in m for m in messages)

    log = page_text(mod.get("/moderation/log?action=redact"))
    assert moderator.email in log
    assert "Family name of the patient" in log
    row = db.session.scalars(select(ModerationAction).where(
        ModerationAction.action == "redact")).one()
    assert (row.target_type, row.target_id, row.moderator_id) == ("reply", reply.id,
                                                                   moderator.id)
    actions = [e.action for e in db.session.scalars(select(AuditEvent))]
    assert "flag.created" in actions
    assert "moderation.auto_hidden" in actions
    assert "moderation.redacted" in actions
    assert verify_chain().ok
    # Members see that the post was moderated and why, never who flagged it.
    assert flagger.email not in page_text(writer.get(f"/cases/{case.id}"))


def test_redacting_a_case_rewrites_every_revision_and_the_title(app, client):
    author = make_user(Role.PHYSICIAN)
    moderator = make_user(Role.MODERATOR)
    case = published_case(author, title=f"Syncope and the {NAME} family",
                          body=f"The case reminded me of the {NAME} family I treated. "
                               "ECG was normal.")
    from clinnet.cases import services as case_services
    from tests.cases.factories import case_input
    case_services.update_case(case, author, case_input(
        title=f"Syncope and the {NAME} family again",
        body=f"The case reminded me of the {NAME} family I treated. ECG was normal; Holter "
             "showed pauses."))
    assert len(case_services.revisions_of(case)) == 1
    client.login_as(moderator)
    response = client.post(f"/moderation/posts/case/{case.id}/redact",
                           {"words": NAME, "category": "NAME", "reason": "Family name"})
    assert response.status_code == 302
    assert tables_containing(NAME) == []
    assert "[NAME]" in case_services.revisions_of(case)[0].title
