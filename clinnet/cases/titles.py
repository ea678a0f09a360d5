"""Case titles for notification mails: only a published case's title, which passed the
de-identification gate, ever leaves the site."""

from __future__ import annotations

from sqlalchemy import select

from clinnet.cases.models import Case, State
from clinnet.extensions import db


def published_titles(case_ids: set[int]) -> dict[int, str]:
    if not case_ids:
        return {}
    rows = db.session.execute(select(Case.id, Case.title).where(
        Case.id.in_(sorted(case_ids)), Case.status == State.PUBLISHED))
    return dict(rows.all())
