from wtforms import (
    BooleanField,
    HiddenField,
    IntegerField,
    RadioField,
    SelectChoice,
    SelectField,
    SelectMultipleField,
    StringField,
    SubmitField,
    TextAreaField,
)
from wtforms.validators import DataRequired, InputRequired, Length, NumberRange, Optional
from wtforms.widgets import HiddenInput

from clinnet.cases import outcomes, polls, services
from clinnet.cases.models import AGE_BANDS, SETTINGS, SEXES
from clinnet.core.forms import Form, select_choices
from clinnet.core.routing import MAX_ID
from clinnet.core.specialties import specialty_choices
from clinnet.notifications.models import Frequency


def _choices(pairs) -> list[SelectChoice]:
    return [SelectChoice(value, label) for value, label in pairs]


def _version_field():
    """The version of the text the page showed; acting on a changed text is refused."""
    return IntegerField(widget=HiddenInput(), validators=[Optional(), NumberRange(min=0,
                                                                                  max=MAX_ID)])


_NOT_STATED = [("", "not stated")]


class CaseForm(Form):
    title = StringField(
        "Title", validators=[DataRequired("Give the case a title."),
                             Length(max=services.TITLE_MAX)],
        render_kw={"maxlength": services.TITLE_MAX})
    specialty = SelectMultipleField(
        "Specialties (up to 3)", choices=_choices(specialty_choices()),
        validators=[DataRequired("Choose at least one specialty.")])
    age_band = SelectField("Age band", choices=_choices(_NOT_STATED + [(a, a) for a in AGE_BANDS]),
                           validators=[Optional()])
    # SEXES has its own "not stated"; the empty choice already says it.
    sex = SelectField("Sex", choices=_choices(
        _NOT_STATED + [(s, s) for s in SEXES if s != "not stated"]), validators=[Optional()])
    setting = SelectField("Setting", choices=_choices(_NOT_STATED + [(s, s) for s in SETTINGS]),
                          validators=[Optional()])
    body = TextAreaField(
        "Case description (Markdown)",
        validators=[DataRequired("Describe the case."),
                    Length(max=services.BODY_MAX,
                           message=f"Keep the description to {services.BODY_MAX:,} characters.")],
        render_kw={"maxlength": services.BODY_MAX, "rows": 14, "data-mentions": True})
    question = TextAreaField(
        "Your question to colleagues",
        validators=[Length(max=services.QUESTION_MAX)],
        render_kw={"maxlength": services.QUESTION_MAX, "rows": 3, "data-mentions": True})
    timeline = TextAreaField(
        "Timeline (optional, one line per event: “day 0: presented with …”)",
        validators=[Length(max=services.TIMELINE_MAX)],
        render_kw={"maxlength": services.TIMELINE_MAX, "rows": 4})
    anonymous = BooleanField("Post under my pseudonym instead of my name")
    poll_question = StringField(
        "Poll question (optional), e.g. “What would you do next?”",
        validators=[Length(max=polls.QUESTION_MAX)], render_kw={"maxlength": polls.QUESTION_MAX})
    poll_options = TextAreaField(
        f"Poll options, one a line ({polls.OPTIONS_MIN} to {polls.OPTIONS_MAX})",
        validators=[Length(max=polls.OPTIONS_MAX * (polls.OPTION_MAX + 1))],
        render_kw={"rows": 4})
    poll_days = SelectField("The poll stays open", coerce=int, default=polls.DEFAULT_DAYS,
                            choices=_choices((d, f"{d} day{'s' if d > 1 else ''} after "
                                              "publication") for d in polls.DURATIONS),
                            validators=[Optional()])
    version = _version_field()
    save = SubmitField("Save draft")
    apply_all = SubmitField("Replace every finding with its suggestion and save")

    def to_input(self) -> services.CaseInput:
        return services.CaseInput(
            title=self.title.data or "", body=self.body.data or "",
            question=self.question.data or "", timeline=self.timeline.data or "",
            specialties=list(self.specialty.data or []), age_band=self.age_band.data,
            sex=self.sex.data, setting=self.setting.data, anonymous=self.anonymous.data,
            poll_question=self.poll_question.data or "",
            poll_options=self.poll_options.data or "", poll_days=self.poll_days.data)


class PublishForm(Form):
    version = _version_field()
    attest = BooleanField(
        "I attest that no patient can be identified from this case (and that I hold consent "
        "for any image).")


class FindingForm(Form):
    """One-click fix of one finding: the stored text at [start, end) must still be `text`."""

    field = HiddenField(validators=[DataRequired(), Length(max=20)])
    start = IntegerField(widget=HiddenInput(),
                         validators=[Optional(), NumberRange(min=0, max=10**6)])
    end = IntegerField(widget=HiddenInput(), validators=[Optional(), NumberRange(min=0, max=10**6)])
    text = HiddenField(validators=[Optional(), Length(max=500)])
    version = _version_field()


class DismissForm(Form):
    field = HiddenField(validators=[DataRequired(), Length(max=20)])
    category = HiddenField(validators=[DataRequired(), Length(max=20)])
    text = HiddenField(validators=[DataRequired(), Length(max=500)])
    version = _version_field()
    reason = StringField("Why this is not an identifier",
                         validators=[DataRequired("Give a reason."),
                                     Length(max=services.REASON_MAX)],
                         render_kw={"maxlength": services.REASON_MAX})


class ReplyForm(Form):
    body = TextAreaField(
        "Your reply (Markdown)",
        validators=[DataRequired("Write a reply first."),
                    Length(max=services.REPLY_MAX,
                           message=f"Keep a reply to {services.REPLY_MAX:,} characters.")],
        render_kw={"maxlength": services.REPLY_MAX, "rows": 4, "data-mentions": True})
    parent_id = IntegerField(widget=HiddenInput(), validators=[
        Optional(), NumberRange(min=1, max=MAX_ID, message="Unknown reply.")])
    anonymous = BooleanField("Reply under my pseudonym")
    # Offered only in the author's own pseudonymous case (services.post_reply).
    reveal = BooleanField("Show my name anyway (colleagues will see that the case is mine)")
    update = BooleanField(widget=HiddenInput())  # the author's "Update" (cases/outcomes.py)
    # Keeps the reply as the author's draft and opens the image upload (cases/figures.py).
    add_image = SubmitField("Add an image")


class EditReplyForm(Form):
    body = ReplyForm.body
    version = _version_field()
    save = SubmitField("Save")
    apply_all = SubmitField("Replace every finding with its suggestion and save")


class SubscriptionsForm(Form):
    specialties = SelectMultipleField("Tell me about new cases in",
                                      choices=_choices(specialty_choices()),
                                      validators=[Optional()])


class WelcomeForm(SubscriptionsForm):
    frequency = RadioField(
        "E-mail me about replies, mentions and cases I follow",
        choices=select_choices((f, Frequency.LABELS[f]) for f in Frequency.ALL),
        validators=[InputRequired("Choose how often.")])


class OutcomeForm(Form):
    final_diagnosis = StringField(
        "Final diagnosis", validators=[DataRequired("Write the final diagnosis."),
                                       Length(max=outcomes.DIAGNOSIS_MAX)],
        render_kw={"maxlength": outcomes.DIAGNOSIS_MAX})
    version = _version_field()


class PollVoteForm(Form):
    option = IntegerField(validators=[InputRequired("Choose one of the options."),
                                      NumberRange(min=0, max=polls.OPTIONS_MAX)])


class BookmarkForm(Form):
    bookmark = HiddenField(validators=[DataRequired(), Length(max=1)])

    @property
    def wanted(self) -> bool:
        return self.bookmark.data == "1"


class FollowForm(Form):
    follow = HiddenField(validators=[DataRequired(), Length(max=1)])

    @property
    def wanted(self) -> bool:
        return self.follow.data == "1"


class EmptyForm(Form):
    """CSRF only (vote, follow, delete, publish a reply)."""
