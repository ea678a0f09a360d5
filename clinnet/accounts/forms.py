from wtforms import EmailField, PasswordField, StringField
from wtforms.validators import DataRequired, Email, Length

from clinnet.core.forms import Form


class LoginForm(Form):
    # No format check here: any mismatch gets the same "incorrect" answer as a wrong password.
    email = EmailField(
        "Email",
        validators=[DataRequired("Enter your email address."), Length(max=254)],
        render_kw={"autocomplete": "email", "maxlength": 254},
    )
    password = PasswordField(
        "Password",
        validators=[DataRequired("Enter your password."), Length(max=256)],
        render_kw={"autocomplete": "current-password"},
    )


class RegisterForm(Form):
    email = EmailField(
        "Email",
        validators=[DataRequired("Enter your email address."), Length(max=254),
                    # ASCII mailboxes only: lets no look-alike or mangled characters into addresses.
                    Email("Enter a valid email address.", check_deliverability=False,
                          allow_smtputf8=False)],
        render_kw={"autocomplete": "email", "maxlength": 254},
    )
    password = PasswordField(
        "Password",
        validators=[DataRequired("Choose a password."),
                    Length(max=256, message="Use at most 256 characters.")],
        render_kw={"autocomplete": "new-password", "minlength": 12},
    )


def _password_field(label: str, autocomplete: str, message: str = "Enter your password."):
    return PasswordField(label, validators=[DataRequired(message), Length(max=256)],
                         render_kw={"autocomplete": autocomplete})


def _code_field(required: bool = True):
    validators = [Length(max=32, message="Codes are short: 6 digits or a recovery code.")]
    if required:
        validators.insert(0, DataRequired("Enter the code."))
    return StringField("Code", validators=validators,
                       render_kw={"autocomplete": "one-time-code", "inputmode": "text",
                                  "maxlength": 32, "autocapitalize": "off"})


class TwoFactorForm(Form):
    code = _code_field()


class ReauthForm(Form):
    password = _password_field("Password", "current-password")
    code = _code_field(required=False)


class ChangePasswordForm(Form):
    current_password = _password_field("Current password", "current-password")
    new_password = _password_field("New password", "new-password", "Choose a new password.")


class ChangeEmailForm(Form):
    email = EmailField(
        "New email",
        validators=[DataRequired("Enter your email address."), Length(max=254),
                    Email("Enter a valid email address.", check_deliverability=False,
                          allow_smtputf8=False)],
        render_kw={"autocomplete": "email", "maxlength": 254},
    )


class ResetRequestForm(Form):
    email = EmailField(
        "Email",
        validators=[DataRequired("Enter your email address."), Length(max=254)],
        render_kw={"autocomplete": "email", "maxlength": 254},
    )


class ResetPasswordForm(Form):
    password = _password_field("New password", "new-password", "Choose a new password.")


class EnrolTwoFactorForm(Form):
    code = _code_field()


class ConfirmForm(Form):
    """A POST with nothing to fill in but its CSRF token."""
