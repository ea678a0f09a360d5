from flask import Blueprint, abort, redirect, render_template, url_for
from flask_login import current_user

from clinnet.core.authz import Role, is_safe_next, requires_role
from clinnet.core.routing import page_number
from clinnet.notifications import services

bp = Blueprint("notifications", __name__, url_prefix="/notifications",
               template_folder="templates")


@bp.route("/")
@requires_role(Role.APPLICANT)
def index():
    page = page_number()
    notes = services.recent(current_user.id, page)
    return render_template("notifications/index.html", notes=notes, page=page,
                           page_size=services.PAGE_SIZE)


@bp.route("/<int:note_id>/open", methods=["POST"])
@requires_role(Role.APPLICANT)
def open_note(note_id):
    note = services.get_for(current_user.id, note_id)
    if note is None:
        abort(404)
    services.mark_read(current_user.id, note.id)
    return redirect(note.url if is_safe_next(note.url) else url_for("notifications.index"))


@bp.route("/read", methods=["POST"])
@requires_role(Role.APPLICANT)
def mark_all_read():
    services.mark_read(current_user.id)
    return redirect(url_for("notifications.index"))


def unread_badge() -> int:
    """Template global: the signed-in member's unread count (one cheap indexed query)."""
    if not current_user.is_authenticated:
        return 0
    return services.unread_count(current_user.id)
