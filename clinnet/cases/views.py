from flask import Blueprint, render_template

from clinnet.core.authz import Role, requires_role

bp = Blueprint("cases", __name__, template_folder="templates")


@bp.route("/cases/")
@bp.route("/")
@requires_role(Role.PHYSICIAN, otherwise="verification.status")
def feed():
    return render_template("cases/feed.html")
