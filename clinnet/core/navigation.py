"""Navigation links that features add for the roles allowed to follow them."""

from __future__ import annotations

from dataclasses import dataclass

from flask import current_app
from flask_login import current_user


@dataclass(frozen=True)
class NavItem:
    label: str
    endpoint: str
    role: str


def add_nav_item(app, label: str, endpoint: str, role: str) -> None:
    app.extensions.setdefault("clinnet.nav", []).append(NavItem(label, endpoint, role))


def extra_nav_items() -> list[NavItem]:
    if not current_user.is_authenticated:
        return []
    items = current_app.extensions.get("clinnet.nav", [])
    return [item for item in items if current_user.has_role(item.role)]
