"""Every rule of the de-identification gate, through HTTP where a member would notice it."""

import re

import pytest
from sqlalchemy import func, select, text, update

from clinnet.audit.models import AuditEvent
from clinnet.cases import posts, services, visibility
from clinnet.cases.models import Case, Reply, Revision, State
from clinnet.core.authz import Role
from clinnet.extensions import db
from clinnet.notifications.models import Notification
from tests.cases.factories import CLEAN_BODY, case_input, make_case
from tests.helpers import make_user, page_text


@pytest.fixture
def author():
    return make_user(Role.PHYSICIAN)


def _new(client, **fields):
    data = {"title": "Fever and rash", "body": CLEAN_BODY, "specialty": "dermatology"}
    data.update(fields)
    response = client.post("/cases/new", data)
    assert response.status_code == 302, page_text(response)
    return int(response.headers["Location"].rsplit("/", 1)[1])


def test_publish_is_refused_while_findings_are_open_and_says_how_many_and_where(client, author):
    client.login_as(author)
    case_id = _new(client, title="Seen at 555-867-5309",
                   body="Admitted 04/02/2023, discharged 04/09/2023.")
    response = client.post(f"/cases/{case_id}/publish", {"attest": "y"})
    assert response.status_code == 422
    assert ("3 possible identifiers are still open: 1 in the title, 2 in the description"
            in page_text(response))
    assert db.session.get(Case, case_id).status == State.DRAFT


def test_the_scan_runs_again_on_what_is_stored_at_publish_time(client, author):
    client.login_as(author)
    case_id = _new(client)
    # The stored text changes after the last save (another tab, a bug, a direct write):
    db.session.execute(update(Case).where(Case.id == case_id)
                       .values(body=CLEAN_BODY + " Call me on 555-867-5309."))
    db.session.commit()
    response = client.post(f"/cases/{case_id}/publish", {"attest": "y"})
    assert "1 possible identifier is still open: 1 in the description" in page_text(response)
    assert db.session.get(Case, case_id).status == State.DRAFT


@pytest.mark.parametrize("sneaky", ["Seen on 03/1\u200b4/2024.", "Call 555\u200d-867-\u2060"
                                    "5309 today.", "Dr. Jo\u200bhn Smith saw her.",
                                    "Seen on 0\uff13/1\uff14/2024.",  # full-width digits
                                    "SSN 123\u00ad-45-6789 on file."])  # soft hyphen
def test_zero_width_characters_do_not_split_an_identifier_past_the_gate(client, author, sneaky):
    client.login_as(author)
    case_id = _new(client, body=sneaky)
    case = db.session.get(Case, case_id)
    assert not any(ch in case.body for ch in "\u200b\u200d\u2060\u00ad")  # stored as shown
    page = page_text(client.get(f"/cases/{case_id}"))
    assert "still open" in page
    assert client.post(f"/cases/{case_id}/publish", {"attest": "y"}).status_code == 422


def test_attestation_is_required(client, author):
    client.login_as(author)
    case_id = _new(client)
    response = client.post(f"/cases/{case_id}/publish", {})
    assert "Confirm that the patient cannot be identified" in page_text(response)
    assert db.session.get(Case, case_id).status == State.DRAFT
    assert client.post(f"/cases/{case_id}/publish", {"attest": "y"}).status_code == 302
    assert db.session.get(Case, case_id).status == State.PUBLISHED


def test_a_dismissed_finding_sends_the_case_to_review_not_to_the_feed(client, author):
    client.login_as(author)
    case_id = _new(client, body=CLEAN_BODY + " Referred by Dr. Babinski's clinic team.")
    findings = posts.findings(db.session.get(Case, case_id))
    assert findings
    no_reason = client.post(f"/cases/{case_id}/findings/dismiss", {
        "field": findings[0].field, "category": findings[0].finding.category,
        "text": findings[0].finding.text, "reason": "  "})
    assert no_reason.status_code == 302
    assert posts.dismissals_for(db.session.get(Case, case_id)) == []
    for item in findings:
        client.post(f"/cases/{case_id}/findings/dismiss", {
            "field": item.field, "category": item.finding.category, "text": item.finding.text,
            "reason": "An eponym, not a person."})
    assert client.post(f"/cases/{case_id}/publish", {"attest": "y"}).status_code == 302
    assert db.session.get(Case, case_id).status == State.IN_REVIEW

    other = make_user(Role.PHYSICIAN)
    client.login_as(other)
    assert client.get(f"/cases/{case_id}").status_code == 404
    assert "Fever and rash" not in page_text(client.get("/"))

    moderator = make_user(Role.MODERATOR)
    client.login_as(moderator)
    assert "Review this case" in page_text(client.get(f"/cases/{case_id}"))
    page = client.get(f"/moderation/posts/case/{case_id}")
    assert "An eponym, not a person." in page_text(page)
    assert "Review queue 1" in page_text(client.get("/"))
    assert "Fever and rash" in page_text(client.get("/moderation/"))
    state = re.search(r'name="state" type="hidden" value="([^"]*)"',
                      page.get_data(as_text=True)).group(1)
    returned = client.post(f"/moderation/posts/case/{case_id}/act",
                           {"action": "return", "reason": "", "state": state})
    assert returned.status_code == 422
    assert db.session.get(Case, case_id).status == State.IN_REVIEW  # a message is required
    client.post(f"/moderation/posts/case/{case_id}/act",
                {"action": "approve", "reason": "An eponym indeed.", "state": state})
    assert db.session.get(Case, case_id).status == State.PUBLISHED
    assert db.session.scalar(select(func.count()).select_from(Notification).where(
        Notification.user_id == author.id, Notification.kind == "case.approved")) == 1


def test_physicians_cannot_review(client, author):
    case = make_case(author, publish=False)
    client.login_as(make_user(Role.PHYSICIAN))
    response = client.post(f"/moderation/posts/case/{case.id}/act", {"action": "approve",
                                                                     "reason": "mine now"})
    assert response.status_code == 403


@pytest.mark.config(CASES_REVIEW_ALL=True)
def test_review_everything_setting_holds_clean_cases_too(client, author):
    client.login_as(author)
    case_id = _new(client)
    client.post(f"/cases/{case_id}/publish", {"attest": "y"})
    assert db.session.get(Case, case_id).status == State.IN_REVIEW


def test_a_failure_half_way_through_publishing_leaves_the_case_as_it_was(app, author,
                                                                        monkeypatch):
    subscriber = make_user(Role.PHYSICIAN)
    services.set_subscriptions(subscriber, ["cardiology"])
    case = make_case(author, publish=False)
    events_before = db.session.scalar(select(func.count()).select_from(AuditEvent))

    def broken_notify(*args, **kwargs):
        raise RuntimeError("mail queue down")

    monkeypatch.setattr(visibility, "notify", broken_notify)
    with pytest.raises(RuntimeError):
        posts.publish(case, author, case.version)
    db.session.expire_all()
    case = db.session.get(Case, case.id)
    assert case.status == State.DRAFT
    assert case.published_at is None
    assert case.attested_at is None
    assert db.session.scalar(select(func.count()).select_from(AuditEvent)) == events_before
    assert db.session.execute(text("SELECT count(*) FROM search_index")).scalar() == 0


def test_editing_a_published_case_goes_through_the_gate_and_keeps_the_old_text(client, author):
    case = make_case(author)
    client.login_as(author)
    form = {"title": case.title, "specialty": "cardiology", "body": CLEAN_BODY +
            " Seen again on 05/06/2024."}
    blocked = client.post(f"/cases/{case.id}/edit", form)
    assert blocked.status_code == 422
    assert "1 possible identifier is still open" in page_text(blocked)
    assert db.session.get(Case, case.id).body == CLEAN_BODY
    saved = client.post(f"/cases/{case.id}/edit", {**form, "apply_all": "y"})
    assert saved.status_code == 302
    case = db.session.get(Case, case.id)
    assert case.status == State.PUBLISHED
    assert "[DATE]" in case.body
    assert db.session.scalars(select(Revision.body).where(Revision.case_id == case.id)).all() \
        == [CLEAN_BODY]
    assert CLEAN_BODY in page_text(client.get(f"/cases/{case.id}/history"))
    client.login_as(make_user(Role.PHYSICIAN))
    assert client.get(f"/cases/{case.id}/history").status_code == 403
    assert client.get(f"/cases/{case.id}/edit").status_code == 403
    assert client.post(f"/cases/{case.id}/edit", form).status_code == 403
    client.login_as(make_user(Role.MODERATOR))
    assert client.get(f"/cases/{case.id}/history").status_code == 200


def test_a_reply_with_a_finding_waits_for_its_author_and_a_dismissal_sends_it_to_review(
        client, author):
    case = make_case(author)
    replier = make_user(Role.PHYSICIAN)
    client.login_as(replier)
    response = client.post(f"/cases/{case.id}/replies",
                           {"body": "I saw her brother on 07/08/2023 as well."})
    reply = db.session.scalars(select(Reply)).one()
    assert response.headers["Location"] == f"/replies/{reply.id}/edit"
    assert reply.status == State.DRAFT
    assert "07/08/2023" in page_text(client.get(f"/replies/{reply.id}/edit"))
    assert client.post(f"/replies/{reply.id}/publish").status_code == 302
    assert db.session.get(Reply, reply.id).status == State.DRAFT

    client.login_as(author)  # nobody else sees the draft reply
    assert "07/08/2023" not in page_text(client.get(f"/cases/{case.id}"))
    assert client.get(f"/replies/{reply.id}/edit").status_code == 404

    client.login_as(replier)
    finding = posts.findings(db.session.get(Reply, reply.id))[0]
    client.post(f"/replies/{reply.id}/findings/apply", {
        "field": "body", "start": finding.start, "end": finding.end,
        "text": finding.finding.text})
    assert "[DATE]" in db.session.get(Reply, reply.id).body
    client.post(f"/replies/{reply.id}/publish")
    assert db.session.get(Reply, reply.id).status == State.PUBLISHED

    second = services.post_reply(case, replier, "Ask Dr. Okafor, she knows this well.")
    assert second.status == State.DRAFT
    for item in posts.findings(second):
        client.post(f"/replies/{second.id}/findings/dismiss", {
            "field": "body", "category": item.finding.category, "text": item.finding.text,
            "reason": "A colleague on clinnet, not the patient."})
    client.post(f"/replies/{second.id}/publish")
    assert db.session.get(Reply, second.id).status == State.IN_REVIEW
    client.login_as(make_user(Role.PHYSICIAN))
    assert "Okafor" not in page_text(client.get(f"/cases/{case.id}"))
    for url in (f"/cases/{case.id}/replies/{second.id}", f"/replies/{second.id}/history"):
        assert client.get(url).status_code == 404
    client.login_as(make_user(Role.MODERATOR))
    assert "Okafor" in page_text(client.get(f"/cases/{case.id}/replies/{second.id}"))


def test_stale_one_click_fix_is_refused_without_changing_anything(client, author):
    client.login_as(author)
    case_id = _new(client, body="Seen on 03/14/2024.")
    response = client.post(f"/cases/{case_id}/findings/apply",
                           {"field": "body", "start": 0, "end": 4, "text": "Seen"})
    assert response.status_code == 302
    assert db.session.get(Case, case_id).body == "Seen on 03/14/2024."


def test_bad_input_gets_a_message_never_a_500(client, author):
    client.login_as(author)
    cases = [
        ({"body": ""}, "Describe the case."),
        ({"body": "x" * 20_001}, "Keep the description to 20,000 characters."),
        ({"title": ""}, "Give the case a title."),
        ({"specialty": "astrology"}, "not a valid choice"),
        ({"timeline": "2024-03-01: admitted"}, "Write each timeline line as"),
        ({"body": "\u200b\u200b"}, "Describe the case."),
    ]
    for change, message in cases:
        data = {"title": "Fever", "body": CLEAN_BODY, "specialty": "dermatology", **change}
        response = client.post("/cases/new", data)
        assert response.status_code in (200, 422), change
        assert message in page_text(response), change
    assert db.session.scalar(select(func.count()).select_from(Case)) == 0
    with pytest.raises(services.CaseError, match="at most 3"):
        services.create_case(author, case_input(specialties=["cardiology", "neurology",
                                                             "urology", "nephrology"]))


def test_a_draft_edit_changes_specialties_and_context(client, author):
    client.login_as(author)
    case_id = _new(client)
    response = client.post(f"/cases/{case_id}/edit", {
        "title": "Fever and rash, revised", "body": CLEAN_BODY,
        "specialty": ["dermatology", "infectious-disease"], "age_band": "90+",
        "sex": "female", "setting": "inpatient", "timeline": "day 0: rash\nDay 3: fever",
        "anonymous": "y"})
    assert response.status_code == 302, page_text(response)
    case = db.session.get(Case, case_id)
    assert case.specialties == ["dermatology", "infectious-disease"]
    assert (case.age_band, case.anonymous) == ("90+", True)
    page = page_text(client.get(f"/cases/{case_id}"))
    assert "age 90+" in page
    assert author.case_pseudonym(case_id) in page  # its alias in this case only
    assert author.pseudonym not in page
    assert "Infectious disease" in page


def test_each_finding_of_a_published_case_edit_can_be_replaced_one_by_one(client, author):
    """Editing a published case: the blocked edit lists each finding with its own Replace,
    which rewrites that passage in the form (nothing is stored) until the edit is clean."""
    import html
    import re

    case = make_case(author)
    client.login_as(author)
    form = {"title": case.title, "specialty": "cardiology", "body": CLEAN_BODY +
            " Seen again on 05/06/2024; call 617-555-0142."}
    blocked = client.post(f"/cases/{case.id}/edit", form)
    assert blocked.status_code == 422
    choices = re.findall(r'name="replace_one"[^>]*?value="([^"]+)"', blocked.get_data(as_text=True))
    assert len(choices) == 2  # one Replace per finding
    step = client.post(f"/cases/{case.id}/edit",
                       {**form, "replace_one": html.unescape(choices[0])})
    assert step.status_code == 200
    page = step.get_data(as_text=True)
    assert "[DATE]" in page  # the form now holds the suggestion
    assert "617-555-0142" in page
    assert len(re.findall(r'name="replace_one"', page)) == 1  # one finding left
    assert db.session.get(Case, case.id).body == CLEAN_BODY  # nothing stored yet
    stale = client.post(f"/cases/{case.id}/edit", {**form, "replace_one": "body|0|3|nope"})
    assert "has changed since it was checked" in page_text(stale)
