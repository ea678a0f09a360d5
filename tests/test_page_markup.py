"""Markup bugs found on the newcomer's journey (issue 14), each checked on the real page."""

from __future__ import annotations

from collections import Counter
from html.parser import HTMLParser

from clinnet.core.authz import Role
from clinnet.verification import services as verification
from tests.cases.factories import make_case
from tests.helpers import make_user, page_text
from tests.moderation.helpers import published_case, reply_to


class _Outline(HTMLParser):
    """Element ids, <select> elements, and forms nested inside paragraphs."""

    def __init__(self):
        super().__init__()
        self.ids: Counter[str] = Counter()
        self.open: list[str] = []
        self.forms_in_p = 0
        self.selects: dict[str, list[str]] = {}
        self.multiple_selects = 0
        self._select: str | None = None
        self._option = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids[attrs["id"]] += 1
        if tag == "form" and "p" in self.open:
            self.forms_in_p += 1
        if tag == "select":
            self._select = attrs.get("name", "")
            self.selects[self._select] = []
            self.multiple_selects += "multiple" in attrs
        self._option = tag == "option"
        if tag not in ("input", "br", "meta", "link", "img", "hr", "option"):
            self.open.append(tag)

    def handle_endtag(self, tag):
        if tag == "select":
            self._select = None
        if tag in self.open:
            while self.open and self.open.pop() != tag:
                pass

    def handle_data(self, data):
        if self._option and self._select is not None and data.strip():
            self.selects[self._select].append(data.strip())


def outline(response) -> _Outline:
    parser = _Outline()
    parser.feed(response.get_data(as_text=True))
    return parser


def test_the_sex_list_says_not_stated_once(client, users):
    client.login_as(users[Role.PHYSICIAN])
    page = outline(client.get("/cases/new"))
    assert page.selects["sex"].count("not stated") == 1
    assert page.selects["sex"][0] == "not stated"


def test_specialties_are_chips_not_a_ctrl_click_list(client, users):
    client.login_as(users[Role.PHYSICIAN])
    page = client.get("/cases/new")
    assert outline(page).multiple_selects == 0
    assert page.get_data(as_text=True).count('type="checkbox" name="specialty"') > 30
    created = client.post("/cases/new", {
        "title": "Two specialties", "specialty": ["cardiology", "nephrology"],
        "body": "A man in his sixties with resistant hypertension on day 0.",
        "save": "y"})
    assert created.status_code == 302, page_text(created)
    case_page = page_text(client.get(created.headers["Location"]))
    assert "Cardiology" in case_page
    assert "Nephrology" in case_page
    assert outline(client.get("/cases/subscriptions")).multiple_selects == 0


def test_moderating_a_reply_has_no_duplicate_element_ids(client, users):
    case = published_case(make_user(Role.PHYSICIAN))
    reply = reply_to(case, make_user(Role.PHYSICIAN), "Consider a stress echo first.")
    client.login_as(users[Role.MODERATOR])
    page = client.get(f"/moderation/posts/reply/{reply.id}")
    assert page.status_code == 200
    ids = outline(page).ids
    assert [name for name, count in ids.items() if count > 1] == []
    html = page.get_data(as_text=True)
    # Each label points at its own form's box.
    assert 'for="act-reason"' in html
    assert 'id="act-reason"' in html
    assert 'for="redact-reason"' in html
    assert 'id="redact-reason"' in html


def test_a_replys_findings_are_in_the_reply_not_the_description(client, users):
    author = users[Role.PHYSICIAN]
    case = make_case(make_user(Role.PHYSICIAN))
    client.login_as(author)
    response = client.post(f"/cases/{case.id}/replies",
                           {"body": "Call me on 617-555-0142 about this one."},
                           follow_redirects=True)
    text = page_text(response)
    assert "still open: 1 in the reply" in text  # the flash
    assert "In the reply" in text  # the findings panel of the edit page
    assert "description" not in text


def test_the_status_page_puts_no_form_inside_a_paragraph(client, registry):
    applicant = make_user(Role.APPLICANT)
    verification.submit(applicant, verification.ApplicationData(
        "9990000132", "VT", "042.0077551", "Jordan", "Ellis", "internal-medicine"))
    client.login_as(applicant)
    page = client.get("/verification/status")
    assert "Send a new code" in page_text(page)
    assert outline(page).forms_in_p == 0
