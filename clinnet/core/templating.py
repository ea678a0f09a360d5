"""Template globals and filters shared by every feature."""

from __future__ import annotations

from datetime import datetime

from markupsafe import Markup


def without_page(args: dict) -> dict:
    """Query arguments minus `page`, for pager links that keep the current filters."""
    return {key: value for key, value in args.items() if key != "page"}


def time_tag(value: datetime | None, fmt: str = "%Y-%m-%d %H:%M") -> Markup:
    """A <time> the page shows in UTC; clinnet.js rewrites it as a relative time in the
    reader's own time zone ("3 hours ago", the full local time on hover)."""
    if value is None:
        return Markup("")
    return Markup('<time datetime="{}">{} UTC</time>').format(
        value.isoformat(timespec="seconds"), value.strftime(fmt))


def excerpt(html: str, length: int = 220) -> str:
    """The first words of rendered (already sanitised) HTML as plain text, for the feed."""
    text = Markup(html or "").striptags()  # noqa: S704 (sanitised at save; tags only stripped)
    if len(text) <= length:
        return text
    cut = text[:length].rsplit(" ", 1)[0]
    return cut.rstrip(" ,.;:") + "…"


def register(app, **globals_) -> None:
    app.jinja_env.globals.update(globals_)
    app.jinja_env.filters["reject_page"] = without_page
    app.jinja_env.filters["timetag"] = time_tag
    app.jinja_env.filters["excerpt"] = excerpt
