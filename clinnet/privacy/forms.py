from wtforms import BooleanField, TextAreaField
from wtforms.validators import DataRequired, Length

from clinnet.core.forms import Form


class CloseForm(Form):
    confirm = BooleanField("I understand: my account is closed for good, my name and address "
                           "are erased, and my published posts stay as \"Former member\".",
                           validators=[DataRequired("Tick the box to confirm.")])


class EraseForm(Form):
    reason = TextAreaField("Whose request, when and how it reached you (logged)",
                           validators=[DataRequired("Write why."), Length(max=500)],
                           render_kw={"maxlength": 500, "rows": 2})


class ExportForm(Form):
    """Nothing to fill in: the CSRF token (and the form's key)."""
