"""Issue 13 items 8 and 9, with real outages (no mocks): Redis stopped or hung, a database that
refuses connections, PostgreSQL connections cut (a restart) and a connection cut while the
database commits. Every answer is a styled page that needs no database, waits are bounded,
`/healthz` and `/readyz` tell the truth, and a resubmitted form is never saved twice."""

import os
import time

import pytest
from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from clinnet.accounts.models import User
from clinnet.cases.models import Reply
from clinnet.core.authz import Role
from clinnet.core.errors import UNCERTAIN
from clinnet.extensions import db
from tests.cases.factories import make_case
from tests.helpers import Browser, make_app, make_user, page_text
from tests.outages import PgProxy, RedisServer, SilentServer, free_port

PG_URL = os.environ.get("CLINNET_TEST_DATABASE_URL")
KEY = "resubmitted-form-key-0001"


def assert_outage_page(response):
    assert response.status_code == 503
    text = page_text(response)
    assert "Temporarily unavailable" in text
    assert "Internal Server Error" not in text
    assert "clinnet.css" in response.get_data(as_text=True)  # styled
    assert response.headers["Retry-After"] == "30"
    assert response.headers["Content-Security-Policy"]


def limited_app(app, storage_uri, **settings):
    return make_app(app, RATELIMIT_STORAGE_URI=storage_uri, REDIS_TIMEOUT=0.2,
                    RATELIMIT_KEY_PREFIX=f"outage-{free_port()}",
                    RATELIMIT_LOGIN="3/minute", RATELIMIT_LOGIN_ACCOUNT="", **settings)


def test_redis_stopped_limits_fall_back_per_worker_and_readyz_says_so(app):
    redis = RedisServer()
    try:
        worker = limited_app(app, redis.url)
        with worker.app_context():
            browser = Browser(worker.test_client())
            assert browser.get("/readyz").get_json()["checks"]["redis"] == "ok"
            assert browser.login("a@example.org", "x" * 20).status_code == 200
            redis.stop()
            started = time.monotonic()
            answers = [browser.login("a@example.org", "x" * 20).status_code for _ in range(4)]
            assert time.monotonic() - started < 5
            # Still limited, counted afresh in this worker's memory: never a 500.
            assert answers == [200, 200, 200, 429]
            ready = browser.get("/readyz")
            assert ready.status_code == 503
            assert ready.get_json()["checks"] == {"database": "ok", "redis": "unavailable"}
            assert browser.get("/healthz").status_code == 200  # the process itself is fine
    finally:
        redis.stop()


def test_a_hung_redis_costs_bounded_waits(app):
    hung = SilentServer()
    try:
        worker = limited_app(app, f"redis://127.0.0.1:{hung.port}/5")
        with worker.app_context():
            browser = Browser(worker.test_client())
            for _ in range(3):
                started = time.monotonic()
                response = browser.login("a@example.org", "x" * 20)
                assert response.status_code in (200, 429)
                assert time.monotonic() - started < 2.5
            started = time.monotonic()
            assert browser.get("/readyz").status_code == 503
            assert time.monotonic() - started < 2.5
    finally:
        hung.close()


def test_a_database_that_refuses_connections_gets_the_styled_503(app):
    healthy = Browser(app.test_client())
    healthy.login_as(make_user(Role.PHYSICIAN))
    cookie = healthy.client.get_cookie("clinnet_session").value
    url = f"postgresql+psycopg://postgres@127.0.0.1:{free_port()}/nowhere"
    down = make_app(app, DATABASE_URL=url, DATABASE_CONNECT_TIMEOUT=1.0,
                    PROPAGATE_EXCEPTIONS=False, RATELIMITS_ENABLED=False)
    with down.app_context():
        browser = Browser(down.test_client())
        assert browser.get("/healthz").status_code == 200
        ready = browser.get("/readyz")
        assert ready.status_code == 503
        assert ready.get_json()["checks"]["database"] == "unavailable"
        assert_outage_page(browser.login("a@example.org", "x" * 20))
        browser.client.set_cookie("clinnet_session", cookie)  # a signed-in member
        assert_outage_page(browser.get("/notifications/"))
        browser.client.delete_cookie("clinnet_session")
        assert browser.get("/auth/login").status_code == 200  # needs no database


@pytest.fixture
def proxy(app):
    if not PG_URL:
        pytest.skip("needs PostgreSQL (CLINNET_TEST_DATABASE_URL)")
    proxy = PgProxy(make_url(PG_URL).port or 5432)
    url = make_url(PG_URL).set(port=proxy.port).render_as_string(hide_password=False)
    proxied = make_app(app, DATABASE_URL=url, PROPAGATE_EXCEPTIONS=False,
                       RATELIMITS_ENABLED=False, DATABASE_CONNECT_TIMEOUT=1.0)
    yield proxy, proxied
    proxy.close()


@pytest.mark.postgres_only
def test_postgresql_restarting_is_answered_and_then_survived(app, proxy):
    pg, proxied = proxy
    member = make_user(Role.PHYSICIAN)
    db.session.refresh(member)  # loaded now: nothing may lazy-load through the proxied app
    with proxied.app_context():
        browser = Browser(proxied.test_client())
        browser.login_as(member)
        assert browser.get("/notifications/").status_code == 200
        pg.cut_all()  # the server went away under open connections
        pg.mode = "refuse"  # and is not back yet
        assert_outage_page(browser.get("/notifications/"))
        pg.mode = "pass"  # back: stale pooled connections are replaced, nothing else to do
        assert browser.get("/notifications/").status_code == 200


@pytest.mark.postgres_only
def test_a_reply_committed_as_the_connection_dropped_is_not_posted_twice(app, proxy):
    pg, proxied = proxy
    author, replier = make_user(Role.PHYSICIAN), make_user(Role.PHYSICIAN)
    case = make_case(author)
    form = {"body": "Check the thyroid before anything else.", "idempotency_key": KEY}
    url = f"/cases/{case.id}/replies"
    db.session.refresh(replier)  # loaded now: nothing may lazy-load through the proxied app
    with proxied.app_context():
        browser = Browser(proxied.test_client())
        browser.login_as(replier)
        pg.mode = "drop_after_commit"
        first = browser.post(url, form)
        assert pg.commits_dropped == 1
        assert first.status_code == 503
        assert UNCERTAIN in page_text(first)  # honest: it may have been saved
        again = browser.post(url, form, follow_redirects=True)
        assert again.status_code == 200
        assert "was already sent" in page_text(again)
    db.session.expire_all()
    assert db.session.scalar(select(func.count()).select_from(Reply).where(
        Reply.body == form["body"])) == 1
    assert db.session.get(User, replier.id) is not None
