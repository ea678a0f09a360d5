"""What members can see of a post, and everything that follows from it: the rendered HTML, the
thread's reply count, the search index and the notifications sent when a post becomes visible.

This is the one place a post's visibility changes (publish, hide, restore, remove, delete), so
each rule is written once for every kind of post. Callers hold the thread's locks
(`posts.lock_post`); nothing here commits.
"""

from __future__ import annotations

from sqlalchemy import select, update

from clinnet.cases import figures, mentions, search
from clinnet.cases.models import Case, CaseFollow, Reply, SpecialtySubscription, State
from clinnet.core.rendering import render_markdown
from clinnet.core.specialties import specialty_label
from clinnet.extensions import db
from clinnet.notifications import notify
from clinnet.transactions import insert_ignore


def render(post) -> None:
    """Recompute every derived column (the HTML of each Markdown field) from its source."""
    for column in type(post).__table__.columns:
        source = column.info.get("source")
        if column.info.get("member_text") == "derived" and source:
            text = getattr(post, source) or ""
            setattr(post, column.key, mentions.link(render_markdown(text)) if text else "")


def members_see(post) -> bool:
    """Whether other members see the post's text: it is published, and so is its case."""
    if post.status != State.PUBLISHED:
        return False
    return isinstance(post, Case) or post.case.status == State.PUBLISHED


def search_document(post) -> tuple[str, str]:
    """(title, body) as members read them: the search index holds visible text, never source."""
    from clinnet.cases import gate

    formats = post.text_formats()
    parts = {name: mentions.unname_former(gate.view(text, formats[name]).text)
             for name, text in post.text_fields().items() if text}
    title = parts.pop("title", "")
    return title, "\n".join(parts.values())


def reindex(post) -> None:
    """Bring the search index in line with what members see of the post (for a case, of its
    whole thread: hiding a case hides its replies too)."""
    if isinstance(post, Case):
        search.unindex_case(post.id)
        if not members_see(post):
            return
        search.index_post("case", post.id, post.id, *search_document(post))
        for reply in db.session.scalars(select(Reply).where(
                Reply.case_id == post.id, Reply.status == State.PUBLISHED)):
            search.index_post("reply", reply.id, post.id, "", search_document(reply)[1])
        return
    search.unindex_post("reply", post.id)
    if members_see(post):
        search.index_post("reply", post.id, post.case_id, "", search_document(post)[1])


def publish(post, now) -> None:
    """The post becomes visible to members: counts, search, and who is told."""
    post.status = State.PUBLISHED
    post.published_at = post.published_at or now
    figures.follow(post)
    if isinstance(post, Case):
        post.last_activity_at = now
        _tell_about_case(post)
    else:
        _count_reply(post, +1, now)
        _tell_about_reply(post)
    tell_mentioned(post)
    reindex(post)


def tell_mentioned(post) -> None:
    """Members @mentioned in a post members can read hear of it, once per post."""
    if members_see(post):
        case_id = post.id if isinstance(post, Case) else post.case_id
        mentions.tell(post, case_id, post_url(post), post.author_name)


def set_status(post, status: str) -> str:
    """Hide, restore, remove or delete a post; returns the previous status."""
    previous, post.status = post.status, status
    figures.follow(post)
    if isinstance(post, Reply):
        delta = (status == State.PUBLISHED) - (previous == State.PUBLISHED)
        if delta:
            _count_reply(post, delta)
    reindex(post)
    return previous


def _count_reply(reply: Reply, delta: int, now=None) -> None:
    values = {"reply_count": Case.reply_count + delta}
    if now is not None:
        values["last_activity_at"] = now
    db.session.execute(update(Case).where(Case.id == reply.case_id).values(**values))


def case_url(case_id: int, reply_id: int | None = None) -> str:
    # Plain paths (DESIGN.md fixes them), so services also run outside a request (CLI, demo).
    # `reply=` opens the window of a long thread that holds the reply (clinnet.cases.threads).
    url = f"/cases/{case_id}"
    return f"{url}?reply={reply_id}#r{reply_id}" if reply_id else url


def reply_url(reply: Reply) -> str:
    """Where a reply is seen in context: on the case page while it is shallow enough to be
    shown there, else on its parent's "continue this thread" page."""
    from flask import current_app

    if reply.parent_id is None or reply.depth < current_app.config["CASES_THREAD_DEPTH"]:
        return case_url(reply.case_id, reply.id)
    return f"/cases/{reply.case_id}/replies/{reply.parent_id}?reply={reply.id}#r{reply.id}"


def post_url(post) -> str:
    return case_url(post.id) if isinstance(post, Case) else reply_url(post)


def _tell_about_case(case: Case) -> None:
    insert_ignore(CaseFollow, user_id=case.author_id, case_id=case.id)  # authors hear of replies
    subscribers = db.session.scalars(
        select(SpecialtySubscription.user_id).distinct()
        .where(SpecialtySubscription.specialty.in_(case.specialties),
               SpecialtySubscription.user_id != case.author_id))
    label = specialty_label(case.specialties[0]) if case.specialties else "your specialties"
    for user_id in subscribers:
        notify(user_id, "case.new_in_specialty", f"New case #{case.id} in {label}",
               case_url(case.id))


def _tell_about_reply(reply: Reply) -> None:
    case = reply.case
    parent = db.session.get(Reply, reply.parent_id) if reply.parent_id else None
    name = reply.author_name
    url = reply_url(reply)
    told = {reply.author_id}
    if case.author_id not in told:
        notify(case.author_id, "reply.to_case", f"{name} replied to your case #{case.id}", url)
        told.add(case.author_id)
    if parent is not None and parent.author_id not in told:
        notify(parent.author_id, "reply.to_reply",
               f"{name} replied to your reply on case #{case.id}", url)
        told.add(parent.author_id)
    followers = db.session.scalars(select(CaseFollow.user_id).where(
        CaseFollow.case_id == case.id, CaseFollow.user_id.not_in(told)))
    what = "Update" if reply.is_update else "New reply"
    for user_id in followers:
        notify(user_id, "case.activity", f"{what} on case #{case.id}, which you follow", url)
