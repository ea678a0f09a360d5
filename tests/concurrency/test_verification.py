"""Races on licence applications (issue 11 items 7 and 10, issue 13 item 11), each run TRIALS
times with real threads and separate connections: two admins deciding one application (every
pair of decisions), 40 wrong contact codes and the right one at once, and six accounts claiming
one NPI at once (on SQLite too, over HTTP, where it used to answer 500)."""

import itertools
import json

import pytest
from sqlalchemy import func, select, update

from clinnet.accounts.models import User
from clinnet.audit.models import AuditEvent
from clinnet.core.authz import Role
from clinnet.extensions import db
from clinnet.notifications.models import Notification
from clinnet.verification import services
from clinnet.verification.models import Application, ApplicationState
from clinnet.verification.npi import npi_check_digit
from tests.concurrency.race import TRIALS, assert_chain_intact, race_actions
from tests.helpers import Browser, make_app, make_user, page_text
from tests.verification.util import LENA, last_code

DECISIONS = {
    "approve": (lambda a, admin: services.approve(a, admin, "checked with the board"),
                ApplicationState.APPROVED, "verification.approved"),
    "reject": (lambda a, admin: services.reject(a, admin, "Not a physician"),
               ApplicationState.REJECTED, "verification.rejected"),
    "changes": (lambda a, admin: services.request_changes(a, admin, "Check the number"),
                ApplicationState.CHANGES_REQUESTED, "verification.changes_requested"),
}
_npis = itertools.count(100_000)


def fresh_npi() -> str:
    """A well-formed NPI the demo registry does not know (the check says "not found")."""
    first_nine = f"998{next(_npis):06d}"
    return first_nine + str(npi_check_digit(first_nine))


def application_for(npi: str) -> Application:
    applicant = make_user(Role.APPLICANT)
    services.submit(applicant, services.ApplicationData(
        npi, "TX", "Q7788", "Ann", "Lee", "cardiology"))
    return services.application_of(applicant)


@pytest.mark.postgres_only
@pytest.mark.parametrize("pair", list(itertools.combinations_with_replacement(DECISIONS, 2)),
                         ids="+".join)
def test_two_admins_deciding_one_application_make_one_decision(app, registry, pair):
    admins = [make_user(Role.ADMIN).id, make_user(Role.ADMIN).id]
    for _ in range(TRIALS):
        npi = fresh_npi()
        application = application_for(npi)
        applicant_id, application_id = application.user_id, application.id
        db.session.commit()

        def decide(decision, admin_id, application_id=application_id):
            def action(ready):
                admin = db.session.get(User, admin_id)
                target = db.session.get(Application, application_id)
                ready()
                try:
                    DECISIONS[decision][0](target, admin)
                except services.VerificationError as exc:
                    return "refused" if "already been decided" in str(exc) else str(exc)
                return decision
            return action

        outcomes = race_actions(app, *(decide(d, a) for d, a in zip(pair, admins, strict=True)))
        assert sorted(o == "refused" for o in outcomes) == [False, True], outcomes
        winner = next(o for o in outcomes if o != "refused")
        db.session.expire_all()
        decided = db.session.get(Application, application_id)
        assert decided.state == DECISIONS[winner][1]
        decision_events = db.session.scalars(select(AuditEvent.action).where(
            AuditEvent.target_type == "Application", AuditEvent.target_id == str(application_id),
            AuditEvent.action.in_([d[2] for d in DECISIONS.values()]))).all()
        assert decision_events == [DECISIONS[winner][2]]
        assert db.session.scalar(select(func.count()).select_from(Notification).where(
            Notification.user_id == applicant_id, Notification.kind == "verification")) == 1
        if winner == "reject":  # the NPI is released: its real owner can claim it
            assert decided.claimed_npi is None
            assert application_for(npi).claimed_npi == npi
        elif winner == "approve":
            assert decided.claimed_npi == npi
            assert db.session.get(User, applicant_id).role == Role.PHYSICIAN
    assert_chain_intact()


@pytest.mark.postgres_only
@pytest.mark.config(CONTACT_CODE_ATTEMPTS=5)
def test_forty_wrong_codes_and_the_right_one_at_once_evaluate_only_five(app, registry):
    wide = make_app(app, CONTACT_CODE_ATTEMPTS=5, SQLALCHEMY_ENGINE_OPTIONS={
        "pool_size": 45, "max_overflow": 5, "pool_timeout": 60})
    for _ in range(TRIALS):
        applicant = make_user(Role.APPLICANT)
        services.submit(applicant, services.ApplicationData(**LENA))
        code = last_code(to="l.hoffmann@lakeside-clinic.example")
        applicant_id = applicant.id
        db.session.commit()
        wrong = [f"{(int(code) + k) % 10**6:06d}" for k in range(1, 41)]

        def attempt(guess, applicant_id=applicant_id):
            def action(ready):
                member = db.session.get(User, applicant_id)
                ready()
                try:
                    services.confirm_contact(member, guess)
                except services.VerificationError as exc:
                    for word, phrase in (("too many", "Too many"), ("wrong", "not right"),
                                         ("no code", "no code to confirm")):
                        if phrase in str(exc):
                            return word
                    return str(exc)
                return "confirmed"
            return action

        outcomes = race_actions(wide, *(attempt(guess) for guess in [*wrong, code]))
        assert set(outcomes) <= {"wrong", "too many", "confirmed", "no code"}, set(outcomes)
        evaluated = outcomes.count("wrong") + outcomes.count("confirmed")
        confirmed = outcomes[-1] == "confirmed"
        # Only five codes are ever compared; once the right one is in, the rest find no code.
        assert evaluated == 5 or (confirmed and evaluated < 5)
        assert outcomes.count("no code") == (41 - evaluated if confirmed else 0)
        db.session.expire_all()
        application = services.application_of(db.session.get(User, applicant_id))
        assert application.code_attempts == evaluated
        assert application.contact_confirmed == confirmed
        assert (application.state == ApplicationState.PENDING_REVIEW) == confirmed
        failed = db.session.scalar(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.action == "verification.contact_code_failed",
            AuditEvent.target_id == str(application.id)))
        assert failed == outcomes.count("wrong")
        db.session.execute(update(Application).where(Application.id == application.id)
                           .values(claimed_npi=None))  # free LENA's NPI for the next trial
        db.session.commit()
    assert_chain_intact()


@pytest.mark.config(RATELIMITS_ENABLED=False)
def test_six_accounts_claiming_one_npi_at_once_get_one_claim_and_no_500(app, registry):
    """On SQLite as on PostgreSQL, through the web form."""
    for _ in range(TRIALS):
        npi = fresh_npi()
        browsers = []
        for _ in range(6):
            browser = Browser(app.test_client())
            browser.login_as(make_user(Role.APPLICANT))
            browsers.append(browser)
        db.session.commit()

        def apply(browser, npi=npi):
            def action(ready):
                token = browser.csrf_token()
                ready()
                response = browser.post("/verification/apply", {
                    **LENA, "npi": npi, "csrf_token": token})
                if response.status_code == 302:
                    return "claimed"
                text = page_text(response)
                return "refused" if "already linked to another" in text else \
                    f"{response.status_code}: {text[:200]}"
            return action

        outcomes = race_actions(app, *(apply(browser) for browser in browsers))
        assert sorted(outcomes) == ["claimed"] + ["refused"] * 5, outcomes
        db.session.commit()
        holders = db.session.scalars(select(Application).where(
            Application.claimed_npi == npi)).all()
        assert len(holders) == 1
        refusals = db.session.scalars(select(AuditEvent.details).where(
            AuditEvent.action == "verification.npi_refused")).all()
        assert sum(json.loads(d)["npi"] == npi for d in refusals) == 5
    assert_chain_intact()


@pytest.mark.postgres_only
def test_two_namesakes_approved_at_the_same_instant_get_two_handles(app, registry):
    """ensure_handle checks, then writes: two approvals of two members with one name used to
    collide on uq_users_handle at the commit. Both are approved, with the name and the next
    number, and nothing is left half-done."""
    admins = [make_user(Role.ADMIN).id, make_user(Role.ADMIN).id]
    for trial in range(TRIALS):
        last_name = "Lee" + "".join(chr(ord("a") + int(d)) for d in str(trial))  # no digits
        applications = []
        for _ in range(2):
            applicant = make_user(Role.APPLICANT)
            services.submit(applicant, services.ApplicationData(
                fresh_npi(), "TX", "Q7788", "Ann", last_name, "cardiology"))
            applications.append(services.application_of(applicant).id)
        db.session.commit()

        def approve(application_id, admin_id):
            def action(ready):
                admin = db.session.get(User, admin_id)
                target = db.session.get(Application, application_id)
                ready()
                services.approve(target, admin, "checked with the board")
                return "approved"
            return action

        outcomes = race_actions(app, *(approve(a, admin) for a, admin in
                                       zip(applications, admins, strict=True)))
        assert outcomes == ["approved", "approved"], (trial, outcomes)
        db.session.expire_all()
        members = [db.session.get(Application, a).user for a in applications]
        base = f"ann.{last_name.lower()}"
        assert sorted(m.handle for m in members) == [base, f"{base}2"], trial
        assert all(m.role == Role.PHYSICIAN for m in members)
    assert_chain_intact()
