"""Structured JSON logs with a request id, and a filter that keeps secrets out of them.

Every line is one JSON object. A filter on the app's logger and handler redacts anything that
looks like a password, token, cookie, CSRF value, secret or one-time code, so a careless log
call cannot leak one; post text must never be passed to a logger at all (fields named like it
are dropped).
"""

from __future__ import annotations

import json
import logging
import re
import sys
import uuid

from flask import current_app, g, has_request_context, request

REQUEST_ID_HEADER = "X-Request-ID"
_REQUEST_ID_RE = re.compile(r"^[A-Za-z0-9._-]{8,64}$")
SENSITIVE_KEYS = re.compile(
    r"pass(word|wd)?|token|secret|cookie|csrf|session|otp|code|authorization|api[_-]?key"
    r"|body|text|note|content", re.IGNORECASE)
REDACTED = "[redacted]"
# key=value, key: value, "key": "value" for sensitive keys; cookies; reset links.
_PATTERNS = [
    # An unquoted value runs to the next "key=" or the end of the line: passwords have spaces.
    re.compile(r"(?i)(?P<k>[\"']?(?:[\w-]*(?:pass(?:word|wd|phrase)?|token|secret|csrf|otp|"
               r"code|session|cookie|authorization|api[_-]?key)[\w-]*)[\"']?\s*[=:]\s*)"
               r"(?P<v>\"[^\"]*\"|'[^']*'|[^&\r\n]*?(?=\s+[\w-]+\s*[=:]|[&\r\n]|$))"),
    re.compile(r"(?i)(?P<k>/auth/reset/)(?P<v>[^/\s?\"']+)"),
    re.compile(r"(?i)(?P<k>bearer\s+)(?P<v>[^\s]+)"),
]
_STANDARD_ATTRS = set(vars(logging.makeLogRecord({}))) | {"message", "asctime", "taskName"}


def redact(text: str) -> str:
    """`text` with every sensitive value replaced by [redacted]."""
    for pattern in _PATTERNS:
        text = pattern.sub(lambda m: m.group("k") + REDACTED, text)
    return text


class RedactingFilter(logging.Filter):
    """Rewrites the record in place: message and arguments merged and redacted, sensitive
    extra fields blanked."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except (TypeError, ValueError):
            message = str(record.msg)
        record.msg, record.args = redact(message), None
        for key in list(vars(record)):
            if key in _STANDARD_ATTRS or key.startswith("_"):
                continue
            if SENSITIVE_KEYS.search(key):
                setattr(record, key, REDACTED)
            elif isinstance(getattr(record, key), str):
                setattr(record, key, redact(getattr(record, key)))
        return True


class JSONFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": self.formatTime(record, "%Y-%m-%dT%H:%M:%S%z"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        for key, value in vars(record).items():
            if key not in _STANDARD_ATTRS and not key.startswith("_"):
                entry[key] = value
        if record.exc_info:
            entry["exception"] = redact(self.formatException(record.exc_info))
        return json.dumps(entry, default=str)


class PlainFormatter(logging.Formatter):
    """One readable line per event, for the demo's terminal: time, level, message, and the
    request it belongs to."""

    # The development server's access line repeats the time:
    # 127.0.0.1 - - [date] "GET / HTTP/1.1" 200 -
    _COLOUR = re.compile(r"\x1b\[[0-9;]*m")
    _ACCESS = re.compile(
        r'^\S+ - - \[[^\]]*\] "(?P<request>[^"]*?)(?: HTTP/[\d.]+)?" (?P<status>\d+)')

    def format(self, record: logging.LogRecord) -> str:
        message = self._COLOUR.sub("", record.getMessage())
        access = self._ACCESS.match(message)
        if access:
            message = f"{access['request']} -> {access['status']}"
        line = f"{self.formatTime(record, '%H:%M:%S')} {record.levelname:<7} {message}"
        if getattr(record, "path", None):
            line += f" ({record.method} {record.path})"
        if record.exc_info:
            line += "\n" + redact(self.formatException(record.exc_info))
        return line


class RequestContextFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if has_request_context():
            record.request_id = g.get("request_id")
            record.method = request.method
            record.path = redact(request.path)
            record.remote_addr = request.remote_addr
        return True


def assign_request_id():
    """before_request: honour a well-formed X-Request-ID from the proxy, else make one."""
    incoming = request.headers.get(REQUEST_ID_HEADER, "")
    g.request_id = incoming if _REQUEST_ID_RE.match(incoming) else uuid.uuid4().hex


def echo_request_id(response):
    if g.get("request_id"):
        response.headers[REQUEST_ID_HEADER] = g.request_id
    return response


def security_event(event: str, **fields) -> None:
    """Log a security-relevant event (authorisation, CSRF, rate-limit, lockout) as one line."""
    current_app.logger.warning("security event: %s", event,
                               extra={"security_event": event, **fields})


def configure(app) -> None:
    """Send the app's logs to stderr as JSON lines, redacted, with the request id."""
    from flask.logging import default_handler

    logger = app.logger
    logger.removeHandler(default_handler)  # ours writes JSON to the same stream
    for existing in list(logger.filters):
        if isinstance(existing, RedactingFilter | RequestContextFilter):
            logger.removeFilter(existing)
    # Filters on the logger run before any handler (ours or pytest's) sees the record.
    logger.addFilter(RequestContextFilter())
    logger.addFilter(RedactingFilter())
    if not any(getattr(h, "_clinnet", False) for h in logger.handlers):
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(JSONFormatter())
        handler.addFilter(RedactingFilter())
        handler._clinnet = True
        logger.addHandler(handler)
    logger.setLevel(app.config["LOG_LEVEL"])
    # The development server's access log prints URLs, and reset links carry tokens.
    werkzeug_logger = logging.getLogger("werkzeug")
    if not any(isinstance(f, RedactingFilter) for f in werkzeug_logger.filters):
        werkzeug_logger.addFilter(RedactingFilter())
    app.before_request(assign_request_id)
    app.after_request(echo_request_id)


def plain_terminal(app) -> None:
    """The demo's terminal is read by a person: one plain line per event (the app's and the
    development server's), instead of JSON. Called by `clinnet demo` just before it serves;
    it changes this process's loggers, so nothing else calls it."""
    werkzeug_logger = logging.getLogger("werkzeug")
    for logger in (app.logger, werkzeug_logger):
        # Alembic's logging setup gave the root logger a handler of its own: records that
        # reach it as well would print every line twice.
        logger.propagate = False
        logger.handlers[:] = [h for h in logger.handlers if not getattr(h, "_clinnet", False)]
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(PlainFormatter())
        handler.addFilter(RedactingFilter())
        handler._clinnet = True
        logger.addHandler(handler)
    werkzeug_logger.setLevel(logging.INFO)
