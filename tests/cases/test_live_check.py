"""The editor's live de-identification check (issue 14, feature 7): the same gate as saving,
asked while the author types; it stores nothing and the server stays the authority."""

from __future__ import annotations

import re

from sqlalchemy import func, select

from clinnet.cases.models import Case, Reply
from clinnet.core.authz import Role
from clinnet.extensions import db
from tests.helpers import make_user, page_text

CHECK = "/cases/check/case"


def _count(model) -> int:
    return db.session.scalar(select(func.count()).select_from(model))


def test_an_identifier_typed_into_a_case_is_reported_with_where_and_what(client):
    client.login_as(make_user(Role.PHYSICIAN))
    response = client.post(CHECK, {"title": "Chest pain",
                                    "body": "Seen today, MRN 4471982, with chest pain.",
                                    "timeline": "day 0: call 617-555-0142"})
    assert response.status_code == 200
    result = response.get_json()
    assert result["open"] == 2
    assert "2 possible identifiers are still open" in result["html"]
    assert "4471982" in result["html"]
    assert "in the description" in result["html"]
    assert "617-555-0142" in result["html"]
    assert "in the timeline" in result["html"]
    assert _count(Case) == 0  # advice only: nothing is stored


def test_it_scans_what_members_would_read_not_the_markdown_source(client):
    client.login_as(make_user(Role.PHYSICIAN))
    body = "Call " + "".join(f"&#{ord(c)};" for c in "617-555-0142") + " for results."
    result = client.post(CHECK, {"body": body}).get_json()
    assert result["open"] == 1
    assert "617-555-0142" in result["html"]


def test_clean_text_says_so_and_reply_drafts_are_checked_too(client):
    client.login_as(make_user(Role.PHYSICIAN))
    clean = client.post(CHECK, {"title": "Fever", "body": "A man in his fifties, day 3."})
    assert clean.get_json() == {"open": 0, "html": clean.get_json()["html"]}
    assert "No identifiers found so far" in clean.get_json()["html"]
    reply = client.post("/cases/check/reply", {"body": "Her SSN is 123-45-6789."}).get_json()
    assert reply["open"] == 1
    assert "in the reply" in reply["html"]
    assert _count(Reply) == 0


def test_text_beyond_any_post_is_refused_without_scanning(client):
    client.login_as(make_user(Role.PHYSICIAN))
    response = client.post(CHECK, {"body": "word " * 9000})
    assert response.status_code == 413
    assert "longer than a post may be" in response.get_json()["error"]


def test_only_verified_physicians_may_ask_and_a_forged_request_is_refused(client):
    anonymous = client.post(CHECK, {"body": "MRN 4471982"})
    assert anonymous.status_code in (302, 401)
    client.login_as(make_user(Role.APPLICANT))
    assert client.post(CHECK, {"body": "MRN 4471982"}).status_code in (302, 403)
    client.login_as(make_user(Role.PHYSICIAN))
    assert client.post(CHECK, {"body": "MRN 4471982"}, csrf=False).status_code == 400
    assert client.post("/cases/check/audit", {"body": "x"}).status_code == 404


def test_every_editor_asks_the_check_and_shows_it_under_the_form(client):
    author = make_user(Role.PHYSICIAN)
    client.login_as(author)
    page = client.get("/cases/new").get_data(as_text=True)
    assert f'data-live-check="{CHECK}"' in page
    assert 'id="live-check"' in page
    created = client.post("/cases/new", {"title": "Chest pain", "body": "A woman, day 2.",
                                         "specialty": "cardiology"})
    case_id = int(re.fullmatch(r"/cases/(\d+)", created.headers["Location"]).group(1))
    assert 'data-live-check="/cases/check/case"' in client.get(
        f"/cases/{case_id}/edit").get_data(as_text=True)
    assert "No identifiers found" in page_text(client.get(f"/cases/{case_id}"))


def _undecided() -> tuple[str, str]:
    """A post holding one word today's detector leaves undecided (no finding, but listed to
    check), and the word. Which given name that is moves as the context model is retrained
    ("Joy", then "Patience" were learned), so it is chosen here from a few, not fixed."""
    from clinnet.deid import check_words, scan

    for word in ("Patience", "Joy", "Quenby", "Araminta", "Perpetua"):
        body = f"Her daughter said {word} prefers tea; we stopped the zopiclone."
        if not scan(body) and [w.text for w in check_words(body, [])] == [word]:
            return body, word
    raise AssertionError("every candidate word is now a finding: add another to _undecided")


def test_words_nothing_flagged_are_listed_to_check_and_never_block(client):
    """The second tier: a word the detector could not decide is put before the author's eye
    while typing and on the draft's page, and the post still publishes."""
    from clinnet.cases.models import State
    from tests.cases.factories import make_case

    author = make_user(Role.PHYSICIAN)
    client.login_as(author)
    body, word = _undecided()
    result = client.post(CHECK, {"title": "Delirium", "body": body}).get_json()
    assert result["open"] == 0
    assert "No identifiers found so far" in result["html"]
    assert "Check these words" in result["html"]
    assert f">{word}<" in result["html"]

    draft = make_case(author, publish=False, body=body)
    page = page_text(client.get(f"/cases/{draft.id}"))
    assert "Check these words" in page
    assert word in page
    case = make_case(author, body=body)
    assert case.status == State.PUBLISHED  # advice, not a gate


def test_words_to_check_alone_offer_nothing_to_replace(client):
    """A draft with only words to check has no 'Replace every finding' button: there is
    nothing to replace."""
    from tests.cases.factories import make_case

    author = make_user(Role.PHYSICIAN)
    client.login_as(author)
    draft = make_case(author, publish=False, body=_undecided()[0])
    page = page_text(client.get(f"/cases/{draft.id}/edit"))
    assert "Check these words" in page
    assert "Replace every finding" not in page
