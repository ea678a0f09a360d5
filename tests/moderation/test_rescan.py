"""`clinnet deid rescan`: old posts published before a detector rule existed get a system PHI
flag (and are hidden) when the current detector finds something in them; it is resumable."""

from sqlalchemy import select

from clinnet.cases.models import Reply, State
from clinnet.core.authz import Role
from clinnet.core.db import utcnow
from clinnet.core.rendering import render_markdown
from clinnet.extensions import db
from clinnet.moderation import services
from clinnet.moderation.models import Flag, FlagStatus
from tests.helpers import make_user, page_text
from tests.moderation.helpers import published_case, reply_to

OLD_TEXT = "Follow-up arranged; MRN 12345678 for the clinic letter."


def _old_reply(case, author) -> Reply:
    """A reply posted when the detector had no MRN rule: it went straight through."""
    now = utcnow()
    reply = Reply(case_id=case.id, author_id=author.id, body=OLD_TEXT,
                  body_html=render_markdown(OLD_TEXT), status=State.PUBLISHED, created_at=now,
                  updated_at=now, published_at=now)
    db.session.add(reply)
    db.session.flush()
    reply.path = f"{reply.id:010d}/"
    db.session.commit()
    return reply


def test_rescan_flags_and_hides_an_old_post_the_detector_now_catches(app, client):
    author, colleague = make_user(Role.PHYSICIAN), make_user(Role.PHYSICIAN)
    case = published_case(author)
    clean = reply_to(case, colleague, "A stress echo would settle it.")
    old = _old_reply(case, colleague)

    result = app.test_cli_runner().invoke(args=["deid", "rescan", "--batch-size", "1"])
    assert result.exit_code == 0, result.output
    assert "Scanned 3 posts; 1 flagged" in result.output

    flag = db.session.scalars(select(Flag)).one()
    assert (flag.kind, flag.post_id, flag.flagger_id, flag.reason) == ("reply", old.id, None,
                                                                       "phi")
    assert "MRN" in flag.note
    assert "12345678" not in flag.note + flag.finding_keys  # the flag keeps no copy
    assert db.session.get(Reply, old.id).status == State.HIDDEN
    assert db.session.get(Reply, clean.id).status == State.PUBLISHED
    client.login_as(make_user(Role.MODERATOR))
    assert "automatic re-scan" in page_text(client.get("/moderation/"))

    # Running again flags nothing new (the open flag is enough) ...
    again = app.test_cli_runner().invoke(args=["deid", "rescan"])
    assert "0 flagged" in again.output
    # ... and once a moderator dismissed it as a false alarm, it is not filed again.
    services.act_on_post(make_user(Role.MODERATOR), "reply", db.session.get(Reply, old.id),
                         "dismiss", "A clinic reference, not an identifier.")
    assert db.session.get(Reply, old.id).status == State.PUBLISHED
    app.test_cli_runner().invoke(args=["deid", "rescan"])
    assert db.session.scalar(select(Flag.status)) == FlagStatus.DISMISSED
    assert len(db.session.scalars(select(Flag)).all()) == 1


def test_rescan_resumes_from_its_checkpoint(app):
    author = make_user(Role.PHYSICIAN)
    case = published_case(author)
    olds = [_old_reply(case, author) for _ in range(3)]
    checkpoint = services.rescan_checkpoint()
    assert services.rescan_batch(checkpoint, 1) == (1, 0)  # the case itself: clean
    assert services.rescan_batch(checkpoint, 1) == (1, 1)  # first old reply
    # Interrupted here; a new run continues after the last post it finished.
    checkpoint = services.rescan_checkpoint()
    assert checkpoint.last_reply_id == olds[0].id
    assert services.rescan_remaining(checkpoint) == 2
    result = app.test_cli_runner().invoke(args=["deid", "rescan"])
    assert "Scanned 2 posts; 3 flagged" in result.output  # the count covers the whole run
    assert all(db.session.get(Reply, r.id).status == State.HIDDEN for r in olds)
    restarted = app.test_cli_runner().invoke(args=["deid", "rescan", "--restart"])
    assert "Scanned 1 post; 0 flagged" in restarted.output  # only the case is still visible
