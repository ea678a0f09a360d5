"""Outgoing mail behind a small interface, delivered as a background job after the commit.

The backend is chosen by the MAIL_BACKEND setting: "console" (print to the terminal, framed,
for the demo; production refuses it), "memory" (tests read `outbox`), or "smtp" (SMTP_HOST,
SMTP_PORT, SMTP_USERNAME, SMTP_PASSWORD, SMTP_STARTTLS, SMTP_TIMEOUT, MAIL_FROM).

Mail goes out after the commit of the action that sent it. A delivery that fails (the mail
server is down or slow) never fails the action: the member's page must not differ (a reset
request for a known address must look exactly like one for an unknown address, mail server or
not).
"""

from __future__ import annotations

import smtplib
import socket
from collections.abc import Iterable
from dataclasses import dataclass
from email.header import Header
from email.quoprimime import body_encode
from email.utils import formatdate, make_msgid, parseaddr

from flask import current_app

from clinnet import jobs

FRAME_WIDTH = 72


@dataclass(frozen=True)
class Mail:
    to: str
    subject: str
    body: str
    # Extra headers, e.g. List-Unsubscribe on notification mails (RFC 8058).
    headers: tuple[tuple[str, str], ...] = ()


def send_mail(to: str, subject: str, body: str,
              headers: Iterable[tuple[str, str]] = ()) -> None:
    """Send a plain-text mail once the current unit of work has committed (at once outside
    one), through the job queue: an action that is rolled back sends nothing, and an SMTP
    outage delays the mail instead of failing the action. Never put clinical text (beyond a
    published case's title), passwords or session data in it."""
    mail = Mail(to=to, subject=subject, body=body, headers=tuple(headers))
    jobs.enqueue("clinnet.notifications.mail.deliver", mail, retry=True)


def deliver(mail: Mail) -> None:
    """Hand one mail to the configured backend (the job behind send_mail)."""
    deliver_many([mail])


def deliver_many(mails: Iterable[Mail]) -> int:
    """Hand mails to the backend, over one SMTP connection; returns how many were sent."""
    backend = current_app.config["MAIL_BACKEND"]
    mails = list(mails)
    if backend == "memory":
        outbox().extend(mails)
    elif backend == "smtp":
        _send_smtp(mails)
    else:
        for mail in mails:
            # The console backend exists for the demo: the body (a one-time code, a link) is
            # the point, so it goes to the terminal, framed to stand out from the request log.
            print(framed(mail), flush=True)
    return len(mails)


def framed(mail: Mail) -> str:
    rule = "=" * FRAME_WIDTH
    lines = [rule, f"MAIL to {mail.to}", f"Subject: {mail.subject}", "-" * FRAME_WIDTH]
    lines += mail.body.rstrip("\n").splitlines()
    return "\n".join([*lines, rule])


def outbox() -> list[Mail]:
    """Mails sent with the memory backend (tests)."""
    return current_app.extensions.setdefault("clinnet.outbox", [])


def as_bytes(mail: Mail, sender: str, domain: str) -> bytes:
    """The mail as RFC 5322 bytes, written directly: a digest run sends thousands, and the
    email package's general machinery costs about a millisecond each. Headers are ASCII or
    RFC 2047-encoded; a body with non-ASCII text goes as quoted-printable UTF-8."""
    headers = [("From", sender), ("To", mail.to), ("Subject", _header(mail.subject)),
               ("Date", formatdate(localtime=False)), ("Message-ID", make_msgid(domain=domain)),
               ("MIME-Version", "1.0"), *mail.headers]
    body = mail.body if mail.body.endswith("\n") else mail.body + "\n"
    if body.isascii() and max(map(len, body.splitlines()), default=0) <= 998:
        headers += [("Content-Type", 'text/plain; charset="us-ascii"'),
                    ("Content-Transfer-Encoding", "7bit")]
    else:
        headers += [("Content-Type", 'text/plain; charset="utf-8"'),
                    ("Content-Transfer-Encoding", "quoted-printable")]
        body = body_encode(body.encode().decode("latin-1"), maxlinelen=76)
    head = "".join(f"{name}: {value}\r\n" for name, value in headers)
    return (head + "\r\n" + body.replace("\r\n", "\n").replace("\n", "\r\n")).encode(
        "ascii")


def _header(value: str) -> str:
    value = " ".join(value.split())  # no line breaks in a header
    return value if value.isascii() else Header(value, "utf-8").encode()


def _send_smtp(mails: list[Mail]) -> None:
    if not mails:
        return
    config = current_app.config
    sender = config["MAIL_FROM"]
    envelope_from = parseaddr(sender)[1]
    domain = envelope_from.rpartition("@")[2] or "localhost"
    with smtplib.SMTP(config["SMTP_HOST"], int(config["SMTP_PORT"]),
                      timeout=float(config["SMTP_TIMEOUT"])) as smtp:
        # Each SMTP command is a small write waiting for its answer: without this, Nagle's
        # algorithm and delayed ACKs add milliseconds to every mail of a digest run.
        smtp.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        if config["SMTP_STARTTLS"]:
            smtp.starttls()
        if config["SMTP_USERNAME"]:
            smtp.login(config["SMTP_USERNAME"], config["SMTP_PASSWORD"])
        for mail in mails:
            smtp.sendmail(envelope_from, [mail.to], as_bytes(mail, sender, domain))
