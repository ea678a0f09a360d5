"""Threaded replies: shape, order, depth cap, deletion, permissions and the query budget."""

import re
from contextlib import contextmanager

import pytest
from sqlalchemy import event, select

from clinnet.cases import services
from clinnet.cases.models import Case, Reply, State
from clinnet.core.authz import Role
from clinnet.extensions import db
from tests.cases.factories import add_thread, make_case
from tests.helpers import make_user, page_text


@contextmanager
def count_queries():
    statements = []

    def record(conn, cursor, statement, *args):
        if statement.split(None, 1)[0].upper() not in ("BEGIN", "COMMIT", "ROLLBACK"):
            statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", record)
    try:
        yield statements
    finally:
        event.remove(db.engine, "before_cursor_execute", record)


def test_thread_page_query_count_does_not_grow_with_replies(client):
    author, other = make_user(Role.PHYSICIAN), make_user(Role.PHYSICIAN)
    small, big = make_case(author), make_case(author, title="Big thread")
    add_thread(small, [author, other], 10)
    add_thread(big, [author, other], 500)
    client.login_as(other)
    counts = []
    for case in (small, big):
        client.get(f"/cases/{case.id}")  # warm caches (e.g. the signed-in member)
        with count_queries() as statements:
            response = client.get(f"/cases/{case.id}")
        assert response.status_code == 200
        counts.append(len(statements))
        with count_queries() as statements:
            response = client.get(f"/cases/{case.id}?all=1")
        assert response.status_code == 200
        counts.append(len(statements))
    assert len(set(counts)) == 1, counts
    assert counts[0] <= 12, counts
    html = client.get(f"/cases/{big.id}?all=1").get_data(as_text=True)
    assert html.count('class="reply"') > 100  # the whole big thread really rendered


def test_replies_nest_to_any_depth_with_a_continue_link_past_the_cap(client):
    author = make_user(Role.PHYSICIAN)
    case = make_case(author)
    parent = None
    chain = []
    for level in range(8):
        parent = services.post_reply(case, author, f"Depth marker {level}.",
                                     parent.id if parent else None)
        chain.append(parent)
    assert chain[-1].depth == 7
    assert chain[-1].path == "".join(f"{r.id:010d}/" for r in chain)
    client.login_as(make_user(Role.PHYSICIAN))
    page = page_text(client.get(f"/cases/{case.id}"))
    assert "Depth marker 4" in page
    assert "Depth marker 5" not in page
    assert "Continue this thread (3 more)" in page
    deeper = page_text(client.get(f"/cases/{case.id}/replies/{chain[4].id}"))
    assert "Depth marker 5" in deeper
    assert "Depth marker 7" in deeper
    name = chain[2].author_name
    answering = client.get(f"/cases/{case.id}?reply_to={chain[2].id}")
    assert f"Reply to {name}" in page_text(answering)
    assert f'name="parent_id" value="{chain[2].id}"' in answering.get_data(as_text=True)
    deep = client.post(f"/cases/{case.id}/replies",
                       {"body": "Deep answer.", "parent_id": str(chain[-1].id)})
    new_id = deep.headers["Location"].rsplit("#r", 1)[1]
    assert deep.headers["Location"] == \
        f"/cases/{case.id}/replies/{chain[-1].id}?reply={new_id}#r{new_id}"
    assert "Deep answer." in page_text(client.get(deep.headers["Location"]))
    shallow = client.post(f"/cases/{case.id}/replies",
                          {"body": "Shallow answer.", "parent_id": str(chain[0].id)})
    assert shallow.headers["Location"].startswith(f"/cases/{case.id}?reply=")
    for odd in ("abc", "999999", "-1"):
        assert client.get(f"/cases/{case.id}?reply_to={odd}").status_code == 200
        assert client.get(f"/cases/{case.id}/replies/{chain[4].id}?reply_to={odd}")\
            .status_code == 200


def test_siblings_order_oldest_newest_and_most_helpful(client):
    author, voter = make_user(Role.PHYSICIAN), make_user(Role.PHYSICIAN)
    case = make_case(author)
    first = services.post_reply(case, author, "Alpha opinion.")
    second = services.post_reply(case, author, "Bravo opinion.")
    services.vote_reply(second, voter)
    client.login_as(voter)

    def order(sort):
        text = page_text(client.get(f"/cases/{case.id}?sort={sort}"))
        return re.findall(r"(Alpha|Bravo) opinion", text)

    assert order("oldest") == ["Alpha", "Bravo"]
    assert order("newest") == ["Bravo", "Alpha"]
    assert order("helpful") == ["Bravo", "Alpha"]
    assert first.id < second.id


def test_deleting_a_reply_leaves_a_placeholder_and_keeps_the_children(client):
    author, other = make_user(Role.PHYSICIAN), make_user(Role.PHYSICIAN)
    case = make_case(author)
    parent = services.post_reply(case, other, "Parent thought.")
    services.post_reply(case, author, "Child thought.", parent.id)
    client.login_as(author)
    assert client.post(f"/replies/{parent.id}/delete").status_code == 403
    client.login_as(other)
    client.post(f"/replies/{parent.id}/delete")
    page = page_text(client.get(f"/cases/{case.id}"))
    assert "[deleted]" in page
    assert "Parent thought" not in page
    assert "Child thought" in page
    assert db.session.get(Case, case.id).reply_count == 1
    client.login_as(make_user(Role.MODERATOR))
    assert "Parent thought" in page_text(client.get(f"/replies/{parent.id}/history"))


def test_editing_someone_elses_reply_is_refused(client):
    author, other = make_user(Role.PHYSICIAN), make_user(Role.PHYSICIAN)
    case = make_case(author)
    reply = services.post_reply(case, other, "Original.")
    client.login_as(author)
    assert client.get(f"/replies/{reply.id}/edit").status_code == 403
    assert client.post(f"/replies/{reply.id}/edit", {"body": "Hacked."}).status_code == 403
    assert db.session.get(Reply, reply.id).body == "Original."
    client.login_as(other)
    client.post(f"/replies/{reply.id}/edit", {"body": "Revised opinion."})
    assert db.session.get(Reply, reply.id).body == "Revised opinion."
    assert "Original." in page_text(client.get(f"/replies/{reply.id}/history"))


def test_replies_only_to_published_cases_and_to_replies_of_the_same_case(client):
    author, other = make_user(Role.PHYSICIAN), make_user(Role.PHYSICIAN)
    draft = make_case(author, publish=False)
    case_a, case_b = make_case(author), make_case(author, title="Second case")
    foreign = services.post_reply(case_b, author, "In case B.")
    client.login_as(other)
    assert client.post(f"/cases/{draft.id}/replies", {"body": "Hi"}).status_code == 404
    client.login_as(author)
    own_draft = client.post(f"/cases/{draft.id}/replies", {"body": "Hi"})
    assert own_draft.status_code == 422
    assert "only to a published case" in page_text(own_draft)
    client.login_as(other)
    crossed = client.post(f"/cases/{case_a.id}/replies",
                          {"body": "Hi", "parent_id": str(foreign.id)})
    assert crossed.status_code == 422
    assert "not part of this case" in page_text(crossed)
    empty = client.post(f"/cases/{case_a.id}/replies", {"body": "   "})
    assert empty.status_code == 422
    huge = client.post(f"/cases/{case_a.id}/replies", {"body": "x" * 10_001})
    assert "Keep a reply to 10,000 characters" in page_text(huge)
    assert db.session.scalars(select(Reply).where(Reply.case_id == case_a.id)).all() == []


def test_helpful_votes_once_per_member_and_never_on_ones_own_post(client):
    author, other = make_user(Role.PHYSICIAN), make_user(Role.PHYSICIAN)
    case = make_case(author)
    reply = services.post_reply(case, author, "My reply.")
    client.login_as(other)
    client.post(f"/cases/{case.id}/helpful")
    again = client.post(f"/cases/{case.id}/helpful", follow_redirects=True)
    assert "Helpful: 1 (you) · undo" in page_text(again)  # a double click counts once
    client.post(f"/replies/{reply.id}/helpful")
    client.post(f"/replies/{reply.id}/helpful")
    client.login_as(author)
    own = client.post(f"/cases/{case.id}/helpful", follow_redirects=True)
    assert "cannot mark your own case" in page_text(own)
    client.post(f"/replies/{reply.id}/helpful")
    assert db.session.get(Case, case.id).helpful_count == 1
    assert db.session.get(Reply, reply.id).helpful_count == 1


@pytest.mark.parametrize("kind", ["hidden", "removed"])
def test_moderated_replies_keep_the_shape_but_not_the_text(client, kind):
    author = make_user(Role.PHYSICIAN)
    case = make_case(author)
    reply = services.post_reply(case, author, "Regrettable remark.")
    reply.status = getattr(State, kind.upper())
    db.session.commit()
    client.login_as(make_user(Role.PHYSICIAN))
    page = page_text(client.get(f"/cases/{case.id}"))
    assert ("[hidden]" if kind == "hidden" else f"[{kind} by a moderator]") in page
    assert "Regrettable remark" not in page


def test_feed_and_continue_page_query_counts_do_not_grow(client):
    author, other = make_user(Role.PHYSICIAN), make_user(Role.PHYSICIAN)
    client.login_as(other)
    counts = []
    for total in (2, 20):
        while len(services.feed(page_size=100)[0]) < total:
            make_case(author, specialties=["cardiology", "neurology"])
        client.get("/")
        with count_queries() as statements:
            assert client.get("/").status_code == 200
        counts.append(len(statements))
    assert counts[0] == counts[1], counts
    case = make_case(author)
    small, big = add_thread(case, [author, other], 10), add_thread(case, [author, other], 300)
    counts = []
    for root in (small[0], big[0]):
        with count_queries() as statements:
            assert client.get(f"/cases/{case.id}/replies/{root.id}").status_code == 200
        counts.append(len(statements))
    assert counts[0] == counts[1], counts


def test_a_very_deep_chain_stops_at_the_depth_limit_with_a_message(client):
    author = make_user(Role.PHYSICIAN)
    case = make_case(author)
    chain = add_thread(case, [author], services.REPLY_DEPTH_MAX, fanout=1)
    assert chain[-1].depth == services.REPLY_DEPTH_MAX - 1  # stored and indexed fine
    client.login_as(author)
    response = client.post(f"/cases/{case.id}/replies",
                           {"body": "One more.", "parent_id": str(chain[-1].id)})
    assert response.status_code == 422
    assert "as deep as it can go" in page_text(response)
    assert client.get(f"/cases/{case.id}/replies/{chain[-10].id}").status_code == 200


def test_a_helpful_vote_can_be_undone_and_the_count_follows(client):
    author, other = make_user(Role.PHYSICIAN), make_user(Role.PHYSICIAN)
    case = make_case(author)
    reply = services.post_reply(case, author, "My reply.")
    client.login_as(other)
    client.post(f"/cases/{case.id}/helpful")
    client.post(f"/replies/{reply.id}/helpful")
    page = page_text(client.get(f"/cases/{case.id}"))
    assert page.count("(you) · undo") == 2
    client.post(f"/cases/{case.id}/helpful", {"helpful": "0"})
    client.post(f"/replies/{reply.id}/helpful", {"helpful": "0"})
    client.post(f"/replies/{reply.id}/helpful", {"helpful": "0"})  # a second undo: nothing
    db.session.expire_all()
    assert db.session.get(Case, case.id).helpful_count == 0
    assert db.session.get(Reply, reply.id).helpful_count == 0
    page = page_text(client.get(f"/cases/{case.id}"))
    assert "Helpful (0)" in page
    assert "(you)" not in page


def test_a_reply_hidden_by_a_flag_is_not_said_to_be_hidden_by_a_moderator(client):
    # Issue 14's journey: a PHI flag hides a reply at once, before any moderator saw it.
    from clinnet.moderation import services as moderation

    author = make_user(Role.PHYSICIAN)
    case = make_case(author)
    reply = services.post_reply(case, author, "A remark to flag.")
    moderation.flag_post(make_user(Role.PHYSICIAN), "reply", reply, "phi")
    db.session.refresh(reply)
    assert reply.status == State.HIDDEN
    client.login_as(make_user(Role.PHYSICIAN))
    page = page_text(client.get(f"/cases/{case.id}"))
    assert "[hidden]" in page
    assert "by a moderator" not in page


def test_editing_a_published_case_saves_changes_not_a_draft(client):
    author = make_user(Role.PHYSICIAN)
    case = make_case(author)
    client.login_as(author)
    page = page_text(client.get(f"/cases/{case.id}/edit"))
    assert "Save changes" in page
    assert "Save draft" not in page
    assert "Save draft" in page_text(client.get("/cases/new"))


def test_the_reply_count_explains_placeholders_it_does_not_count(client):
    author = make_user(Role.PHYSICIAN)
    case = make_case(author)
    services.post_reply(case, author, "Shown.")
    gone = services.post_reply(case, author, "To be deleted.")
    services.delete_reply(gone, author)
    client.login_as(make_user(Role.PHYSICIAN))
    page = page_text(client.get(f"/cases/{case.id}"))
    assert "1 reply · 1 more not shown (hidden, deleted or waiting)" in page
