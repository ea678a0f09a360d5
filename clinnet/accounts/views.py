from flask import Blueprint, flash, redirect, render_template, request, session, url_for
from flask_login import current_user, login_user, logout_user

from clinnet.accounts import services
from clinnet.accounts.forms import LoginForm, RegisterForm
from clinnet.core.authz import Role, is_safe_next, public, requires_role

bp = Blueprint("auth", __name__, url_prefix="/auth", template_folder="templates")


def home_for(user) -> str:
    if user.has_role(Role.PHYSICIAN):
        return url_for("cases.feed")
    return url_for("verification.status")


def _start_session(user) -> None:
    # A fresh session on every sign-in: nothing from before it survives (no fixation).
    session.clear()
    login_user(user)
    session.permanent = True


@bp.route("/register", methods=["GET", "POST"])
@public
def register():
    if current_user.is_authenticated:
        return redirect(home_for(current_user))
    form = RegisterForm()
    if form.validate_on_submit():
        try:
            user = services.register(form.email.data, form.password.data)
        except services.AccountError as exc:
            getattr(form, exc.field or "email").errors.append(str(exc))
        else:
            _start_session(user)
            flash("Welcome to clinnet. Next, verify your medical licence.", "success")
            return redirect(home_for(user))
    return render_template("accounts/register.html", form=form)


@bp.route("/login", methods=["GET", "POST"])
@public
def login():
    next_url = request.args.get("next")
    if current_user.is_authenticated:
        return redirect(home_for(current_user))
    form = LoginForm()
    if form.validate_on_submit():
        try:
            user = services.authenticate(form.email.data, form.password.data)
        except services.AccountError as exc:
            form.form_errors.append(str(exc))
        else:
            _start_session(user)
            return redirect(next_url if is_safe_next(next_url) else home_for(user))
    return render_template("accounts/login.html", form=form)


@bp.route("/logout", methods=["POST"])
@requires_role(Role.APPLICANT)
def logout():
    services.record_logout(current_user)
    logout_user()
    session.clear()
    flash("You are signed out.", "success")
    return redirect(url_for("auth.login"))
