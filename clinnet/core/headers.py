"""Security headers on every response."""

from __future__ import annotations

from flask import current_app, request
from flask_login import current_user

CONTENT_SECURITY_POLICY = (
    "default-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
    "form-action 'self'; img-src 'self' data:; script-src 'self'; style-src 'self'"
)
# Sign-in, reset, confirmation and account pages carry one-time tokens in forms or (on the
# first request of a mailed link) in their address: never cached, and no Referer, so neither
# another site nor our own static files' requests see a token.
TOKEN_PAGES = ("auth.", "account.")
PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()"


def set_security_headers(response):
    headers = response.headers
    headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
    headers.setdefault("X-Content-Type-Options", "nosniff")
    headers.setdefault("X-Frame-Options", "DENY")
    endpoint = request.endpoint or ""
    token_page = endpoint.startswith(TOKEN_PAGES)
    headers.setdefault("Referrer-Policy", "no-referrer" if token_page else "same-origin")
    headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
    headers.setdefault("Cross-Origin-Opener-Policy", "same-origin")
    headers.setdefault("Cross-Origin-Resource-Policy", "same-origin")
    if current_app.config["SESSION_COOKIE_SECURE"]:
        headers.setdefault("Strict-Transport-Security", "max-age=31536000; includeSubDomains")
    # Clinical content must not linger in shared ward computers' caches.
    # A view that marks its response `private` (images) keeps that: browsers may cache it briefly.
    private = "private" in headers.get("Cache-Control", "")
    if not private and (token_page or _signed_in()):
        headers["Cache-Control"] = "no-store"
    return response


def _signed_in() -> bool:
    # A response to a failed request (the database is down) must still get its headers: the
    # member is then unknown, and the page (an error page) is not cached either way.
    try:
        return current_user.is_authenticated
    except Exception:
        return True
