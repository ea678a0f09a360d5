"""Roles and the app-wide default-deny guard.

Every endpoint needs a signed-in, active, verified physician unless its view says otherwise with
@public or @requires_role(...). A view someone forgets to mark is therefore protected, not open.
Object-level rules (whose draft is this?) live in each feature's policies and run in addition.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from urllib.parse import urlsplit

from flask import abort, current_app, flash, redirect, request, url_for
from flask_login import current_user, logout_user


class Role(enum.StrEnum):
    """Roles are additive: each includes every role before it.

    Comparisons go by rank; str's alphabetical ordering would put "admin" below "physician".
    """

    APPLICANT = "applicant"
    PHYSICIAN = "physician"
    MODERATOR = "moderator"
    ADMIN = "admin"

    @property
    def rank(self) -> int:
        return _RANKS[self.value]

    def __lt__(self, other):
        return self.rank < Role(other).rank

    def __le__(self, other):
        return self.rank <= Role(other).rank

    def __gt__(self, other):
        return self.rank > Role(other).rank

    def __ge__(self, other):
        return self.rank >= Role(other).rank

    @property
    def label(self) -> str:
        return self.value.capitalize()


_RANKS = {role.value: rank for rank, role in enumerate(Role)}
PUBLIC = "public"
_ACCESS_ATTR = "clinnet_access"
_OTHERWISE_ATTR = "clinnet_otherwise"


def public(view: Callable) -> Callable:
    """Open the view to everyone, signed in or not."""
    setattr(view, _ACCESS_ATTR, PUBLIC)
    return view


def requires_role(role: Role, otherwise: str | None = None) -> Callable:
    """Open the view to members holding `role` (or a higher one).

    `otherwise` names an endpoint to send signed-in members without the role to, instead of a 403
    (the feed sends applicants to their application's status).
    """

    def mark(view: Callable) -> Callable:
        setattr(view, _ACCESS_ATTR, role)
        setattr(view, _OTHERWISE_ATTR, otherwise)
        return view

    return mark


def access_of(view: Callable) -> Role | str:
    return getattr(view, _ACCESS_ATTR, Role.PHYSICIAN)


def is_safe_next(target: str | None) -> bool:
    """Only same-site paths are honoured as `next`, so sign-in cannot be an open redirect."""
    if not target or not target.startswith("/") or target.startswith("//"):
        return False
    # Browsers drop tabs and newlines in URLs, so "/\t/evil.example" would become "//evil…".
    if any(ord(char) < 0x21 or ord(char) == 0x7F for char in target):
        return False
    parts = urlsplit(target)
    return not parts.scheme and not parts.netloc and "\\" not in target


def enforce_access():
    """before_request hook: the single gate every request passes."""
    if request.endpoint is None:
        return None  # no route: Flask answers 404/405 itself
    view = current_app.view_functions[request.endpoint]
    access = access_of(view)
    if access == PUBLIC:
        return None
    if not current_user.is_authenticated:
        path = request.full_path if request.query_string else request.path
        return redirect(url_for("auth.login", next=path))
    if not current_user.is_active_member:
        reason = current_user.suspension_message
        logout_user()
        flash(reason, "error")
        return redirect(url_for("auth.login"))
    if current_user.has_role(access):
        return None
    otherwise = getattr(view, _OTHERWISE_ATTR, None)
    if otherwise and request.method == "GET":
        return redirect(url_for(otherwise))
    return abort(403)  # logged as a security event by the error handler
