"""Flag rules and bad input: own posts, twice, the N-member threshold, escalation and order,
stale moderator pages, spans outside the text, non-moderators."""

from datetime import timedelta

import pytest
from sqlalchemy import select, update

from clinnet.cases.models import Case, Reply, State
from clinnet.core.authz import Role
from clinnet.core.db import utcnow
from clinnet.extensions import db
from clinnet.moderation import services
from clinnet.moderation.models import Flag, ModerationAction
from tests.helpers import make_user, page_text
from tests.moderation.helpers import published_case, reply_to


@pytest.fixture
def post(app):
    author = make_user(Role.PHYSICIAN)
    case = published_case(author)
    return case, reply_to(case, make_user(Role.PHYSICIAN), "Consider a stress echo first.")


def test_own_post_twice_and_unknown_reason_are_refused_with_a_message(client, post):
    case, reply = post
    client.login_as(case.author)
    own = client.post(f"/cases/{case.id}/flag", {"reason": "spam"})
    assert own.status_code == 422
    assert "cannot flag your own post" in page_text(own)

    client.login_as(make_user(Role.PHYSICIAN))
    assert client.post(f"/replies/{reply.id}/flag", {"reason": "spam"}).status_code == 302
    twice = client.post(f"/replies/{reply.id}/flag", {"reason": "other", "note": "again"})
    assert twice.status_code == 422
    assert "already flagged this post" in page_text(twice)
    assert client.post(f"/replies/{reply.id}/flag", {"reason": "rude"}).status_code == 422
    not_there = client.post(f"/cases/{case.id}/flag", {"reason": "spam", "quote": "buy now"})
    assert "not in the post" in page_text(not_there)
    assert client.post(f"/cases/{case.id}/flag", {"reason": "x" * 5000}).status_code == 422
    assert client.post("/replies/999999/flag", {"reason": "spam"}).status_code == 404
    assert len(db.session.scalars(select(Flag)).all()) == 1


@pytest.mark.config(MODERATION_HIDE_THRESHOLD=3)
def test_other_reasons_hide_after_n_distinct_members(client, post):
    case, _ = post
    for n in range(3):
        client.login_as(make_user(Role.PHYSICIAN))
        client.post(f"/cases/{case.id}/flag", {"reason": "misinformation"})
        expected = State.HIDDEN if n == 2 else State.PUBLISHED
        assert db.session.get(Case, case.id).status == expected
    # Members now see a placeholder and the reason, never who flagged.
    page = page_text(client.get(f"/cases/{case.id}"))
    assert "reported by several members" in page
    # A fourth member cannot flag a hidden post.
    client.login_as(make_user(Role.PHYSICIAN))
    late = client.post(f"/cases/{case.id}/flag", {"reason": "spam"})
    assert "already hidden" in page_text(late)


def test_queue_order_overdue_then_phi_then_age_and_flagger_record(client, app, post):
    case, reply = post
    other_case = published_case(make_user(Role.PHYSICIAN), title="Second case for ordering")
    flagger = make_user(Role.PHYSICIAN)
    services.flag_post(flagger, "case", db.session.get(Case, other_case.id), "spam")
    services.flag_post(flagger, "case", db.session.get(Case, case.id), "spam")
    services.flag_post(make_user(Role.PHYSICIAN), "reply", reply, "phi")
    # The first case's flag has waited more than 48 hours: escalated, listed first.
    db.session.execute(update(Flag).where(Flag.post_id == other_case.id, Flag.kind == "case")
                       .values(created_at=utcnow() - timedelta(hours=49)))
    db.session.commit()
    queue = services.review_queue()
    assert [(i.kind, i.post.id) for i in queue.flagged] == [
        ("case", other_case.id), ("reply", reply.id), ("case", case.id)]
    assert queue.flagged[0].overdue
    client.login_as(make_user(Role.MODERATOR))
    text = page_text(client.get("/moderation/"))
    assert "overdue" in text
    assert "record: 0 upheld, 0 dismissed" in text

    services.act_on_post(make_user(Role.MODERATOR), "case", db.session.get(Case, case.id),
                         "dismiss", "Not spam.")
    assert services.flagger_records({flagger.id})[flagger.id]["dismissed"] == 1


def test_stale_page_gets_already_handled_and_nothing_is_done_twice(client, post):
    _, reply = post
    services.flag_post(make_user(Role.PHYSICIAN), "reply", reply, "unprofessional")
    first, second = make_user(Role.MODERATOR), make_user(Role.MODERATOR)
    token = services.state_token("reply", reply)
    client.login_as(first)
    done = client.post(f"/moderation/posts/reply/{reply.id}/act",
                       {"action": "hide", "reason": "Insulting", "state": token})
    assert done.status_code == 302
    client.login_as(second)
    late = client.post(f"/moderation/posts/reply/{reply.id}/act",
                       {"action": "dismiss", "reason": "Fine by me", "state": token})
    assert late.status_code == 303
    assert "Already handled" in page_text(client.get(late.headers["Location"]))
    assert db.session.get(Reply, reply.id).status == State.HIDDEN
    assert [a.action for a in db.session.scalars(select(ModerationAction))] == ["hide"]
    assert db.session.get(Case, reply.case_id).reply_count == 0  # hidden replies do not count
    # Restoring is a fresh decision on the current page: allowed.
    token = services.state_token("reply", db.session.get(Reply, reply.id))
    client.post(f"/moderation/posts/reply/{reply.id}/act",
                {"action": "restore", "reason": "On reflection, fine", "state": token})
    assert db.session.get(Reply, reply.id).status == State.PUBLISHED
    assert db.session.get(Case, reply.case_id).reply_count == 1


def test_bad_redactions_and_actions_are_messages_not_errors(client, post):
    case, reply = post
    client.login_as(make_user(Role.MODERATOR))
    url = f"/moderation/posts/reply/{reply.id}"
    outside = client.post(f"{url}/redact", {"field": "body", "start": "5", "end": "5000",
                                            "category": "NAME", "reason": "x"})
    assert outside.status_code == 422
    assert "outside the body" in page_text(outside)
    wrong_field = client.post(f"{url}/redact", {"field": "nope", "start": "0", "end": "3",
                                                "category": "NAME", "reason": "x"})
    assert "Unknown field" in page_text(wrong_field)
    absent = client.post(f"{url}/redact", {"words": "Sparrow", "category": "NAME",
                                           "reason": "x"})
    assert "not in the post" in page_text(absent)
    negative = client.post(f"{url}/redact", {"field": "body", "start": "-4", "end": "2",
                                             "category": "NAME", "reason": "x"})
    assert negative.status_code == 422
    no_reason = client.post(f"{url}/act", {"action": "hide", "reason": ""})
    assert no_reason.status_code == 422
    restore_visible = client.post(f"{url}/act", {"action": "restore", "reason": "why"})
    assert "Only a hidden post can be restored" in page_text(restore_visible)
    assert client.post(f"{url}/act", {"action": "explode", "reason": "x"}).status_code == 422
    assert client.get("/moderation/posts/poem/1").status_code == 404
    huge = "9" * 30
    assert client.get(f"/moderation/posts/case/{huge}").status_code == 404
    assert client.post(f"/moderation/posts/reply/{huge}/act", {"action": "hide"}).status_code \
        == 404
    assert client.get(f"/moderation/members/{huge}").status_code == 404
    assert client.get(f"/moderation/log?target_type=case&target_id={huge}").status_code == 200
    assert client.post(f"/moderation/warnings/{huge}/acknowledge").status_code == 404
    assert client.post(f"/cases/{huge}/flag", {"reason": "spam"}).status_code == 404
    assert client.get(f"/moderation/posts/case/{case.id + 100}").status_code == 404
    assert db.session.scalars(select(ModerationAction)).all() == []
    # One exact span works, and spans are replaced with the category tag.
    exact = client.post(f"{url}/redact", {"field": "body", "start": "11", "end": "17",
                                          "category": "OTHER_ID", "reason": "test"})
    assert exact.status_code == 302
    assert db.session.get(Reply, reply.id).body == "Consider a [OTHER_ID] echo first."


def test_non_moderators_get_403_on_every_moderation_endpoint(app, client, post):
    case, reply = post
    urls = [("get", "/moderation/"), ("get", "/moderation/log"),
            ("get", f"/moderation/posts/reply/{reply.id}"),
            ("post", f"/moderation/posts/reply/{reply.id}/act"),
            ("post", f"/moderation/posts/reply/{reply.id}/redact"),
            ("get", f"/moderation/members/{case.author_id}"),
            ("post", f"/moderation/members/{case.author_id}/warn"),
            ("post", f"/moderation/members/{case.author_id}/suspend")]
    client.login_as(make_user(Role.PHYSICIAN))
    for method, url in urls:
        data = {"action": "remove", "reason": "x", "message": "x"}
        response = client.get(url) if method == "get" else client.post(url, data)
        assert response.status_code == 403, url
    assert db.session.get(Reply, reply.id).status == State.PUBLISHED


def test_redaction_keeps_every_column_within_its_length(client):
    author = make_user(Role.PHYSICIAN)
    title = "Syncope " + "Ox " * 63  # 197 characters; every "Ox" becomes "[NAME]"
    case = published_case(author, title=title.strip(), body="Syncope. Ox was there.")
    services.flag_post(make_user(Role.PHYSICIAN), "case", case, "phi", "Ox " * 300)
    client.login_as(make_user(Role.MODERATOR))
    response = client.post(f"/moderation/posts/case/{case.id}/redact",
                           {"words": "Ox", "category": "NAME", "reason": "Ox " * 300})
    assert response.status_code == 302
    case = db.session.get(Case, case.id)
    assert len(case.title) <= 200
    assert case.title.startswith("Syncope [NAME] [NAME]")
    assert len(db.session.scalars(select(Flag)).one().note) <= 1000


def test_redaction_points_at_other_threads_with_the_same_words(client):
    author = make_user(Role.PHYSICIAN)
    first = published_case(author, body="The case reminded me of the Sparrow family I treated.")
    second = published_case(author, title="Another syncope case",
                            body="Again the Sparrow family: a second cousin this time.")
    client.login_as(make_user(Role.MODERATOR))
    done = client.post(f"/moderation/posts/case/{first.id}/redact",
                       {"words": "Sparrow", "category": "NAME", "reason": "Family name"})
    page = page_text(client.get(done.headers["Location"]))
    assert f"also appear in other posts; review them: case #{second.id}" in page
    assert "Sparrow" in db.session.get(Case, second.id).body  # other threads are not touched


def test_a_flagged_reply_its_author_deleted_can_still_be_redacted_and_closed(client, post):
    from clinnet.cases import services as case_services
    from tests.moderation.helpers import tables_containing

    case, _ = post
    writer = make_user(Role.PHYSICIAN)
    reply = reply_to(case, writer, "The case reminded me of the Sparrow family I treated.")
    services.flag_post(make_user(Role.PHYSICIAN), "reply", reply, "unprofessional")
    case_services.delete_reply(db.session.get(Reply, reply.id), writer)
    client.login_as(make_user(Role.MODERATOR))
    url = f"/moderation/posts/reply/{reply.id}"
    assert client.post(f"{url}/redact", {"words": "sparrow", "category": "NAME",
                                         "reason": "Family name"}).status_code == 302
    assert tables_containing("Sparrow") == []
    assert db.session.scalars(select(Flag)).one().status == "upheld"


def test_queue_and_log_pages_do_not_grow_queries_with_their_length(client):
    from tests.cases.test_thread import count_queries

    moderator = make_user(Role.MODERATOR)
    client.login_as(moderator)
    authors = [make_user(Role.PHYSICIAN) for _ in range(3)]
    counts = []
    for size in (2, 12):
        while len(services.review_queue().flagged) < size:
            case = published_case(authors[0])
            reply = reply_to(case, authors[1], "Consider a stress echo first.")
            services.flag_post(authors[2], "reply", reply, "spam", "note")
            services.flag_post(make_user(Role.PHYSICIAN), "case", case, "misinformation")
            services.act_on_post(moderator, "case", case, "hide", "Checking")
        client.get("/moderation/")
        with count_queries() as queue_statements:
            assert client.get("/moderation/").status_code == 200
        with count_queries() as log_statements:
            assert client.get("/moderation/log").status_code == 200
        counts.append((len(queue_statements), len(log_statements)))
    assert counts[0] == counts[1], counts


@pytest.mark.config(RATELIMIT_FLAGGING_ACCOUNT="2/hour")
def test_flagging_is_rate_limited_per_account(client, post):
    case, reply = post
    client.login_as(make_user(Role.PHYSICIAN))
    assert client.post(f"/replies/{reply.id}/flag", {"reason": "spam"}).status_code == 302
    assert client.post(f"/cases/{case.id}/flag", {"reason": "spam"}).status_code == 302
    response = client.post(f"/cases/{case.id}/flag", {"reason": "other"})
    assert response.status_code == 429
    assert len(db.session.scalars(select(Flag)).all()) == 2
