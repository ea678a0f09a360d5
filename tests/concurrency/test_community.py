"""Community features under races (issue 14 with issue 11's rule): two tabs voting at once
leave one vote, a vote racing the author's close counts before it or is refused after it, and
two tabs resolving one case resolve it once."""

import pytest
from sqlalchemy import func, select

from clinnet.cases.models import Case, PollVote
from clinnet.core.authz import Role
from clinnet.extensions import db
from tests.cases.factories import make_case
from tests.concurrency.race import TRIALS, assert_chain_intact, browser, deadlocks, race
from tests.helpers import make_user


def _poll_case():
    return make_case(make_user(Role.PHYSICIAN), poll_question="Next step?",
                     poll_options="Echo\nCT\nWait")


@pytest.mark.postgres_only
def test_two_tabs_voting_at_once_leave_one_vote(app):
    before = deadlocks()
    for _ in range(TRIALS):
        case, voter = _poll_case(), make_user(Role.PHYSICIAN)
        outcomes = race(app, [(browser(app, voter), "POST", f"/cases/{case.id}/poll/vote",
                               {"option": str(option)}) for option in (0, 2)])
        assert [o.status for o in outcomes] == [302, 302]
        votes = db.session.scalars(select(PollVote.option).where(
            PollVote.case_id == case.id)).all()
        assert votes in ([0], [2])
    assert deadlocks() == before
    assert_chain_intact()


@pytest.mark.postgres_only
def test_a_vote_racing_the_close_is_counted_before_it_or_refused(app):
    before = deadlocks()
    for _ in range(TRIALS):
        case, voter = _poll_case(), make_user(Role.PHYSICIAN)
        author = db.session.get(Case, case.id).author
        vote, close = race(app, [
            (browser(app, voter), "POST", f"/cases/{case.id}/poll/vote", {"option": "1"}),
            (browser(app, author), "POST", f"/cases/{case.id}/poll/close", {})])
        assert vote.status == close.status == 302
        assert "The poll is closed" in close.text
        db.session.expire_all()
        stored = db.session.scalar(select(func.count()).select_from(PollVote)
                                   .where(PollVote.case_id == case.id))
        closed_at = db.session.get(Case, case.id).poll_closed_at
        assert closed_at is not None
        if "Your vote is counted" in vote.text:
            assert stored == 1
            assert db.session.scalar(select(PollVote.voted_at)
                                     .where(PollVote.case_id == case.id)) <= closed_at
        else:
            assert "This poll is closed" in vote.text
            assert stored == 0
    assert deadlocks() == before
    assert_chain_intact()


@pytest.mark.postgres_only
def test_two_tabs_resolving_at_once_resolve_once_and_tell_followers_once(app):
    from clinnet.cases import services
    from clinnet.notifications.models import Notification

    before = deadlocks()
    for _ in range(TRIALS):
        author, follower = make_user(Role.PHYSICIAN), make_user(Role.PHYSICIAN)
        case = make_case(author)
        services.set_follow(case, follower, True)
        outcomes = race(app, [(browser(app, author), "POST", f"/cases/{case.id}/resolve",
                               {"final_diagnosis": diagnosis, "version": str(case.version)})
                              for diagnosis in ("Myocarditis", "Pericarditis")])
        assert [o.status for o in outcomes] == [302, 302]
        db.session.expire_all()
        resolved = db.session.get(Case, case.id)
        assert resolved.resolved_at is not None
        assert resolved.final_diagnosis in ("Myocarditis", "Pericarditis")
        told = db.session.scalar(select(func.count()).select_from(Notification).where(
            Notification.user_id == follower.id, Notification.kind == "case.resolved"))
        assert told == 1
    assert deadlocks() == before
    assert_chain_intact()


@pytest.mark.postgres_only
def test_two_tabs_bookmarking_and_reading_at_once_leave_one_row_each(app):
    from clinnet.cases import services
    from clinnet.cases.models import Bookmark, CaseRead

    before = deadlocks()
    for _ in range(TRIALS):
        author, reader = make_user(Role.PHYSICIAN), make_user(Role.PHYSICIAN)
        case = make_case(author)
        services.post_reply(case, author, "Something new to read.")
        outcomes = race(app, [
            (browser(app, reader), "POST", f"/cases/{case.id}/bookmark", {"bookmark": "1"}),
            (browser(app, reader), "POST", f"/cases/{case.id}/bookmark", {"bookmark": "1"}),
            (browser(app, reader), "GET", f"/cases/{case.id}", None),
            (browser(app, reader), "GET", f"/cases/{case.id}", None)])
        assert [o.status for o in outcomes] == [302, 302, 200, 200]
        for model in (Bookmark, CaseRead):
            assert db.session.scalar(select(func.count()).select_from(model).where(
                model.case_id == case.id)) == 1
    assert deadlocks() == before
