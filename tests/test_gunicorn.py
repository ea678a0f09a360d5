"""The shipped gunicorn.conf.py: production refuses per-process rate-limit counting behind
several workers (issue 13 item 6), and the access log never shows a mailed link's token."""

import contextlib
import os
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from tests.outages import free_port

ROOT = Path(__file__).resolve().parents[1]
PRODUCTION_ENV = {"CLINNET_SECRET_KEY": "k" * 40, "CLINNET_BASE_URL": "https://localhost",
                  "CLINNET_MAIL_BACKEND": "smtp", "CLINNET_SMTP_HOST": "127.0.0.1",
                  "CLINNET_TRUSTED_HOSTS": "localhost,127.0.0.1"}


def gunicorn(tmp_path, *args, env=None):
    environment = {key: value for key, value in os.environ.items()
                   if not key.startswith("CLINNET_")}
    environment.update(PRODUCTION_ENV, CLINNET_INSTANCE_PATH=str(tmp_path),
                       CLINNET_DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}", **(env or {}))
    return subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "-c", str(ROOT / "gunicorn.conf.py"), *args,
         "wsgi:app"], cwd=ROOT, env=environment, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, text=True)


def test_production_with_memory_rate_limits_behind_two_workers_does_not_start(tmp_path):
    server = gunicorn(tmp_path, "-w", "2", "-b", f"127.0.0.1:{free_port()}")
    try:
        _, errors = server.communicate(timeout=60)
    finally:
        server.kill()
    assert server.returncode != 0
    assert "each would count alone; use redis://" in errors


def test_the_access_log_redacts_tokens_in_mailed_links(tmp_path):
    port = free_port()
    server = gunicorn(tmp_path, "-w", "1", "-b", f"127.0.0.1:{port}", "--access-logfile", "-")
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1).read()
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)
        for path in ("/auth/reset/SECRET-RESET-TOKEN", "/auth/confirm/SECRET-CONFIRM-TOKEN"):
            with contextlib.suppress(OSError):  # the answer does not matter, the log line does
                urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=5).read()
    finally:
        server.terminate()
        output, _ = server.communicate(timeout=30)
    assert "/auth/reset/[redacted]" in output
    assert "SECRET-RESET-TOKEN" not in output
    assert "SECRET-CONFIRM-TOKEN" not in output
