from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_login import current_user

from clinnet.core.authz import Role, is_safe_next, public, requires_role
from clinnet.core.routing import page_number
from clinnet.extensions import csrf
from clinnet.notifications import emails, services
from clinnet.notifications.forms import MailSettingsForm
from clinnet.notifications.models import Frequency

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


@bp.route("/settings", methods=["GET", "POST"])
@requires_role(Role.APPLICANT)
def settings():
    form = MailSettingsForm()
    if form.validate_on_submit():
        emails.set_frequency(current_user.id, form.frequency.data)
        flash("Saved: " + Frequency.LABELS[form.frequency.data].lower() + ".", "success")
        return redirect(url_for("notifications.settings"))
    if not form.is_submitted():
        form.frequency.data = emails.frequency_of(current_user.id)
    return render_template("notifications/settings.html", form=form,
                           urgent_note=form.frequency.data in emails.DIGEST_PERIODS)


@bp.route("/unsubscribe/<token>", methods=["GET", "POST"])
@public
@csrf.exempt  # RFC 8058: the mail client POSTs "List-Unsubscribe=One-Click", with no token
def unsubscribe(token):
    """GET shows a button (link checkers must not unsubscribe anyone); POST switches every
    notification mail off, from the page or straight from the mail client."""
    user_id = emails.member_of_token(token)
    if user_id is None:
        abort(404)
    done = request.method == "POST"
    if done:
        emails.set_frequency(user_id, Frequency.NEVER)
    return render_template("notifications/unsubscribe.html", done=done, token=token)


def unread_badge() -> int:
    """Template global: the signed-in member's unread count (one cheap indexed query)."""
    if not current_user.is_authenticated:
        return 0
    return services.unread_count(current_user.id)
