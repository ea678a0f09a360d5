"""Case updates and outcome (issue 14): the author's updates go through the reply life cycle,
a resolution's final diagnosis through the gate; followers are told; the feed filters."""

from __future__ import annotations

from sqlalchemy import select

from clinnet.cases import services
from clinnet.cases.models import Case, Reply, State
from clinnet.core.authz import Role
from clinnet.extensions import db
from clinnet.notifications.models import Notification
from tests.cases.factories import make_case
from tests.helpers import make_user, page_text


def _messages(user) -> list[str]:
    return db.session.scalars(select(Notification.message)
                              .where(Notification.user_id == user.id)).all()


def test_the_author_posts_updates_that_followers_hear_of(client):
    author, follower = make_user(Role.PHYSICIAN), make_user(Role.PHYSICIAN)
    case = make_case(author, anonymous=True)
    services.set_follow(case, follower, True)
    client.login_as(author)
    posted = client.post(f"/cases/{case.id}/replies",
                         {"body": "Day 5: troponin peaked, angiography showed a clot.",
                          "update": "y"})
    assert posted.status_code == 302
    update = db.session.scalar(select(Reply).where(Reply.case_id == case.id))
    assert (update.is_update, update.parent_id, update.anonymous) == (True, None, True)
    assert update.status == State.PUBLISHED
    assert f"Update on case #{case.id}, which you follow" in _messages(follower)
    client.login_as(follower)
    page = page_text(client.get(f"/cases/{case.id}"))
    assert f"{author.case_pseudonym(case.id)} Update from the author" in page
    refused = client.post(f"/cases/{case.id}/replies", {"body": "Me too.", "update": "y"})
    assert "Only the case's author posts updates" in page_text(refused)


def test_an_update_with_an_identifier_waits_as_a_draft_like_any_reply(client):
    author = make_user(Role.PHYSICIAN)
    case = make_case(author)
    client.login_as(author)
    client.post(f"/cases/{case.id}/replies", {"body": "Her MRN is 4471982.", "update": "y"})
    update = db.session.scalar(select(Reply).where(Reply.case_id == case.id))
    assert update.status == State.DRAFT
    client.login_as(make_user(Role.PHYSICIAN))
    assert "4471982" not in page_text(client.get(f"/cases/{case.id}"))


def test_resolving_gates_the_diagnosis_and_the_feed_filters_resolved_cases(client):
    author, follower = make_user(Role.PHYSICIAN), make_user(Role.PHYSICIAN)
    case = make_case(author, title="Chest pain after a marathon")
    other = make_case(author, title="A rash that would not go")
    services.set_follow(case, follower, True)
    client.login_as(author)
    refused = client.post(f"/cases/{case.id}/resolve",
                          {"final_diagnosis": "Takotsubo, seen at 12 Elm Street, Springfield",
                           "version": case.version}, follow_redirects=True)
    assert "possible identifier" in page_text(refused)
    db.session.refresh(case)
    assert case.resolved_at is None
    client.post(f"/cases/{case.id}/resolve",
                {"final_diagnosis": "Takotsubo cardiomyopathy", "version": case.version})
    db.session.refresh(case)
    assert case.resolved_at is not None
    assert f"Case #{case.id}, which you follow, is resolved" in _messages(follower)
    client.login_as(follower)
    page = page_text(client.get(f"/cases/{case.id}"))
    assert "Resolved. Final diagnosis: Takotsubo cardiomyopathy" in page
    resolved = page_text(client.get("/?outcome=resolved"))
    assert "Chest pain after a marathon resolved" in resolved
    assert "A rash that would not go" not in resolved
    still_open = page_text(client.get("/?outcome=open"))
    assert "A rash that would not go" in still_open
    assert "Chest pain after a marathon" not in still_open
    client.post(f"/cases/{case.id}/resolve", {"final_diagnosis": "Other", "version": 9})
    db.session.refresh(case)
    assert case.final_diagnosis == "Takotsubo cardiomyopathy"  # not the author: nothing
    client.login_as(author)
    client.post(f"/cases/{case.id}/reopen")
    assert db.session.get(Case, case.id).resolved_at is None
    assert other.resolved_at is None
