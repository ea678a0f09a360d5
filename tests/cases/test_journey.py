"""The whole physician journey through HTTP: draft with identifiers → highlighted → fixed with
the suggestions → attested → published → a three-level discussion → notification → search."""

import re

from clinnet.accounts.models import User
from clinnet.cases.models import Case, State
from clinnet.core.authz import Role
from clinnet.extensions import db
from tests.helpers import PASSWORD, Browser, make_user, page_text

BODY = ("A man in his sixties presented with acute dyspnoea. Admitted 03/14/2024; his daughter "
        "can be reached on 555-123-4567. Echo showed a new regional wall motion abnormality.")


def _apply_forms(html: str) -> list[dict]:
    forms = re.findall(r'<form class="inline" method="post" action="([^"]+/findings/apply)">(.*?)'
                       r"</form>", html, flags=re.S)
    result = []
    for action, inner in forms:
        fields = dict(re.findall(r'name="(field|start|end|text)" value="([^"]*)"', inner))
        result.append({"action": action, **fields})
    return result


def test_physician_journey_from_draft_to_discussion(app):
    author = make_user(Role.PHYSICIAN)
    colleague = make_user(Role.PHYSICIAN)
    alice, bob = Browser(app.test_client()), Browser(app.test_client())
    assert alice.login(author.email, PASSWORD).status_code == 302
    assert bob.login(colleague.email, PASSWORD).status_code == 302

    created = alice.post("/cases/new", {"title": "New wall motion abnormality after dyspnoea",
                                        "body": BODY, "specialty": "cardiology",
                                        "question": "Angiography now or later?"})
    assert created.status_code == 302
    case_url = created.headers["Location"]
    case_id = int(re.fullmatch(r"/cases/(\d+)", case_url).group(1))

    page = alice.get(case_url)
    html = page.get_data(as_text=True)
    assert html.count('<mark class="finding ') == 2
    text = page_text(page)
    assert "DATE" in text
    assert "PHONE" in text
    assert "[DATE]" in text
    assert "[PHONE]" in text
    assert "2 possible identifiers are still open" in text

    refused = alice.post(f"{case_url}/publish", {"attest": "y"})
    assert refused.status_code == 422
    assert "2 possible identifiers are still open: 2 in the description" in page_text(refused)
    assert db.session.get(Case, case_id).status == State.DRAFT

    for _ in range(2):  # one click per finding
        form = _apply_forms(alice.get(case_url).get_data(as_text=True))[0]
        assert alice.post(form.pop("action"), form).status_code == 302
    case = db.session.get(Case, case_id)
    assert "[DATE]" in case.body
    assert "[PHONE]" in case.body
    assert "555-123-4567" not in case.body

    no_attest = alice.post(f"{case_url}/publish", {})
    assert "Confirm that the patient cannot be identified" in page_text(no_attest)
    published = alice.post(f"{case_url}/publish", {"attest": "y"})
    assert published.status_code == 302
    assert db.session.get(Case, case_id).status == State.PUBLISHED

    feed = page_text(bob.get("/"))
    assert "New wall motion abnormality after dyspnoea" in feed
    parent_id = None
    for level in range(3):
        data = {"body": f"Level {level + 1} opinion: get a stress echo first."}
        if parent_id:
            data["parent_id"] = str(parent_id)
        posted = bob.post(f"{case_url}/replies", data)
        assert posted.status_code == 302, page_text(posted)
        parent_id = int(posted.headers["Location"].rsplit("#r", 1)[1])
    thread = bob.get(case_url).get_data(as_text=True)
    assert thread.count('class="thread"') >= 3  # three nested levels
    assert thread.index("Level 1 opinion") < thread.index("Level 2 opinion") < \
        thread.index("Level 3 opinion")

    notes = page_text(alice.get("/notifications/"))
    name = db.session.get(User, colleague.id).display_name
    assert f"{name} replied to your case #{case_id}" in notes
    assert "Notifications 3" in notes  # unread count in the nav

    found = page_text(bob.get("/search?q=regional wall motion"))
    assert "New wall motion abnormality after dyspnoea" in found
    found_reply = page_text(bob.get("/search?q=stress echo"))
    assert "New wall motion abnormality after dyspnoea" in found_reply


def test_drafts_are_the_authors_alone_and_applicants_see_nothing(app, client):
    from tests.cases.factories import make_case

    author = make_user(Role.PHYSICIAN)
    draft = make_case(author, publish=False)
    published = make_case(author, title="Published case about syncope")
    for viewer, expected in ((make_user(Role.PHYSICIAN), 404), (make_user(Role.MODERATOR), 404),
                             (make_user(Role.ADMIN), 404)):
        client.login_as(viewer)
        assert client.get(f"/cases/{draft.id}").status_code == expected
        assert client.get(f"/cases/{draft.id}/edit").status_code == expected
        assert client.post(f"/cases/{draft.id}/publish", {"attest": "y"}).status_code == expected
    client.login_as(author)
    assert client.get(f"/cases/{draft.id}").status_code == 200

    applicant = make_user(Role.APPLICANT)
    client.login_as(applicant)
    for url in (f"/cases/{published.id}", "/search?q=syncope", "/cases/new",
                f"/cases/{published.id}/replies/1"):
        response = client.get(url)
        assert response.status_code in (302, 403), url
        assert "syncope" not in response.get_data(as_text=True)
    assert client.get("/").headers["Location"] == "/verification/status"
    client.logout()
    assert client.get(f"/cases/{published.id}").headers["Location"].startswith("/auth/login")
