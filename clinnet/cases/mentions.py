"""@mentions (issue 14): "@priya.raman" in a case or reply names a colleague.

A mention of an existing verified member is a colleague, not a patient identifier: the gate
ignores findings inside it (gate.scan_fields `colleagues`), the rendered HTML links it to the
member's profile, and the member is told once per post when members can first read it.
An `@word` that names nobody stays plain text and the detector judges it like any other.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from flask import g, has_request_context
from markupsafe import escape
from sqlalchemy import select

from clinnet.accounts.models import Status, User
from clinnet.accounts.services import retired_handle
from clinnet.cases import gate
from clinnet.cases.models import Case, Mention, Reply
from clinnet.core.authz import Role
from clinnet.deid import Colleague
from clinnet.extensions import db
from clinnet.notifications import notify
from clinnet.transactions import insert_ignore

# "@" not inside a word or an address, then a handle: letters, digits and inner dots.
MENTION = gate.MENTION
FORMER = "@former member"  # a mention of a closed account (its handle was made of its name)


def handles_in(texts: Iterable[str]) -> set[str]:
    return {m.group(1).lower() for text in texts for m in MENTION.finditer(text or "")}


def members(handles: Iterable[str]) -> dict[str, User]:
    """The verified, active members among these handles (one query; none for no handle)."""
    wanted = {h.lower() for h in handles}
    if not wanted:
        return {}
    found = db.session.scalars(select(User).where(
        User.handle.in_(wanted), User.role.in_(tuple(r for r in Role if r >= Role.PHYSICIAN)),
        User.status == Status.ACTIVE))
    return {user.handle: user for user in found}


def colleagues(fields: dict[str, str], post=None) -> frozenset[Colleague]:
    """The members these texts may speak to or of, for the gate (deid.colleagues): those
    they @mention and, for a reply, the members taking part in its thread under their own
    names (a pseudonymous author's name is never offered: thanking them by name would
    reveal them, and the detector keeps flagging it). One query each, none without cause,
    and once per request for the same handles and thread: an editor page asks for its
    findings and then for its words to check."""
    handles = handles_in(fields.values())
    case_id = getattr(post, "case_id", None)
    key = (frozenset(handles), case_id)
    memo = g.setdefault("_colleagues", {}) if has_request_context() else {}
    if key not in memo:
        memo[key] = _look_up(handles, case_id)
    return memo[key]


def _look_up(handles: set[str], case_id: int | None) -> frozenset[Colleague]:
    found = {_colleague(user) for user in members(handles).values()}
    if case_id is not None:
        own_name = (Reply.case_id == case_id) & Reply.anonymous.is_(False)
        authors = select(Reply.author_id).where(own_name).union(
            select(Case.author_id).where(Case.id == case_id, Case.anonymous.is_(False)))
        found.update(map(_colleague, db.session.scalars(
            select(User).where(User.id.in_(authors), User.status == Status.ACTIVE))))
    return frozenset(found)


def _colleague(user: User) -> Colleague:
    return Colleague(" ".join(filter(None, (user.first_name, user.last_name))), user.handle)


_TAG = re.compile(r"(<[^>]+>)")
_SKIP = ("a", "code", "pre")


def former(handles: Iterable[str]) -> set[str]:
    """Those of these handles that belonged to a closed account (one query; none for none)."""
    retired = {retired_handle(h): h.lower() for h in handles}
    if not retired:
        return set()
    return {retired[h] for h in db.session.scalars(
        select(User.handle).where(User.handle.in_(retired)))}


def unname_former(text: str) -> str:
    """Plain text (the search index's) with each mention of a closed account's old handle
    as "@former member", as link() shows it."""
    gone = former(handles_in([text]))
    if not gone:
        return text
    return MENTION.sub(lambda m: FORMER if m.group(1).lower() in gone else m.group(0), text)


def link(html: str) -> str:
    """Rendered HTML with each mention of a member turned into a link to their profile (text
    outside links and code only; the HTML is the renderer's own, escaped output). A mention of
    a closed account's old handle becomes "@former member": the handle was made of a name."""
    mentioned = handles_in([html])
    found: dict[str, User | None] = dict(members(mentioned))
    found.update(dict.fromkeys(former(mentioned - set(found))))
    if not found:
        return html
    out, inside = [], []
    for part in _TAG.split(html):
        if part.startswith("<"):
            name = part.strip("</ >").split()[0].lower() if part.strip("</ >") else ""
            if name in _SKIP:
                if part.startswith("</"):
                    if inside:
                        inside.pop()
                elif not part.endswith("/>"):
                    inside.append(name)
            out.append(part)
        elif inside:
            out.append(part)
        else:
            out.append(MENTION.sub(lambda m: _anchor(m, found), part))
    return "".join(out)


def _anchor(match: re.Match, found: dict[str, User | None]) -> str:
    handle = match.group(1).lower()
    if handle not in found:
        return match.group(0)
    if found[handle] is None:
        return f'<span class="mention former">{FORMER}</span>'
    return f'<a class="mention" href="/members/{escape(handle)}">@{escape(handle)}</a>'


def tell(post, case_id: int, url: str, author_name: str) -> None:
    """Notify each member this post mentions, once per post (edits never notify twice)."""
    kind = post.kind
    for user in members(handles_in(post.text_fields().values())).values():
        if user.id == post.author_id:
            continue
        if insert_ignore(Mention, post_kind=kind, post_id=post.id, user_id=user.id):
            notify(user.id, "mention", f"{author_name} mentioned you on case #{case_id}", url)
