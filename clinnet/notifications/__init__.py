"""In-app notifications and the mail-backend interface."""

from clinnet.notifications.mail import send_mail
from clinnet.notifications.services import notify

__all__ = ["notify", "send_mail"]
