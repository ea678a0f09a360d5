"""The one place where member-written text becomes HTML.

Markdown is parsed with raw HTML disabled, then the output goes through bleach with an explicit
allow-list. Keeping both steps here means a later move from bleach to nh3 touches one file.
"""

from __future__ import annotations

from functools import lru_cache

import bleach
from bleach.linkifier import Linker
from markdown_it import MarkdownIt

ALLOWED_TAGS = frozenset({
    "p", "br", "hr", "strong", "em", "code", "pre", "blockquote",
    "ul", "ol", "li", "h3", "h4", "h5", "h6", "a",
    "table", "thead", "tbody", "tr", "th", "td", "del", "sup", "sub",
})
ALLOWED_ATTRIBUTES = {"a": ["href", "title", "rel"], "th": ["align"], "td": ["align"]}
ALLOWED_PROTOCOLS = frozenset({"http", "https", "mailto"})


@lru_cache(maxsize=1)
def _markdown() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    md.enable(["table", "strikethrough"])
    # Headings in a post must not outrank the page's own h1/h2.
    md.add_render_rule("heading_open", _demoted_heading)
    md.add_render_rule("heading_close", _demoted_heading)
    return md


def _demoted_heading(self, tokens, idx, options, env):
    token = tokens[idx]
    level = min(int(token.tag[1]) + 2, 6)
    return f"<{'/' if token.nesting < 0 else ''}h{level}>"


def _set_rel(attrs, new=False):
    attrs[(None, "rel")] = "nofollow noopener noreferrer"
    return attrs


def render_markdown(text: str) -> str:
    """Member Markdown → safe HTML (store the result; do not re-render on every view)."""
    html = _markdown().render(text or "")
    cleaned = bleach.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        protocols=ALLOWED_PROTOCOLS,
        strip=True,
        strip_comments=True,
    )
    return Linker(callbacks=[_set_rel], skip_tags={"pre", "code"}, parse_email=False).linkify(
        cleaned
    )
