"""Long threads a window at a time: order, cursors, deep links, page weight, placeholders and
the plain-link (no JavaScript) path."""

import re

import pytest
from sqlalchemy import select

from clinnet.cases import services
from clinnet.cases.models import Reply
from clinnet.cases.threads import choose_window
from clinnet.core.authz import Role
from clinnet.extensions import db
from clinnet.moderation import services as moderation
from tests.cases.factories import add_thread, make_case
from tests.cases.test_thread import count_queries
from tests.helpers import make_user, page_text

WINDOW = 20
DEPTH = 5


def shown_ids(response) -> list[int]:
    return [int(i) for i in re.findall(r'<li class="reply" id="r(\d+)"',
                                       response.get_data(as_text=True))]


def link(response, direction: str) -> str | None:
    found = re.search(rf'<a href="([^"]+)" data-thread-load="{direction}"',
                      response.get_data(as_text=True))
    return found.group(1).replace("&amp;", "&") if found else None


def expected_order(case, sort: str = "oldest", max_depth: int = DEPTH) -> list[int]:
    """Display order computed from the rows, independently of clinnet.cases.threads."""
    rows = db.session.execute(select(Reply.id, Reply.parent_id, Reply.helpful_count)
                              .where(Reply.case_id == case.id)).all()
    children: dict[int | None, list] = {}
    for row in rows:
        children.setdefault(row.parent_id, []).append(row)
    key = {"oldest": lambda r: r.id, "newest": lambda r: -r.id,
           "helpful": lambda r: (-r.helpful_count, r.id)}[sort]
    order = []

    def walk(parent_id, depth):
        for row in sorted(children.get(parent_id, []), key=key):
            order.append(row.id)
            if depth + 1 < max_depth:
                walk(row.id, depth + 1)

    walk(None, 0)
    return order


def walk_forward(client, url: str) -> list[list[int]]:
    windows = []
    while url:
        response = client.get(url)
        assert response.status_code == 200
        windows.append(shown_ids(response))
        url = link(response, "after")
    return windows


@pytest.fixture
def big_thread(app):
    author, other = make_user(Role.PHYSICIAN), make_user(Role.PHYSICIAN)
    case = make_case(author)
    add_thread(case, [author, other], 400, fanout=3)  # 121 shown, the rest collapsed
    return case, author, other


@pytest.mark.config(CASES_THREAD_WINDOW=WINDOW)
@pytest.mark.parametrize("sort", ["oldest", "newest", "helpful"])
def test_show_more_walks_the_whole_thread_once_in_display_order(client, big_thread, sort):
    case, _, other = big_thread
    client.login_as(other)
    suffix = "" if sort == "oldest" else f"?sort={sort}"
    windows = walk_forward(client, f"/cases/{case.id}{suffix}")
    assert len(windows) > 3
    assert all(0 < len(w) <= WINDOW for w in windows)
    walked = [i for w in windows for i in w]
    assert walked == expected_order(case, sort)  # none twice, none lost, in order
    # Backwards from the last window with "show earlier replies" finds the same replies.
    url, back = link(client.get(f"/cases/{case.id}{suffix}"), "after"), []
    last = client.get(f"/cases/{case.id}?after={walked[-2]}&sort={sort}")
    assert shown_ids(last) == walked[-1:]
    url = link(last, "before")
    while url:
        response = client.get(url)
        back = shown_ids(response) + back
        url = link(response, "before")
    assert back + walked[-1:] == walked


@pytest.mark.config(CASES_THREAD_WINDOW=WINDOW)
def test_a_deep_link_opens_the_window_that_show_more_reaches(client, big_thread):
    case, _, other = big_thread
    client.login_as(other)
    windows = walk_forward(client, f"/cases/{case.id}")
    for window in (windows[0], windows[2], windows[-1]):
        for reply_id in (window[0], window[-1]):
            response = client.get(f"/cases/{case.id}?reply={reply_id}")
            assert shown_ids(response) == window
    # A reply collapsed below the depth limit opens the window of its shown ancestor.
    deep = db.session.scalars(select(Reply).where(Reply.case_id == case.id,
                                                  Reply.depth == DEPTH + 1)).first()
    ancestor = int(deep.path.split("/")[DEPTH - 1])
    page = client.get(f"/cases/{case.id}?reply={deep.id}")
    assert ancestor in shown_ids(page)
    assert f"/cases/{case.id}/replies/{ancestor}\"" in page.get_data(as_text=True)
    # Where a notification or a redirect sends the reader: the window holding the reply.
    target = services.reply_url(db.session.get(Reply, windows[-1][-1]))
    assert windows[-1][-1] in shown_ids(client.get(target))
    # Answering a reply far down opens its window with the form addressed to it.
    answering = client.get(f"/cases/{case.id}?reply_to={windows[-1][0]}")
    assert shown_ids(answering) == windows[-1]
    assert f'name="parent_id" value="{windows[-1][0]}"' in answering.get_data(as_text=True)
    for junk in ("abc", "-4", "99999999", str(2**40)):
        for name in ("reply", "after", "before", "reply_to"):
            response = client.get(f"/cases/{case.id}?{name}={junk}")
            assert response.status_code == 200
            assert shown_ids(response) == windows[0]


@pytest.mark.config(CASES_THREAD_WINDOW=WINDOW)
def test_a_window_that_starts_inside_a_branch_is_indented_and_plain_links_work(client,
                                                                               big_thread):
    case, _, other = big_thread
    client.login_as(other)
    first = client.get(f"/cases/{case.id}")
    html = first.get_data(as_text=True)
    assert 'data-thread-load="before"' not in html
    assert f"Show more replies ({len(expected_order(case)) - WINDOW} more)" in page_text(first)
    # Window links carry the moment this reading counts "new" from (docs/community.md).
    assert re.search(rf'href="/cases/{case.id}\?all=1&amp;since=[0-9T:.-]+#replies"', html)
    second = client.get(link(first, "after"))
    body = second.get_data(as_text=True)
    assert "Show earlier replies (20)" in page_text(second)
    # The second window continues the branch the first one ended in: it opens with empty
    # list items as deep as that branch, and its lists close evenly.
    opening = re.search(r'<ol class="thread" id="thread">(.*?)<li class="reply" id=', body,
                        re.S).group(1)
    assert opening.count('<li class="reply continued">') > 0
    thread = re.search(r'<ol class="thread" id="thread">(.*)</ol></form>', body, re.S).group(1)
    assert thread.count("<ol") == thread.count("</ol>")
    assert thread.count("<li") == thread.count("</li>")
    assert thread.count("<details") == thread.count("</details>")
    # The script's request: only the window and its links, no page around them.
    fragment = client.get(link(first, "after").split("#")[0] + "&fragment=1")
    assert fragment.status_code == 200
    assert "<html" not in fragment.get_data(as_text=True)
    assert shown_ids(fragment) == shown_ids(second)
    assert link(fragment, "after") == link(second, "after")
    whole = client.get(f"/cases/{case.id}?all=1")
    assert shown_ids(whole) == expected_order(case)
    assert link(whole, "after") is None


@pytest.mark.config(CASES_THREAD_WINDOW=50)
def test_no_page_of_a_thread_of_long_replies_weighs_over_200_kb(client):
    author, other = make_user(Role.PHYSICIAN), make_user(Role.PHYSICIAN)
    case = make_case(author)
    paragraph = "The troponin was normal twice and the echo showed no wall motion defect. "
    body = (paragraph * 140)[:services.REPLY_MAX]
    replies = add_thread(case, [author, other], 60, fanout=4)
    for reply in replies:
        reply.body = body
        reply.body_html = f"<p>{body}</p>"
    db.session.commit()
    client.login_as(other)
    url, seen, pages = f"/cases/{case.id}", [], 0
    while url:
        response = client.get(url)
        assert len(response.get_data()) < 200_000
        seen += shown_ids(response)
        url, pages = link(response, "after"), pages + 1
    assert seen == expected_order(case)
    assert pages >= 4


def test_placeholders_and_who_sees_which_text_in_a_window(client):
    author, other, third = (make_user(Role.PHYSICIAN) for _ in range(3))
    moderator = make_user(Role.MODERATOR)
    case = make_case(author)
    kept = services.post_reply(case, other, "Kept remark.")
    states = {}
    for state in ("hidden", "removed", "deleted", "in_review", "draft"):
        reply = services.post_reply(case, other, f"Remark that is {state}.", kept.id)
        reply.status = state
        states[state] = reply.id
    db.session.commit()

    def seen_by(user):
        client.login_as(user)
        response = client.get(f"/cases/{case.id}")
        return set(shown_ids(response)), page_text(response)

    ids, text = seen_by(third)
    assert ids == {kept.id, states["hidden"], states["removed"], states["deleted"]}
    assert "[hidden]" in text
    assert "[removed by a moderator]" in text
    assert "[deleted]" in text
    assert "Kept remark." in text
    assert "Remark that is" not in text
    ids, text = seen_by(other)  # the author sees what to fix and what waits for review
    assert states["in_review"] in ids
    assert states["draft"] not in ids
    assert "Remark that is hidden." in text
    assert "Remark that is in_review." in text
    assert "Remark that is deleted." not in text
    ids, text = seen_by(moderator)
    assert states["in_review"] in ids
    assert states["draft"] not in ids
    assert "Remark that is removed." in text
    assert "Remark that is deleted." not in text
    assert f"/moderation/posts/reply/{states['hidden']}" in client.get(
        f"/cases/{case.id}").get_data(as_text=True)


def test_a_hidden_case_shows_members_no_replies_anywhere(client):
    author, other, member = (make_user(Role.PHYSICIAN) for _ in range(3))
    case = make_case(author)
    reply = services.post_reply(case, other, "A reply that quotes the case.")
    client.login_as(member)
    assert "A reply that quotes the case." in page_text(client.get(f"/cases/{case.id}"))
    moderation.act_on_post(make_user(Role.MODERATOR), "case", case, "hide", "PHI in the title")
    for reader in (member, other, author):  # hidden means hidden, for its author too
        client.login_as(reader)
        for url in (f"/cases/{case.id}", f"/cases/{case.id}?all=1",
                    f"/cases/{case.id}?reply={reply.id}"):
            response = client.get(url)
            assert response.status_code == 200
            assert "A reply that quotes the case." not in page_text(response)
            assert shown_ids(response) == []
        assert client.get(f"/cases/{case.id}/replies/{reply.id}").status_code == 404
        assert client.get(f"/cases/{case.id}?fragment=1").status_code == 404
    client.login_as(make_user(Role.MODERATOR))
    assert "A reply that quotes the case." in page_text(client.get(f"/cases/{case.id}"))


def test_query_counts_stay_flat_for_every_window(client):
    author, other = make_user(Role.PHYSICIAN), make_user(Role.PHYSICIAN)
    small, big = make_case(author), make_case(author, title="Big thread")
    add_thread(small, [author, other], 10)
    big_replies = add_thread(big, [author, other], 400)
    client.login_as(other)
    counts: dict[str, list[int]] = {}
    for case, replies in ((small, None), (big, big_replies)):
        middle = replies[200].id if replies else None
        urls = {"first": f"/cases/{case.id}",
                "deep link": f"/cases/{case.id}?reply={middle or case.id}",
                "after": f"/cases/{case.id}?after={middle or 0}",
                "fragment": f"/cases/{case.id}?after={middle or 0}&fragment=1",
                "newest": f"/cases/{case.id}?sort=newest"}
        for name, url in urls.items():
            client.get(url)
            with count_queries() as statements:
                assert client.get(url).status_code == 200
            counts.setdefault(name, []).append(len(statements))
    for name, (small_count, big_count) in counts.items():
        assert small_count == big_count, (name, counts)


def test_choose_window_bounds_count_and_characters():
    order = list(range(10))
    small = [100] * 10
    assert choose_window(order, small, 4, None) == (0, 4)
    assert choose_window(order, small, 4, None, after=3) == (4, 8)
    assert choose_window(order, small, 4, None, after=9) == (10, 10)
    assert choose_window(order, small, 4, None, before=6) == (2, 6)
    assert choose_window(order, small, 4, None, before=0) == (0, 0)
    assert choose_window(order, small, 4, None, focus=9) == (8, 10)
    assert choose_window(order, small, 4, None, after=42) == (0, 4)  # unknown cursor
    big = [5_000] * 10
    # Characters bound the window too, but one reply always fits.
    assert choose_window(order, big, 4, 12_000) == (0, 2)
    assert choose_window(order, big, 4, 1_000) == (0, 1)
    assert choose_window(order, big, 4, 1_000, before=5) == (4, 5)
    assert choose_window(order, big, 4, 12_000, focus=5) == (4, 6)
