"""Pseudonymity that holds (issue 14): a pseudonym per case, so one unmasked post does not link
a member's other pseudonymous posts, and in their own pseudonymous case authors reply under it
unless they choose to show their name."""

from __future__ import annotations

import re

from sqlalchemy import func, select

from clinnet.cases import services
from clinnet.cases.models import Reply
from clinnet.core.authz import Role
from clinnet.extensions import db
from tests.cases.factories import make_case
from tests.helpers import make_user, page_text

OWN_CASE = "a reply under your name would show colleagues that the case is yours"


def test_each_case_shows_its_own_alias_and_one_case_reads_as_one_person(client):
    author = make_user(Role.PHYSICIAN)
    first = make_case(author, anonymous=True, title="Syncope in a runner")
    second = make_case(author, anonymous=True, title="Rash after a hike")
    services.post_reply(first, author, "Update: the echo was normal.", anonymous=True)
    alias_one, alias_two = author.case_pseudonym(first.id), author.case_pseudonym(second.id)
    assert alias_one != alias_two
    assert alias_one.startswith("Colleague ")
    client.login_as(make_user(Role.PHYSICIAN))
    page = page_text(client.get(f"/cases/{first.id}"))
    assert page.count(alias_one) >= 2  # the case and its author's reply
    assert alias_two not in page
    assert author.pseudonym not in page
    assert author.display_name not in page
    feed = page_text(client.get("/"))
    assert alias_one in feed
    assert alias_two in feed
    assert author.pseudonym not in feed


def test_in_their_own_pseudonymous_case_authors_reply_under_it_by_default(client):
    author = make_user(Role.PHYSICIAN)
    case = make_case(author, anonymous=True)
    client.login_as(author)
    form = client.get(f"/cases/{case.id}").get_data(as_text=True)
    assert re.search(r'<input checked id="anonymous"[^>]*name="anonymous"', form)
    assert "Show my name anyway" in form
    refused = client.post(f"/cases/{case.id}/replies", {"body": "Thanks, all."})
    assert refused.status_code == 422
    assert OWN_CASE in page_text(refused)
    assert db.session.scalar(select(func.count()).select_from(Reply)) == 0
    shown = client.post(f"/cases/{case.id}/replies", {"body": "Thanks, all.", "reveal": "y"})
    assert shown.status_code == 302
    assert db.session.scalars(select(Reply.anonymous)).all() == [False]


def test_colleagues_reply_as_they_choose_in_someone_elses_pseudonymous_case(client):
    case = make_case(make_user(Role.PHYSICIAN), anonymous=True)
    colleague = make_user(Role.PHYSICIAN)
    client.login_as(colleague)
    form = client.get(f"/cases/{case.id}").get_data(as_text=True)
    assert "Show my name anyway" not in form
    assert not re.search(r'<input checked id="anonymous"', form)
    assert client.post(f"/cases/{case.id}/replies", {"body": "Check the QT."}).status_code == 302
    assert colleague.display_name in page_text(client.get(f"/cases/{case.id}"))
