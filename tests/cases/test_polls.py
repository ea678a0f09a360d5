"""Polls on cases (issue 14): options pass the gate, one vote per member, results after voting
or after the close, votes changeable until then, nobody sees who voted for what."""

from __future__ import annotations

import re
from datetime import timedelta

from sqlalchemy import func, select

from clinnet.cases import polls
from clinnet.cases.models import Case, PollVote, State
from clinnet.core.authz import Role
from clinnet.extensions import db
from clinnet.moderation import services as moderation
from tests.cases.factories import make_case
from tests.helpers import make_user, page_text

OPTIONS = "Angiography today\nStress echo first\nCT coronary angiogram"
POLL = {"poll_question": "What would you do next?", "poll_options": OPTIONS}


def _form(**extra) -> dict:
    return {"title": "Chest pain", "body": "A woman in her fifties, day 0.",
            "specialty": "cardiology", **POLL, "poll_days": "7", **extra}


def _votes() -> int:
    return db.session.scalar(select(func.count()).select_from(PollVote))


def test_an_author_adds_a_poll_and_colleagues_vote_then_see_the_results(client):
    author = make_user(Role.PHYSICIAN)
    client.login_as(author)
    created = client.post("/cases/new", _form())
    case_id = int(re.fullmatch(r"/cases/(\d+)", created.headers["Location"]).group(1))
    assert "Poll: What would you do next?" in page_text(client.get(f"/cases/{case_id}"))
    client.post(f"/cases/{case_id}/publish", {"attest": "y", "version": "1"})
    assert db.session.get(Case, case_id).status == State.PUBLISHED
    voter = make_user(Role.PHYSICIAN)
    client.login_as(voter)
    before = page_text(client.get(f"/cases/{case_id}"))
    assert "results show once you voted" in before
    assert "0 votes" not in before  # no results before voting
    client.post(f"/cases/{case_id}/poll/vote", {"option": "1"})
    after = page_text(client.get(f"/cases/{case_id}"))
    assert "Stress echo first your vote" in after
    assert "100 % · 1 vote" in after
    client.post(f"/cases/{case_id}/poll/vote", {"option": "0"})  # changed, not added
    assert _votes() == 1
    assert db.session.scalar(select(PollVote.option)) == 0


def test_identifiers_in_the_poll_block_publication_like_any_text(client):
    author = make_user(Role.PHYSICIAN)
    client.login_as(author)
    created = client.post("/cases/new", _form(
        poll_options="Call her cardiologist at 617-555-0142\nStress echo first"))
    case_id = int(re.fullmatch(r"/cases/(\d+)", created.headers["Location"]).group(1))
    page = page_text(client.get(f"/cases/{case_id}"))
    assert "In the poll's options" in page
    assert client.post(f"/cases/{case_id}/publish", {"attest": "y"}).status_code == 422
    assert db.session.get(Case, case_id).status == State.DRAFT


def test_a_poll_needs_two_to_six_distinct_options_and_a_question(client):
    client.login_as(make_user(Role.PHYSICIAN))
    for bad, message in [({"poll_options": "Only one"}, "2 to 6 options"),
                         ({"poll_options": "\n".join(f"Option {i}" for i in range(7))},
                          "2 to 6 options"),
                         ({"poll_options": "Echo\necho"}, "Each option once"),
                         ({"poll_question": ""}, "Ask the poll's question")]:
        refused = client.post("/cases/new", _form(**bad))
        assert refused.status_code == 422
        assert message in page_text(refused)
    assert db.session.scalar(select(func.count()).select_from(Case)) == 0


def test_once_anyone_voted_the_options_stay_and_the_author_can_close(client):
    author = make_user(Role.PHYSICIAN)
    case = make_case(author, poll_question="Next step?", poll_options="Echo\nCT")
    polls.vote(case, make_user(Role.PHYSICIAN), 1)
    client.login_as(author)
    refused = client.post(f"/cases/{case.id}/edit", {
        "title": case.title, "body": case.body, "specialty": "cardiology",
        "poll_question": "Next step?", "poll_options": "CT\nEcho", "version": case.version})
    assert refused.status_code == 422
    assert "can no longer change" in page_text(refused)
    client.post(f"/cases/{case.id}/poll/close")
    closed = page_text(client.get(f"/cases/{case.id}"))
    assert "closed: the results are final" in closed
    latecomer = make_user(Role.PHYSICIAN)
    client.login_as(latecomer)
    page = page_text(client.get(f"/cases/{case.id}"))
    assert "CT 100 % · 1 vote" in page  # after the close everyone sees the results
    client.post(f"/cases/{case.id}/poll/vote", {"option": "0"})
    assert _votes() == 1  # no vote after the close


def test_the_poll_closes_by_itself_and_only_the_author_closes_it_early(client):
    author = make_user(Role.PHYSICIAN)
    case = make_case(author, poll_question="Next step?", poll_options="Echo\nCT", poll_days=1)
    assert polls.is_open(case)
    assert not polls.is_open(case, case.published_at + timedelta(days=1, seconds=1))
    client.login_as(make_user(Role.PHYSICIAN))
    client.post(f"/cases/{case.id}/poll/close")
    db.session.refresh(case)
    assert case.poll_closed_at is None


def test_a_moderator_redacts_words_in_the_poll_and_a_hidden_case_hides_it(client):
    author = make_user(Role.PHYSICIAN)
    # typed in lower case, the hospital's name slips past the detector; a moderator sees it
    case = make_case(author, poll_question="Next step?", poll_options="echo at mercy\nCT")
    moderator = make_user(Role.MODERATOR)
    moderation.redact(moderator, "case", case, [moderation.Words("mercy", "LOCATION")],
                      "the hospital's name")
    db.session.refresh(case)
    assert "mercy" not in case.poll_options
    member = make_user(Role.PHYSICIAN)
    moderation.act_on_post(moderator, "case", case, "hide", "Identifying")
    client.login_as(member)
    assert "Next step?" not in page_text(client.get(f"/cases/{case.id}"))
