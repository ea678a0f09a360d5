from datetime import timedelta

from flask import (
    Blueprint,
    abort,
    current_app,
    flash,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from flask_login import current_user

from clinnet.accounts import services, sessions, throttle, twofactor
from clinnet.accounts.forms import (
    ChangeEmailForm,
    ChangePasswordForm,
    ConfirmForm,
    EnrolTwoFactorForm,
    LoginForm,
    ReauthForm,
    RegisterForm,
    ResetPasswordForm,
    ResetRequestForm,
    TwoFactorForm,
)
from clinnet.accounts.models import User
from clinnet.core import limits
from clinnet.core.authz import Role, is_safe_next, public, requires_role
from clinnet.core.db import utcnow
from clinnet.extensions import db

bp = Blueprint("auth", __name__, url_prefix="/auth", template_folder="templates")
account_bp = Blueprint("account", __name__, url_prefix="/account", template_folder="templates")

PENDING = limits.PENDING_ACCOUNT_SESSION_KEY
_PENDING_AT, _PENDING_NEXT = "_2fa_at", "_2fa_next"
# Links carrying a token are opened once; the token then moves into the (signed) session, so
# it is not in the address bar, the history, later access-log lines or any Referer.
_LINK_TOKEN = "_link_token"  # noqa: S105 (a session key, not a secret)


def home_for(user) -> str:
    if user.must_enrol_two_factor:
        return url_for("account.two_factor")
    if user.has_role(Role.ADMIN):  # what needs an admin (applications, flags) is there
        return url_for("admin.index")
    if user.has_role(Role.PHYSICIAN):
        return url_for("cases.feed")
    return url_for("verification.status")


def _after_sign_in(user, next_url):
    if user.must_enrol_two_factor:
        return redirect(url_for("account.two_factor"))
    return redirect(next_url if is_safe_next(next_url) else home_for(user))


@bp.route("/register", methods=["GET", "POST"])
@public
@limits.apply("registration")
def register():
    if current_user.is_authenticated:
        return redirect(home_for(current_user))
    form = RegisterForm()
    if form.validate_on_submit():
        try:
            services.register(form.email.data, form.password.data)
        except services.AccountError as exc:
            getattr(form, exc.field or "email").errors.append(str(exc))
        else:
            # The same answer whether or not the address has an account: the mail says which.
            flash(f"We sent a message to {services.normalize_email(form.email.data)}. Open the "
                  "link in it to confirm your address, then sign in.", "success")
            return redirect(url_for("auth.login"))
    return render_template("accounts/register.html", form=form)


def _stash_link_token(token: str, endpoint: str):
    """First request of a mailed link: keep its token in the session, send the browser on."""
    session[_LINK_TOKEN] = token[:1000]
    return redirect(url_for(endpoint))


def _link_token() -> str:
    token = session.get(_LINK_TOKEN)
    return token if isinstance(token, str) else ""


@bp.route("/confirm/<token>")
@public
def confirm_email_link(token):
    return _stash_link_token(token, "auth.confirm_email")


@bp.route("/confirm", methods=["GET", "POST"])
@public
@limits.apply("registration")
def confirm_email():
    """A button, not the link itself, confirms: mail scanners open links on their own."""
    token = _link_token()
    try:
        services.user_for_confirmation(token)
    except services.AccountError as exc:
        flash(str(exc), "error")
        return redirect(url_for("auth.login"))
    form = ConfirmForm()
    if form.validate_on_submit():
        try:
            services.confirm_email(token)
        except services.AccountError as exc:
            flash(str(exc), "error")
        else:
            session.pop(_LINK_TOKEN, None)
            flash("Your address is confirmed. Sign in to continue.", "success")
        return redirect(url_for("auth.login"))
    return render_template("accounts/confirm_email.html", form=form)


@bp.route("/login", methods=["GET", "POST"])
@public
@limits.apply("login")
def login():
    next_url = request.args.get("next")
    if current_user.is_authenticated:
        return redirect(home_for(current_user))
    form = LoginForm()
    if form.validate_on_submit():
        try:
            user = services.authenticate(form.email.data, form.password.data,
                                         throttle.current_source())
        except services.AccountError as exc:
            form.form_errors.append(str(exc))
        else:
            if user.two_factor_enabled:
                # A fresh session that only remembers who is half-way through signing in.
                session.clear()
                session[PENDING] = user.id
                session[_PENDING_AT] = utcnow().timestamp()
                session[_PENDING_NEXT] = next_url if is_safe_next(next_url) else None
                return redirect(url_for("auth.verify_code"))
            sessions.start(user)
            return _after_sign_in(user, next_url)
    return render_template("accounts/login.html", form=form)


def _pending_user() -> User | None:
    user_id, started = session.get(PENDING), session.get(_PENDING_AT)
    if not isinstance(user_id, int) or not isinstance(started, float | int):
        return None
    window = timedelta(minutes=current_app.config["TWO_FACTOR_PENDING_MINUTES"])
    if utcnow().timestamp() - started > window.total_seconds():
        return None
    return db.session.get(User, user_id)


@bp.route("/two-factor", methods=["GET", "POST"])
@public
@limits.apply("two_factor")
def verify_code():
    """Second sign-in step. Until it succeeds the browser is not signed in at all."""
    if current_user.is_authenticated:
        return redirect(home_for(current_user))
    user = _pending_user()
    if user is None:
        session.clear()
        flash("Sign in with your password first (the code step lasts a few minutes).", "info")
        return redirect(url_for("auth.login"))
    form = TwoFactorForm()
    if form.validate_on_submit():
        next_url = session.get(_PENDING_NEXT)
        try:
            services.verify_second_factor(user, form.code.data)
        except services.AccountError as exc:
            form.code.errors.append(str(exc))
        else:
            sessions.start(user)
            return _after_sign_in(user, next_url)
    return render_template("accounts/two_factor.html", form=form)


@bp.route("/logout", methods=["POST"])
@requires_role(Role.APPLICANT)
def logout():
    services.record_logout(current_user)
    sessions.end()
    flash("You are signed out.", "success")
    return redirect(url_for("auth.login"))


@bp.route("/reset", methods=["GET", "POST"])
@public
@limits.apply("password_reset")
def reset_request():
    form = ResetRequestForm()
    if form.validate_on_submit():
        services.request_password_reset(form.email.data)
        # The same answer whether or not the address has an account.
        flash("If an account uses that address, we have sent it a link to choose a new "
              "password. The link works once and expires soon.", "success")
        return redirect(url_for("auth.login"))
    return render_template("accounts/reset_request.html", form=form)


@bp.route("/reset/<token>", methods=["GET", "POST"])
@public
@limits.apply("password_reset")
def reset_password_link(token):
    if request.method == "GET":
        return _stash_link_token(token, "auth.reset_password")
    return _reset_password(token)


@bp.route("/reset/new", methods=["GET", "POST"])
@public
@limits.apply("password_reset")
def reset_password():
    return _reset_password(_link_token())


def _reset_password(token: str):
    try:
        services.user_for_reset_token(token)
    except services.AccountError as exc:
        flash(str(exc), "error")
        return redirect(url_for("auth.reset_request"))
    form = ResetPasswordForm()
    if form.validate_on_submit():
        try:
            services.reset_password(token, form.password.data)
        except services.AccountError as exc:
            form.password.errors.append(str(exc))
        else:
            if current_user.is_authenticated:
                sessions.end()
            session.pop(_LINK_TOKEN, None)
            flash("Your password is changed and every session was signed out. Sign in with "
                  "the new password.", "success")
            return redirect(url_for("auth.login"))
    return render_template("accounts/reset_password.html", form=form)


# --- /account: the member's own security settings ---


@account_bp.route("/")
@requires_role(Role.APPLICANT)
def index():
    return render_template("accounts/security.html",
                           session_count=len(sessions.for_user(current_user.id)))


@account_bp.route("/reauthenticate", methods=["GET", "POST"])
@requires_role(Role.APPLICANT)
@limits.apply("reauth")
def reauthenticate():
    next_url = request.args.get("next")
    form = ReauthForm()
    if form.validate_on_submit():
        try:
            services.reauthenticate(current_user, sessions.current_record(), form.password.data,
                                    form.code.data or "")
        except services.AccountError as exc:
            form.password.errors.append(str(exc))
        else:
            session["_fresh"] = True
            return redirect(next_url if is_safe_next(next_url) else url_for("account.index"))
    return render_template("accounts/reauthenticate.html", form=form)


@account_bp.route("/password", methods=["GET", "POST"])
@requires_role(Role.APPLICANT)
@sessions.requires_recent_auth
def change_password():
    form = ChangePasswordForm()
    if form.validate_on_submit():
        try:
            services.change_password(current_user, form.current_password.data,
                                     form.new_password.data)
        except services.AccountError as exc:
            getattr(form, exc.field or "new_password").errors.append(str(exc))
        else:
            sessions.start(current_user._get_current_object())
            flash("Password changed. Every other session was signed out.", "success")
            return redirect(url_for("account.index"))
    return render_template("accounts/change_password.html", form=form)


@account_bp.route("/email", methods=["GET", "POST"])
@requires_role(Role.APPLICANT)
@sessions.requires_recent_auth
@limits.apply("email_change")
def change_email():
    form = ChangeEmailForm()
    if form.validate_on_submit():
        try:
            services.request_email_change(current_user, form.email.data)
        except services.AccountError as exc:
            form.email.errors.append(str(exc))
        else:
            # The same answer whether or not the new address is taken: the mail says which.
            flash(f"We sent a link to {services.normalize_email(form.email.data)}. Your address "
                  "changes when you open it there, signed in.", "success")
            return redirect(url_for("account.index"))
    return render_template("accounts/change_email.html", form=form)


@account_bp.route("/email/confirm/<token>")
@requires_role(Role.APPLICANT)
def confirm_email_change_link(token):
    return _stash_link_token(token, "account.confirm_email_change")


@account_bp.route("/email/confirm", methods=["GET", "POST"])
@requires_role(Role.APPLICANT)
def confirm_email_change():
    user = current_user._get_current_object()
    token = _link_token()
    try:
        new_email = services.email_change_of(user, token)
    except services.AccountError as exc:
        flash(str(exc), "error")
        return redirect(url_for("account.index"))
    form = ConfirmForm()
    if form.validate_on_submit():
        try:
            services.confirm_email_change(user, token)
        except services.AccountError as exc:
            flash(str(exc), "error")
        else:
            session.pop(_LINK_TOKEN, None)
            flash(f"Your email address is now {new_email}.", "success")
        return redirect(url_for("account.index"))
    return render_template("accounts/confirm_email_change.html", form=form, new_email=new_email)


@account_bp.route("/two-factor", methods=["GET", "POST"])
@requires_role(Role.APPLICANT)
@sessions.requires_recent_auth
def two_factor():
    """Enrol (or re-enrol) an authenticator app: QR code and typed secret, then a code. The
    secret waits server-side (encrypted) until the code proves the app has it."""
    user = current_user._get_current_object()
    form = EnrolTwoFactorForm()
    if form.validate_on_submit():
        try:
            codes = services.enable_two_factor(user, form.code.data)
        except services.AccountError as exc:
            form.code.errors.append(str(exc))
        else:
            sessions.start(user)  # every other session ended; this one starts afresh
            return render_template("accounts/recovery_codes.html", codes=codes)
    secret = services.pending_enrolment_secret(user)
    return render_template(
        "accounts/two_factor_setup.html", form=form, secret=twofactor.grouped(secret),
        qr=twofactor.qr_data_uri(secret, user.email), confirm=ConfirmForm())


@account_bp.route("/two-factor/disable", methods=["POST"])
@requires_role(Role.APPLICANT)
@sessions.requires_recent_auth
def disable_two_factor():
    form = ConfirmForm()
    if form.validate_on_submit():
        user = current_user._get_current_object()
        try:
            services.disable_two_factor(user)
        except services.AccountError as exc:
            flash(str(exc), "error")
        else:
            sessions.start(user)
            flash("Two-factor sign-in is off.", "success")
    return redirect(url_for("account.index"))


@account_bp.route("/two-factor/recovery-codes", methods=["POST"])
@requires_role(Role.APPLICANT)
@sessions.requires_recent_auth
def recovery_codes():
    form = ConfirmForm()
    if form.validate_on_submit():
        try:
            codes = services.regenerate_recovery_codes(current_user)
        except services.AccountError as exc:
            flash(str(exc), "error")
        else:
            return render_template("accounts/recovery_codes.html", codes=codes)
    return redirect(url_for("account.index"))


@account_bp.route("/sessions")
@requires_role(Role.APPLICANT)
def session_list():
    current = sessions.current_record()
    return render_template("accounts/sessions.html", records=sessions.for_user(current_user.id),
                           current_id=current.id if current else None, confirm=ConfirmForm())


@account_bp.route("/sessions/<int:session_id>/revoke", methods=["POST"])
@requires_role(Role.APPLICANT)
def revoke_session(session_id):
    form = ConfirmForm()
    if form.validate_on_submit():
        if not services.revoke_session(current_user, session_id):
            abort(404)
        flash("That session is signed out.", "success")
    return redirect(url_for("account.session_list"))


@account_bp.route("/sessions/revoke-all", methods=["POST"])
@requires_role(Role.APPLICANT)
def sign_out_everywhere():
    form = ConfirmForm()
    if form.validate_on_submit():
        services.sign_out_everywhere(current_user)
        sessions.end()
        flash("You are signed out on every device, this one included.", "success")
        return redirect(url_for("auth.login"))
    return redirect(url_for("account.session_list"))
