"""Template globals and filters shared by every feature."""

from __future__ import annotations


def without_page(args: dict) -> dict:
    """Query arguments minus `page`, for pager links that keep the current filters."""
    return {key: value for key, value in args.items() if key != "page"}


def register(app, **globals_) -> None:
    app.jinja_env.globals.update(globals_)
    app.jinja_env.filters["reject_page"] = without_page
