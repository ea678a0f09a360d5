"""The member's data page: download everything as JSON, or close the account."""

import json

from flask import Blueprint, Response, flash, redirect, render_template, url_for
from flask_login import current_user

from clinnet.accounts import sessions
from clinnet.core import limits
from clinnet.core.authz import Role, requires_role
from clinnet.core.db import utcnow
from clinnet.privacy import services
from clinnet.privacy.forms import CloseForm, ExportForm

bp = Blueprint("privacy", __name__, url_prefix="/account", template_folder="templates")


@bp.route("/data")
@requires_role(Role.APPLICANT)
def index():
    return render_template("privacy/index.html", close_form=CloseForm(),
                           export_form=ExportForm())


@bp.route("/data/export", methods=["POST"])
@requires_role(Role.APPLICANT)
@sessions.requires_recent_auth
@limits.apply("data_export")
def export():
    user = current_user._get_current_object()
    data = services.export(user)
    services.record_export(user)
    filename = f"clinnet-data-{utcnow():%Y-%m-%d}.json"
    return Response(json.dumps(data, ensure_ascii=False, indent=2), mimetype="application/json",
                    headers={"Content-Disposition": f'attachment; filename="{filename}"'})


@bp.route("/close", methods=["POST"])
@requires_role(Role.APPLICANT)
@sessions.requires_recent_auth
def close():
    form = CloseForm()
    if form.validate_on_submit():
        user = current_user._get_current_object()
        try:
            services.close_account(user, user)
        except services.PrivacyError as exc:
            form.form_errors.append(str(exc))
        else:
            sessions.end()
            flash("Your account is closed. Thank you for having been part of clinnet.",
                  "success")
            return redirect(url_for("auth.login"))
    return render_template("privacy/index.html", close_form=form, export_form=ExportForm()), 400
