"""Issue 13 item 10: a registry that trickles one byte at a time is cut off at a total deadline,
and slow registry lookups cannot take the workers away from page views (a real local server
that trickles, and real gunicorn workers)."""

import http.cookiejar
import re
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from sqlalchemy import select

from clinnet.core.authz import Role
from clinnet.extensions import db
from clinnet.verification.models import Application
from clinnet.verification.registry import NppesRegistry, RegistryUnavailable
from tests.helpers import PASSWORD, make_user
from tests.outages import TricklingServer, free_port
from tests.verification.util import LENA

ROOT = Path(__file__).resolve().parents[2]
NPIS = ("9990000009", "9990000017", "9990000025", "9990000033")  # valid check digits


@pytest.fixture
def trickling():
    server = TricklingServer(interval=0.5)
    yield server
    server.close()


def test_a_trickling_registry_is_cut_off_at_the_total_deadline(app, trickling):
    registry = NppesRegistry(trickling.url, deadline=1.5, retries=1)
    started = time.monotonic()
    with pytest.raises(RegistryUnavailable, match="timed out"):
        registry.lookup(LENA["npi"])
    assert 1.4 < time.monotonic() - started < 2.5  # retries included, not per read


def test_a_lookup_finding_every_slot_busy_does_not_wait(app, trickling):
    app.config.update(REGISTRY_LOOKUPS_PER_WORKER=1)
    registry = NppesRegistry(trickling.url, deadline=2.0, retries=0)
    slow = threading.Thread(target=lambda: _ignore(registry.lookup, LENA["npi"], app))
    slow.start()
    time.sleep(0.3)  # the first lookup holds the only slot
    started = time.monotonic()
    with pytest.raises(RegistryUnavailable, match="as many questions as this server allows"):
        registry.lookup(LENA["npi"])
    assert time.monotonic() - started < 0.3
    slow.join()


def _ignore(function, argument, app):
    with app.app_context(), pytest.raises(RegistryUnavailable):
        function(argument)


def _session(base: str):
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(
        http.cookiejar.CookieJar()))

    def post(path, fields):
        page = opener.open(base + path, timeout=30).read().decode()
        token = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', page).group(1)
        data = urllib.parse.urlencode({**fields, "csrf_token": token}).encode()
        return opener.open(base + path, data=data, timeout=30).read()

    return post


def test_slow_registry_lookups_do_not_stall_page_views(app, trickling, tmp_path):
    """Four applicants submit while the registry trickles; gunicorn's threaded workers keep
    answering page views, and each lookup ends at its deadline."""
    applicants = [make_user(Role.APPLICANT, email=f"applicant{n}@example.org")
                  for n in range(4)]
    db.session.commit()
    config = {"TESTING": True, "SECRET_KEY": app.config["SECRET_KEY"],
              "DATABASE_URL": app.config["SQLALCHEMY_DATABASE_URI"], "MAIL_BACKEND": "memory",
              "RATELIMITS_ENABLED": False, "REGISTRY": "nppes", "NPPES_URL": trickling.url,
              "REGISTRY_DEADLINE": 3.0, "NPPES_RETRIES": 0, "PASSWORD_HASH_TIME_COST": 1,
              "PASSWORD_HASH_MEMORY_COST": 8, "PASSWORD_HASH_PARALLELISM": 1}
    (tmp_path / "stall_app.py").write_text(
        f"from clinnet import create_app\napp = create_app({config!r})\n")
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "-c", str(ROOT / "gunicorn.conf.py"), "-w", "2",
         "-b", f"127.0.0.1:{port}", "--chdir", str(tmp_path), "stall_app:app"],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_for(base + "/healthz")
        sessions = []
        for user in applicants:
            post = _session(base)
            post("/auth/login", {"email": user.email, "password": PASSWORD})
            sessions.append(post)
        durations = []

        def apply(post, npi):
            started = time.monotonic()
            post("/verification/apply", {**LENA, "npi": npi})
            durations.append(time.monotonic() - started)

        threads = [threading.Thread(target=apply, args=(post, npi))
                   for post, npi in zip(sessions, NPIS, strict=True)]
        for thread in threads:
            thread.start()
        time.sleep(0.5)
        views = []
        while any(thread.is_alive() for thread in threads):
            started = time.monotonic()
            urllib.request.urlopen(base + "/auth/login", timeout=30).read()
            views.append(time.monotonic() - started)
            time.sleep(0.1)
        for thread in threads:
            thread.join()
    finally:
        server.terminate()
        server.wait(timeout=30)
    assert views, "the lookups ended before any page view was measured"
    assert max(views) < 1.5, views
    assert max(durations) < 3.0 + 3.0, durations  # the deadline, plus the request itself
    db.session.commit()  # a new snapshot: what the workers wrote
    outcomes = db.session.scalars(select(Application.outcome)).all()
    # A trickle (or no free slot) is "unavailable", never "not found": admins re-check.
    assert outcomes == ["unavailable"] * 4


def _wait_for(url: str) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url, timeout=1).read()
            return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError("gunicorn did not start")
