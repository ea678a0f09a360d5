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
from dataclasses import dataclass
from datetime import datetime, timedelta

from flask import current_app
from itsdangerous import BadSignature, URLSafeSerializer
from sqlalchemy import and_, column, func, or_, select, table, update
from sqlalchemy.dialects import postgresql, sqlite

from clinnet.core.db import utcnow
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


def _serializer() -> URLSafeSerializer:
    return URLSafeSerializer(current_app.secret_key, salt=_UNSUBSCRIBE_SALT)


def unsubscribe_token(user_id: int) -> str:
    """A signed token naming the member; it does not expire (RFC 8058 links must keep
    working), and it can do nothing but switch notification mails off."""
    return _serializer().dumps({"u": user_id})


def member_of_token(token: str) -> int | None:
    try:
        data = _serializer().loads(token)
    except BadSignature:
        return None
    user_id = data.get("u") if isinstance(data, dict) else None
    return user_id if isinstance(user_id, int) else None


def link(path: str) -> str:
    return current_app.config["PUBLIC_URL"].rstrip("/") + path


def unsubscribe_url(user_id: int) -> str:
    return link(f"/notifications/unsubscribe/{unsubscribe_token(user_id)}")


def _list_headers(user_id: int) -> tuple[tuple[str, str], ...]:
    return (("List-Unsubscribe", f"<{unsubscribe_url(user_id)}>"),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
            ("Auto-Submitted", "auto-generated"))


def _footer(user_id: int, frequency: str) -> str:
    return ("\n-- \n"
            f"You chose: {Frequency.LABELS[frequency].lower()}. Change it: "
            f"{link('/notifications/settings')}\n"
            f"Stop all notification mails with one click: {unsubscribe_url(user_id)}\n")


# --- what to mail ----------------------------------------------------------------------------

@dataclass(frozen=True)
class Item:
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
    stmt = (update(Notification).where(Notification.mailed_at.is_(None),
                                       Notification.read_at.is_(None), condition)
            .values(mailed_at=utcnow())
            .returning(Notification.id, Notification.user_id, Notification.kind,
                       Notification.message, Notification.url, Notification.case_id)
            .execution_options(synchronize_session=False))
    rows = sorted(db.session.execute(stmt), key=lambda r: r.id)
    return [Item(r.id, r.user_id, r.kind, r.message, r.url, r.case_id) for r in rows]


def _claim_and_send(condition, build: Callable[[list[Item]], list[Mail]]) -> list[Item]:
    """Claim matching notifications in one commit, build and send their mails, and give the
    claim back if sending fails (the job is then retried)."""
    with unit():
        items = _claim(condition)
        mails = build(items)
    try:
        deliver_many(mails)
    except Exception:
        with unit():  # un-claim, so that the retry mails them
            db.session.execute(
                update(Notification).where(Notification.id.in_([i.id for i in items]))
                .values(mailed_at=None).execution_options(synchronize_session=False))
        raise
    return items


def send_immediate(user_ids: Iterable[int], titles: Titles) -> int:
    """Mail now what these members should get now: everything for "immediately", account
    notices for digest readers. Returns the number of mails sent."""
    user_ids = sorted(set(user_ids))
    if not user_ids:
        return 0
    choices = _choices(user_ids)
    everything = [u for u in user_ids if choices[u] == Frequency.IMMEDIATELY]
    urgent_only = [u for u in user_ids if choices[u] in DIGEST_PERIODS]
    urgent = or_(*[Notification.kind.startswith(prefix) for prefix in URGENT_KINDS])
    condition = or_(Notification.user_id.in_(everything),
                    and_(Notification.user_id.in_(urgent_only), urgent))
    if not everything and not urgent_only:
        return 0
    sent = 0

    def build(items: list[Item]) -> list[Mail]:
        nonlocal sent
        mails = _build(items, titles, lambda uid, its, names: _immediate_mail(
            uid, its, names, choices[uid]))
        sent = len(mails)
        return mails

    _claim_and_send(condition, build)
    return sent


def _choices(user_ids: list[int]) -> dict[int, str]:
    stored = dict(db.session.execute(select(MailSettings.user_id, MailSettings.frequency)
                                     .where(MailSettings.user_id.in_(user_ids))).all())
    return {uid: stored.get(uid, default_frequency()) for uid in user_ids}


def _build(items: list[Item], titles: Titles, make) -> list[Mail]:
    by_user: dict[int, list[Item]] = defaultdict(list)
    for item in items:
        by_user[item.user_id].append(item)
    if not by_user:
        return []
    addresses = dict(db.session.execute(
        select(_users.c.id, _users.c.email).where(_users.c.id.in_(list(by_user)),
                                                  _users.c.status == "active")).all())
    names = titles({i.case_id for i in items if i.case_id is not None})
    return [Mail(to=addresses[uid], subject=subject, body=body, headers=_list_headers(uid))
            for uid, its in by_user.items() if uid in addresses
            for subject, body in [make(uid, its, names)]]


def _line(item: Item) -> str:
    return f"- {item.message}\n  {link(item.url)}"


def _immediate_mail(user_id: int, items: list[Item], names: dict[int, str],
                    frequency: str) -> tuple[str, str]:
    if len(items) == 1:
        item = items[0]
        subject = f"clinnet: {item.message}"
        body = item.message + "\n"
        if item.case_id in names:
            body += f"Case #{item.case_id}: {names[item.case_id]}\n"
        body += f"\nOpen it: {link(item.url)}\n"
    else:
        subject = f"clinnet: {len(items)} new notifications"
        body = "\n".join(_titled(items, names)) + "\n"
    return subject[:150], body + _footer(user_id, frequency)


def _titled(items: list[Item], names: dict[int, str]) -> list[str]:
    """Items grouped by case (the case's title as heading while it is published)."""
    groups: dict[int | None, list[Item]] = defaultdict(list)
    for item in items:
        groups[item.case_id].append(item)
    lines: list[str] = []
    for case_id, group in sorted(groups.items(), key=lambda g: (g[0] is None, g[0] or 0)):
        if case_id is None:
            lines.append("Your account")
        else:
            title = names.get(case_id)
            lines.append(f"Case #{case_id}" + (f": {title}" if title else ""))
        lines += [_line(item) for item in group]
        lines.append("")
    return lines


def _digest_mail(user_id: int, items: list[Item], names: dict[int, str],
                 frequency: str) -> tuple[str, str]:
    shown = items[-DIGEST_MAX_ITEMS:]  # the newest
    noun = "notification" if len(items) == 1 else "notifications"
    body = [f"Your {frequency} clinnet digest: {len(items)} new {noun}.", ""]
    body += _titled(shown, names)
    if len(items) > len(shown):
        body.append(f"... and {len(items) - len(shown)} more.")
    body.append(f"All your notifications: {link('/notifications/')}")
    return (f"clinnet: your {frequency} digest ({len(items)} new)",
            "\n".join(body) + "\n" + _footer(user_id, frequency))


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
    claim, one commit, one SMTP connection)."""
    if frequency not in DIGEST_PERIODS:
        raise UnknownFrequency(f"Digests are {' or '.join(DIGEST_PERIODS)}.")
    run = DigestRun()
    members = due_members(frequency, now)
    db.session.rollback()  # end the read; each batch is its own unit
    size = int(current_app.config["MAIL_DIGEST_BATCH"])
    for start in range(0, len(members), size):
        run.batches += 1
        run.mails += send_digest_batch(frequency, members[start:start + size], titles, run)
    run.members = len(members)
    return run


def send_digest_batch(frequency: str, user_ids: list[int], titles: Titles,
                      run: DigestRun | None = None) -> int:
    made: list[Mail] = []

    def build(items: list[Item]) -> list[Mail]:
        _upsert_settings(sorted({i.user_id for i in items}), last_digest_at=utcnow())
        made.extend(_build(items, titles, lambda uid, its, names: _digest_mail(
            uid, its, names, frequency)))
        if run is not None:
            run.notifications += len(items)
        return made

    _claim_and_send(Notification.user_id.in_(user_ids), build)
    return len(made)
