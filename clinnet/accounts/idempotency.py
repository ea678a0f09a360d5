"""A form sent twice does its work once.

Every form carries a random key in a hidden field (clinnet.core.forms.Form). When a signed-in
member POSTs a form with a key, the key is claimed in the request's own transaction before the
view runs, and the outcome (the redirect the view answered with) is stored with it. Both are
committed together with whatever the form changed, so:

- a resubmission of a form that was saved (a double click, the browser's "resend", a retry
  after a connection dropped while the answer was on its way) finds its key and gets the first
  outcome again, with a note, instead of a second post;
- a form that was refused (shown again with errors) or failed (rolled back) leaves no key, and
  sending it again is its first attempt.

Two submissions of one key at the same moment: the second one's claim waits for the first to
commit (the key's primary key), then finds it and answers with its outcome.
"""

from __future__ import annotations

import hashlib
from datetime import timedelta

from flask import current_app, flash, g, redirect, request
from flask_login import current_user
from sqlalchemy import delete, update
from sqlalchemy.dialects import postgresql, sqlite

from clinnet.accounts.models import IdempotencyKey
from clinnet.core.db import utcnow
from clinnet.core.forms import submitted_idempotency_key
from clinnet.extensions import db

_CLAIM = "clinnet_idempotency_key"
ALREADY_DONE = "That form was already sent, and what it did was saved then: nothing was done " \
    "twice."


def _digest(key: str) -> str:
    scope = f"{current_user.id}\0{request.method}\0{request.path}\0{key}"
    return hashlib.sha256(scope.encode()).hexdigest()


def claim_or_replay():
    """before_request (after the access checks): claim the submitted key, or answer with the
    outcome it already has."""
    if request.method != "POST" or not current_user.is_authenticated:
        return None
    key = submitted_idempotency_key()
    if key is None:
        return None
    digest = _digest(key)
    dialect = db.session.get_bind().dialect.name
    insert = (postgresql if dialect == "postgresql" else sqlite).insert(IdempotencyKey)
    claimed = db.session.execute(
        insert.values(key_hash=digest, user_id=current_user.id, created_at=utcnow())
        .on_conflict_do_nothing().returning(IdempotencyKey.key_hash)).first()
    if claimed is not None:
        g.setdefault(_CLAIM, digest)
        return None
    first = db.session.get(IdempotencyKey, digest)
    if first is None or first.status is None or not first.location:
        return None  # no outcome to repeat: treat it as a new submission
    flash(ALREADY_DONE, "info")
    return redirect(first.location, first.status)


def record_outcome(response):
    """after_request: keep the claim with a redirect's target; drop it for anything else (a
    form shown again with errors can be corrected and sent with the same key)."""
    digest = g.pop(_CLAIM, None)
    if digest is None:
        return response
    if 300 <= response.status_code < 400 and response.location:
        db.session.execute(update(IdempotencyKey).where(IdempotencyKey.key_hash == digest)
                           .values(status=response.status_code,
                                   location=response.location[:2000]))
    else:
        db.session.execute(delete(IdempotencyKey).where(IdempotencyKey.key_hash == digest))
    return response


def prune(now) -> int:
    """Forget keys older than IDEMPOTENCY_HOURS (`clinnet db prune`)."""
    before = now - timedelta(hours=current_app.config["IDEMPOTENCY_HOURS"])
    result = db.session.execute(delete(IdempotencyKey).where(IdempotencyKey.created_at < before))
    return result.rowcount or 0

