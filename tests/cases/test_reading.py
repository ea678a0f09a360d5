"""Bookmarks and "new since your last visit" (issue 14): a member's own reading list, and the
replies that came after their last look, on the feed and in the thread."""

from __future__ import annotations

import re

import pytest

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


def _href(response, text: str) -> str:
    """The href of the link whose text starts with `text` (as a plain browser would follow)."""
    found = re.search(rf'<a href="([^"]+)"[^>]*>{re.escape(text)}', response.get_data(as_text=True))
    assert found, f"no link {text!r}"
    return found.group(1).replace("&amp;", "&")


def _shown(response) -> list[int]:
    return [int(i) for i in re.findall(r'<li class="reply" id="r(\d+)"',
                                       response.get_data(as_text=True))]


def _marked(response) -> int:
    return response.get_data(as_text=True).count('class="badge new"')


def _long_thread_with_two_new(client):
    """A 62-reply thread (windows of 50) that `reader` read when it had 60: the 2 new replies
    come last, in the second window."""
    from tests.cases.factories import add_thread

    author, reader = make_user(Role.PHYSICIAN), make_user(Role.PHYSICIAN)
    case = make_case(author)
    add_thread(case, [author], 60, fanout=1000)  # one long branch under the first reply
    client.login_as(reader)
    client.get(f"/cases/{case.id}")  # the last visit
    assert db.session.get(CaseRead, (reader.id, case.id)) is not None
    new = [services.post_reply(case, author, "Troponin came back high.").id,
           services.post_reply(case, author, "Then cath today.").id]
    return case, reader, new


@pytest.mark.config(CASES_THREAD_WINDOW=50)
def test_the_feeds_new_link_opens_the_window_holding_the_first_new_reply(client):
    _, _, new = _long_thread_with_two_new(client)
    feed = client.get("/")
    assert "2 new" in page_text(feed)
    link = _href(feed, "2 new")
    assert link.endswith("#new")
    page = client.get(link.split("#")[0])
    assert set(new) <= set(_shown(page))
    assert 'id="new"' in page.get_data(as_text=True)  # the anchor the link points at
    assert _marked(page) == 2
    # Without JavaScript: the earlier window is a plain link, and nothing in it is new.
    earlier = client.get(_href(page, "Show earlier replies").split("#")[0])
    assert earlier.status_code == 200
    assert len(_shown(earlier)) == 50
    assert _marked(earlier) == 0
    assert "2 new" not in page_text(client.get("/"))  # the visit is remembered


@pytest.mark.config(CASES_THREAD_WINDOW=50)
@pytest.mark.parametrize("script", [False, True], ids=["plain-links", "javascript"])
def test_new_marks_hold_on_every_window_of_one_visit(client, script):
    case, _, new = _long_thread_with_two_new(client)
    first = client.get(f"/cases/{case.id}")
    assert _marked(first) == 0
    assert not set(new) & set(_shown(first))
    more = _href(first, "Show more replies").split("#")[0]
    if script:  # what clinnet.js fetches for "show more"
        more += "&fragment=1"
    second = client.get(more)
    assert set(new) <= set(_shown(second))
    assert _marked(second) == 2  # the first window's GET recorded the visit; the marks stay
    # The next visit starts from this one: nothing is new any more.
    again = client.get(f"/cases/{case.id}?after={_shown(first)[-1]}")
    assert _marked(again) == 0
