from datetime import UTC, datetime, timedelta

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_login import current_user

from clinnet.accounts.models import User
from clinnet.cases import figures, gate, policies, posts
from clinnet.cases.models import State
from clinnet.core import limits
from clinnet.core.authz import Role, requires_role
from clinnet.core.forms import select_choices
from clinnet.core.routing import page_number
from clinnet.extensions import db, login_manager
from clinnet.moderation import forms, services

bp = Blueprint("moderation", __name__, template_folder="templates")

# Pages a member with an unread warning may still open (everything else leads to the warning).
_WARNING_EXEMPT = {"moderation.warnings", "moderation.acknowledge", "auth.logout", "auth.login",
                   "static", "health.healthz"}


# The member is loaded together with "has an unacknowledged warning" (one query, as before);
# this replaces accounts' loader, which it extends.
bp.record_once(lambda state: login_manager.user_loader(services.load_member))


@bp.before_app_request
def require_acknowledged_warnings():
    if (request.endpoint in _WARNING_EXEMPT or request.endpoint is None
            or not current_user.is_authenticated):
        return None
    if getattr(current_user, "pending_warning", False):
        return redirect(url_for("moderation.warnings"))
    return None


def _notes(case_id: int) -> dict:
    return services.public_notes(case_id)


bp.add_app_template_global(_notes, "moderation_notes")
bp.add_app_template_global(services.return_message, "moderation_return_message")


def _field_error(form, exc: services.ModerationError) -> None:
    target = getattr(form, exc.field, None) if exc.field else None
    if target is not None and hasattr(target, "errors"):
        target.errors = [*target.errors, str(exc)]
    else:
        form.form_errors.append(str(exc))


# --- flagging (physicians) -------------------------------------------------------------------

def _flag(kind: str, post, case):
    form = forms.FlagForm()
    if form.validate_on_submit():
        try:
            services.flag_post(current_user, kind, post, form.reason.data, form.note.data or "",
                               form.quote.data or "")
        except services.ModerationError as exc:
            _field_error(form, exc)
        else:
            flash("Thank you. The post is hidden until a moderator reviews it."
                  if form.reason.data == "phi" else
                  "Thank you. A moderator will look at the post.", "success")
            return redirect(services.post_url(kind, post))
    status = 422 if request.method == "POST" else 200
    return render_template("moderation/flag.html", form=form, kind=kind, post=post,
                           case=case), status


@bp.route("/cases/<int:case_id>/flag", methods=["GET", "POST"])
@limits.apply("flagging")
def flag_case(case_id):
    case = policies.get_case_or_404(case_id, current_user)
    return _flag("case", case, case)


@bp.route("/replies/<int:reply_id>/flag", methods=["GET", "POST"])
@limits.apply("flagging")
def flag_reply(reply_id):
    reply = policies.get_reply_or_404(reply_id, current_user)
    return _flag("reply", reply, reply.case)


# --- the queue and post review (moderators) --------------------------------------------------

@bp.route("/moderation/")
@requires_role(Role.MODERATOR)
def index():
    return render_template("moderation/queue.html", queue=services.review_queue())


def _post_or_404(kind: str, post_id: int):
    post = services.get_post(kind, post_id)
    if post is None or post.status == State.DRAFT:
        abort(404)
    return post


def _gone_back_to_draft(kind: str, post_id: int):
    """A post its author took back to edit after the moderator opened it: say so, clearly."""
    post = services.get_post(kind, post_id)
    if post is None:
        abort(404)
    if post.status != State.DRAFT:
        return None
    flash(str(services.AlreadyHandled()), "warning")
    return redirect(url_for("moderation.index")), 303


def _render_post(kind, post, action_form=None, redact_form=None, status=200):
    flags = services.open_flags(kind, post.id)
    fields = post.text_fields()
    findings = gate.scan_fields(fields, post.text_formats(), kind=kind)
    numbered = list(enumerate(findings, start=1))
    panels = []
    for name, value in fields.items():
        mine = [(n, f) for n, f in numbered if f.field == name]
        if value:
            panels.append({"field": name, "label": gate.field_label(kind, name),
                           "html": gate.highlight(value, mine), "findings": mine})
    token = services.state_token(kind, post, flags)
    action_form = action_form or forms.ActionForm(state=token)
    redact_form = redact_form or forms.RedactForm(state=token)
    action_form.state.data = token
    redact_form.state.data = token
    action_form.action.choices = select_choices(
        (a, services.POST_ACTIONS[a]) for a in services.available_actions(post, flags))
    if request.method == "GET":
        redact_form.words.data = next((f.quote for f in flags if f.quote), "")
        action_form.public_reason.data = services.suggested_public_reason(flags)
    log, _ = services.log_entries(services.LogFilter(target_type=kind, target_id=post.id))
    case = post if kind == "case" else post.case
    return render_template(
        "moderation/post.html", kind=kind, post=post, case=case, flags=flags, panels=panels,
        images=figures.shown(post, current_user, True),
        images_form=forms.RedactImagesForm(state=token),
        action_form=action_form, redact_form=redact_form, log=log,
        records=services.flagger_records({f.flagger_id for f in flags if f.flagger_id}),
        dismissals=posts.dismissals_for(post)), status


@bp.route("/moderation/posts/<kind>/<int:post_id>")
@requires_role(Role.MODERATOR)
def post(kind, post_id):
    return _render_post(kind, _post_or_404(kind, post_id))


@bp.route("/moderation/posts/<kind>/<int:post_id>/act", methods=["POST"])
@requires_role(Role.MODERATOR)
def act(kind, post_id):
    gone = _gone_back_to_draft(kind, post_id)
    if gone:
        return gone
    post = _post_or_404(kind, post_id)
    form = forms.ActionForm()
    if form.validate_on_submit():
        try:
            services.act_on_post(current_user, kind, post, form.action.data, form.reason.data,
                                 form.state.data or None, form.public_reason.data or None)
        except services.AlreadyHandled as exc:
            flash(str(exc), "warning")
            return redirect(url_for("moderation.post", kind=kind, post_id=post_id)), 303
        except services.ModerationError as exc:
            _field_error(form, exc)
        else:
            flash("Done: " + services.POST_ACTIONS[form.action.data].split(" (")[0].lower()
                  + ".", "success")
            return redirect(url_for("moderation.index"))
    return _render_post(kind, _post_or_404(kind, post_id), action_form=form, status=422)


@bp.route("/moderation/posts/<kind>/<int:post_id>/redact", methods=["POST"])
@requires_role(Role.MODERATOR)
def redact(kind, post_id):
    gone = _gone_back_to_draft(kind, post_id)
    if gone:
        return gone
    post = _post_or_404(kind, post_id)
    form = forms.RedactForm()
    if form.validate_on_submit():
        try:
            if form.start.data is not None or form.end.data is not None:
                spans = [services.Span(form.field.data or "body", form.start.data or 0,
                                       form.end.data or 0, form.category.data)]
            else:
                spans = [services.Words(form.words.data or "", form.category.data)]
            row = services.redact(current_user, kind, post, spans, form.reason.data,
                                  form.state.data or None)
        except services.AlreadyHandled as exc:
            flash(str(exc), "warning")
            return redirect(url_for("moderation.post", kind=kind, post_id=post_id)), 303
        except services.ModerationError as exc:
            _field_error(form, exc)
        else:
            flash("Redacted everywhere it was stored in this thread.", "success")
            if row.elsewhere:
                flash("The same words also appear in other posts; review them: " + ", ".join(
                    f"{k} #{i}" for k, i in row.elsewhere) + ".", "warning")
            return redirect(url_for("moderation.post", kind=kind, post_id=post_id))
    return _render_post(kind, _post_or_404(kind, post_id), redact_form=form, status=422)


@bp.route("/moderation/posts/<kind>/<int:post_id>/images/redact", methods=["POST"])
@requires_role(Role.MODERATOR)
def redact_images(kind, post_id):
    post = _post_or_404(kind, post_id)
    form = forms.RedactImagesForm()
    if form.validate_on_submit():
        try:
            count = services.redact_images(current_user, kind, post, form.reason.data,
                                           form.state.data or None)
        except services.AlreadyHandled as exc:
            flash(str(exc), "warning")
        except services.ModerationError as exc:
            flash(str(exc), "error")
        else:
            flash(f"Removed {count} image{'s' if count != 1 else ''} and every stored copy.",
                  "success")
    else:
        flash("Give a reason; it is logged.", "error")
    return redirect(url_for("moderation.post", kind=kind, post_id=post_id)), 303


def _parse_day(value: str | None) -> datetime | None:
    try:
        return datetime.strptime(value or "", "%Y-%m-%d").replace(tzinfo=UTC)
    except ValueError:
        return None


@bp.route("/moderation/log")
@requires_role(Role.MODERATOR)
def log():
    args = request.args
    until = _parse_day(args.get("until"))
    log_filter = services.LogFilter(
        moderator=args.get("moderator", "")[:254].strip(), action=args.get("action", ""),
        since=_parse_day(args.get("since")), until=until + timedelta(days=1) if until else None,
        target_type=args.get("target_type", ""),
        target_id=args.get("target_id", type=int))
    page = page_number()  # clamped: a page beyond 64 bits must not reach the database
    rows, more = services.log_entries(log_filter, page)
    return render_template("moderation/log.html", rows=rows, more=more, page=page, args=args,
                           actions=services.LOG_ACTIONS)


# --- members ---------------------------------------------------------------------------------

def _member_or_404(user_id: int) -> User:
    member = db.session.get(User, user_id)  # the URL converter keeps ids in range
    if member is None:
        abort(404)
    return member


def _render_member(member, status=200, **form_overrides):
    context = {"warn_form": forms.WarnForm(), "suspend_form": forms.SuspendForm(),
               "reinstate_form": forms.ReinstateForm(), "note_form": forms.NoteForm()}
    context.update(form_overrides)
    return render_template("moderation/member.html", history=services.member_history(member),
                           member=member, **context), status


@bp.route("/moderation/members/<int:user_id>")
@requires_role(Role.MODERATOR)
def member(user_id):
    return _render_member(_member_or_404(user_id))


def _member_action(user_id, form_name, form, call, done):
    member = _member_or_404(user_id)
    if form.validate_on_submit():
        try:
            call(member, form)
        except services.ModerationError as exc:
            _field_error(form, exc)
        else:
            flash(done, "success")
            return redirect(url_for("moderation.member", user_id=user_id))
    return _render_member(member, status=422, **{form_name: form})


@bp.route("/moderation/members/<int:user_id>/warn", methods=["POST"])
@requires_role(Role.MODERATOR)
def warn(user_id):
    return _member_action(user_id, "warn_form", forms.WarnForm(),
                          lambda m, f: services.warn(current_user, m, f.message.data),
                          "Warning sent; the member must acknowledge it.")


@bp.route("/moderation/members/<int:user_id>/suspend", methods=["POST"])
@requires_role(Role.MODERATOR)
def suspend(user_id):
    return _member_action(user_id, "suspend_form", forms.SuspendForm(),
                          lambda m, f: services.suspend(current_user, m, f.reason.data,
                                                        f.days.data),
                          "Suspended and signed out.")


@bp.route("/moderation/members/<int:user_id>/reinstate", methods=["POST"])
@requires_role(Role.MODERATOR)
def reinstate(user_id):
    return _member_action(user_id, "reinstate_form", forms.ReinstateForm(),
                          lambda m, f: services.reinstate(current_user, m, f.reason.data),
                          "Reinstated.")


@bp.route("/moderation/members/<int:user_id>/notes", methods=["POST"])
@requires_role(Role.MODERATOR)
def add_note(user_id):
    return _member_action(user_id, "note_form", forms.NoteForm(),
                          lambda m, f: services.add_note(current_user, m, f.body.data),
                          "Note saved.")


# --- warnings (the warned member) ------------------------------------------------------------

@bp.route("/moderation/warnings")
@requires_role(Role.APPLICANT)
def warnings():
    return render_template("moderation/warnings.html",
                           warnings=services.pending_warnings(current_user.id),
                           form=forms.EmptyForm())


@bp.route("/moderation/warnings/<int:warning_id>/acknowledge", methods=["POST"])
@requires_role(Role.APPLICANT)
def acknowledge(warning_id):
    if forms.EmptyForm().validate_on_submit():
        services.acknowledge(current_user, warning_id)
    if services.has_pending_warning(current_user.id):
        return redirect(url_for("moderation.warnings"))
    flash("Thank you for reading the warning.", "success")
    return redirect(url_for("cases.feed"))
