from wtforms import HiddenField, IntegerField, SelectField, StringField, TextAreaField
from wtforms.validators import DataRequired, Length, NumberRange, Optional

from clinnet.core.forms import Form, select_choices
from clinnet.deid.categories import CATEGORIES
from clinnet.moderation import services
from clinnet.moderation.models import Reason

STATE_MAX = 2000


class FlagForm(Form):
    reason = SelectField("Why are you flagging this post?",
                         choices=select_choices(Reason.LABELS.items()),
                         validators=[DataRequired("Choose a reason.")])
    note = TextAreaField("Note for the moderators (optional)",
                         validators=[Optional(), Length(max=services.NOTE_MAX)],
                         render_kw={"maxlength": services.NOTE_MAX, "rows": 3})
    quote = StringField("The offending words (optional, copied from the post)",
                        validators=[Optional(), Length(max=services.QUOTE_MAX)],
                        render_kw={"maxlength": services.QUOTE_MAX})


class ActionForm(Form):
    action = SelectField("Action", choices=select_choices(services.POST_ACTIONS.items()))
    public_reason = SelectField(
        "What members are told when you hide or remove it",
        choices=select_choices(Reason.LABELS.items()), validators=[Optional()])
    reason = TextAreaField("Note (staff read it; for “return”, your message to the author)",
                           validators=[DataRequired("Give a reason; it is logged."),
                                       Length(max=services.REASON_MAX)],
                           render_kw={"maxlength": services.REASON_MAX, "rows": 2})
    state = HiddenField(validators=[Length(max=STATE_MAX)])


class RedactImagesForm(Form):
    reason = StringField("Reason (logged)",
                         validators=[DataRequired("Give a reason; it is logged."),
                                     Length(max=services.REASON_MAX)],
                         render_kw={"maxlength": services.REASON_MAX})
    state = HiddenField(validators=[Length(max=STATE_MAX)])


class RedactForm(Form):
    """Either the words to redact (every occurrence) or one exact span (field, start, end)."""

    words = StringField("Words to redact (every occurrence, any letter case)",
                        validators=[Optional(), Length(max=services.QUOTE_MAX)],
                        render_kw={"maxlength": services.QUOTE_MAX})
    field = HiddenField(validators=[Optional(), Length(max=20)])
    start = IntegerField(validators=[Optional(), NumberRange(min=0, max=10**6)])
    end = IntegerField(validators=[Optional(), NumberRange(min=0, max=10**6)])
    category = SelectField("Replace with the tag", choices=select_choices(
        (c, f"[{c}]") for c in CATEGORIES))
    reason = TextAreaField("Reason (logged)",
                           validators=[DataRequired("Give a reason; it is logged."),
                                       Length(max=services.REASON_MAX)],
                           render_kw={"maxlength": services.REASON_MAX, "rows": 2})
    state = HiddenField(validators=[Length(max=STATE_MAX)])


class WarnForm(Form):
    message = TextAreaField("Warning (the member must read and acknowledge it)",
                            validators=[DataRequired("Write the warning."),
                                        Length(max=services.REASON_MAX)],
                            render_kw={"maxlength": services.REASON_MAX, "rows": 3})


class SuspendForm(Form):
    reason = TextAreaField("Reason (shown to the member)",
                           validators=[DataRequired("Give a reason: the member is shown it."),
                                       Length(max=500)], render_kw={"maxlength": 500})
    days = IntegerField("Days (empty: until reinstated)",
                        validators=[Optional(), NumberRange(min=1, max=3650,
                                                            message="Between 1 and 3650 days.")])


class ReinstateForm(Form):
    reason = TextAreaField("Reason", validators=[DataRequired("Give a reason."),
                                                 Length(max=500)],
                           render_kw={"maxlength": 500})


class NoteForm(Form):
    body = TextAreaField("Private note (moderators and admins only)",
                         validators=[DataRequired("Write the note first."),
                                     Length(max=services.MEMBER_NOTE_MAX)],
                         render_kw={"maxlength": services.MEMBER_NOTE_MAX, "rows": 3})


class EmptyForm(Form):
    """CSRF only."""
