"""Styled error pages; never a traceback to the browser."""

from __future__ import annotations

from flask import render_template, request
from flask_wtf.csrf import CSRFError
from werkzeug.exceptions import HTTPException

_MESSAGES = {
    400: ("Bad request", "The request could not be understood."),
    403: ("Not allowed", "Your account does not have access to this page."),
    404: ("Not found", "There is nothing here, or it is not yours to see."),
    405: ("Not allowed", "This address does not accept that kind of request."),
    413: ("Too large", "What you sent is larger than clinnet accepts."),
    429: ("Slow down", "Too many requests. Please wait a moment and try again."),
    500: ("Something went wrong", "The error has been logged. Nothing you sent was saved."),
    503: ("Try again in a moment", "clinnet cannot answer right now. Nothing was changed."),
}


def render_error(code: int, detail: str | None = None):
    """The styled error page for `code`, with `detail` instead of the usual message."""
    title, message = _MESSAGES.get(code, ("Error", "Something went wrong."))
    return render_template("error.html", code=code, title=title, message=detail or message), code


def _wait_phrase(seconds: int) -> str:
    if seconds < 90:
        return f"{seconds} second{'s' if seconds != 1 else ''}"
    minutes = -(-seconds // 60)
    return f"{minutes} minutes"


def handle_too_many_requests(error: HTTPException):
    from clinnet.core.limits import retry_after_seconds

    seconds = retry_after_seconds()
    detail = None
    if seconds:
        detail = (f"Too many attempts from you in a short time. You can try again in "
                  f"{_wait_phrase(seconds)}.")
    body, code = render_error(429, detail)
    headers = {"Retry-After": str(seconds)} if seconds else {}
    return body, code, headers


def handle_http_error(error: HTTPException):
    if error.code == 403:
        from flask_login import current_user

        from clinnet.core.logging import security_event

        security_event("access_denied", endpoint=request.endpoint,
                       user=getattr(current_user, "id", None))
    return render_error(error.code or 500)


def handle_csrf_error(error: CSRFError):
    from clinnet.core.logging import security_event

    security_event("csrf_failure", endpoint=request.endpoint, reason=error.description)
    return render_error(
        400,
        "This form has expired or was sent from another page. "
        "Go back, reload the page and submit it again.",
    )


def handle_unexpected_error(error: Exception):
    from flask import current_app

    current_app.logger.exception("unhandled error")
    return render_error(500)


def refuse_nul_bytes():
    """before_request: NUL characters have no place in form text, and PostgreSQL refuses them
    in text columns (a crash later instead of a clear 400 now)."""
    for values in (request.args, request.form):
        for value in values.values():
            if "\x00" in value:
                return render_error(400, "What you sent contains characters clinnet cannot accept.")
    return None


def register(app) -> None:
    app.before_request(refuse_nul_bytes)
    app.register_error_handler(CSRFError, handle_csrf_error)
    app.register_error_handler(429, handle_too_many_requests)
    app.register_error_handler(HTTPException, handle_http_error)
    app.register_error_handler(Exception, handle_unexpected_error)
