"""Two members (or a member and a moderator) acting on one post at the same moment.

Each race runs TRIALS times with real threads on PostgreSQL. What must hold every time: no 500,
exactly the outcome one of them could have had alone, the loser told why, the text members can
read is text the gate scanned, no deadlock, and the audit chain intact.
"""

from __future__ import annotations

import re

import pytest
from sqlalchemy import func, select, text

from clinnet.cases import gate, posts, search, services
from clinnet.cases.models import Case, CaseFollow, CaseVote, Reply, State
from clinnet.core.authz import Role
from clinnet.extensions import db
from clinnet.moderation import services as moderation
from clinnet.moderation.models import Flag, ModerationAction
from tests.cases.factories import make_case
from tests.concurrency.race import TRIALS, assert_chain_intact, browser, deadlocks, race
from tests.helpers import make_user

pytestmark = pytest.mark.postgres_only

PHI = "Call her daughter on 617-555-0142 before rounds."
CASE_FORM = {"title": "Exertional chest pain with normal troponin", "specialty": "cardiology",
             "question": "Would you go straight to angiography?"}


def _published_text_was_scanned(post) -> None:
    db.session.refresh(post)
    if post.status == State.PUBLISHED:
        assert not posts.findings(post), post.text_fields()


def _refused(outcome) -> bool:
    return outcome.status in (302, 303, 422) and bool(re.search(
        r"changed since|Only a draft|already posted|no longer|not waiting|identifier",
        outcome.text))


def test_publish_racing_an_edit_never_publishes_unscanned_text(app):
    before = deadlocks()
    for _ in range(TRIALS):
        author = make_user(Role.PHYSICIAN)
        case = make_case(author, publish=False)
        version = case.version
        a, b = browser(app, author), browser(app, author)
        publish, edit = race(app, [
            (a, "POST", f"/cases/{case.id}/publish", {"attest": "y", "version": version}),
            (b, "POST", f"/cases/{case.id}/edit", {**CASE_FORM, "body": PHI,
                                                   "version": version}),
        ])
        assert publish.status < 500
        assert edit.status < 500
        db.session.refresh(case)
        if case.status == State.PUBLISHED:  # publish won; the edit met the gate or a stale form
            assert PHI not in case.body
            assert edit.status == 422 or "changed since" in edit.text
        else:  # the edit won; the publish form showed an older text
            assert case.status == State.DRAFT
            assert case.body == PHI
            assert "changed since" in publish.text
        _published_text_was_scanned(case)
    assert deadlocks() == before
    assert_chain_intact()


def test_publishing_a_reply_racing_its_edit_never_publishes_unscanned_text(app):
    before = deadlocks()
    case = make_case(make_user(Role.PHYSICIAN))
    for _ in range(TRIALS):
        author = make_user(Role.PHYSICIAN)
        reply = posts_reply_draft(case, author)
        version = reply.version
        a, b = browser(app, author), browser(app, author)
        publish, edit = race(app, [
            (a, "POST", f"/replies/{reply.id}/publish", {"version": version}),
            (b, "POST", f"/replies/{reply.id}/edit", {"body": PHI, "version": version}),
        ])
        assert publish.status < 500
        assert edit.status < 500
        db.session.refresh(reply)
        if reply.status == State.PUBLISHED:
            assert PHI not in reply.body
        else:
            assert reply.status == State.DRAFT
            assert reply.body == PHI
            assert "changed since" in publish.text
        _published_text_was_scanned(reply)
    assert deadlocks() == before
    assert_chain_intact()


def posts_reply_draft(case, author) -> Reply:
    """A draft reply whose finding the author has just fixed: ready to publish."""
    reply = services.post_reply(case, author, "Check her INR on 03/14/2024.")
    assert reply.status == State.DRAFT
    posts.apply_suggestion(reply, author, reply.version)
    db.session.refresh(reply)
    assert not gate.open_findings(posts.findings(reply))
    return reply


def _state(page: str) -> str:
    return re.search(r'name="state" type="hidden" value="([^"]*)"', page).group(1)


def test_a_moderator_never_approves_text_they_did_not_see(app):
    before = deadlocks()
    moderator = make_user(Role.MODERATOR)
    m = browser(app, moderator)
    for _ in range(TRIALS):
        author = make_user(Role.PHYSICIAN)
        case = make_case(author, publish=False, body="Seen by Dr. Google before coming in.")
        for item in posts.findings(case):
            posts.dismiss_finding(case, author, case.version, item.field,
                                  item.finding.category, item.finding.text, "A search engine.")
        assert posts.publish(case, author, case.version) == State.IN_REVIEW
        seen = case.body
        state = _state(m.get(f"/moderation/posts/case/{case.id}").get_data(as_text=True))
        a = browser(app, author)
        approve, edit = race(app, [
            (m, "POST", f"/moderation/posts/case/{case.id}/act",
             {"action": "approve", "reason": "Fine.", "state": state}),
            (a, "POST", f"/cases/{case.id}/edit", {**CASE_FORM, "body": PHI,
                                                   "version": case.version}),
        ])
        assert approve.status < 500
        assert edit.status < 500
        db.session.refresh(case)
        if case.status == State.PUBLISHED:
            assert case.body == seen  # exactly what the moderator read
        else:
            assert case.status == State.DRAFT
            assert case.body == PHI
            assert "Already handled" in approve.text
    assert deadlocks() == before
    assert_chain_intact()


def test_two_redactions_in_one_thread_both_hold(app):
    before = deadlocks()
    for _ in range(TRIALS):
        author = make_user(Role.PHYSICIAN)
        # Redaction takes any words a moderator points at; these two pass the gate.
        case = make_case(author, body="Seen at the quilting bee on day 0.")
        reply = services.post_reply(case, make_user(Role.PHYSICIAN),
                                    "She came by tractor, she said.")
        assert reply.status == State.PUBLISHED
        m1, m2 = (browser(app, make_user(Role.MODERATOR)) for _ in range(2))
        first, second = race(app, [
            (m1, "POST", f"/moderation/posts/case/{case.id}/redact",
             {"words": "quilting bee", "category": "OTHER_ID", "reason": "Too telling."}),
            (m2, "POST", f"/moderation/posts/reply/{reply.id}/redact",
             {"words": "tractor", "category": "OTHER_ID", "reason": "Too telling."}),
        ])
        assert first.status == second.status == 302, (first.text, second.text)
        db.session.expire_all()
        for word in ("quilting", "tractor"):
            for table, column in (("cases", "body"), ("cases", "body_html"),
                                  ("replies", "body"), ("replies", "body_html"),
                                  (search.INDEX_TABLE, "body")):
                found = db.session.scalar(text(
                    f"SELECT count(*) FROM {table} WHERE {column} LIKE :w"),  # noqa: S608
                    {"w": f"%{word}%"})
                assert found == 0, (word, table, column)
    assert deadlocks() == before
    assert_chain_intact()


@pytest.mark.config(RATELIMITS_ENABLED=False)  # 5 replies a trial: past "posting" by trial 25
def test_a_phi_flag_racing_replies_on_the_same_case_is_stored_and_hides(app):
    before = deadlocks()
    for _ in range(TRIALS):
        case = make_case(make_user(Role.PHYSICIAN))
        target = services.post_reply(case, make_user(Role.PHYSICIAN), "Her MRN is below.")
        flagger = browser(app, make_user(Role.PHYSICIAN))
        writers = [browser(app, make_user(Role.PHYSICIAN)) for _ in range(5)]
        outcomes = race(app, [(flagger, "POST", f"/replies/{target.id}/flag",
                               {"reason": "phi", "note": "an identifier"})] +
                        [(w, "POST", f"/cases/{case.id}/replies", {"body": f"Agreed {i}."})
                         for i, w in enumerate(writers)])
        assert all(o.status < 500 for o in outcomes), [o.status for o in outcomes]
        db.session.expire_all()
        assert db.session.scalar(select(func.count()).select_from(Flag).where(
            Flag.post_id == target.id, Flag.kind == "reply")) == 1
        assert db.session.get(Reply, target.id).status == State.HIDDEN
        published = db.session.scalar(select(func.count()).select_from(Reply).where(
            Reply.case_id == case.id, Reply.status == State.PUBLISHED))
        assert published == 5
        assert db.session.get(Case, case.id).reply_count == 5
    assert deadlocks() == before
    assert_chain_intact()


@pytest.mark.parametrize("actions", [("hide", "remove"), ("hide", "hide"), ("dismiss", "hide")])
def test_two_moderators_on_one_post_make_one_action(app, actions):
    before = deadlocks()
    for _ in range(TRIALS):
        case = make_case(make_user(Role.PHYSICIAN))
        reply = services.post_reply(case, make_user(Role.PHYSICIAN), "Consider a stress echo.")
        moderation.flag_post(make_user(Role.PHYSICIAN), "reply", reply, "unprofessional")
        moderators = [browser(app, make_user(Role.MODERATOR)) for _ in range(2)]
        state = _state(moderators[0].get(f"/moderation/posts/reply/{reply.id}")
                       .get_data(as_text=True))
        outcomes = race(app, [(m, "POST", f"/moderation/posts/reply/{reply.id}/act",
                               {"action": action, "reason": "test", "state": state})
                              for m, action in zip(moderators, actions, strict=True)])
        assert sorted(o.status for o in outcomes) == [302, 303]
        assert any("Already handled" in o.text for o in outcomes)
        assert db.session.scalar(select(func.count()).select_from(ModerationAction).where(
            ModerationAction.target_id == reply.id, ModerationAction.target_type == "reply",
            ModerationAction.moderator_id.is_not(None))) == 1
    assert deadlocks() == before
    assert_chain_intact()


def test_double_clicks_on_follow_and_helpful_count_once(app):
    before = deadlocks()
    for _ in range(TRIALS):
        case = make_case(make_user(Role.PHYSICIAN))
        member = make_user(Role.PHYSICIAN)
        a, b = browser(app, member), browser(app, member)
        outcomes = race(app, [(a, "POST", f"/cases/{case.id}/follow", {"follow": "1"}),
                              (b, "POST", f"/cases/{case.id}/follow", {"follow": "1"})])
        assert all(o.status == 302 for o in outcomes)
        assert db.session.get(CaseFollow, (member.id, case.id)) is not None
        outcomes = race(app, [(a, "POST", f"/cases/{case.id}/helpful", {}),
                              (b, "POST", f"/cases/{case.id}/helpful", {})])
        assert all(o.status == 302 for o in outcomes)
        db.session.refresh(case)
        assert case.helpful_count == 1
        assert db.session.scalar(select(func.count()).select_from(CaseVote).where(
            CaseVote.case_id == case.id)) == 1
        # Undo twice at once (two tabs): the vote goes once and the count with it.
        outcomes = race(app, [(a, "POST", f"/cases/{case.id}/helpful", {"helpful": "0"}),
                              (b, "POST", f"/cases/{case.id}/helpful", {"helpful": "0"})])
        assert all(o.status == 302 for o in outcomes)
        db.session.refresh(case)
        assert case.helpful_count == 0
        assert db.session.get(CaseVote, (member.id, case.id)) is None
    assert deadlocks() == before
