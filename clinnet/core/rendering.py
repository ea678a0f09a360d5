"""The one place where member-written text becomes what other members see.

Two views of one parse of the stored Markdown source:

- `render_markdown(source)`: the HTML the page shows (Markdown with raw HTML disabled, then
  bleach with an explicit allow-list; keeping both here makes a later move to nh3 one file).
- `visible_text(source)`: the text a member reads on that page - character references and
  backslash escapes decoded, emphasis, link and code markup gone, link destinations and
  titles included (a reader sees them, on hover or in the status bar) - with
  the source span behind every character. The de-identification gate, re-scans, redaction and
  search work on this text and map their spans back to the source, so nothing can be written
  in a form the scanner does not see (DESIGN.md: "what members see is what was scanned").

Both drop the same invisible characters: format and control characters (zero-width, bidi
overrides that reverse what is shown, soft hyphens) and blank "letters" such as the Hangul
filler, whether typed or written as a character reference.

Two Markdown features are off because their text would be shown away from where it is written:
images (bleach strips <img>, so `![alt](src)` shows as "!" and a link) and reference-style
link definitions (`[label]: url` stays plain text; links are written inline).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import bleach
from bleach.linkifier import Linker
from markdown_it import MarkdownIt
from markdown_it.common.utils import escapeHtml
from markdown_it.helpers import parseLinkDestination, parseLinkTitle

ALLOWED_TAGS = frozenset({
    "p", "br", "hr", "strong", "em", "code", "pre", "blockquote",
    "ul", "ol", "li", "h3", "h4", "h5", "h6", "a",
    "table", "thead", "tbody", "tr", "th", "td", "del", "sup", "sub",
})
# <ol start> is not allowed: lists count from 1, so their numbers carry nothing of the source.
ALLOWED_ATTRIBUTES = {"a": ["href", "title", "rel"], "th": ["align"], "td": ["align"]}
ALLOWED_PROTOCOLS = frozenset({"http", "https", "mailto"})

# Letters that draw nothing (they split a word for a scanner while a reader sees it whole).
_BLANK_LETTERS = frozenset("\u115f\u1160\u3164\uffa0\u2800\u180e")


def is_invisible(ch: str) -> bool:
    """A character a reader does not see as such: format/control characters, blank letters."""
    if ch in "\n\t":
        return False
    return ch in _BLANK_LETTERS or unicodedata.category(ch) in ("Cf", "Cc")


def clean_source(text: str | None) -> str:
    """What we store: NFC, Unix newlines, no invisible characters, no surrounding blank space.

    Removing them means what is stored, shown and scanned is the same visible text
    (PostgreSQL also refuses NUL in text columns).
    """
    text = unicodedata.normalize("NFC", (text or "").replace("\r\n", "\n").replace("\r", "\n"))
    return "".join(ch for ch in text if not is_invisible(ch)).strip()


def _shown(text: str) -> str:
    return "".join(ch for ch in text if not is_invisible(ch))


@lru_cache(maxsize=1)
def _markdown() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    md.enable(["table", "strikethrough"])
    # text_join would merge decoded character references into plain text; kept apart, the
    # visible text knows which source characters each one came from.
    md.disable(["text_join", "image", "reference"])
    md.add_render_rule("text_special", _render_text)
    md.add_render_rule("text", _render_text)
    # Headings in a post must not outrank the page's own h1/h2.
    md.add_render_rule("heading_open", _demoted_heading)
    md.add_render_rule("heading_close", _demoted_heading)
    return md


def _render_text(self, tokens, idx, options, env):
    return escapeHtml(_shown(tokens[idx].content))


def _demoted_heading(self, tokens, idx, options, env):
    token = tokens[idx]
    level = min(int(token.tag[1]) + 2, 6)
    return f"<{'/' if token.nesting < 0 else ''}h{level}>"


def _set_rel(attrs, new=False):
    attrs[(None, "rel")] = "nofollow noopener noreferrer"
    return attrs


def render_markdown(text: str) -> str:
    """Member Markdown → safe HTML (store the result; do not re-render on every view)."""
    md = _markdown()
    html = md.renderer.render(md.parse(text or ""), md.options, {})
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


@dataclass(frozen=True)
class VisibleText:
    """What a reader sees of a source text, and where in the source each character comes from.

    `starts[i]`/`ends[i]` is the source span behind visible character i; characters the page
    adds (a line break between paragraphs) have an empty span at their place in the source.
    """

    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def to_source(self, start: int, end: int) -> tuple[int, int]:
        """The source span that produced visible characters [start, end)."""
        if end <= start:
            point = self.starts[start] if start < len(self.starts) else \
                (self.ends[-1] if self.ends else 0)
            return point, point
        return min(self.starts[start:end]), max(self.ends[start:end])


def plain_text(text: str) -> VisibleText:
    """A field shown as typed (a title, a timeline line): every character is its own source."""
    return VisibleText(text, tuple(range(len(text))), tuple(range(1, len(text) + 1)))


def visible_text(source: str) -> VisibleText:
    """The text members read when `source` is rendered as Markdown (see the module docstring)."""
    source = source or ""
    md = _markdown()
    return _Walker(source).walk(md.parse(source), md)


class _Walker:
    """Walks the token stream of one parse, finding each token's characters in the source."""

    def __init__(self, source: str):
        self.src = source
        self.line_starts = [0]
        for i, ch in enumerate(source):
            if ch == "\n":
                self.line_starts.append(i + 1)
        self.chars: list[str] = []
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.pos = 0

    # -- output -------------------------------------------------------------------------
    def emit(self, text: str, start: int, end: int) -> None:
        for ch in _shown(text):
            self.chars.append(ch)
            self.starts.append(start)
            self.ends.append(end)

    def emit_one_to_one(self, text: str, start: int) -> None:
        for i, ch in enumerate(text):
            if not is_invisible(ch):
                self.chars.append(ch)
                self.starts.append(start + i)
                self.ends.append(start + i + 1)

    def emit_aligned(self, text: str, limit: int) -> None:
        """Characters that are in the source in this order, perhaps with others between them
        (indentation, quote markers, a tab shown as spaces)."""
        for ch in text:
            if is_invisible(ch):
                continue
            found = self.src.find(ch, self.pos, limit)
            if found < 0:
                self.emit(ch, self.pos, self.pos)
            else:
                self.emit(ch, found, found + 1)
                self.pos = found + 1

    def separate(self, sep: str = "\n") -> None:
        if self.chars and self.chars[-1] not in "\n ":
            self.emit(sep, self.pos, self.pos)

    # -- source positions ---------------------------------------------------------------
    def line_start(self, line: int) -> int:
        if line < len(self.line_starts):
            return self.line_starts[line]
        return len(self.src)

    def region(self, token) -> tuple[int, int]:
        if token.map:
            start = max(self.pos, self.line_start(token.map[0]))
            return start, max(start, self.line_start(token.map[1]))
        return self.pos, len(self.src)

    def skip(self, markup: str, limit: int) -> None:
        if markup:
            found = self.src.find(markup, self.pos, limit)
            if found >= 0:
                self.pos = found + len(markup)

    # -- the walk -----------------------------------------------------------------------
    def walk(self, tokens, md: MarkdownIt) -> VisibleText:
        for token in tokens:
            kind = token.type
            if kind == "inline":
                start, limit = self.region(token)
                self.pos = start
                self.inline(token.children or [], limit, md)
            elif kind in ("fence", "code_block"):
                self.separate()
                start, limit = self.region(token)
                self.pos = start
                if kind == "fence":
                    first_line_end = self.src.find("\n", self.pos, limit)
                    self.pos = first_line_end + 1 if first_line_end >= 0 else limit
                self.emit_aligned(token.content, limit)
                self.pos = max(self.pos, limit)
            elif kind in ("th_close", "td_close"):
                self.separate(" ")
            elif kind.endswith("_close") or kind == "hr":
                self.separate()
        text = "".join(self.chars)
        return VisibleText(text, tuple(self.starts), tuple(self.ends))

    def inline(self, children, limit: int, md: MarkdownIt) -> None:
        links: list[bool] = []  # for each open link: is it an autolink
        for child in children:
            kind = child.type
            if kind == "text":
                found = self.src.find(child.content, self.pos, limit)
                if found >= 0 and child.content:
                    self.emit_one_to_one(child.content, found)
                    self.pos = found + len(child.content)
                else:
                    self.emit_aligned(child.content, limit)
            elif kind == "text_special":
                found = self.src.find(child.markup, self.pos, limit)
                if found >= 0:
                    self.emit(child.content, found, found + len(child.markup))
                    self.pos = found + len(child.markup)
                else:
                    self.emit(child.content, self.pos, self.pos)
            elif kind in ("softbreak", "hardbreak"):
                found = self.src.find("\n", self.pos, limit)
                end = found + 1 if found >= 0 else self.pos
                self.emit("\n", max(found, self.pos), end)
                self.pos = end
            elif kind == "code_inline":
                self.skip(child.markup, limit)
                self.emit_aligned(child.content, limit)
                self.skip(child.markup, limit)
            elif kind == "link_open":
                autolink = child.markup == "autolink"
                links.append(autolink)
                self.skip("<" if autolink else "[", limit)
            elif kind == "link_close":
                if links and links.pop():
                    self.skip(">", limit)
                else:
                    self.link_tail(limit, md)
            else:  # emphasis, strong, strikethrough: their markers are not shown
                self.skip(child.markup, limit)

    def link_tail(self, limit: int, md: MarkdownIt) -> None:
        """After a link's text: `](destination "title")`. A reader sees the destination (hover,
        status bar, the address it opens) and the title (tooltip), so both are visible text."""
        src = self.src
        close = src.find("](", self.pos, limit)
        if close < 0:
            return
        pos = _skip_space(src, close + 2, limit)
        destination = parseLinkDestination(src, pos, limit)
        if destination.ok:
            href = md.normalizeLinkText(md.normalizeLink(destination.str))
            # The space that separates it from the link text is not in the source: it maps
            # to an empty span, so a finding never starts on markup a reader does not see.
            self.emit(" ", pos, pos)
            self.emit(href, pos, destination.pos)
            pos = _skip_space(src, destination.pos, limit)
            title = parseLinkTitle(src, pos, limit)
            if title.ok:
                self.emit(" ", pos, pos)
                self.emit(title.str, pos, title.pos)
                pos = title.pos
        end = src.find(")", pos, limit)
        self.pos = end + 1 if end >= 0 else pos


def _skip_space(src: str, pos: int, limit: int) -> int:
    while pos < limit and src[pos] in " \t\n":
        pos += 1
    return pos
