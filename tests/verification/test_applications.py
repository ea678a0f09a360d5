"""Licence applications through the browser: applicant, contact code, admin decisions."""

import re

import pytest
from sqlalchemy import select

from clinnet.audit.models import AuditEvent
from clinnet.core.authz import Role
from clinnet.extensions import db
from clinnet.notifications.mail import outbox
from clinnet.notifications.models import Notification
from clinnet.verification.models import Application
from tests.helpers import PASSWORD, make_user, page_text
from tests.verification.util import LENA, LENA_CONTACT, csv_text, last_code, row


@pytest.fixture
def applicant(app):
    return make_user(Role.APPLICANT, email="lena@lakeside-clinic.example")


@pytest.fixture
def admin_client(app, users):
    from tests.helpers import Browser

    browser = Browser(app.test_client())
    browser.login_as(users[Role.ADMIN])
    return browser


def apply(client, **changes):
    return client.post("/verification/apply", {**LENA, **changes})


def the_application(user) -> Application:
    return db.session.scalar(select(Application).where(Application.user_id == user.id))


def actions() -> list[str]:
    return list(db.session.scalars(select(AuditEvent.action).order_by(AuditEvent.id)))


def test_full_journey_applicant_to_physician_in_the_feed(client, admin_client, registry,
                                                          applicant):
    client.login(applicant.email, PASSWORD)
    assert client.get("/").headers["Location"] == "/verification/status"
    response = apply(client, license_number="q-007788", first_name="L.")
    assert response.headers["Location"] == "/verification/status"
    status = page_text(client.get("/verification/status"))
    assert "Submitted" in status
    assert "l•••@lakeside-clinic.example" in status
    assert LENA_CONTACT not in status  # the applicant never sees the registry's contact

    mail = outbox()[-1]
    assert mail.to == LENA_CONTACT
    assert "9990000041" in mail.body
    confirmed = client.post("/verification/contact", {"code": last_code()})
    assert confirmed.headers["Location"] == "/verification/status"
    assert "Pending review" in page_text(client.get("/verification/status"))

    queue = page_text(admin_client.get("/admin/applications"))
    assert "L. Hoffmann" in queue
    assert "Match" in queue
    assert "Confirmed" in queue
    application = the_application(applicant)
    detail = page_text(admin_client.get(f"/admin/applications/{application.id}"))
    assert "q-007788" in detail
    assert "TX Q7788" in detail
    assert "active, expires 2030-08-31" in detail
    assert "matches the organisation" in detail
    assert "needs a written reason" not in detail

    approved = admin_client.post(f"/admin/applications/{application.id}/approve")
    assert approved.status_code == 302
    db.session.refresh(applicant)
    assert applicant.role == Role.PHYSICIAN
    assert (applicant.first_name, applicant.last_name) == ("L.", "Hoffmann")
    assert applicant.verified_at is not None
    assert re.fullmatch(r"Colleague [A-Z2-9]{6}", applicant.pseudonym)
    assert client.get("/").headers["Location"] == "/welcome"  # same session, welcomed once
    assert client.post("/welcome", {"skip": "y"}).status_code == 302
    assert client.get("/").status_code == 200  # then in the feed
    assert "Your licence is verified" in page_text(client.get("/notifications/"))
    assert {"verification.submitted", "verification.contact_confirmed",
            "verification.approved", "user.role_changed"} <= set(actions())


def test_reject_journey_frees_the_npi_and_shows_the_reason(client, admin_client, registry,
                                                           applicant):
    client.login_as(applicant)
    apply(client)
    application = the_application(applicant)
    refused = admin_client.post(f"/admin/applications/{application.id}/reject", {"reason": ""})
    assert refused.status_code == 400
    assert "Give a reason" in page_text(refused)
    admin_client.post(f"/admin/applications/{application.id}/reject",
                      {"reason": "The registry contact says this is not you."})
    status = page_text(client.get("/verification/status"))
    assert "Rejected" in status
    assert "The registry contact says this is not you." in status
    assert client.get("/verification/apply").headers["Location"] == "/verification/status"
    assert client.get("/").status_code == 302
    # The real owner of the NPI can still apply.
    owner = make_user(Role.APPLICANT)
    client.login_as(owner)
    assert apply(client).headers["Location"] == "/verification/status"


def test_changes_requested_then_resubmitted(client, admin_client, registry, applicant):
    client.login_as(applicant)
    apply(client, license_number="Q7789")
    application = the_application(applicant)
    assert application.outcome == "mismatch"
    detail = admin_client.get(f"/admin/applications/{application.id}")
    assert 'class="mismatch"' in detail.get_data(as_text=True)
    assert "licence TX Q7789 is not among the record's licences" in page_text(detail)
    admin_client.post(f"/admin/applications/{application.id}/changes",
                      {"message": "Check your licence number."})
    status = page_text(client.get("/verification/status"))
    assert "Changes requested" in status
    assert "Check your licence number." in status
    form = page_text(client.get("/verification/apply"))
    assert "Check your licence number." in form
    assert apply(client).status_code == 302
    db.session.refresh(application)
    assert (application.state, application.outcome) == ("submitted", "match")
    assert application.admin_message is None
    assert "Changes requested" not in page_text(client.get("/verification/status"))


def test_approving_without_a_match_or_confirmed_contact_needs_a_reason(
        client, admin_client, registry, applicant):
    client.login_as(applicant)
    apply(client, first_name="Helena")
    application = the_application(applicant)
    page = page_text(admin_client.get(f"/admin/applications/{application.id}"))
    assert "first name 'Helena' does not match the registry's 'LENA'" in page
    assert "Not confirmed" in page
    refused = admin_client.post(f"/admin/applications/{application.id}/approve",
                                {"override_reason": "  "})
    assert refused.status_code == 400
    assert "write why you approve anyway" in page_text(refused)
    db.session.refresh(applicant)
    assert applicant.role == Role.APPLICANT
    admin_client.post(f"/admin/applications/{application.id}/approve",
                      {"override_reason": "Called Mercy HR: Helena is her legal first name."})
    db.session.refresh(applicant)
    assert applicant.role == Role.PHYSICIAN
    db.session.refresh(application)
    assert application.override_reason.startswith("Called Mercy HR")
    assert "Override reason: Called Mercy HR" in page_text(
        admin_client.get(f"/admin/applications/{application.id}"))


def test_a_decided_application_cannot_be_decided_again_nor_own_one(client, admin_client, users,
                                                                   registry, applicant):
    client.login_as(applicant)
    apply(client)
    application = the_application(applicant)
    admin_client.post(f"/admin/applications/{application.id}/reject", {"reason": "No."})
    again = admin_client.post(f"/admin/applications/{application.id}/approve",
                              {"override_reason": "x"})
    assert "already been decided" in page_text(again)
    admin = users[Role.ADMIN]
    client.login_as(admin)
    apply(client, npi="9990000009", license_state="NY", license_number="200101",
          first_name="Ada", last_name="Okafor")
    own = the_application(admin)
    refused = admin_client.post(f"/admin/applications/{own.id}/approve",
                                {"override_reason": "me"})
    assert "Another admin must decide your own application" in page_text(refused)


def test_a_second_account_claiming_an_npi_is_refused_and_audited(client, registry, applicant):
    client.login_as(applicant)
    apply(client)
    other = make_user(Role.APPLICANT)
    client.login_as(other)
    response = apply(client)
    assert response.status_code == 200
    assert "already linked to another clinnet account" in page_text(response)
    assert the_application(other) is None
    event = db.session.scalar(select(AuditEvent).where(
        AuditEvent.action == "verification.npi_refused"))
    assert event.actor_id == other.id
    assert "9990000041" in event.details


def test_registry_outage_waits_for_review_and_admin_rechecks(client, admin_client, registry,
                                                             applicant, tmp_path):
    registry.unlink()  # the stub's file is gone: an outage, not "not found"
    client.login_as(applicant)
    apply(client)
    application = the_application(applicant)
    assert (application.state, application.outcome) == ("pending_review", "unavailable")
    assert "could not be reached" in page_text(client.get("/verification/status"))
    assert not outbox()
    page = page_text(admin_client.get(f"/admin/applications/{application.id}"))
    assert "Registry unavailable" in page
    assert "Re-check the registry" in page

    registry.write_text(csv_text(row(npi="9990000041", first_name="LENA", last_name="HOFFMANN",
                                     license_state="TX", license_number="Q7788",
                                     contact_email=LENA_CONTACT,
                                     taxonomy_code="207Q00000X")), encoding="utf-8")
    admin_client.post(f"/admin/applications/{application.id}/recheck")
    db.session.refresh(application)
    assert (application.state, application.outcome) == ("submitted", "match")
    assert outbox()[-1].to == LENA_CONTACT
    assert "Enter the code" in page_text(client.get("/notifications/"))


def test_not_found_is_its_own_outcome(client, registry, applicant):
    client.login_as(applicant)
    apply(client, npi="1234567893")
    application = the_application(applicant)
    assert (application.outcome, application.state) == ("not_found", "pending_review")


def test_contact_codes_expire_are_single_use_and_attempt_limited(client, registry, applicant,
                                                                 app):
    app.config["CONTACT_CODE_ATTEMPTS"] = 2
    client.login_as(applicant)
    apply(client)
    code = last_code()
    wrong = "000000" if code != "000000" else "111111"
    first = client.post("/verification/contact", {"code": wrong})
    assert first.status_code == 400
    assert "1 attempt(s) left" in page_text(first)
    client.post("/verification/contact", {"code": wrong})
    blocked = client.post("/verification/contact", {"code": code})
    assert "Too many wrong codes" in page_text(blocked)

    client.post("/verification/contact/resend")
    fresh = last_code()
    application = the_application(applicant)
    from datetime import timedelta

    from clinnet.core.db import utcnow
    application.code_expires_at = utcnow() - timedelta(seconds=1)
    db.session.commit()
    assert "expired" in page_text(client.post("/verification/contact", {"code": fresh}))

    client.post("/verification/contact/resend")
    latest = last_code()
    assert client.post("/verification/contact", {"code": latest}).status_code == 302
    again = client.post("/verification/contact", {"code": latest})
    assert "no code to confirm" in page_text(again)
    assert client.post("/verification/contact/resend").status_code == 302
    assert len(outbox()) == 3


def test_resending_is_limited(client, registry, applicant, app):
    app.config["CONTACT_CODE_SENDS"] = 2
    client.login_as(applicant)
    apply(client)
    client.post("/verification/contact/resend")
    client.post("/verification/contact/resend", follow_redirects=False)
    page = page_text(client.get("/verification/status"))
    assert "No more codes can be sent" in page
    assert len(outbox()) == 2


@pytest.mark.parametrize(("changes", "field", "message"), [
    ({"npi": "9990000042"}, "npi", "Check the number: its last digit does not match."),
    ({"npi": "199000004"}, "npi", "An NPI is exactly 10 digits."),
    ({"npi": "99900000418"}, "npi", "An NPI is exactly 10 digits."),
    ({"npi": "19900-0048"}, "npi", "An NPI is exactly 10 digits."),
    ({"license_state": "XX"}, "license_state", "Choose the state or territory"),
    ({"license_state": ""}, "license_state", "Choose the licence's state."),
    ({"license_number": "A" * 31}, "license_number", "Use at most 30 characters."),
    ({"license_number": "A<script>"}, "license_number", "Use letters, digits, spaces"),
    ({"first_name": "L" * 81}, "first_name", "Use at most 80 characters."),
    ({"last_name": "Hoff\u202emann"}, "last_name", "Use letters, spaces, hyphens"),
    ({"last_name": "1234"}, "last_name", "Use letters, spaces, hyphens"),
    ({"specialty": "astrology"}, "specialty", "Choose a specialty from the list."),
])
def test_bad_input_is_a_message_next_to_the_field_and_no_registry_call(
        client, registry, applicant, changes, field, message):
    registry.unlink()  # any registry call would record an outage
    client.login_as(applicant)
    response = apply(client, **changes)
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    assert f'id="{field}-error"' in html
    assert message in page_text(response)
    assert the_application(applicant) is None


def test_lowercase_state_and_accented_names_are_accepted(client, registry, applicant):
    client.login_as(applicant)
    apply(client, license_state="tx", first_name="Léna", last_name="Hoffmann")
    assert the_application(applicant).outcome == "match"


def test_the_design_contract_fields_alone_make_an_application(client, registry, applicant):
    client.login_as(applicant)
    fields = {k: v for k, v in LENA.items() if k != "specialty"}
    assert client.post("/verification/apply", fields).headers["Location"] == \
        "/verification/status"
    assert "specialty not given" in page_text(client.get("/verification/status"))


@pytest.mark.config(VERIFICATION_SUBMISSIONS_PER_DAY=2)
def test_one_account_cannot_enumerate_npis_through_the_form(client, registry, applicant):
    client.login_as(applicant)
    apply(client, npi="9990000058")
    application = the_application(applicant)
    application.state = "changes_requested"
    db.session.commit()
    apply(client, npi="9990000066")
    db.session.refresh(application)
    application.state = "changes_requested"
    db.session.commit()
    third = apply(client, npi="9990000074")
    assert "You have submitted 2 times in the last 24 hours" in page_text(third)
    db.session.refresh(application)
    assert application.npi == "9990000066"


def test_applicants_physicians_and_moderators_get_403_on_admin_pages(
        client, users, registry, applicant):
    client.login_as(applicant)
    apply(client)
    application = the_application(applicant)
    for role in (Role.APPLICANT, Role.PHYSICIAN, Role.MODERATOR):
        client.login_as(users[role])
        for url in ("/admin/applications", f"/admin/applications/{application.id}"):
            assert client.get(url).status_code == 403, (role, url)
        assert client.post(f"/admin/applications/{application.id}/approve",
                           {"override_reason": "x"}).status_code == 403
    db.session.refresh(applicant)
    assert applicant.role == Role.APPLICANT
    client.login_as(users[Role.ADMIN])
    assert client.get("/admin/applications/999999").status_code == 404
    assert "Applications" in page_text(client.get("/admin/"))


def test_notifications_are_sent_for_each_decision(client, admin_client, registry, applicant):
    client.login_as(applicant)
    apply(client)
    application = the_application(applicant)
    admin_client.post(f"/admin/applications/{application.id}/changes", {"message": "Fix it."})
    kinds = db.session.scalars(select(Notification.message).where(
        Notification.user_id == applicant.id)).all()
    assert kinds == ["An admin asked for changes to your licence application."]


def test_with_the_nppes_adapter_an_outage_waits_and_a_found_record_needs_the_board(
        app, client, admin_client, applicant, httpserver):
    from tests.verification.test_nppes import FOUND

    app.config.update(REGISTRY="nppes", NPPES_URL=httpserver.url_for("/api/"),
                      REGISTRY_DEADLINE=0.5)
    httpserver.expect_ordered_request("/api/").respond_with_data("busy", status=503)
    httpserver.expect_ordered_request("/api/").respond_with_data("busy", status=503)
    client.login_as(applicant)
    apply(client, npi="9990000009", license_state="NY", license_number="200101",
          first_name="Ada", last_name="Okafor")
    application = the_application(applicant)
    assert (application.state, application.outcome) == ("pending_review", "unavailable")

    httpserver.expect_ordered_request("/api/").respond_with_json(FOUND)
    admin_client.post(f"/admin/applications/{application.id}/recheck")
    db.session.refresh(application)
    assert application.outcome == "mismatch"
    page = page_text(admin_client.get(f"/admin/applications/{application.id}"))
    assert "does not report the standing of licence NY 200101" in page
    assert outbox()[-1].to == "ada.okafor@direct.mercy.example"


@pytest.mark.config(RATELIMIT_LICENCE_APPLICATION_ACCOUNT="2/hour")
def test_application_posts_are_rate_limited_per_account(client, applicant):
    client.login_as(applicant)
    for _ in range(2):
        assert client.post("/verification/apply", {**LENA, "npi": "123"}).status_code == 200
    response = client.post("/verification/apply", LENA)
    assert response.status_code == 429
    assert "Retry-After" in response.headers
    assert the_application(applicant) is None
