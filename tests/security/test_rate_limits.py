"""Named rate limits: per IP and per account, a 429 page that says when to retry, a shared
Redis store across app instances, and ProxyFix only for configured proxies."""

import logging
import uuid

import pytest

from clinnet.core import limits
from clinnet.core.authz import Role
from tests.helpers import Browser, make_app, make_user, page_text, redis_or_skip


@pytest.mark.config(RATELIMIT_LOGIN="3/minute", RATELIMIT_LOGIN_ACCOUNT="")
def test_sign_in_limit_per_ip_gives_a_429_page_with_retry_time(client, caplog):
    for _ in range(3):
        assert client.login("someone@example.org", "a wrong but long password").status_code \
            == 200
    with caplog.at_level(logging.WARNING, logger="clinnet"):
        response = client.login("other@example.org", "a wrong but long password")
    assert response.status_code == 429
    assert 0 < int(response.headers["Retry-After"]) <= 60
    assert "You can try again in" in page_text(response)
    assert response.headers["Content-Security-Policy"]  # a styled page like any other
    assert any(getattr(r, "security_event", None) == "rate_limited" for r in caplog.records)
    assert client.get("/auth/login").status_code == 200  # reading the form is free


@pytest.mark.config(RATELIMIT_PASSWORD_RESET="", RATELIMIT_PASSWORD_RESET_ACCOUNT="2/minute")
def test_reset_limit_per_account_follows_the_email_across_ips(app, users):
    email = users[Role.PHYSICIAN].email
    for ip in ("10.0.0.1", "10.0.0.2"):
        Browser(app.test_client()).post("/auth/reset", {"email": email},
                                        environ_base={"REMOTE_ADDR": ip})
    third = Browser(app.test_client()).post("/auth/reset", {"email": email.upper()},
                                            environ_base={"REMOTE_ADDR": "10.0.0.3"})
    assert third.status_code == 429
    other = Browser(app.test_client()).post("/auth/reset", {"email": "someone@example.org"})
    assert other.status_code == 302


@pytest.mark.config(RATELIMIT_LOGIN="", RATELIMIT_LOGIN_ACCOUNT="2/minute")
def test_strangers_cannot_use_up_the_owners_sign_in_budget(app, users):
    """Issue 13 item 3: the per-account sign-in limit counts per account and source."""
    member = users[Role.PHYSICIAN]
    stranger = Browser(app.test_client())
    for _ in range(2):
        stranger.login(member.email, "a wrong but long password",
                       environ_base={"REMOTE_ADDR": "203.0.113.7"})
    assert stranger.login(member.email, "a wrong but long password",
                          environ_base={"REMOTE_ADDR": "203.0.113.7"}).status_code == 429
    owner = Browser(app.test_client()).login(member.email,
                                             environ_base={"REMOTE_ADDR": "10.0.0.9"})
    assert owner.headers["Location"] == "/"


@pytest.mark.config(RATELIMIT_REGISTRATION="2/hour", RATELIMIT_PASSWORD_RESET="2/hour",
                    RATELIMIT_TWO_FACTOR="2/minute")
@pytest.mark.parametrize(("url", "data"), [
    ("/auth/register", {"email": "x@example.org", "password": "short"}),
    ("/auth/reset", {"email": "x@example.org"}),
])
def test_registration_and_reset_are_limited(client, url, data):
    for _ in range(2):
        assert client.post(url, data).status_code in (200, 302)
    assert client.post(url, data).status_code == 429


def test_every_named_limit_has_settings_and_views_use_known_names(app):
    for name in ("login", "two_factor", "registration", "password_reset", "reauth",
                 "licence_application", "posting", "flagging"):
        assert f"RATELIMIT_{name.upper()}" in app.config
        assert f"RATELIMIT_{name.upper()}_ACCOUNT" in app.config
    for view in app.view_functions.values():
        for name, _methods in limits.limits_of(view):
            assert f"RATELIMIT_{name.upper()}" in app.config, name


@pytest.mark.config(RATELIMIT_LOGIN="2/minute", RATELIMIT_LOGIN_ACCOUNT="")
def test_forwarded_for_is_ignored_without_trusted_proxies(app):
    spoofing = Browser(app.test_client())
    for n in range(3):
        response = spoofing.login("a@example.org", "x" * 20,
                                  headers={"X-Forwarded-For": f"203.0.113.{n}"})
    assert response.status_code == 429  # a client cannot pick a new IP per request


def test_trusted_proxy_setting_makes_the_forwarded_ip_count(app):
    proxied = make_app(app, TRUSTED_PROXIES=1, RATELIMIT_LOGIN="2/minute",
                       RATELIMIT_LOGIN_ACCOUNT="")
    with proxied.app_context():
        browser = Browser(proxied.test_client())
        for _ in range(2):
            browser.login("a@example.org", "x" * 20, headers={"X-Forwarded-For": "203.0.113.9"})
        blocked = browser.login("a@example.org", "x" * 20,
                                headers={"X-Forwarded-For": "203.0.113.9"})
        other = browser.login("a@example.org", "x" * 20,
                              headers={"X-Forwarded-For": "198.51.100.7"})
    assert blocked.status_code == 429
    assert other.status_code == 200


REDIS_URL = "redis://127.0.0.1:6379"


def test_limits_are_shared_between_app_instances_through_redis(app):
    redis_client = redis_or_skip(REDIS_URL)
    prefix = f"clinnet-test-{uuid.uuid4().hex[:12]}"
    settings = {"RATELIMIT_STORAGE_URI": REDIS_URL, "RATELIMIT_KEY_PREFIX": prefix,
                "RATELIMIT_LOGIN": "2/minute", "RATELIMIT_LOGIN_ACCOUNT": ""}
    first, second = make_app(app, **settings), make_app(app, **settings)
    try:
        for worker in (first, second):
            with worker.app_context():
                response = Browser(worker.test_client()).login("a@example.org", "x" * 20)
                assert response.status_code == 200
        with first.app_context():
            response = Browser(first.test_client()).login("a@example.org", "x" * 20)
        assert response.status_code == 429  # the third attempt, counted across both workers
        assert any(redis_client.scan_iter(f"*{prefix}*"))
    finally:
        keys = list(redis_client.scan_iter(f"*{prefix}*"))
        if keys:
            redis_client.delete(*keys)


@pytest.mark.config(RATELIMIT_MENTION_LOOKUP_ACCOUNT="3/minute")
def test_mention_completion_has_a_per_member_limit_with_a_json_429(app):
    """GET /members/mentions runs a query per keystroke pause: it is counted per member (GETs,
    unlike the form limits), and its 429 is JSON for the editor's script, which goes quiet."""
    first, second = make_user(Role.PHYSICIAN), make_user(Role.PHYSICIAN)
    member = Browser(app.test_client())
    member.login_as(first)
    for _ in range(3):
        response = member.get("/members/mentions?q=pr")
        assert response.status_code == 200
        assert response.get_json() == {"members": []}
    refused = member.get("/members/mentions?q=pri")
    assert refused.status_code == 429
    assert refused.mimetype == "application/json"
    body = refused.get_json()
    assert 0 < int(refused.headers["Retry-After"]) <= 60
    assert body["retry_after"] == int(refused.headers["Retry-After"])
    assert "try again in" in body["error"]
    assert member.get("/").status_code == 200  # only the lookup is held back
    # Per member, not per address: a colleague behind the same IP still gets answers.
    colleague = Browser(app.test_client())
    colleague.login_as(second)
    assert colleague.get("/members/mentions?q=pr").status_code == 200
