"""Notification mails: each member's choice (immediately, daily or weekly digest, never), the
signed one-click unsubscribe, and the mails themselves.

What a mail may say: the notification's own message (written to carry no clinical text) and,
for a case that is published now, its title, which passed the de-identification gate. Nothing
else from a post ever goes into a mail. Titles are looked up when the mail is built, through
a function the caller passes in (`titles`), because cases sit to the right of notifications.

Each notification is mailed at most once: a run claims the rows it mails with one conditional
UPDATE (mailed_at IS NULL), commits the claim, then sends; if the SMTP server refuses, the
claim is released and the job is retried. Two runs at once never mail one notification twice.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime, timedelta
from operator import itemgetter
from typing import NamedTuple

from flask import current_app
from itsdangerous import BadSignature, Signer
from sqlalchemy import and_, column, func, or_, select, table, update
from sqlalchemy.dialects import postgresql, sqlite

from clinnet.core.db import utcnow
from clinnet.core.routing import absolute_url
from clinnet.extensions import db
from clinnet.notifications.mail import Mail, deliver_many
from clinnet.notifications.models import Frequency, MailSettings, Notification
from clinnet.transactions import transition, unit

Titles = Callable[[set[int]], dict[int, str]]

# About the member's own account or posts (a licence decision, a moderator's action): mailed
# at once unless the member chose never, whatever their digest choice.
URGENT_KINDS = ("verification", "moderation.")
DIGEST_PERIODS = {Frequency.DAILY: timedelta(days=1), Frequency.WEEKLY: timedelta(days=7)}
# A digest is due a little before a full period has passed, so an hourly cron job does not
# drift by an hour every day.
DIGEST_SLACK = timedelta(minutes=50)
DIGEST_MAX_ITEMS = 50
_UNSUBSCRIBE_SALT = "clinnet.unsubscribe"
# accounts sits to the right of notifications: its table is named, not imported.
_users = table("users", column("id"), column("email"), column("status"))


class UnknownFrequency(ValueError):
    pass


# --- preferences and unsubscribe -------------------------------------------------------------

def default_frequency() -> str:
    return current_app.config["MAIL_DEFAULT_FREQUENCY"]


def frequency_of(user_id: int) -> str:
    settings = db.session.get(MailSettings, user_id)
    return settings.frequency if settings is not None else default_frequency()


@transition
def set_frequency(user_id: int, frequency: str) -> None:
    if frequency not in Frequency.ALL:
        raise UnknownFrequency(f"Choose one of: {', '.join(Frequency.ALL)}.")
    _upsert_settings([user_id], frequency=frequency)


def _upsert_settings(user_ids: Iterable[int], **values) -> None:
    """Create or update the members' rows in one statement (no read-then-write race)."""
    rows = [{"user_id": uid, "frequency": values.get("frequency", default_frequency()),
             "updated_at": utcnow(), **values} for uid in user_ids]
    if not rows:
        return
    dialect = postgresql if db.session.get_bind().dialect.name == "postgresql" else sqlite
    stmt = dialect.insert(MailSettings).values(rows)
    stmt = stmt.on_conflict_do_update(
        index_elements=[MailSettings.user_id],
        set_={name: stmt.excluded[name] for name in values} | {"updated_at": utcnow()})
    db.session.execute(stmt)


def _signer() -> Signer:
    return Signer(current_app.secret_key, salt=_UNSUBSCRIBE_SALT)


def unsubscribe_token(user_id: int) -> str:
    """The member's id, signed (HMAC); it does not expire (RFC 8058 links must keep working),
    and it can do nothing but switch notification mails off."""
    return _signer().sign(str(user_id)).decode()


def member_of_token(token: str) -> int | None:
    try:
        value = _signer().unsign(token).decode()
    except BadSignature:
        return None
    return int(value) if value.isdigit() and len(value) <= 10 else None


def link(path: str) -> str:
    return absolute_url(path)


def unsubscribe_url(user_id: int) -> str:
    return link(f"/notifications/unsubscribe/{unsubscribe_token(user_id)}")


def _list_headers(unsubscribe: str) -> tuple[tuple[str, str], ...]:
    return (("List-Unsubscribe", f"<{unsubscribe}>"),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
            ("Auto-Submitted", "auto-generated"))


def _footer(unsubscribe: str, frequency: str) -> str:
    return ("\n-- \n"
            f"You chose: {Frequency.LABELS[frequency].lower()}. Change it: "
            f"{link('/notifications/settings')}\n"
            f"Stop all notification mails with one click: {unsubscribe}\n")


# --- what to mail ----------------------------------------------------------------------------

class Item(NamedTuple):
    id: int
    user_id: int
    kind: str
    message: str
    url: str
    case_id: int | None


@dataclass
class DigestRun:
    members: int = 0
    notifications: int = 0
    mails: int = 0
    batches: int = 0


def _claim(condition) -> list[Item]:
    """Mark the matching unmailed, unread notifications as mailed; returns them by id.

    A Core statement on the session's connection: the rows come back as plain tuples (fields
    as in Item), which matters when a digest run claims half a million of them."""
    table = Notification.__table__
    stmt = (table.update().where(table.c.mailed_at.is_(None), table.c.read_at.is_(None),
                                 condition)
            .values(mailed_at=utcnow())
            .returning(table.c.id, table.c.user_id, table.c.kind, table.c.message,
                       table.c.url, table.c.case_id))
    items = db.session.connection().execute(stmt).all()
    items.sort(key=itemgetter(0))  # by id: RETURNING gives no order
    return items


def _claim_and_build(condition, build: Callable[[list[Item]], list[Mail]]):
    """Claim matching notifications and build their mails, in one commit."""
    with unit():
        items = _claim(condition)
        mails = build(items)
    return items, mails


def _release(items: list[Item]) -> None:
    """Give a claim back after a failed send, so that the retried job mails them."""
    ids = [i.id for i in items]
    with unit():
        for start in range(0, len(ids), 5000):
            chunk = ids[start:start + 5000]
            db.session.execute(update(Notification).where(Notification.id.in_(chunk))
                               .values(mailed_at=None)
                               .execution_options(synchronize_session=False))


def _claim_and_send(condition, build: Callable[[list[Item]], list[Mail]]) -> int:
    """Claim, build, send; returns the number of mails sent."""
    items, mails = _claim_and_build(condition, build)
    try:
        return deliver_many(mails)
    except Exception:
        _release(items)
        raise


def send_immediate(user_ids: Iterable[int], titles: Titles) -> int:
    """Mail now what these members should get now: everything for "immediately", account
    notices for digest readers. Returns the number of mails sent."""
    user_ids = sorted(set(user_ids))
    if not user_ids:
        return 0
    choices = _choices(user_ids)
    everything = [u for u in user_ids if choices[u] == Frequency.IMMEDIATELY]
    urgent_only = [u for u in user_ids if choices[u] in DIGEST_PERIODS]
    if not everything and not urgent_only:
        return 0
    urgent = or_(*[Notification.kind.startswith(prefix) for prefix in URGENT_KINDS])
    condition = or_(Notification.user_id.in_(everything),
                    and_(Notification.user_id.in_(urgent_only), urgent))
    return _claim_and_send(condition, lambda items: _build(
        items, titles, lambda context, its, unsubscribe: _immediate_mail(
            context, its, unsubscribe, choices[its[0].user_id])))


def _choices(user_ids: list[int]) -> dict[int, str]:
    stored = dict(db.session.execute(select(MailSettings.user_id, MailSettings.frequency)
                                     .where(MailSettings.user_id.in_(user_ids))).all())
    return {uid: stored.get(uid, default_frequency()) for uid in user_ids}


@dataclass(frozen=True)
class _Context:
    """What every mail of one run shares: the site's address and the case titles."""

    base: str
    names: dict[int, str]

    def link(self, path: str) -> str:
        return self.base + path


def _build(items: list[Item], titles: Titles, make) -> list[Mail]:
    """One mail per member: `make(context, items, unsubscribe_url)` gives subject and body."""
    by_user: dict[int, list[Item]] = defaultdict(list)
    for item in items:
        by_user[item.user_id].append(item)
    if not by_user:
        return []
    addresses = dict(db.session.execute(
        select(_users.c.id, _users.c.email).where(_users.c.id.in_(list(by_user)),
                                                  _users.c.status == "active")).all())
    context = _Context(link(""), titles({i.case_id for i in items if i.case_id is not None}))
    mails = []
    for uid, its in by_user.items():
        if uid in addresses:
            unsubscribe = unsubscribe_url(uid)
            subject, body = make(context, its, unsubscribe)
            mails.append(Mail(addresses[uid], subject, body, _list_headers(unsubscribe)))
    return mails


def _immediate_mail(context: _Context, items: list[Item], unsubscribe: str,
                    frequency: str) -> tuple[str, str]:
    if len(items) == 1:
        item = items[0]
        subject = f"clinnet: {item.message}"
        body = item.message + "\n"
        if item.case_id in context.names:
            body += f"Case #{item.case_id}: {context.names[item.case_id]}\n"
        body += f"\nOpen it: {context.link(item.url)}\n"
    else:
        subject = f"clinnet: {len(items)} new notifications"
        body = "\n".join(_titled(items, context)) + "\n"
    return subject[:150], body + _footer(unsubscribe, frequency)


def _titled(items: list[Item], context: _Context) -> list[str]:
    """Items grouped by case (the case's title as heading while it is published)."""
    groups: dict[int | None, list[Item]] = defaultdict(list)
    for item in items:
        groups[item.case_id].append(item)
    lines: list[str] = []
    for case_id, group in sorted(groups.items(), key=lambda g: (g[0] is None, g[0] or 0)):
        if case_id is None:
            lines.append("Your account")
        else:
            title = context.names.get(case_id)
            lines.append(f"Case #{case_id}" + (f": {title}" if title else ""))
        lines += [f"- {item.message}\n  {context.base}{item.url}" for item in group]
        lines.append("")
    return lines


def _digest_mail(context: _Context, items: list[Item], unsubscribe: str,
                 frequency: str) -> tuple[str, str]:
    shown = items[-DIGEST_MAX_ITEMS:]  # the newest
    noun = "notification" if len(items) == 1 else "notifications"
    body = [f"Your {frequency} clinnet digest: {len(items)} new {noun}.", ""]
    body += _titled(shown, context)
    if len(items) > len(shown):
        body.append(f"... and {len(items) - len(shown)} more.")
    body.append(f"All your notifications: {context.link('/notifications/')}")
    return (f"clinnet: your {frequency} digest ({len(items)} new)",
            "\n".join(body) + "\n" + _footer(unsubscribe, frequency))


def due_members(frequency: str, now: datetime | None = None) -> list[int]:
    """Members whose `frequency` digest is due and who have something unread to get."""
    now = now or utcnow()
    cutoff = now - DIGEST_PERIODS[frequency] + DIGEST_SLACK
    choice = func.coalesce(MailSettings.frequency, default_frequency())
    stmt = (select(Notification.user_id)
            .join(_users, _users.c.id == Notification.user_id)
            .outerjoin(MailSettings, MailSettings.user_id == Notification.user_id)
            .where(Notification.mailed_at.is_(None), Notification.read_at.is_(None),
                   _users.c.status == "active", choice == frequency,
                   or_(MailSettings.last_digest_at.is_(None),
                       MailSettings.last_digest_at <= cutoff))
            .group_by(Notification.user_id).order_by(Notification.user_id))
    return list(db.session.scalars(stmt))


def send_digests(frequency: str, titles: Titles, now: datetime | None = None) -> DigestRun:
    """Send every due `frequency` digest, MAIL_DIGEST_BATCH members at a time (each batch: one
    claim, one commit, a few queries, one SMTP connection).

    Sending a batch overlaps with building the next one (a second thread talks to the SMTP
    server while this one reads the database and writes mails). If a send fails, both batches
    in hand are given back and the error propagates: the retried job sends them."""
    if frequency not in DIGEST_PERIODS:
        raise UnknownFrequency(f"Digests are {' or '.join(DIGEST_PERIODS)}.")
    run = DigestRun()
    members = due_members(frequency, now)
    db.session.rollback()  # end the read; each batch is its own unit
    size = int(current_app.config["MAIL_DIGEST_BATCH"])
    app = current_app._get_current_object()
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="digest-smtp") as sender:
        in_flight: tuple[Future, list[Item]] | None = None
        for start in range(0, len(members), size):
            items, mails = _claim_and_build(Notification.user_id.in_(members[start:start + size]),
                                            _digest_builder(frequency, titles))
            run.batches += 1
            run.notifications += len(items)
            run.mails += len(mails)
            if in_flight is not None:
                _settle(in_flight, also_release=items)
            in_flight = (sender.submit(_deliver_with, app, mails), items)
        if in_flight is not None:
            _settle(in_flight)
    run.members = len(members)
    return run


def _digest_builder(frequency: str, titles: Titles) -> Callable[[list[Item]], list[Mail]]:
    def build(items: list[Item]) -> list[Mail]:
        _upsert_settings(sorted({i.user_id for i in items}), last_digest_at=utcnow())
        return _build(items, titles, lambda context, its, unsubscribe: _digest_mail(
            context, its, unsubscribe, frequency))
    return build


def _deliver_with(app, mails: list[Mail]) -> int:
    with app.app_context():
        return deliver_many(mails)


def _settle(in_flight: tuple[Future, list[Item]], also_release: list[Item] = ()) -> None:
    future, items = in_flight
    try:
        future.result()
    except Exception:
        _release([*items, *also_release])
        raise
