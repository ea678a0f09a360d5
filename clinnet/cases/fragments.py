"""Replies rendered once: each reply's HTML is kept in memory, so a thread page is mostly
concatenation.

A fragment is stored per (reply, variant), where the variant is what differs between readers
(their own reply, already voted, moderator, replies allowed), together with its *signature*:
every stored value the HTML is made of (case, creation time, status, helpful count, the
author's shown name, the edited mark, the rendered body, its images' ids, states and
versions). A lookup whose signature differs renders again and replaces the entry, so a
changed, hidden, redacted or deleted reply, a reply whose image changed, or an author who
changed their name, never shows an old fragment, whichever worker serves the page and whatever
was called when it changed. Per-reader parts that change often (the number of
replies under a reply, the "continue this thread" link, a "new" mark) are put between the
cached pieces at assembly.

`forget_fragments` and `forget_case` drop entries of this process at once (after a redaction,
say, so that the old text does not wait in memory for its entry to be replaced or evicted);
nothing depends on them for correctness.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import NamedTuple, Protocol

from flask import current_app, get_template_attribute
from markupsafe import Markup

from clinnet.cases.models import State

_EXTENSION = "clinnet.reply_fragments"
# What an entry costs beyond its text (key, tuples, dictionary slot), in characters.
_ENTRY_OVERHEAD = 200


@dataclass(slots=True)
class ReplyRow:
    """What a reply's fragment is made of (read once per page for the replies shown)."""

    id: int
    case_id: int
    author_id: int
    author_name: str
    status: str
    helpful_count: int
    body_html: str
    created_at: datetime
    edited: bool
    is_update: bool = False  # the case author's "Update" (cases/outcomes.py)
    images: tuple = ()  # its finished images and tombstones (cases/figures.py)

    @property
    def when(self) -> str:
        created = self.created_at  # read without its time zone: it is UTC (core.db.UTCDateTime)
        return (created if created.tzinfo else created.replace(tzinfo=UTC)).strftime(
            "%Y-%m-%d %H:%M")

    def signature(self) -> tuple:
        # The case and the creation time too: a hard-deleted draft's id can be taken again
        # by the next reply on SQLite (drafts are never cached, but ids cost nothing to check).
        # An image's version moves with every change of its pixels and its state with
        # redaction or a re-scan, so a changed image never shows an old fragment.
        return (self.case_id, self.created_at, self.status, self.helpful_count,
                self.author_name, self.edited, self.body_html, self.is_update,
                tuple((i.public_id, i.state, i.version) for i in self.images))


class Variant(NamedTuple):
    """What a reader changes in a reply's fragment (a tuple: hashed and compared in C, as
    every key of every reply of a page is)."""

    mine: bool
    voted: bool
    moderator: bool
    can_reply: bool


def variants(moderator: bool, can_reply: bool) -> dict[tuple[bool, bool], Variant]:
    """The variants a page needs, by (mine, voted): made once per page, not once per reply."""
    return {(mine, voted): Variant(mine, voted, moderator, can_reply)
            for mine in (False, True) for voted in (False, True)}


@dataclass(frozen=True, slots=True)
class Shown:
    """How a reader sees a reply: its text, a placeholder, or both (its author, moderators)."""

    show_text: bool
    placeholder: str | None


_PLACEHOLDERS = {State.DELETED: "[deleted]", State.HIDDEN: "[hidden]",
                 State.REMOVED: "[removed by a moderator]", State.IN_REVIEW: "[awaiting review]"}


def shown(status: str, variant: Variant) -> Shown:
    if status == State.PUBLISHED:
        return Shown(True, None)
    placeholder = _PLACEHOLDERS.get(status, "[not posted]")
    if status in (State.HIDDEN, State.REMOVED):
        # The author still sees their own hidden reply (and so what to fix).
        return Shown(variant.mine or variant.moderator, placeholder)
    if status == State.IN_REVIEW and (variant.mine or variant.moderator):
        return Shown(True, None)
    return Shown(False, placeholder)  # deleted text is nobody's to read here


_Entry = tuple[int, tuple, str, str]  # case id, signature, head, tail


class FragmentCache:
    """(reply id, variant) -> (case id, signature, head, tail), least recently used first out,
    bounded by the characters it holds."""

    def __init__(self, max_chars: int):
        self.max_chars = max_chars
        self._entries: OrderedDict[tuple[int, Variant], _Entry] = OrderedDict()
        self._chars = 0
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._entries)

    @property
    def chars(self) -> int:
        return self._chars

    def lookup(self, keys: Sequence[tuple[int, Variant]],
               signatures: Sequence[tuple]) -> list[tuple[str, str] | None]:
        """The cached (head, tail) for each key whose signature still matches, else None."""
        found: list[tuple[str, str] | None] = []
        entries = self._entries
        with self._lock:
            for key, signature in zip(keys, signatures, strict=True):
                entry = entries.get(key)
                if entry is not None and entry[1] == signature:
                    entries.move_to_end(key)
                    found.append((entry[2], entry[3]))
                else:
                    found.append(None)
        return found

    def store(self, items: Iterable[tuple[tuple[int, Variant], _Entry]]) -> None:
        with self._lock:
            for key, entry in items:
                old = self._entries.pop(key, None)
                if old is not None:
                    self._chars -= _cost(old)
                self._entries[key] = entry
                self._chars += _cost(entry)
            while self._chars > self.max_chars and self._entries:
                _, old = self._entries.popitem(last=False)
                self._chars -= _cost(old)

    def forget(self, reply_ids: Iterable[int] = (), case_ids: Iterable[int] = ()) -> int:
        """Drop the entries of these replies and of every reply of these cases."""
        replies, cases = set(reply_ids), set(case_ids)
        with self._lock:
            doomed = [key for key, entry in self._entries.items()
                      if key[0] in replies or entry[0] in cases]
            for key in doomed:
                self._chars -= _cost(self._entries.pop(key))
        return len(doomed)


def _cost(entry: _Entry) -> int:
    texts = sum(len(value) for value in entry[1] if isinstance(value, str))
    return texts + len(entry[2]) + len(entry[3]) + _ENTRY_OVERHEAD


def cache() -> FragmentCache:
    app = current_app
    found = app.extensions.get(_EXTENSION)
    if found is None:
        megabytes = float(app.config["CASES_FRAGMENT_CACHE_MB"])
        found = app.extensions.setdefault(_EXTENSION, FragmentCache(int(megabytes * 1_000_000)))
    return found


def forget_fragments(reply_ids: Iterable[int]) -> int:
    """Drop these replies' fragments from this process's memory; returns how many went."""
    return cache().forget(reply_ids=reply_ids)


def forget_case(case_id: int) -> int:
    """Drop the fragments of every reply of a case from this process's memory."""
    return cache().forget(case_ids=[case_id])


def render(rows: Sequence[ReplyRow], variants: Sequence[Variant]) -> list[tuple[str, str]]:
    """(head, tail) of each row as its reader sees it, from the cache or rendered now."""
    keys = [(row.id, variant) for row, variant in zip(rows, variants, strict=True)]
    signatures = [row.signature() for row in rows]
    store = cache()
    parts = store.lookup(keys, signatures)
    missing = [i for i, part in enumerate(parts) if part is None]
    if missing:
        head_macro = get_template_attribute("cases/_reply.html", "head")
        tail_macro = get_template_attribute("cases/_reply.html", "tail")
        fresh = []
        for i in missing:
            row, variant = rows[i], variants[i]
            head, tail = str(head_macro(row)), str(tail_macro(row, variant,
                                                              shown(row.status, variant)))
            parts[i] = (head, tail)
            fresh.append((keys[i], (row.case_id, signatures[i], head, tail)))
        store.store(fresh)
    return parts  # type: ignore[return-value]


class Placed(Protocol):
    """A reply's place on the page (threads.Entry): how deep it is shown, how many replies are
    under it."""

    id: int
    depth: int
    descendants: int


def assemble(placed: Sequence[Placed], parts: Sequence[tuple[str, str]], max_depth: int,
             continue_url: Callable[[int], str], marks: Sequence[str] | None = None) -> Markup:
    """The nested list items of a window of replies given in display order (depth first).

    A window may begin inside a branch (its first reply is not at depth 0): it is then wrapped
    in as many empty list items as it is deep, so that it is indented as it would be on one long
    page and can be appended to the list that holds the previous window.
    """
    out: list[str] = []
    ancestors: list[str] = []  # closing tags of the open levels, outermost first
    last: Placed | None = None
    for index, (place, (head, tail)) in enumerate(zip(placed, parts, strict=True)):
        if last is None:
            for _ in range(place.depth):
                out.append('<li class="reply continued"><ol class="thread">')
                ancestors.append("</ol></li>")
        elif place.depth > last.depth:
            out.append('<ol class="thread">')
            ancestors.append("</ol></details></li>")
        else:
            out.append(_close(last, max_depth, continue_url))
            while len(ancestors) > place.depth:
                out.append(ancestors.pop())
        out.append(head)
        if marks is not None and marks[index]:
            out.append(marks[index])
        if place.descendants:
            n = place.descendants
            out.append(f'<span class="muted"> · {n} repl{"y" if n == 1 else "ies"}</span>')
        out.append(tail)
        last = place
    if last is not None:
        out.append(_close(last, max_depth, continue_url))
        out.extend(reversed(ancestors))
    return Markup("".join(out))  # noqa: S704 - cached fragments were escaped when rendered


def _close(place: Placed, max_depth: int, continue_url: Callable[[int], str]) -> str:
    if place.descendants and place.depth >= max_depth - 1:
        return (f'<p class="continue"><a href="{continue_url(place.id)}">Continue this thread '
                f"({place.descendants} more) →</a></p></details></li>")
    return "</details></li>"
