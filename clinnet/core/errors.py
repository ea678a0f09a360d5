"""Styled error pages; never a traceback to the browser, and never gunicorn's bare "Internal
Server Error": when the database or Redis cannot be reached, the answer is a styled 503 page
drawn from a layout that reads neither (no signed-in member, no notification count).

What the pages say is true: a request that failed is rolled back as a whole (one unit of work,
clinnet.transactions), so "nothing was saved" holds, except when the connection dropped while
the database was committing; then nobody can know, and the page says so. Resubmitting the same
form is safe in that case too: forms carry an idempotency key (clinnet.accounts.idempotency).
"""

from __future__ import annotations

from flask import current_app, render_template, request
from flask_wtf.csrf import CSRFError
from sqlalchemy import exc as sa_exc
from werkzeug.exceptions import HTTPException, InternalServerError

_MESSAGES = {
    400: ("Bad request", "The request could not be understood."),
    403: ("Not allowed", "Your account does not have access to this page."),
    404: ("Not found", "There is nothing here, or it is not yours to see."),
    405: ("Not allowed", "This address does not accept that kind of request."),
    413: ("Too large", "What you sent is larger than clinnet accepts."),
    429: ("Slow down", "Too many requests. Please wait a moment and try again."),
    500: ("Something went wrong", "The error has been logged. Nothing you sent was saved: go "
          "back and try again."),
    503: ("Temporarily unavailable", "clinnet cannot reach its database right now. Nothing you "
          "sent was saved. Please try again in a minute."),
}
UNCERTAIN = ("clinnet lost its connection to the database while saving, so it cannot tell "
             "whether your last action was saved. Go back and send the form again: if it was "
             "saved, clinnet recognises the form and does not save it twice.")
RETRY_AFTER_SECONDS = 30


def render_error(code: int, detail: str | None = None):
    """The styled error page for `code`, with `detail` instead of the usual message. Falls back
    to the database-free layout if the full page cannot be drawn."""
    title, message = _MESSAGES.get(code, ("Error", "Something went wrong."))
    context = {"code": code, "title": title, "message": detail or message}
    try:
        return render_template("error.html", **context), code
    except Exception:  # e.g. the page's header needs the database, which is down
        current_app.logger.warning("error page drawn without the site header")
        return _render_without_database(context), code


def _render_without_database(context: dict) -> str:
    # Not render_template: the app's context processors run there, and Flask-Login's loads
    # the signed-in member from the database.
    template = current_app.jinja_env.get_template("unavailable.html")
    return template.render(request=request, **context)


def outage_page(detail: str | None = None):
    """503 "temporarily unavailable", drawn without touching the database."""
    title, message = _MESSAGES[503]
    body = _render_without_database({"code": 503, "title": title,
                                     "message": detail or message})
    return body, 503, {"Retry-After": str(RETRY_AFTER_SECONDS)}


def is_outage(error: BaseException | None) -> bool:
    """Whether `error` means a dependency (database, Redis) cannot be reached or timed out."""
    if error is None:
        return False
    if isinstance(error, sa_exc.OperationalError | sa_exc.InterfaceError |
                  sa_exc.DisconnectionError | sa_exc.TimeoutError):
        return True
    try:
        import redis
    except ImportError:  # pragma: no cover - redis is a dependency
        return False
    return isinstance(error, redis.ConnectionError | redis.TimeoutError)


def _wait_phrase(seconds: int) -> str:
    if seconds < 90:
        return f"{seconds} second{'s' if seconds != 1 else ''}"
    minutes = -(-seconds // 60)
    return f"{minutes} minutes"


def answers_json(view):
    """Mark a view whose answers are JSON for a script: its errors are JSON too."""
    view.clinnet_answers_json = True
    return view


def _wants_json() -> bool:
    view = current_app.view_functions.get(request.endpoint or "")
    return bool(getattr(view, "clinnet_answers_json", False))


def handle_too_many_requests(error: HTTPException):
    from clinnet.core.limits import retry_after_seconds

    seconds = retry_after_seconds()
    detail = None
    if seconds:
        detail = (f"Too many attempts from you in a short time. You can try again in "
                  f"{_wait_phrase(seconds)}.")
    headers = {"Retry-After": str(seconds)} if seconds else {}
    if _wants_json():
        return ({"error": detail or _MESSAGES[429][1], "retry_after": seconds}, 429, headers)
    body, code = render_error(429, detail)
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
    if is_outage(error):
        current_app.logger.error("dependency unavailable: %s", type(error).__name__)
        return outage_page()
    current_app.logger.exception("unhandled error")
    return render_error(500)


def handle_server_error(error: InternalServerError):
    """Errors that escaped the request's own handling: raised while beginning or committing
    its unit of work."""
    original = error.original_exception
    if is_outage(original):
        current_app.logger.error("dependency unavailable (%s): %s", "while committing" if
                                 getattr(original, "during_commit", False) else "at the start",
                                 type(original).__name__)
        return outage_page(UNCERTAIN if getattr(original, "during_commit", False) else None)
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
    app.register_error_handler(InternalServerError, handle_server_error)
    app.register_error_handler(HTTPException, handle_http_error)
    app.register_error_handler(Exception, handle_unexpected_error)
