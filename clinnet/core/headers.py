"""Security headers on every response."""

from __future__ import annotations

from flask import current_app, request
from flask_login import current_user

CONTENT_SECURITY_POLICY = (
    "default-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
    "form-action 'self'; img-src 'self' data:; script-src 'self'; style-src 'self'"
)
NO_STORE_PREFIXES = ("auth.", "account.")
PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()"


def set_security_headers(response):
    headers = response.headers
    headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
    headers.setdefault("X-Content-Type-Options", "nosniff")
    headers.setdefault("X-Frame-Options", "DENY")
    headers.setdefault("Referrer-Policy", "same-origin")
    headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
    headers.setdefault("Cross-Origin-Opener-Policy", "same-origin")
    headers.setdefault("Cross-Origin-Resource-Policy", "same-origin")
    if current_app.config["SESSION_COOKIE_SECURE"]:
        headers.setdefault("Strict-Transport-Security", "max-age=31536000; includeSubDomains")
    # Clinical content must not linger in shared ward computers' caches.
    # Sign-in, two-factor and reset pages carry one-time tokens in forms or URLs: same rule.
    # A view that marks its response `private` (images) keeps that: browsers may cache it briefly.
    private = "private" in headers.get("Cache-Control", "")
    if not private and (current_user.is_authenticated
                        or (request.endpoint or "").startswith(NO_STORE_PREFIXES)):
        headers["Cache-Control"] = "no-store"
    return response
