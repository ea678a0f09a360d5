"""gunicorn settings for clinnet (gunicorn reads ./gunicorn.conf.py by itself).

- Threaded workers: a request waiting on something slow (a licence registry, a mail server)
  holds one thread, not a whole worker, so page views keep being served.
- The app is told how many worker processes serve it, so that production refuses per-process
  rate-limit counting behind several of them (clinnet.config).
- The access log never shows the one-time token of a mailed link (reset, confirmation).

Override anything on the command line, e.g. `gunicorn -w 8 --threads 4 wsgi:app`.
"""

import os
import re

import gunicorn.glogging

workers = int(os.environ.get("WEB_CONCURRENCY", "4"))
worker_class = "gthread"
threads = 4
timeout = 60
graceful_timeout = 30
# The app's own bounds (database 5 s, registry 8 s, Redis 0.5 s, mail 10 s) end requests well
# before `timeout` kills a worker.

_TOKEN_IN_PATH = re.compile(r"(/(?:auth/reset|auth/confirm|account/email/confirm)/)[^/\s?\"]+")


def _redact(value):
    return _TOKEN_IN_PATH.sub(r"\1[redacted]", value) if isinstance(value, str) else value


class RedactingLogger(gunicorn.glogging.Logger):
    """gunicorn's logger, with tokens in request paths replaced before the access line."""

    def atoms(self, resp, req, environ, request_time):
        atoms = super().atoms(resp, req, environ, request_time)
        return {key: _redact(value) for key, value in atoms.items()}


logger_class = RedactingLogger


def on_starting(server):
    """Tell the app (created in each worker, after this) how many workers serve it."""
    os.environ["CLINNET_SERVER_WORKERS"] = str(server.cfg.workers)


def when_ready(server):
    # With --preload the app was created before on_starting: check the one setting that
    # depends on the worker count here too.
    from clinnet.config import ConfigError

    app = getattr(server.app, "callable", None)
    config = getattr(app, "config", None)
    if config and not (config["TESTING"] or config["DEMO"]) and server.cfg.workers > 1 and \
            config["RATELIMIT_STORAGE_URI"].startswith("memory://"):
        raise ConfigError("CLINNET_RATELIMIT_STORAGE_URI is memory:// with "
                          f"{server.cfg.workers} workers: each would count alone; use "
                          "redis://host:6379/0")
