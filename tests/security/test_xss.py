"""Every XSS payload through every registered free-text field, and through render_markdown:
the page that comes back must hold no executable script.

To cover a new field, add one line to TARGETS.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import pytest

from clinnet.core.authz import Role
from clinnet.core.rendering import render_markdown
from tests.helpers import PASSWORD, make_user
from tests.verification.util import LENA

CASE_FORM = {"title": "Rash after a new antibiotic", "body": "Diffuse rash on day 3.",
             "question": "Stop it?", "specialty": "dermatology"}

PAYLOADS = [line for line in (Path(__file__).parent / "xss_payloads.txt").read_text(
    encoding="utf-8").splitlines() if line.strip() and not line.startswith("# ")]


@dataclass(frozen=True)
class Target:
    url: str
    field: str
    role: Role | None = None  # None: sent by an anonymous visitor
    data: dict = field(default_factory=dict)  # the form's other fields


TARGETS = [
    Target("/auth/register", "email", data={"password": "x"}),
    Target("/auth/login", "email", data={"password": "a wrong but long password"}),
    Target("/auth/reset", "email"),
    Target("/account/email", "email", Role.PHYSICIAN),
    Target("/account/two-factor", "code", Role.PHYSICIAN),
    Target("/account/reauthenticate", "code", Role.PHYSICIAN, {"password": "wrong password x"}),
    *(Target("/verification/apply", name, Role.APPLICANT, LENA)
      for name in ("first_name", "last_name", "license_number", "npi")),
    *(Target("/cases/new", name, Role.PHYSICIAN, CASE_FORM)
      for name in ("title", "body", "question", "timeline")),
]

_URL_ATTRS = {"href", "src", "action", "formaction", "data", "xlink:href", "background",
              "poster", "srcdoc", "dynsrc", "lowsrc", "codebase", "cite"}
_FORBIDDEN_TAGS = {"iframe", "frame", "frameset", "object", "embed", "applet", "base", "svg",
                   "math", "style", "link", "meta", "xss"}
_STRIP = re.compile(r"[\x00-\x20\x7f]+")


class _ScriptFinder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag == "script":
            src = dict(attrs).get("src") or ""  # only our own script file
            if not src.startswith("/static/"):
                self.problems.append(f"<script src={src!r}>")
        attributes = dict(attrs)
        ours = (tag == "meta" and "http-equiv" not in attributes) or (
            tag == "link" and (attributes.get("href") or "").startswith("/static/"))
        if tag in _FORBIDDEN_TAGS and not ours:
            self.problems.append(f"<{tag}>")
        for name, value in attrs:
            name = name.lower()
            if name.startswith("on"):
                self.problems.append(f"<{tag} {name}=...>")
            if name == "style":
                self.problems.append(f"<{tag} style=...>")
            if name in _URL_ATTRS and value:
                url = _STRIP.sub("", value).lower()
                if url.startswith(("javascript:", "vbscript:")) or (
                        url.startswith("data:") and not (
                            tag == "img" and name == "src" and url.startswith("data:image/"))):
                    self.problems.append(f"<{tag} {name}={value!r}>")

    handle_startendtag = handle_starttag


def executable_parts(html: str) -> list[str]:
    finder = _ScriptFinder()
    finder.feed(html)
    finder.close()
    return finder.problems


def test_the_checker_catches_what_it_should():
    assert executable_parts('<img src=x onerror=alert(1)>')
    assert executable_parts('<a href=" java\tscript:alert(1)">x</a>')
    assert executable_parts('<a href="&#106;avascript:alert(1)">x</a>')
    assert executable_parts("<script>alert(1)</script>")
    assert executable_parts('<iframe src="https://x.example"></iframe>')
    assert not executable_parts('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>')
    assert not executable_parts('<script src="/static/clinnet.js" defer></script>')
    assert not executable_parts('<img src="data:image/svg+xml;charset=utf-8,%3Csvg%3E">')


def test_there_are_at_least_a_hundred_payloads():
    assert len(PAYLOADS) >= 100


@pytest.mark.parametrize("payload", PAYLOADS)
def test_markdown_rendering_never_yields_script(payload):
    html = render_markdown(payload)
    assert executable_parts(html) == [], html


@pytest.mark.config(RATELIMITS_ENABLED=False)
@pytest.mark.parametrize("target", TARGETS, ids=lambda t: f"{t.url}:{t.field}")
def test_payloads_through_free_text_fields_render_inert(client, target):
    if target.role is not None:
        client.login_as(make_user(target.role))
    for payload in PAYLOADS:
        response = client.post(target.url, {**target.data, target.field: payload},
                               follow_redirects=True)
        assert response.status_code < 500, payload
        problems = executable_parts(response.get_data(as_text=True))
        assert problems == [], (payload, problems)
    assert PASSWORD  # members keep the default password; nothing above may change it
