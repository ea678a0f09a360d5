from flask import Blueprint, render_template

from clinnet.core.authz import Role, requires_role

bp = Blueprint("verification", __name__, url_prefix="/verification",
               template_folder="templates")


@bp.route("/status")
@requires_role(Role.APPLICANT)
def status():
    return render_template("verification/status.html")
