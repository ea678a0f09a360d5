from datetime import UTC, datetime, timedelta

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_login import current_user

from clinnet.accounts import services as accounts
from clinnet.accounts.models import User
from clinnet.admin import services
from clinnet.admin.forms import ReinstateForm, RoleForm
from clinnet.audit import verify_chain
from clinnet.core.authz import Role, requires_role
from clinnet.core.db import utcnow
from clinnet.core.routing import page_number
from clinnet.extensions import db
from clinnet.moderation import services as moderation
from clinnet.moderation.forms import SuspendForm  # one suspension form for all staff
from clinnet.privacy import services as privacy
from clinnet.privacy.forms import EraseForm
from clinnet.verification.services import application_of, pending_count

bp = Blueprint("admin", __name__, url_prefix="/admin", template_folder="templates")


@bp.route("/")
@requires_role(Role.ADMIN)
def index():
    return render_template("admin/index.html", counts=services.dashboard_counts(),
                           roles=list(Role), pending_applications=pending_count(),
                           moderation=moderation.attention())


@bp.route("/members")
@requires_role(Role.ADMIN)
def members():
    args = request.args
    member_filter = services.MemberFilter(
        q=args.get("q", "")[:100].strip(), role=args.get("role", ""),
        status=args.get("status", ""), verified=args.get("verified", ""))
    page = page_number()
    rows, more = services.search_members(member_filter, page)
    return render_template("admin/members.html", members=rows, more=more, page=page,
                           f=member_filter, roles=list(Role))


def _member_or_404(user_id: int) -> User:
    user = db.session.get(User, user_id)
    if user is None:
        abort(404)
    return user


@bp.route("/members/<int:user_id>")
@requires_role(Role.ADMIN)
def member(user_id):
    user = _member_or_404(user_id)
    return _render_member(user)


def _render_member(user, role_form=None, suspend_form=None, reinstate_form=None,
                   erase_form=None, status=200):
    role_form = role_form or RoleForm(role=user.role.value)
    return render_template(
        "admin/member.html", member=user, events=services.member_events(user),
        application=application_of(user),
        role_form=role_form, suspend_form=suspend_form or SuspendForm(),
        reinstate_form=reinstate_form or ReinstateForm(),
        erase_form=erase_form or EraseForm()), status


@bp.route("/members/<int:user_id>/role", methods=["POST"])
@requires_role(Role.ADMIN)
def change_role(user_id):
    user = _member_or_404(user_id)
    form = RoleForm()
    if user.verified_at is None:
        form.role.errors = ["Only a verified physician can hold a staff role."]
    elif form.validate_on_submit():
        try:
            accounts.set_role(user, Role(form.role.data), actor=current_user)
        except accounts.AccountError as exc:
            form.role.errors = [str(exc)]
        else:
            flash(f"{user.email} is now {user.role.label.lower()}.", "success")
            return redirect(url_for("admin.member", user_id=user.id))
    return _render_member(user, role_form=form, status=400)


@bp.route("/members/<int:user_id>/suspend", methods=["POST"])
@requires_role(Role.ADMIN)
def suspend(user_id):
    user = _member_or_404(user_id)
    form = SuspendForm()
    if user.id == current_user.id:
        form.reason.errors = ["You cannot suspend yourself."]
    elif form.validate_on_submit():
        until = utcnow() + timedelta(days=form.days.data) if form.days.data else None
        try:
            accounts.suspend(user, current_user, form.reason.data, until, source="admin")
        except accounts.AccountError as exc:
            form.reason.errors = [str(exc)]
        else:
            flash(f"{user.email} is suspended and signed out.", "success")
            return redirect(url_for("admin.member", user_id=user.id))
    return _render_member(user, suspend_form=form, status=400)


@bp.route("/members/<int:user_id>/reinstate", methods=["POST"])
@requires_role(Role.ADMIN)
def reinstate(user_id):
    user = _member_or_404(user_id)
    form = ReinstateForm()
    if form.validate_on_submit():
        try:
            accounts.reinstate(user, current_user, form.reason.data or "")
        except accounts.AccountError as exc:
            form.reason.errors = [str(exc)]
            return _render_member(user, reinstate_form=form, status=400)
        flash(f"{user.email} is reinstated.", "success")
    return redirect(url_for("admin.member", user_id=user.id))


@bp.route("/members/<int:user_id>/erase", methods=["POST"])
@requires_role(Role.ADMIN)
def erase(user_id):
    """Close a member's account on their request (docs/privacy.md: what stays, what goes)."""
    user = _member_or_404(user_id)
    form = EraseForm()
    if user.id == current_user.id:
        form.reason.errors = ["Close your own account from your account page."]
    elif form.validate_on_submit():
        try:
            privacy.close_account(user, current_user, form.reason.data)
        except privacy.PrivacyError as exc:
            form.reason.errors = [str(exc)]
        else:
            flash("The account is closed and its personal data erased.", "success")
            return redirect(url_for("admin.member", user_id=user.id))
    return _render_member(user, erase_form=form, status=400)


def _parse_day(value: str | None) -> datetime | None:
    try:
        return datetime.strptime(value or "", "%Y-%m-%d").replace(tzinfo=UTC)
    except ValueError:
        return None


@bp.route("/audit")
@requires_role(Role.ADMIN)
def audit_log():
    args = request.args
    until = _parse_day(args.get("until"))
    audit_filter = services.AuditFilter(
        actor=args.get("actor", "")[:254].strip().lower(),
        action=args.get("action", "")[:64].strip(),
        target_type=args.get("target_type", "")[:64].strip(),
        target_id=args.get("target_id", "")[:64].strip(),
        since=_parse_day(args.get("since")),
        until=until + timedelta(days=1) if until else None)
    page = page_number()
    rows, more = services.search_audit(audit_filter, page)
    return render_template("admin/audit.html", events=rows, more=more, page=page,
                           args=args)


@bp.route("/audit/verify", methods=["POST"])
@requires_role(Role.ADMIN)
def verify_audit():
    report = verify_chain()
    if report.ok:
        flash(f"The audit chain is intact: {report.events} events verified.", "success")
    else:
        flash(f"The audit chain is BROKEN at event {report.first_bad_id}: {report.problem}.",
              "error")
    return redirect(url_for("admin.audit_log"))
