"""Shared fixtures: one real database per run (SQLite, or PostgreSQL when
CLINNET_TEST_DATABASE_URL is set), built by the real migrations and emptied after each test."""

from __future__ import annotations

import os
import socket

import pytest
from flask_migrate import upgrade
from sqlalchemy import text

from clinnet import create_app
from clinnet.core.db import UNMANAGED_TABLES
from clinnet.extensions import db
from tests.helpers import (
    MADE_APPS,
    Browser,
    enrol_two_factor,
    make_user,
    redis_or_skip,
    reset_schema,
)

PG_URL = os.environ.get("CLINNET_TEST_DATABASE_URL")
pytest_plugins = ("tests.verification.fixtures",)  # `physicians`: verified members to suspend
TEST_SECRET_KEY = "test-secret-key-that-is-long-enough-0123456789"


def pytest_runtest_setup(item):
    if item.get_closest_marker("postgres_only") and not PG_URL:
        pytest.skip("needs PostgreSQL (CLINNET_TEST_DATABASE_URL)")


def base_config(database_url: str, instance_path) -> dict:
    return {
        "TESTING": True,
        "SECRET_KEY": TEST_SECRET_KEY,
        "DATABASE_URL": database_url,
        # Cheap Argon2 parameters: hashing cost is not what the tests are about.
        "PASSWORD_HASH_TIME_COST": 1,
        "PASSWORD_HASH_MEMORY_COST": 8,
        "PASSWORD_HASH_PARALLELISM": 1,
        "MAIL_BACKEND": "memory",
    }


@pytest.fixture(scope="session")
def database_url(tmp_path_factory) -> str:
    if PG_URL:
        reset_schema(PG_URL)
        return PG_URL
    return "sqlite:///" + str(tmp_path_factory.mktemp("db") / "test.sqlite3")


@pytest.fixture(scope="session")
def _migrated_app(database_url, tmp_path_factory):
    instance = tmp_path_factory.mktemp("instance")
    app = create_app(base_config(database_url, instance))
    app.instance_path = str(instance)
    with app.app_context():
        upgrade()
    yield app
    with app.app_context():
        db.engine.dispose()


@pytest.fixture
def app(_migrated_app, request):
    """The app, with settings from @pytest.mark.config(...) applied for this test only."""
    app = _migrated_app
    marker = request.node.get_closest_marker("config")
    saved = dict(app.config)
    if marker:
        app.config.update(marker.kwargs)
    ctx = app.app_context()
    ctx.push()
    yield app
    db.session.remove()
    _empty_tables()
    app.extensions.pop("clinnet.outbox", None)
    ctx.pop()
    app.config.clear()
    app.config.update(saved)


def _empty_tables() -> None:
    tables = list(reversed(db.metadata.sorted_tables))
    with db.engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            names = ", ".join(t.name for t in tables)
            conn.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
        else:
            for table in tables:
                conn.execute(table.delete())
        for name in sorted(UNMANAGED_TABLES):  # raw-SQL tables such as the search index
            conn.execute(text(f"DELETE FROM {name}"))  # noqa: S608
        conn.execute(text("INSERT INTO audit_head (id, last_id, last_hash) VALUES (1, 0, :h)"),
                     {"h": "0" * 64})


@pytest.fixture
def client(app):
    return Browser(app.test_client())


@pytest.fixture
def users(app):
    """A member of every role, created through the real services."""
    from clinnet.core.authz import Role

    members = {role: make_user(role) for role in Role}
    for role in (Role.MODERATOR, Role.ADMIN):  # staff must use 2FA to reach their pages
        enrol_two_factor(members[role])
    return members


@pytest.fixture(autouse=True)
def _close_extra_apps():
    """Apps a test built with helpers.make_app leave no open database connections."""
    yield
    while MADE_APPS:
        with MADE_APPS.pop().app_context():
            db.engine.dispose()


@pytest.fixture(autouse=True)
def _fresh_rate_limits(request):
    """Each test starts with empty rate-limit counters (limits stay on)."""
    if "app" in request.fixturenames:
        from clinnet.core.limits import current_limiter

        with request.getfixturevalue("_migrated_app").app_context():
            current_limiter().reset()


@pytest.fixture(autouse=True)
def _no_network(monkeypatch):
    """Nothing leaves the machine in tests: only loopback connections are allowed."""
    real_connect = socket.socket.connect

    def guarded(sock, address):
        host = address[0] if isinstance(address, tuple) else address
        if isinstance(host, str) and host not in ("127.0.0.1", "::1", "localhost") and not \
                host.startswith("/"):
            raise RuntimeError(f"test tried to reach the network: {address!r}")
        return real_connect(sock, address)

    monkeypatch.setattr(socket.socket, "connect", guarded)


@pytest.fixture
def registry(app, tmp_path):
    """The stub registry, loaded with the demo registry file; returns the installed file's path.

    Tests add rows with tests.helpers.registry_row / write_registry.
    """
    from clinnet.verification.demo import demo_registry_bytes

    path = tmp_path / "registry.csv"
    path.write_bytes(demo_registry_bytes())
    app.config["REGISTRY"] = "stub"
    app.config["REGISTRY_CSV"] = str(path)
    return path


class _Inbox:
    """What a real local SMTP server (aiosmtpd) received: parsed messages, in order."""

    def __init__(self):
        self.messages = []
        self.refuse = False

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 (aiosmtpd's name)
        import email
        from email import policy

        if self.refuse:
            return "451 try again later"
        self.messages.append(email.message_from_bytes(envelope.content, policy=policy.default))
        return "250 OK"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def smtp_server(app):
    """A real SMTP server on a free local port, and the app sending to it."""
    from aiosmtpd.controller import Controller

    inbox = _Inbox()
    port = free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    app.config.update(MAIL_BACKEND="smtp", SMTP_HOST="127.0.0.1", SMTP_PORT=port,
                      SMTP_STARTTLS=False, MAIL_FROM="clinnet <no-reply@clinnet.test>",
                      BASE_URL="https://clinnet.example")
    yield inbox
    controller.stop()


TEST_REDIS_URL = os.environ.get("CLINNET_TEST_REDIS_URL", "redis://127.0.0.1:6379/4")


@pytest.fixture
def job_queue(app):
    """The real RQ queue on the real Redis (a queue of this test's own); jobs wait there
    until the test runs a worker (`clinnet.jobs.work(burst=True)`)."""
    import uuid

    connection = redis_or_skip(TEST_REDIS_URL)
    app.config.update(JOBS_REDIS_URL=TEST_REDIS_URL, JOBS_QUEUE=f"test-{uuid.uuid4().hex}")
    from clinnet import jobs

    queue = jobs.queue()
    yield queue
    queue.empty()
    for registry in (queue.failed_job_registry, queue.finished_job_registry,
                     queue.started_job_registry, queue.scheduled_job_registry,
                     queue.deferred_job_registry):
        for job_id in registry.get_job_ids():
            registry.remove(job_id, delete_job=True)
    queue.delete(delete_jobs=True)
    connection.close()
