"""Licence applications, admin decisions and re-verification: the only code that makes a member a
verified physician, or takes that away. Each public function is one transition: its changes, its
audit events and notifications land together, or it raises VerificationError and changes nothing
(refused attempts that matter for security, such as a claim on someone else's NPI or a wrong
code, are audited all the same). Decisions lock the application and check its state again, so
two admins deciding at once get one decision and one "already decided".

Mail goes out after the commit: a rolled-back action must not have sent a code.

The licence registry is asked after the commit of the action that needs it (a submission, an
admin's re-check), never inside a transaction: a registry that answers slowly holds no row
lock and, on SQLite, not the database's write lock. The answer is then recorded in a unit of
its own, if the application is still the one that was asked about (`run_registry_check`).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

from flask import current_app
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import joinedload

from clinnet import audit
from clinnet.accounts import services as accounts
from clinnet.accounts.models import Authority, Status, User
from clinnet.audit.models import AuditEvent
from clinnet.core.authz import Role
from clinnet.core.db import utcnow
from clinnet.extensions import db
from clinnet.notifications import notify, send_mail
from clinnet.transactions import after_commit, kept, lock, refuse, transition
from clinnet.verification import matching
from clinnet.verification.matching import Claim, Outcome
from clinnet.verification.models import Application, ApplicationState
from clinnet.verification.registry import (
    LicenceStatus,
    RegistryRecord,
    RegistryUnavailable,
    get_registry,
)

STATUS_URL = "/verification/status"
FEED_URL = "/"
ADMIN_URL = "/admin/applications/{id}"
# Audit actions that count towards the per-account submission limit.
_SUBMISSION_ACTIONS = ("verification.submitted", "verification.npi_refused")


class VerificationError(ValueError):
    """An action that cannot be carried out; the message is safe to show to whoever asked."""

    def __init__(self, message: str, field: str | None = None):
        super().__init__(message)
        self.field = field


@dataclass(frozen=True)
class ApplicationData:
    npi: str
    license_state: str
    license_number: str
    first_name: str
    last_name: str
    specialty: str = ""

    @property
    def claim(self) -> Claim:
        return Claim(self.npi, self.license_state, self.license_number, self.first_name,
                     self.last_name)


# --- the registry check ------------------------------------------------------------------------

def taxonomy_prefixes() -> tuple[str, ...]:
    return current_app.config["PHYSICIAN_TAXONOMY_PREFIXES"]


@dataclass(frozen=True)
class Check:
    outcome: str
    evidence: dict
    record: RegistryRecord | None


def check_claim(claim: Claim, account_email: str) -> Check:
    """Ask the registry about `claim` and describe the result as stored evidence."""
    registry_name = current_app.config["REGISTRY"]
    evidence = {
        "registry": registry_name,
        "checked_at": utcnow().isoformat(timespec="seconds"),
        "claimed": {"npi": claim.npi, "first_name": claim.first_name,
                    "last_name": claim.last_name, "license_state": claim.license_state,
                    "license_number": claim.license_number},
    }
    try:
        record = get_registry().lookup(claim.npi)
    except RegistryUnavailable as exc:
        current_app.logger.warning("licence registry unavailable: %s", exc)
        evidence.update(outcome=Outcome.UNAVAILABLE, record=None, unavailable=str(exc),
                        reasons=[{"field": "registry",
                                  "text": "the registry could not be reached"}])
        return Check(Outcome.UNAVAILABLE, evidence, None)
    result = matching.evaluate(claim, record, utcnow().date(), taxonomy_prefixes())
    evidence.update(
        outcome=result.outcome,
        record=record.to_dict() if record else None,
        reasons=[{"field": r.field, "text": r.text} for r in result.reasons],
        domain_match=matching.email_domain_matches(account_email, record) if record else None,
        licence=_licence_dict(result.licence),
    )
    return Check(result.outcome, evidence, record)


def _licence_dict(licence) -> dict | None:
    if licence is None:
        return None
    return {"state": licence.state, "number": licence.number, "status": licence.status,
            "expires": licence.expires.isoformat() if licence.expires else None}


# --- applicant actions ---------------------------------------------------------------------------

def application_of(user) -> Application | None:
    return db.session.scalar(select(Application).where(Application.user_id == user.id))


def submissions_today(user) -> int:
    since = utcnow() - timedelta(days=1)
    return db.session.scalar(
        select(func.count()).select_from(AuditEvent).where(
            AuditEvent.actor_id == user.id, AuditEvent.action.in_(_SUBMISSION_ACTIONS),
            AuditEvent.created_at >= since)
    ) or 0


def can_edit(application: Application | None) -> bool:
    return application is None or application.state == ApplicationState.CHANGES_REQUESTED


def _duplicate_refused(user, npi: str, holder_id: int | None) -> Exception:
    return refuse(VerificationError(
        "This NPI is already linked to another clinnet account. If it is yours, contact the "
        "admins.", field="npi"), record=lambda: audit.record(
            "verification.npi_refused", actor=user, target=user, npi=npi,
            held_by_application=holder_id))


@transition
def submit(user, data: ApplicationData) -> Application:
    """Submit (or resubmit after changes were requested) a licence application.

    The registry is asked once this is committed (`run_registry_check`), and its evidence is
    stored with the application. When the registry lists a contact for the NPI, a one-time
    code is mailed there and the application waits in `submitted` until the applicant enters
    it; otherwise it goes to the admins.
    """
    application = application_of(user)
    if application is not None:
        lock(application)  # two tabs submitting at once: one after the other
    if not can_edit(application):
        raise VerificationError("Your application cannot be changed now; its status is below.")
    limit = current_app.config["VERIFICATION_SUBMISSIONS_PER_DAY"]
    if submissions_today(user) >= limit:
        raise VerificationError(
            f"You have submitted {limit} times in the last 24 hours. Try again tomorrow, or "
            "contact the admins.")
    holder = db.session.scalar(select(Application.id).where(
        Application.claimed_npi == data.npi, Application.user_id != user.id))
    if holder is not None:
        raise _duplicate_refused(user, data.npi, holder)

    resubmitted = application is not None
    # The claim's unique NPI decides a race between accounts. Its changes are made inside a
    # savepoint of their own (begin_nested flushes what is pending first), so that losing the
    # race undoes only them and is answered as a refusal.
    try:
        with db.session.begin_nested():
            if application is None:
                application = Application(user_id=user.id, code_attempts=0, code_sends=0)
                db.session.add(application)
            _claim(application, data)
            db.session.flush()
    except IntegrityError as exc:
        with db.session.no_autoflush:  # nothing refused may be flushed again
            holder = db.session.scalar(select(Application.id).where(
                Application.claimed_npi == data.npi, Application.user_id != user.id))
        if holder is None:  # the same member submitted twice at once (two tabs)
            raise VerificationError("Your application was changed meanwhile; reload the page "
                                    "and check its status.") from exc
        # a concurrent claim on the NPI won the race
        raise _duplicate_refused(user, data.npi, holder) from exc
    audit.record("verification.submitted", actor=user, target=application, npi=data.npi,
                 resubmitted=resubmitted)
    application_id = application.id
    after_commit(lambda: run_registry_check(application_id))
    return application


def _claim(application: Application, data: ApplicationData) -> None:
    """Fill `application` from a (re)submission, waiting for the registry check."""
    if application.npi != data.npi:
        application.contact_confirmed_at = None
    for name, value in vars(data).items():
        setattr(application, name, value)
    application.claimed_npi = data.npi
    application.state = ApplicationState.SUBMITTED
    application.outcome = None  # not checked yet: the registry is asked after the commit
    application.evidence = "{}"
    application.checked_at = None
    application.admin_message = None
    application.submitted_at = utcnow()
    application.code_sends = 0
    application.code_hash = None


@dataclass(frozen=True)
class _Asked:
    """What the registry was asked about: its answer is recorded only if this still holds."""

    submitted_at: object
    data: ApplicationData


def _asked(application: Application) -> _Asked:
    return _Asked(application.submitted_at, ApplicationData(
        application.npi, application.license_state, application.license_number,
        application.first_name, application.last_name, application.specialty))


def run_registry_check(application_id: int, actor_id: int | None = None) -> None:
    """Ask the registry about an application and record the answer. Runs after a commit, with
    no transaction open while the registry is asked; a failure here leaves the application
    "not checked yet" for an admin's re-check, and is logged, never shown as an error to the
    member whose action already succeeded."""
    try:
        application = db.session.get(Application, application_id)
        if application is None or not application.is_open:
            return
        asked, email = _asked(application), application.user.email
        db.session.rollback()  # end the read: nothing is held while the registry answers
        check = check_claim(asked.data.claim, email)
        _record_check(application_id, asked, check, actor_id)
    except Exception:
        db.session.rollback()
        current_app.logger.exception("recording the registry check of application %s failed",
                                     application_id)


@transition
def _record_check(application_id: int, asked: _Asked, check: Check,
                  actor_id: int | None) -> None:
    application = db.session.get(Application, application_id)
    lock(application)
    if not application.is_open or _asked(application) != asked:
        return  # resubmitted or decided meanwhile: this answer is about something else
    contact = check.record.contact_email if check.record else None
    if contact != application.contact_email:
        application.contact_email = contact
        application.contact_confirmed_at = None
        application.code_hash = None
        application.code_sends = 0
    application.outcome = check.outcome
    application.evidence = json.dumps(check.evidence, ensure_ascii=False)
    application.checked_at = utcnow()
    code = None
    if application.state != ApplicationState.SUBMITTED or application.code_hash is None:
        code = _route(application)
    if code is not None and actor_id is not None:
        notify(application.user_id, "verification", "Enter the code we sent to the contact the "
               "licence registry lists for you.", STATUS_URL)
    audit.record("verification.rechecked" if actor_id else "verification.checked",
                 actor=db.session.get(User, actor_id) if actor_id else None,
                 target=application, outcome=check.outcome)
    _mail_code(application, code)


def _route(application: Application) -> str | None:
    """Set the state after a check; return a fresh contact code if one must be mailed."""
    if application.contact_email and not application.contact_confirmed:
        application.state = ApplicationState.SUBMITTED
        return _new_code(application)
    application.state = ApplicationState.PENDING_REVIEW
    application.code_hash = None
    return None


def _code_digest(application_id: int, code: str) -> str:
    key = current_app.secret_key.encode() if isinstance(current_app.secret_key, str) else \
        current_app.secret_key
    return hmac.new(key, f"contact-code:{application_id}:{code}".encode(),
                    hashlib.sha256).hexdigest()


def _new_code(application: Application) -> str:
    db.session.flush()  # the digest binds the code to the application's id
    code = f"{secrets.randbelow(10**6):06d}"
    application.code_hash = _code_digest(application.id, code)
    application.code_expires_at = utcnow() + timedelta(
        minutes=current_app.config["CONTACT_CODE_MINUTES"])
    application.code_attempts = 0
    application.code_sends = (application.code_sends or 0) + 1
    return code


def _mail_code(application: Application, code: str | None) -> None:
    if code is None or not application.contact_email:
        return
    minutes = current_app.config["CONTACT_CODE_MINUTES"]
    send_mail(
        application.contact_email,
        "clinnet: confirm your licence application",
        f"Someone is applying to clinnet, a network for verified physicians, with NPI "
        f"{application.npi}, for which the licence registry lists this address.\n\n"
        f"If that is you, enter this code on your application page: {code}\n"
        f"It works once, for {minutes:g} minutes.\n\n"
        "If it is not you, do not share the code: someone may be using your NPI. "
        "Nothing more will happen unless the code is entered.\n",
    )


@transition
def confirm_contact(user, code: str) -> Application:
    """Check the one-time code the applicant received at the registry's contact.

    Each try uses up one attempt before the code is compared, under the application's row
    lock, so that simultaneous guesses cannot all be compared against the same count.
    """
    application = application_of(user)
    if application is not None:
        lock(application)
    if application is None or application.state != ApplicationState.SUBMITTED or \
            application.code_hash is None:
        raise VerificationError("There is no code to confirm for your application.")
    max_attempts = current_app.config["CONTACT_CODE_ATTEMPTS"]
    if application.code_expires_at is None or application.code_expires_at <= utcnow():
        raise VerificationError("This code has expired. Ask for a new one.", field="code")
    if application.code_attempts >= max_attempts:
        raise VerificationError("Too many wrong codes. Ask for a new one.", field="code")
    application.code_attempts += 1
    if not hmac.compare_digest(application.code_hash,
                               _code_digest(application.id, code.strip())):
        left = max_attempts - application.code_attempts
        audit.record("verification.contact_code_failed", actor=user, target=application,
                     attempt=application.code_attempts)
        raise kept(VerificationError(
            "That code is not right. " + (f"{left} attempt(s) left." if left else
                                          "Ask for a new code."), field="code"))
    application.code_hash = None  # single use
    application.contact_confirmed_at = utcnow()
    application.state = ApplicationState.PENDING_REVIEW
    audit.record("verification.contact_confirmed", actor=user, target=application)
    return application


@transition
def resend_code(user) -> Application:
    application = application_of(user)
    if application is not None:
        lock(application)
    if application is None or application.state != ApplicationState.SUBMITTED or \
            not application.contact_email:
        raise VerificationError("There is no code to send for your application.")
    if application.code_sends >= current_app.config["CONTACT_CODE_SENDS"]:
        raise VerificationError("No more codes can be sent for this application. An admin will "
                                "review it without the confirmation.")
    code = _new_code(application)
    audit.record("verification.contact_code_sent", actor=user, target=application,
                 sends=application.code_sends)
    _mail_code(application, code)
    return application


# --- admin review --------------------------------------------------------------------------------

def open_applications() -> list[Application]:
    """The review queue, oldest submission first."""
    return list(db.session.scalars(
        select(Application).options(joinedload(Application.user))
        .where(Application.state.in_(ApplicationState.OPEN))
        .order_by(Application.submitted_at, Application.id)))


def recent_decisions(limit: int = 20) -> list[Application]:
    return list(db.session.scalars(
        select(Application).options(joinedload(Application.user),
                                    joinedload(Application.decided_by))
        .where(Application.state.not_in(ApplicationState.OPEN))
        .order_by(Application.decided_at.desc().nulls_last(), Application.id.desc())
        .limit(limit)))


def suspended_physicians() -> list[Application]:
    """Applications of verified members who are suspended (e.g. by re-verification)."""
    return list(db.session.scalars(
        select(Application).join(Application.user).options(joinedload(Application.user))
        .where(Application.state == ApplicationState.APPROVED, User.status == Status.SUSPENDED)
        .order_by(Application.id)))


def pending_count() -> int:
    return db.session.scalar(select(func.count()).select_from(Application).where(
        Application.state.in_(ApplicationState.OPEN))) or 0


def get_application(application_id: int) -> Application | None:
    return db.session.get(Application, application_id)


def needs_override(application: Application) -> bool:
    """An approval needs written reasons unless the registry matched and the contact confirmed."""
    return application.outcome != Outcome.MATCH or not application.contact_confirmed


def _decidable(application: Application, actor) -> None:
    lock(application)  # the other admin's decision, if any, is now visible
    if not application.is_open:
        raise VerificationError("This application has already been decided.")
    if application.user_id == actor.id:
        raise VerificationError("Another admin must decide your own application.")


@transition
def approve(application: Application, actor, override_reason: str = "") -> None:
    """Make the applicant a verified physician, in one commit with its audit and notification."""
    _decidable(application, actor)
    override_reason = (override_reason or "").strip()
    if needs_override(application) and not override_reason:
        raise VerificationError(
            "The registry check did not match or the contact was not confirmed: write why you "
            "approve anyway.", field="override_reason")
    user = application.user
    user.first_name, user.last_name = application.first_name, application.last_name
    user.verified_at = utcnow()
    if user.role < Role.PHYSICIAN:
        audit.record("user.role_changed", actor=actor, target=user, old=user.role.value,
                     new=Role.PHYSICIAN.value)
        user.role = Role.PHYSICIAN
    accounts.ensure_pseudonym(user)
    accounts.ensure_handle(user)
    user.welcome_due = True
    application.state = ApplicationState.APPROVED
    application.override_reason = override_reason or None
    application.decided_by_id, application.decided_at = actor.id, utcnow()
    audit.record("verification.approved", actor=actor, target=application, user_id=user.id,
                 npi=application.npi, outcome=application.outcome,
                 contact_confirmed=application.contact_confirmed,
                 override=bool(override_reason))
    notify(user, "verification", "Your licence is verified: welcome to clinnet.", FEED_URL)


@transition
def reject(application: Application, actor, reason: str) -> None:
    _decidable(application, actor)
    reason = (reason or "").strip()
    if not reason:
        raise VerificationError("Give a reason: the applicant is shown it.", field="reason")
    application.state = ApplicationState.REJECTED
    application.claimed_npi = None  # a rejected claim must not block the NPI's real owner
    application.admin_message = reason
    application.code_hash = None
    application.decided_by_id, application.decided_at = actor.id, utcnow()
    audit.record("verification.rejected", actor=actor, target=application,
                 user_id=application.user_id, npi=application.npi)
    notify(application.user_id, "verification", "Your licence application was rejected.",
           STATUS_URL)


@transition
def request_changes(application: Application, actor, message: str) -> None:
    _decidable(application, actor)
    message = (message or "").strip()
    if not message:
        raise VerificationError("Tell the applicant what to change.", field="message")
    application.state = ApplicationState.CHANGES_REQUESTED
    application.admin_message = message
    application.code_hash = None
    application.decided_by_id, application.decided_at = actor.id, utcnow()
    audit.record("verification.changes_requested", actor=actor, target=application,
                 user_id=application.user_id)
    notify(application.user_id, "verification",
           "An admin asked for changes to your licence application.", STATUS_URL)


@transition
def recheck(application: Application, actor) -> Application:
    """Ask the registry again (after an outage, or after the registry was updated); the answer
    is recorded once this commits (`run_registry_check`)."""
    lock(application)
    if not application.is_open:
        raise VerificationError("Only applications waiting for review can be re-checked.")
    audit.record("verification.recheck_requested", actor=actor, target=application)
    application_id, actor_id = application.id, actor.id
    after_commit(lambda: run_registry_check(application_id, actor_id))
    return application


@transition
def reinstate(user: User, actor, reason: str = "") -> None:
    """An admin lifts a suspension (a registry suspension needs a written reason)."""
    try:
        accounts.reinstate(user, actor, reason)
    except accounts.AccountError as exc:
        raise VerificationError(str(exc), exc.field) from exc
    notify(user, "verification", "Your account has been reinstated.", FEED_URL)


@transition
def recheck_member(application: Application, actor) -> None:
    """Ask the registry about a suspended physician's licence; if it is in good standing
    again, the registry's suspension is lifted (`run_member_recheck`, after the commit)."""
    lock(application.user)
    if application.state != ApplicationState.APPROVED or not application.user.is_suspended:
        raise VerificationError("This member is not suspended.")
    audit.record("verification.member_recheck_requested", actor=actor, target=application.user)
    application_id, actor_id = application.id, actor.id
    after_commit(lambda: run_member_recheck(application_id, actor_id))


def run_member_recheck(application_id: int, actor_id: int | None) -> None:
    """After a commit: look the licence up (no transaction open), then lift a registry
    suspension if nothing is wrong with it any more."""
    try:
        application = db.session.get(Application, application_id)
        npi = application.npi
        db.session.rollback()
        record = get_registry().lookup(npi)
        _apply_member_recheck(application_id, record, actor_id)
    except RegistryUnavailable as exc:
        current_app.logger.warning("licence registry unavailable: %s", exc)
    except Exception:
        db.session.rollback()
        current_app.logger.exception("re-checking member of application %s failed",
                                     application_id)


@transition
def _apply_member_recheck(application_id: int, record: RegistryRecord | None,
                          actor_id: int | None) -> None:
    application = db.session.get(Application, application_id)
    user = application.user
    lock(user)
    problems, _warnings = lapse_reasons(application, record, utcnow().date())
    actor = db.session.get(User, actor_id) if actor_id else None
    audit.record("verification.member_rechecked", actor=actor, target=user,
                 good_standing=not problems)
    if not problems and user.is_suspended and \
            user.suspension_authority == Authority.REGISTRY:
        _lift_registry_suspension(user)


def _lift_registry_suspension(user: User) -> None:
    accounts.reinstate(user, None, by_registry=True)
    notify(user, "verification", "The licence registry shows your licence in good standing: "
           "your account is active again.", FEED_URL)
    send_mail(user.email, "clinnet: your account is active again",
              "The licence registry shows your licence in good standing again, so your "
              "clinnet account is no longer suspended. Welcome back.\n")


# --- re-verification -----------------------------------------------------------------------------

@dataclass
class ReverifySummary:
    checked: int = 0
    still_valid: int = 0
    reinstated: list[str] = field(default_factory=list)  # registry suspensions lifted
    suspended: list[tuple[str, str]] = field(default_factory=list)  # (email, reason)
    already_suspended: int = 0
    warnings: list[tuple[str, str]] = field(default_factory=list)


def verified_applications() -> list[Application]:
    return list(db.session.scalars(
        select(Application).join(Application.user).options(joinedload(Application.user))
        .where(Application.state == ApplicationState.APPROVED,
               User.role.in_([r for r in Role if r >= Role.PHYSICIAN]))
        .order_by(Application.id)))


def lapse_reasons(application: Application, record: RegistryRecord | None,
                  today: date) -> tuple[list[str], list[str]]:
    """(reasons to suspend, warnings) for a verified member's licence as the registry has it now.

    Only a licence that is gone, expired, suspended or revoked (or an NPI deactivated) suspends;
    probation or a standing the registry does not report is a warning for the admins.
    """
    licence_name = f"licence {application.license_state} {application.license_number}"
    if record is None:
        return [f"NPI {application.npi} is no longer in the licence registry"], []
    if record.basic.status != "A":
        return [f"NPI {application.npi} is deactivated in the licence registry"], []
    licence = matching.find_licence(record, application.license_state,
                                    application.license_number)
    if licence is None:
        return [f"{licence_name} is no longer listed in the licence registry"], []
    standing = matching.licence_standing_reasons(licence, today)
    texts = [r.text for r in standing]
    lapsed = licence.status in (LicenceStatus.EXPIRED, LicenceStatus.SUSPENDED,
                                LicenceStatus.REVOKED) or \
        any(r.field == "license_expires" for r in standing)
    return (texts, []) if lapsed else ([], texts)


def reverify(progress: Callable[[list], Iterable] = iter) -> ReverifySummary:
    """Re-check every verified physician's licence; suspend those whose licence lapsed.

    Every lookup happens before anything changes (and outside any transaction, so a slow
    registry holds no lock): if the registry fails even once, this raises RegistryUnavailable
    and nobody is suspended. Suspensions land in one commit with their audit events; the
    members are notified in-app and by mail.
    """
    applications = verified_applications()
    db.session.rollback()  # end the read: the lookups below may take minutes
    registry = get_registry()
    lookups = [(application.id, registry.lookup(application.npi))
               for application in progress(applications)]
    return _apply_reverification(lookups)


@transition
def _apply_reverification(lookups: list[tuple[int, RegistryRecord | None]]) -> ReverifySummary:
    today = utcnow().date()
    findings = [(db.session.get(Application, application_id), record)
                for application_id, record in lookups]
    summary = ReverifySummary(checked=len(findings))
    to_suspend = []
    for application, record in findings:
        lock(application.user)
        problems, warnings = lapse_reasons(application, record, today)
        user = application.user
        summary.warnings += [(user.email, w) for w in warnings]
        if not problems and user.is_suspended and \
                user.suspension_authority == Authority.REGISTRY:
            _lift_registry_suspension(user)
            summary.reinstated.append(user.email)
        elif not problems:
            summary.still_valid += 1
        elif user.is_suspended:
            summary.already_suspended += 1
        else:
            to_suspend.append((application, "; ".join(problems)))
    active_admins = db.session.scalar(select(func.count()).select_from(User).where(
        User.role == Role.ADMIN, User.status == Status.ACTIVE)) or 0
    for application, reason in to_suspend:
        user = application.user
        if user.role == Role.ADMIN and active_admins <= 1:
            summary.warnings.append((user.email, f"{reason} — not suspended: the last admin"))
            continue
        active_admins -= user.role == Role.ADMIN
        message = (f"Licence re-verification: {reason}. Contact the admins once the registry "
                   "shows the licence in good standing")
        accounts.suspend(user, None, message, source="reverification", npi=application.npi)
        notify(user, "verification", f"Your account is suspended: {reason}.", STATUS_URL)
        summary.suspended.append((user.email, reason))
        send_mail(user.email, "clinnet: your account is suspended", message + ".\n")
    now = utcnow()
    for application, _ in findings:
        application.reverified_at = now
    audit.record("verification.reverified", checked=summary.checked,
                 suspended=len(summary.suspended), reinstated=len(summary.reinstated),
                 warnings=len(summary.warnings))
    return summary
