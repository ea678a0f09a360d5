from flask_wtf import FlaskForm
from wtforms import IntegerField, SelectField, TextAreaField
from wtforms.validators import DataRequired, Length, NumberRange, Optional

from clinnet.core.authz import Role
from clinnet.core.forms import select_choices

# Only the licence check makes someone a physician; the console moves verified members
# between the staff roles.
STAFF_ROLE_CHOICES = select_choices(
    (r.value, r.label) for r in (Role.PHYSICIAN, Role.MODERATOR, Role.ADMIN))


class RoleForm(FlaskForm):
    role = SelectField("Role", choices=STAFF_ROLE_CHOICES)


class SuspendForm(FlaskForm):
    reason = TextAreaField("Reason (shown to the member)",
                           validators=[DataRequired("Give a reason: the member is shown it."),
                                       Length(max=500)])
    days = IntegerField("Days (empty: until reinstated)",
                        validators=[Optional(), NumberRange(min=1, max=3650,
                                                            message="Between 1 and 3650 days.")])


class ReinstateForm(FlaskForm):
    reason = TextAreaField("Note (optional)", validators=[Optional(), Length(max=500)])
