"""Script in any field a member writes comes out inert."""

import re

import pytest

from clinnet.cases import posts, services
from clinnet.core.authz import Role
from tests.cases.factories import case_input
from tests.helpers import make_user

ATTACKS = [
    "<script>alert(1)</script>",
    "[click](javascript:alert(1))",
    "<img src=x onerror=alert(1)>",
    "[x](JaVaScRiPt:alert(1))",
    "<a href=\"javascript:alert(1)\">x</a>",
    "![x](javascript:alert(1))",
    "<svg onload=alert(1)>",
    "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
]


def _assert_inert(html: str) -> None:
    body = html.split("<main", 1)[1]
    assert "<script" not in body.lower()
    for tag in re.findall(r"<[a-z][^>]*>", body, flags=re.I):
        bare = re.sub(r'="[^"]*"', "", tag)  # escaped text inside attribute values is inert
        assert not re.search(r"\son\w+\s*=", bare, flags=re.I), tag
    assert not re.search(r"(href|src)\s*=\s*\"?\s*(javascript|data):", body, flags=re.I)
    assert "<svg" not in body.lower()
    assert "<img" not in body.lower()


@pytest.mark.parametrize("attack", ATTACKS)
def test_case_fields_and_replies_render_attacks_inert(client, attack):
    author = make_user(Role.PHYSICIAN)
    case = services.create_case(author, case_input(
        title=f"Title {attack}"[:200], body=f"Body {attack}", question=f"Question {attack}",
        timeline=f"day 0: {attack}"))
    posts.publish(case, author, case.version)
    services.post_reply(case, author, f"Reply {attack}")
    client.login_as(make_user(Role.PHYSICIAN))
    for url in (f"/cases/{case.id}", "/", "/search?q=Body", "/cases/"):
        _assert_inert(client.get(url).get_data(as_text=True))
    client.login_as(author)
    _assert_inert(client.get(f"/cases/{case.id}/edit").get_data(as_text=True))


def test_links_are_nofollow_noopener():
    from clinnet.core.rendering import render_markdown

    html = render_markdown("[guideline](https://example.org/care)")
    assert 'rel="nofollow noopener' in html


def test_dismissal_reasons_and_review_notes_are_escaped(client):
    author, moderator = make_user(Role.PHYSICIAN), make_user(Role.MODERATOR)
    case = services.create_case(author, case_input(body="Seen on 03/14/2024."))
    item = posts.findings(case)[0]
    posts.dismiss_finding(case, author, case.version, item.field, item.finding.category,
                          item.finding.text, "<script>alert(1)</script> eponym")
    posts.publish(case, author, case.version)
    client.login_as(moderator)
    _assert_inert(client.get(f"/cases/{case.id}").get_data(as_text=True))
    _assert_inert(client.get(f"/moderation/posts/case/{case.id}").get_data(as_text=True))
    posts.review(case, moderator, approve=False, note="<img src=x onerror=alert(1)>")
    client.login_as(author)
    page = client.get(f"/cases/{case.id}").get_data(as_text=True)
    _assert_inert(page)
    assert "&lt;img src=x onerror=alert(1)&gt;" in page
