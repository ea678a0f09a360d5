"""Replies rendered once: the cache never shows an old fragment, and stays bounded."""

import re
import threading

import pytest

from clinnet.accounts.models import User
from clinnet.cases import fragments, services
from clinnet.core.authz import Role
from clinnet.extensions import db
from clinnet.moderation import services as moderation
from tests.cases.factories import make_case
from tests.helpers import make_user, page_text


@pytest.fixture
def thread(app, client):
    author, reader = make_user(Role.PHYSICIAN), make_user(Role.PHYSICIAN)
    case = make_case(author)
    reply = services.post_reply(case, author, "Consider a stress echo before angiography.")
    client.login_as(reader)
    assert "stress echo" in page_text(client.get(f"/cases/{case.id}"))  # now cached
    return case, reply, author, reader


def reply_text(client, case, reply) -> str:
    """The visible text of one reply (its list item) on the case page."""
    html = client.get(f"/cases/{case.id}").get_data(as_text=True)
    item = html[html.index(f'<li class="reply" id="r{reply.id}"'):].split("</details>")[0]
    return " ".join(re.sub(r"<[^>]+>", " ", item).split())


def test_a_second_view_renders_nothing(client, thread, monkeypatch):
    case, *_ = thread
    rendered = []
    real = fragments.get_template_attribute
    monkeypatch.setattr(fragments, "get_template_attribute",
                        lambda *a: rendered.append(a) or real(*a))
    client.get(f"/cases/{case.id}")
    assert rendered == []
    fragments.forget_case(case.id)
    client.get(f"/cases/{case.id}")
    assert rendered  # forgotten fragments are rendered again


def test_an_edited_reply_never_shows_its_old_text(client, thread):
    case, reply, author, _ = thread
    services.edit_reply(reply, author, "Go straight to angiography.")
    page = page_text(client.get(f"/cases/{case.id}"))
    assert "straight to angiography" in page
    assert "stress echo" not in page


@pytest.mark.parametrize("action", ["hide", "remove"])
def test_a_hidden_or_removed_reply_never_shows_its_old_text(client, thread, action):
    case, reply, *_ = thread
    moderation.act_on_post(make_user(Role.MODERATOR), "reply", reply, action, "Off topic")
    page = page_text(client.get(f"/cases/{case.id}"))
    assert "stress echo" not in page
    assert ("[hidden]" if action == "hide" else "[removed by a moderator]") in page


def test_a_redacted_reply_never_shows_the_redacted_words(client, thread):
    case, reply, *_ = thread
    cached = fragments.cache()

    def this_thread_cached() -> bool:  # (other tests' threads may be cached too)
        return any("stress echo" in entry[3] for entry in cached._entries.values()
                   if entry[0] == case.id)

    assert this_thread_cached()
    moderation.redact(make_user(Role.MODERATOR), "reply", reply,
                      [moderation.Words("stress echo", "OTHER_ID")], "Identifying")
    # The redaction dropped this worker's fragments of the thread at once.
    assert not this_thread_cached()
    page = page_text(client.get(f"/cases/{case.id}"))
    assert "stress echo" not in page
    assert "[OTHER_ID]" in page or "[OTHER" in page


def test_a_deleted_reply_shows_its_placeholder(client, thread):
    case, reply, author, _ = thread
    services.delete_reply(reply, author)
    page = page_text(client.get(f"/cases/{case.id}"))
    assert "stress echo" not in page
    assert "[deleted]" in page


def test_the_authors_new_name_shows_at_once(client, thread):
    case, reply, author, _reader = thread
    member = db.session.get(User, author.id)
    member.first_name, member.last_name = "Renamed", "Person"
    db.session.commit()
    assert "Dr. Renamed Person" in reply_text(client, case, reply)


def test_a_new_vote_count_shows_at_once(client, thread):
    case, reply, *_ = thread
    services.vote_reply(reply, make_user(Role.PHYSICIAN))
    assert "Helpful (1)" in reply_text(client, case, reply)


def test_each_reader_gets_their_own_actions(client, thread):
    case, reply, author, _reader = thread
    client.post(f"/replies/{reply.id}/helpful")
    assert "Helpful: 1 (you)" in page_text(client.get(f"/cases/{case.id}"))
    client.login_as(author)
    own = client.get(f"/cases/{case.id}").get_data(as_text=True)
    assert f"/replies/{reply.id}/edit" in own
    assert "(you)" not in own
    client.login_as(make_user(Role.PHYSICIAN))
    other = client.get(f"/cases/{case.id}").get_data(as_text=True)
    assert "Helpful (1)" in other
    assert f"/replies/{reply.id}/edit" not in other


def _row(reply_id: int, body: str) -> fragments.ReplyRow:
    from clinnet.core.db import utcnow

    return fragments.ReplyRow(reply_id, 1, 1, "Dr. A", "published", 0, body, utcnow(), False)


def test_the_cache_is_bounded_and_forgets_on_request():
    cache = fragments.FragmentCache(max_chars=5_000)
    variant = fragments.Variant(False, False, False, True)
    cache.store(((i, variant), (i % 3, ("published", "x" * 100), "h" * 100, "t" * 100))
                for i in range(100))
    assert cache.chars <= 5_000
    assert 0 < len(cache) < 100
    newest = 99
    assert cache.lookup([(newest, variant)], [("published", "x" * 100)]) == [("h" * 100,
                                                                               "t" * 100)]
    assert cache.lookup([(newest, variant)], [("hidden", "x" * 100)]) == [None]
    assert cache.forget(reply_ids=[newest]) == 1
    remaining = len(cache)
    assert cache.forget(case_ids=[0, 1, 2]) == remaining
    assert len(cache) == 0
    assert cache.chars == 0


def test_the_cache_holds_under_many_threads():
    cache = fragments.FragmentCache(max_chars=50_000)
    variant = fragments.Variant(False, False, False, True)
    barrier = threading.Barrier(8)
    errors = []

    def hammer(seed):
        try:
            barrier.wait(timeout=10)
            for i in range(2_000):
                key = ((seed * 7 + i) % 300, variant)
                signature = ("published", str(i % 5))
                if cache.lookup([key], [signature])[0] is None:
                    cache.store([(key, (1, signature, "h" * (i % 50), "t" * 40))])
                if i % 500 == 0:
                    cache.forget(reply_ids=[i % 300])
        except Exception as exc:
            errors.append(exc)

    threads = [threading.Thread(target=hammer, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert cache.chars <= 50_000
    assert cache.chars == sum(fragments._cost(e) for e in cache._entries.values())
