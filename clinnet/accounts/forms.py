from flask_wtf import FlaskForm
from wtforms import EmailField, PasswordField
from wtforms.validators import DataRequired, Email, Length


class LoginForm(FlaskForm):
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


class RegisterForm(FlaskForm):
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
