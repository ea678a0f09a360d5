import unicodedata

from wtforms import SelectField, StringField, TextAreaField
from wtforms.validators import DataRequired, Length, Optional, Regexp, ValidationError

from clinnet.core.forms import Form

try:  # WTForms >= 3.3 deprecates (value, label) tuples
    from wtforms.fields.choices import SelectChoice
except ImportError:  # pragma: no cover - older WTForms
    SelectChoice = None

from clinnet.core.specialties import SPECIALTIES, specialty_choices
from clinnet.verification.npi import npi_problem
from clinnet.verification.states import US_STATES, state_choices

_NAME_MARKS = set(" -'.\u2019")


def _choices(pairs):
    pairs = [("", "Choose…"), *pairs]
    return [SelectChoice(v, label) for v, label in pairs] if SelectChoice else pairs


def _strip(value):
    return value.strip() if isinstance(value, str) else value


def _upper(value):
    return value.upper() if isinstance(value, str) else value


def _valid_npi(form, field):
    problem = npi_problem(field.data or "")
    if problem:
        raise ValidationError(problem)


def _known_state(form, field):
    if field.data not in US_STATES:
        raise ValidationError("Choose the state or territory that issued the licence.")


def _known_specialty(form, field):
    if field.data not in SPECIALTIES:
        raise ValidationError("Choose a specialty from the list.")


def _person_name(form, field):
    """Letters of any script, with spaces, hyphens, apostrophes and full stops between them."""
    value = field.data or ""
    letters = [ch for ch in value if unicodedata.category(ch).startswith("L")]
    odd = [ch for ch in value if ch not in _NAME_MARKS and
           not unicodedata.category(ch).startswith(("L", "M"))]
    if odd or not letters:
        raise ValidationError("Use letters, spaces, hyphens and apostrophes only.")


class ApplicationForm(Form):
    npi = StringField(
        "NPI", filters=[_strip],
        validators=[DataRequired("Enter your 10-digit NPI."),
                    Length(max=10, message="An NPI is exactly 10 digits."), _valid_npi],
        render_kw={"inputmode": "numeric", "autocomplete": "off", "maxlength": 10})
    license_state = SelectField(
        "Licence state", choices=_choices(state_choices()), filters=[_strip, _upper],
        validate_choice=False, validators=[DataRequired("Choose the licence's state."),
                                           _known_state])
    license_number = StringField(
        "Licence number", filters=[_strip],
        validators=[DataRequired("Enter the licence number."),
                    Length(max=30, message="Use at most 30 characters."),
                    Regexp(r"^[A-Za-z0-9][A-Za-z0-9 .\-/]*$",
                           message="Use letters, digits, spaces and dashes only.")],
        render_kw={"maxlength": 30, "autocomplete": "off"})
    first_name = StringField(
        "First name (as on the licence)", filters=[_strip],
        validators=[DataRequired("Enter your first name."),
                    Length(max=80, message="Use at most 80 characters."), _person_name],
        render_kw={"maxlength": 80, "autocomplete": "given-name"})
    last_name = StringField(
        "Last name (as on the licence)", filters=[_strip],
        validators=[DataRequired("Enter your last name."),
                    Length(max=80, message="Use at most 80 characters."), _person_name],
        render_kw={"maxlength": 80, "autocomplete": "family-name"})
    # Optional: DESIGN.md's contract for scripts fills in only the five licence fields.
    specialty = SelectField(
        "Specialty", choices=_choices(specialty_choices()), validate_choice=False,
        validators=[Optional(), _known_specialty])


class ContactCodeForm(Form):
    code = StringField(
        "Code", filters=[_strip],
        validators=[DataRequired("Enter the 6-digit code."),
                    Regexp(r"^\d{6}$", message="The code is 6 digits.")],
        render_kw={"inputmode": "numeric", "autocomplete": "one-time-code", "maxlength": 6})


class EmptyForm(Form):
    """Buttons that only need the CSRF token (resend a code, re-check the registry)."""


class ApproveForm(Form):
    override_reason = TextAreaField(
        "Override reason (needed unless the registry matched and the contact was confirmed)",
        filters=[_strip],
        validators=[Optional(), Length(max=1000, message="Use at most 1000 characters.")],
        render_kw={"maxlength": 1000, "rows": 3})


class RejectForm(Form):
    reason = TextAreaField(
        "Reason (shown to the applicant)", filters=[_strip],
        validators=[DataRequired("Give a reason: the applicant is shown it."),
                    Length(max=1000, message="Use at most 1000 characters.")],
        render_kw={"maxlength": 1000, "rows": 3})


class ChangesForm(Form):
    message = TextAreaField(
        "What should the applicant change?", filters=[_strip],
        validators=[DataRequired("Tell the applicant what to change."),
                    Length(max=1000, message="Use at most 1000 characters.")],
        render_kw={"maxlength": 1000, "rows": 3})


class ReinstateForm(Form):
    note = TextAreaField(
        "Reason (required to lift a suspension by licence re-verification)", filters=[_strip],
        validators=[Optional(), Length(max=1000, message="Use at most 1000 characters.")],
        render_kw={"maxlength": 1000, "rows": 2})
