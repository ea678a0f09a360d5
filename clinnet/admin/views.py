from flask import Blueprint, render_template
from sqlalchemy import func, select

from clinnet.accounts.models import User
from clinnet.core.authz import Role, requires_role
from clinnet.extensions import db
from clinnet.verification.services import pending_count

bp = Blueprint("admin", __name__, url_prefix="/admin", template_folder="templates")


@bp.route("/")
@requires_role(Role.ADMIN)
def index():
    counts = dict(db.session.execute(select(User.role, func.count()).group_by(User.role)).all())
    return render_template("admin/index.html", counts=counts, roles=list(Role),
                           pending_applications=pending_count())
