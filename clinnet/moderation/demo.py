"""Demo content for moderation: one open PHI flag on a demo reply, so the queue is not empty."""

from __future__ import annotations

from sqlalchemy import select

from clinnet.accounts.models import User
from clinnet.cases.models import Reply, State
from clinnet.extensions import db
from clinnet.moderation import services
from clinnet.moderation.models import Flag

DEMO_REPLY = "Antibodies are pending. Would you image the chest now?"
DEMO_NOTE = "Demo flag: does the thread say where the patient was seen? Please check."


def seed_moderation() -> None:
    """Flag one demo reply for patient information (which hides it); once only."""
    if db.session.scalar(select(Flag.id).where(Flag.note == DEMO_NOTE)) is not None:
        return
    reply = db.session.scalar(select(Reply).where(Reply.body == DEMO_REPLY,
                                                  Reply.status == State.PUBLISHED))
    flagger = db.session.scalar(select(User).where(User.email == "physician@clinnet.test"))
    if reply is None or flagger is None or reply.author_id == flagger.id:
        return
    services.flag_post(flagger, "reply", reply, "phi", DEMO_NOTE)
