"""Outgoing mail behind a small interface.

The backend is chosen by the MAIL_BACKEND setting: "console" (default: print to the log, for the
demo and development), "memory" (tests read `outbox`), or "smtp" (SMTP_HOST, SMTP_PORT,
SMTP_USERNAME, SMTP_PASSWORD, SMTP_STARTTLS, MAIL_FROM).
"""

from __future__ import annotations

import smtplib
from dataclasses import dataclass
from email.message import EmailMessage

from flask import current_app

from clinnet.transactions import after_commit


@dataclass(frozen=True)
class Mail:
    to: str
    subject: str
    body: str


def send_mail(to: str, subject: str, body: str) -> None:
    """Send a plain-text mail once the current unit of work has committed (at once outside
    one): an action that is rolled back sends nothing. Never put clinical text, passwords or
    session data in it."""
    mail = Mail(to=to, subject=subject, body=body)
    after_commit(lambda: _deliver(mail))


def _deliver(mail: Mail) -> None:
    backend = current_app.config.get("MAIL_BACKEND", "console")
    if backend == "memory":
        current_app.extensions.setdefault("clinnet.outbox", []).append(mail)
    elif backend == "smtp":
        _send_smtp(mail)
    else:
        # The console backend exists for the demo: the body (a one-time code, a link) is the
        # point, so it goes to the terminal; the log only records that a mail went out.
        current_app.logger.info("mail to %s: %s", mail.to, mail.subject)
        print(f"--- mail to {mail.to}: {mail.subject}\n{mail.body}\n---", flush=True)


def outbox() -> list[Mail]:
    """Mails sent with the memory backend (tests)."""
    return current_app.extensions.setdefault("clinnet.outbox", [])


def _send_smtp(mail: Mail) -> None:
    config = current_app.config
    message = EmailMessage()
    message["From"] = config["MAIL_FROM"]
    message["To"] = mail.to
    message["Subject"] = mail.subject
    message.set_content(mail.body)
    with smtplib.SMTP(config["SMTP_HOST"], config.get("SMTP_PORT", 587), timeout=10) as smtp:
        if config.get("SMTP_STARTTLS", True):
            smtp.starttls()
        if config.get("SMTP_USERNAME"):
            smtp.login(config["SMTP_USERNAME"], config["SMTP_PASSWORD"])
        smtp.send_message(message)
