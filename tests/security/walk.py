"""Walking the URL map: members of every role, and a value for every URL argument.

When a feature adds a route with an argument, register it here: in OWNED_OBJECTS when the
argument names something a member owns (the IDOR test then checks another member cannot
reach it), else in OTHER_ARGUMENTS. A test fails for any route left unregistered.
"""

from __future__ import annotations

from clinnet.accounts.models import UserSession
from clinnet.core.authz import PUBLIC, Role, access_of
from clinnet.extensions import db
from clinnet.notifications import notify
from tests.helpers import Browser, enrol_two_factor, make_user


def _note(owner) -> dict:
    note = notify(owner, "test", "Something happened", "/")
    db.session.commit()
    return {"note_id": note.id}


def _session(owner) -> dict:
    record = UserSession(token_hash=f"walk-{owner.id}-{owner.session_token[:20]}",
                         user_id=owner.id, user_agent="test")
    db.session.add(record)
    db.session.commit()
    return {"session_id": record.id}


def _draft_case(owner) -> dict:
    from tests.cases.factories import make_case

    return {"case_id": make_case(owner, publish=False).id}


def _draft_reply(owner) -> dict:
    """A reply held back by the gate (it has a phone number): only its author may see it."""
    from clinnet.cases import services
    from tests.cases.factories import make_case

    case = make_case(make_user(Role.PHYSICIAN))
    reply = services.post_reply(case, owner, "Call me on 617-555-0142 to discuss.")
    return {"reply_id": reply.id}


def _draft_image(owner) -> dict:
    """A draft image (with a region to dismiss): only its uploader may see or change it."""
    from clinnet.images.models import ImageRegion
    from tests.cases.factories import make_case
    from tests.images import helpers

    draft = make_case(owner, publish=False)  # images are added to a draft
    image = helpers.upload(owner, helpers.png_bytes(helpers.photo((160, 120))), post_id=draft.id)
    region = ImageRegion(source="text", category="NAME", text="", x=1, y=1, w=5, h=5,
                         suggested_mask="black", status="open")
    image.regions.append(region)
    db.session.commit()
    return {"public_id": image.public_id, "region_id": region.id, "size": "medium"}


# endpoint -> make(owner) -> URL values naming an object that belongs to `owner`
OWNED_OBJECTS = {
    "notifications.open_note": _note,
    "account.revoke_session": _session,
    # A draft case or reply exists only for its author: everyone else gets a 404.
    **{f"cases.{name}": _draft_case for name in
       ("view", "edit", "history", "publish", "apply_suggestion", "dismiss_finding",
        "post_reply", "follow", "vote", "poll_vote", "poll_close", "resolve", "reopen",
        "bookmark")},
    **{f"cases.{name}": _draft_reply for name in
       ("edit_reply", "reply_history", "publish_reply", "apply_reply_suggestion",
        "dismiss_reply_finding", "delete_reply", "vote_reply")},
    **{f"images.{name}": _draft_image for name in
       ("edit", "preview", "mask", "reset", "dismiss", "consent", "finish", "delete", "serve")},
    # Nobody can flag what they cannot see.
    "moderation.flag_case": _draft_case,
    "moderation.flag_reply": _draft_reply,
}
# endpoint -> URL values for arguments that are not member-owned objects
OTHER_ARGUMENTS = {
    "static": {"filename": "clinnet.css"},
    "cases.live_check": {"kind": "case"},
    "cases.profile": {"handle": "no.such.member"},
    "auth.reset_password_link": {"token": "not-a-valid-token"},
    "auth.confirm_email_link": {"token": "not-a-valid-token"},
    "account.confirm_email_change_link": {"token": "not-a-valid-token"},
    "notifications.unsubscribe": {"token": "not-a-valid-token"},
    # Staff-only objects: the role walk covers them; members never own them.
    **{f"admin.{name}": {"user_id": 1} for name in
       ("member", "change_role", "suspend", "reinstate", "erase")},
    # Acknowledging is scoped to the signed-in member's own warnings (a no-op for others').
    "moderation.acknowledge": {"warning_id": 1},
    **{f"moderation.{name}": {"kind": "case", "post_id": 1} for name in ("post", "act", "redact",
                                                                      "redact_images")},
    **{f"moderation.{name}": {"user_id": 1} for name in
       ("member", "add_note", "suspend", "reinstate", "warn")},
    # Moderators act on any case or reply; the role walk covers these.
    "cases.thread": {"case_id": 1, "reply_id": 1},
    **{f"verification_admin.{name}": {"application_id": 1} for name in
       ("detail", "approve", "reject", "request_changes", "recheck", "reinstate",
        "recheck_member")},
}


# RFC 8058: mail clients POST the one-click unsubscribe with no CSRF token; the signed token in
# the URL is what authorises it (tests/notifications/test_mail.py checks a forged one fails).
CSRF_EXEMPT = {"notifications.unsubscribe"}


def rules(app, method: str):
    return [rule for rule in app.url_map.iter_rules() if method in rule.methods]


def member_for(app, endpoint: str, role: Role | None = None):
    """A member allowed to use `endpoint` (None for public ones), staff enrolled in 2FA."""
    access = access_of(app.view_functions[endpoint])
    if role is None:
        if access == PUBLIC:
            return None
        role = max(access, Role.APPLICANT)
    user = make_user(role)
    if role >= Role.MODERATOR:
        enrol_two_factor(user)
    return user


def signed_in(app, user) -> Browser:
    browser = Browser(app.test_client())
    if user is not None:
        browser.login_as(user)
    return browser


def url_values(endpoint: str, owner) -> dict:
    if endpoint in OWNED_OBJECTS:
        return OWNED_OBJECTS[endpoint](owner or make_user(Role.PHYSICIAN))
    return dict(OTHER_ARGUMENTS.get(endpoint, {}))
