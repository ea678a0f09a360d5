"""The welcome after approval (issue 14, onboarding): a newly verified physician chooses
specialties to follow and a mail frequency once, before the feed."""

from __future__ import annotations

from clinnet.accounts.models import User
from clinnet.cases import services as cases
from clinnet.core.authz import Role
from clinnet.extensions import db
from clinnet.notifications import emails
from clinnet.verification import services as verification
from tests.helpers import make_user, page_text
from tests.verification.fixtures import registry_rows

ADA = verification.ApplicationData("9990000009", "NY", "200101", "Ada", "Okafor", "cardiology")


def _approved(users, registry) -> User:
    registry.write_text(registry_rows(), encoding="utf-8")
    member = make_user(Role.APPLICANT, email="ok@example.org")
    verification.submit(member, ADA)
    verification.approve(verification.application_of(member), users[Role.ADMIN], "checked")
    return db.session.get(User, member.id)


def test_a_new_physician_is_welcomed_once_and_their_choices_are_kept(client, users, registry):
    member = _approved(users, registry)
    client.login_as(member)
    landing = client.get("/")
    assert landing.status_code == 302
    assert landing.headers["Location"] == "/welcome"
    page = client.get("/welcome")
    text = page_text(page)
    assert "Welcome, Dr Okafor" in text
    assert 'value="cardiology" checked' in page.get_data(as_text=True)  # what they applied with
    saved = client.post("/welcome", {"specialties": ["cardiology", "nephrology"],
                                     "frequency": "daily"})
    assert saved.headers["Location"] == "/"
    assert cases.subscriptions(member) == {"cardiology", "nephrology"}
    assert emails.frequency_of(member.id) == "daily"
    assert client.get("/").status_code == 200  # once only
    assert client.get("/welcome").headers["Location"] == "/"


def test_skipping_changes_nothing_but_ends_the_welcome(client, users, registry):
    member = _approved(users, registry)
    client.login_as(member)
    before = emails.frequency_of(member.id)
    assert client.post("/welcome", {"skip": "y"}).headers["Location"] == "/"
    assert cases.subscriptions(member) == set()
    assert emails.frequency_of(member.id) == before
    assert client.get("/").status_code == 200


def test_a_wrong_answer_is_explained_and_saves_nothing(client, users, registry):
    member = _approved(users, registry)
    client.login_as(member)
    refused = client.post("/welcome", {"specialties": ["astrology"], "frequency": "hourly"})
    assert refused.status_code == 422
    assert cases.subscriptions(member) == set()
    assert db.session.get(User, member.id).welcome_due
    assert client.post("/welcome", {"skip": "y"}, csrf=False).status_code in (200, 400)
    assert db.session.get(User, member.id).welcome_due  # a forged skip does not count


def test_members_who_were_not_just_approved_go_straight_to_the_feed(client):
    client.login_as(make_user(Role.PHYSICIAN))
    assert client.get("/").status_code == 200
    assert client.get("/welcome").headers["Location"] == "/"
