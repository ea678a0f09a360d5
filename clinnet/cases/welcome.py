"""The welcome after approval (issue 14, onboarding): once, before the feed, a newly verified
physician chooses the specialties whose new cases they hear about and how often clinnet mails
them. Answering or skipping ends it; the same choices stay on their settings pages."""

from __future__ import annotations

from sqlalchemy import select

from clinnet.cases import services
from clinnet.extensions import db
from clinnet.notifications import emails
from clinnet.transactions import lock, transition
from clinnet.verification.models import Application


def is_due(user) -> bool:
    return bool(user.is_authenticated and user.welcome_due)


def suggested_specialties(user) -> list[str]:
    """What to tick at first: the specialty they applied with, if they follow nothing yet."""
    chosen = services.subscriptions(user)
    if chosen:
        return sorted(chosen)
    applied = select(Application.specialty).where(Application.user_id == user.id)
    return [s for s in db.session.scalars(applied) if s]


@transition
def finish(user, specialties: list[str] | None = None, frequency: str | None = None) -> None:
    """Save the answers (None: skipped, nothing changes) and end the welcome, all or nothing."""
    lock(user)
    if specialties is not None:
        services.set_subscriptions(user, specialties)
    if frequency is not None:
        emails.set_frequency(user.id, frequency)
    user.welcome_due = False
