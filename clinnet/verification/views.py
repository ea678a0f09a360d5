"""Applicant pages (`verification`) and the admins' review pages (`verification_admin`)."""

from flask import Blueprint, abort, flash, redirect, render_template, url_for
from flask_login import current_user

from clinnet.core import limits
from clinnet.core.authz import Role, requires_role
from clinnet.core.specialties import specialty_label
from clinnet.verification import services
from clinnet.verification.forms import (
    ApplicationForm,
    ApproveForm,
    ChangesForm,
    ContactCodeForm,
    EmptyForm,
    ReinstateForm,
    RejectForm,
)
from clinnet.verification.states import US_STATES

bp = Blueprint("verification", __name__, url_prefix="/verification",
               template_folder="templates")
admin_bp = Blueprint("verification_admin", __name__, url_prefix="/admin/applications",
                     template_folder="templates")


def _field_error(form, exc) -> None:
    target = getattr(form, exc.field, None) if exc.field else None
    if target is not None:
        target.errors = [*target.errors, str(exc)]
    else:
        form.form_errors.append(str(exc))


# --- applicant -----------------------------------------------------------------------------------

@bp.route("/status")
@requires_role(Role.APPLICANT)
def status():
    application = services.application_of(current_user)
    return render_template("verification/status.html", application=application,
                           code_form=ContactCodeForm(), resend_form=EmptyForm(),
                           specialty_label=specialty_label, states=US_STATES)


@bp.route("/apply", methods=["GET", "POST"])
@requires_role(Role.APPLICANT)
@limits.apply("licence_application")
def apply():
    application = services.application_of(current_user)
    if not services.can_edit(application):
        return redirect(url_for("verification.status"))
    form = ApplicationForm(obj=application)
    if form.validate_on_submit():
        data = services.ApplicationData(
            npi=form.npi.data, license_state=form.license_state.data,
            license_number=form.license_number.data, first_name=form.first_name.data,
            last_name=form.last_name.data, specialty=form.specialty.data or "")
        try:
            services.submit(current_user, data)
        except services.VerificationError as exc:
            _field_error(form, exc)
        else:
            flash("Your application is submitted.", "success")
            return redirect(url_for("verification.status"))
    return render_template("verification/apply.html", form=form, application=application)


@bp.route("/contact", methods=["POST"])
@requires_role(Role.APPLICANT)
def confirm_contact():
    form = ContactCodeForm()
    if form.validate_on_submit():
        try:
            services.confirm_contact(current_user, form.code.data)
        except services.VerificationError as exc:
            _field_error(form, exc)
        else:
            flash("Thank you: your contact is confirmed. An admin will review your application.",
                  "success")
            return redirect(url_for("verification.status"))
    application = services.application_of(current_user)
    return render_template("verification/status.html", application=application,
                           code_form=form, resend_form=EmptyForm(),
                           specialty_label=specialty_label, states=US_STATES), 400


@bp.route("/contact/resend", methods=["POST"])
@requires_role(Role.APPLICANT)
def resend_code():
    if EmptyForm().validate_on_submit():
        try:
            services.resend_code(current_user)
        except services.VerificationError as exc:
            flash(str(exc), "error")
        else:
            flash("A new code is on its way.", "success")
    return redirect(url_for("verification.status"))


# --- admin review --------------------------------------------------------------------------------

@admin_bp.route("")
@requires_role(Role.ADMIN)
def queue():
    return render_template("verification/admin_queue.html",
                           applications=services.open_applications(),
                           decided=services.recent_decisions(),
                           suspended=services.suspended_physicians())


def _load(application_id: int):
    application = services.get_application(application_id)
    if application is None:
        abort(404)
    return application


def _detail(application, status_code=200, **forms):
    forms.setdefault("approve_form", ApproveForm())
    forms.setdefault("reject_form", RejectForm())
    forms.setdefault("changes_form", ChangesForm())
    forms.setdefault("reinstate_form", ReinstateForm())
    return render_template(
        "verification/admin_detail.html", application=application,
        evidence=application.evidence_data, needs_override=services.needs_override(application),
        recheck_form=EmptyForm(), specialty_label=specialty_label, states=US_STATES,
        **forms), status_code


@admin_bp.route("/<int:application_id>")
@requires_role(Role.ADMIN)
def detail(application_id):
    return _detail(_load(application_id))


def _decide(application_id, form_name, form_class, action, done_message):
    application = _load(application_id)
    form = form_class()
    if form.validate_on_submit():
        try:
            action(application, form)
        except services.VerificationError as exc:
            _field_error(form, exc)
        else:
            flash(done_message, "success")
            return redirect(url_for("verification_admin.detail",
                                    application_id=application.id))
    if "csrf_token" in form.errors or not (form.errors or form.form_errors):
        form.form_errors.append("The form expired; reload the page and try again.")
    return _detail(application, 400, **{form_name: form})


@admin_bp.route("/<int:application_id>/approve", methods=["POST"])
@requires_role(Role.ADMIN)
def approve(application_id):
    return _decide(application_id, "approve_form", ApproveForm,
                   lambda a, f: services.approve(a, current_user, f.override_reason.data or ""),
                   "Approved: the member is now a verified physician.")


@admin_bp.route("/<int:application_id>/reject", methods=["POST"])
@requires_role(Role.ADMIN)
def reject(application_id):
    return _decide(application_id, "reject_form", RejectForm,
                   lambda a, f: services.reject(a, current_user, f.reason.data),
                   "Rejected; the applicant is notified.")


@admin_bp.route("/<int:application_id>/changes", methods=["POST"])
@requires_role(Role.ADMIN)
def request_changes(application_id):
    return _decide(application_id, "changes_form", ChangesForm,
                   lambda a, f: services.request_changes(a, current_user, f.message.data),
                   "Changes requested; the applicant is notified.")


@admin_bp.route("/<int:application_id>/recheck", methods=["POST"])
@requires_role(Role.ADMIN)
def recheck(application_id):
    application = _load(application_id)
    if EmptyForm().validate_on_submit():
        try:
            services.recheck(application, current_user)
        except services.VerificationError as exc:
            flash(str(exc), "error")
        else:
            flash("The registry was asked again; its answer is shown below.", "success")
    return redirect(url_for("verification_admin.detail", application_id=application.id))


@admin_bp.route("/<int:application_id>/recheck-member", methods=["POST"])
@requires_role(Role.ADMIN)
def recheck_member(application_id):
    application = _load(application_id)
    if EmptyForm().validate_on_submit():
        try:
            services.recheck_member(application, current_user)
        except services.VerificationError as exc:
            flash(str(exc), "error")
        else:
            flash("The registry was asked about this licence; a suspension by licence "
                  "re-verification is lifted if it is in good standing.", "success")
    return redirect(url_for("verification_admin.detail", application_id=application.id))


@admin_bp.route("/<int:application_id>/reinstate", methods=["POST"])
@requires_role(Role.ADMIN)
def reinstate(application_id):
    return _decide(application_id, "reinstate_form", ReinstateForm,
                   lambda a, f: services.reinstate(a.user, current_user, f.note.data or ""),
                   "Reinstated; the member can sign in again.")
