"""Quote a reply (issue 14): the reply form starts with a Markdown quote of what members read
of the reply (never its hidden source), linked to it; it works without JavaScript."""

from __future__ import annotations

import html
import re

from clinnet.cases import services
from clinnet.cases.models import Reply, State
from clinnet.core.authz import Role
from clinnet.extensions import db
from clinnet.moderation import services as moderation
from tests.cases.factories import make_case
from tests.helpers import make_user


def _textarea(page: str) -> str:
    found = re.search(r'<textarea[^>]*name="body"[^>]*>(.*?)</textarea>', page, re.S)
    return html.unescape(found.group(1)).lstrip("\r\n") if found else ""


def test_quoting_prefills_the_visible_text_with_a_link_and_posts_as_a_quote(client):
    author, colleague = make_user(Role.PHYSICIAN), make_user(Role.PHYSICIAN)
    case = make_case(author)
    reply = services.post_reply(case, author, "I would **repeat** the ECG &amp; check K.\n\n"
                                "Then decide.")
    client.login_as(colleague)
    page = client.get(f"/cases/{case.id}").get_data(as_text=True)
    assert f"?reply_to={reply.id}&amp;quote=1#reply-form" in page  # a plain link, no script
    quoted = _textarea(client.get(f"/cases/{case.id}?reply_to={reply.id}&quote=1")
                       .get_data(as_text=True))
    assert quoted.startswith(f"> **{author.display_name}** [wrote](/cases/{case.id}"
                             f"?reply={reply.id}#r{reply.id}):\n")
    assert "> I would repeat the ECG & check K." in quoted  # what members read
    assert "**repeat**" not in quoted
    assert "&amp;" not in quoted
    assert _textarea(client.get(f"/cases/{case.id}?reply_to={reply.id}")
                     .get_data(as_text=True)) == ""
    posted = client.post(f"/cases/{case.id}/replies",
                         {"body": quoted + "Agree, and add magnesium.", "parent_id": reply.id})
    assert posted.status_code == 302
    answer = db.session.query(Reply).filter(Reply.parent_id == reply.id).one()
    assert answer.status == State.PUBLISHED
    assert "<blockquote>" in answer.body_html


def test_a_hidden_reply_cannot_be_quoted(client):
    author = make_user(Role.PHYSICIAN)
    case = make_case(author)
    reply = services.post_reply(case, author, "Something to hide later.")
    moderation.act_on_post(make_user(Role.MODERATOR), "reply", reply, "hide", "Identifying")
    client.login_as(make_user(Role.PHYSICIAN))
    page = client.get(f"/cases/{case.id}?reply_to={reply.id}&quote=1").get_data(as_text=True)
    assert "Something to hide later" not in page
