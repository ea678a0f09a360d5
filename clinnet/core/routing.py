"""URL parsing shared by every feature: ids and page numbers that cannot overflow the database."""

from __future__ import annotations

from flask import request
from werkzeug.routing import IntegerConverter

MAX_ID = 2**31 - 1  # the largest value of an INTEGER primary key on PostgreSQL
MAX_PAGE = 10_000


class BoundedIntConverter(IntegerConverter):
    """`<int:...>` that only matches ids that can exist: larger ones are a plain 404 instead of
    an overflow error from the database driver."""

    def __init__(self, url_map, *args, **kwargs):
        kwargs.setdefault("max", MAX_ID)
        super().__init__(url_map, *args, **kwargs)


def install(app) -> None:
    """Call before any route is registered: converters are bound when rules are added."""
    app.url_map.converters["int"] = BoundedIntConverter


def page_number(name: str = "page") -> int:
    """The requested page, clamped to 1…MAX_PAGE (junk means page 1)."""
    page = request.args.get(name, 1, type=int) or 1
    return min(max(page, 1), MAX_PAGE)


def external_url(endpoint: str, **values) -> str:
    """An absolute link for a mail: BASE_URL plus the route's path, never the request's Host
    header (which a client chooses, and a proxy may forward from the client)."""
    from flask import current_app

    return absolute_url(current_app.url_map.bind("localhost").build(endpoint, values))


def absolute_url(path: str) -> str:
    """`path` on the address members use (BASE_URL; http://localhost in development)."""
    from flask import current_app

    return (current_app.config["BASE_URL"] or "http://localhost").rstrip("/") + path
