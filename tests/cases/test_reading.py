"""Bookmarks and "new since your last visit" (issue 14): a member's own reading list, and the
replies that came after their last look, on the feed and in the thread."""

from __future__ import annotations

from clinnet.cases import services
from clinnet.cases.models import CaseRead
from clinnet.core.authz import Role
from clinnet.extensions import db
from clinnet.moderation import services as moderation
from tests.cases.factories import make_case
from tests.helpers import make_user, page_text


def test_bookmarks_are_a_private_list_of_cases_still_visible(client):
    author, reader = make_user(Role.PHYSICIAN), make_user(Role.PHYSICIAN)
    kept = make_case(author, title="Syncope in a runner")
    gone = make_case(author, title="A case that will be hidden")
    client.login_as(reader)
    for case in (kept, gone):
        client.post(f"/cases/{case.id}/bookmark", {"bookmark": "1"})
        client.post(f"/cases/{case.id}/bookmark", {"bookmark": "1"})  # a double click: once
    assert "Remove bookmark" in page_text(client.get(f"/cases/{kept.id}"))
    moderation.act_on_post(make_user(Role.MODERATOR), "case", gone, "hide", "Identifying")
    page = page_text(client.get("/bookmarks"))
    assert "Syncope in a runner" in page
    assert "A case that will be hidden" not in page
    client.login_as(author)
    assert "Syncope in a runner" not in page_text(client.get("/bookmarks"))  # only theirs
    client.login_as(reader)
    client.post(f"/cases/{kept.id}/bookmark", {"bookmark": "0"})
    assert "No bookmarks yet" in page_text(client.get("/bookmarks"))


def test_replies_since_the_last_visit_are_counted_on_the_feed_and_marked_in_the_thread(client):
    author, reader = make_user(Role.PHYSICIAN), make_user(Role.PHYSICIAN)
    case = make_case(author)
    services.post_reply(case, author, "Seen before your visit.")
    client.login_as(reader)
    first = client.get(f"/cases/{case.id}").get_data(as_text=True)
    assert 'id="new"' not in first  # a first visit marks nothing
    assert db.session.get(CaseRead, (reader.id, case.id)) is not None  # the visit is kept
    services.post_reply(case, author, "Troponin came back high.")
    services.post_reply(case, make_user(Role.PHYSICIAN), "Then cath today.")
    services.post_reply(case, reader, "My own reply is never new to me.")
    feed = page_text(client.get("/"))
    assert "2 new" in feed
    thread = client.get(f"/cases/{case.id}")
    assert thread.get_data(as_text=True).count('class="badge new"') == 2
    assert 'id="new"' in thread.get_data(as_text=True)
    assert "Jump to the first reply since your last visit" in page_text(thread)
    # That visit is remembered: nothing is new any more.
    assert "2 new" not in page_text(client.get("/"))
    assert 'class="badge new"' not in client.get(f"/cases/{case.id}").get_data(as_text=True)
