from wtforms import SelectField, TextAreaField
from wtforms.validators import Length, Optional

from clinnet.core.authz import Role
from clinnet.core.forms import Form, select_choices

# Only the licence check makes someone a physician; the console moves verified members
# between the staff roles.
STAFF_ROLE_CHOICES = select_choices(
    (r.value, r.label) for r in (Role.PHYSICIAN, Role.MODERATOR, Role.ADMIN))


class RoleForm(Form):
    role = SelectField("Role", choices=STAFF_ROLE_CHOICES)


class ReinstateForm(Form):
    reason = TextAreaField("Note (optional)", validators=[Optional(), Length(max=500)])
