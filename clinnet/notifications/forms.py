from wtforms import RadioField
from wtforms.validators import InputRequired

from clinnet.core.forms import Form, select_choices
from clinnet.notifications.models import Frequency


class MailSettingsForm(Form):
    frequency = RadioField(
        "Send me notifications by e-mail",
        choices=select_choices((f, Frequency.LABELS[f]) for f in Frequency.ALL),
        validators=[InputRequired("Choose how often.")])
