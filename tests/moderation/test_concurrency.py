"""Two moderators act on the same flag at the same moment: exactly one action is recorded."""

import threading

import pytest
from sqlalchemy import select

from clinnet.accounts.models import User
from clinnet.audit.models import AuditEvent
from clinnet.cases.models import Reply
from clinnet.core.authz import Role
from clinnet.extensions import db
from clinnet.moderation import services
from clinnet.moderation.models import Flag, ModerationAction
from tests.helpers import make_user
from tests.moderation.helpers import published_case, reply_to


@pytest.mark.postgres_only
@pytest.mark.postgres_only
@pytest.mark.parametrize("actions", [("dismiss", "hide"), ("hide", "hide"),
                                     ("redact", "dismiss")])
def test_two_moderators_on_one_flag_make_one_action(app, actions):
    author = make_user(Role.PHYSICIAN)
    case = published_case(author)
    reply = reply_to(case, make_user(Role.PHYSICIAN), "Consider a stress echo first.")
    services.flag_post(make_user(Role.PHYSICIAN), "reply", reply, "unprofessional")
    moderators = [make_user(Role.MODERATOR).id, make_user(Role.MODERATOR).id]
    token = services.state_token("reply", db.session.get(Reply, reply.id))
    audit_before = len(db.session.scalars(select(AuditEvent.id)).all())
    barrier = threading.Barrier(2)
    outcomes: list[str] = []

    def moderate(moderator_id, action):
        with app.app_context():
            try:
                moderator = db.session.get(User, moderator_id)
                post = db.session.get(Reply, reply.id)
                barrier.wait(timeout=10)  # both have read the post; now act together
                if action == "redact":
                    spans = services.spans_for_text(post, "stress", "OTHER_ID")
                    services.redact(moderator, "reply", post, spans, "test", token)
                else:
                    services.act_on_post(moderator, "reply", post, action, "test", token)
                outcomes.append("done")
            except services.AlreadyHandled:
                outcomes.append("already handled")
            finally:
                db.session.remove()

    threads = [threading.Thread(target=moderate, args=(m, a))
               for m, a in zip(moderators, actions, strict=True)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    db.session.expire_all()
    assert sorted(outcomes) == ["already handled", "done"]
    assert len(db.session.scalars(select(ModerationAction)).all()) == 1
    assert db.session.scalar(select(Flag.status)) != "open"
    moderation_events = [e for e in db.session.scalars(select(AuditEvent))
                         if e.action.startswith("moderation.")]
    assert len(moderation_events) == 1
    assert len(db.session.scalars(select(AuditEvent.id)).all()) == audit_before + 1
