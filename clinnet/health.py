"""Liveness (`/healthz`: the process answers) and readiness (`/readyz`: the database takes a
write and Redis answers), for load balancers and orchestrators. Probes send a host in
TRUSTED_HOSTS like any request (docs/operations.md)."""

from __future__ import annotations

from datetime import datetime

from flask import Blueprint, current_app, jsonify
from sqlalchemy import String
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Mapped, mapped_column

from clinnet.core.authz import public
from clinnet.core.db import UTCDateTime, utcnow
from clinnet.core.limits import storage_status
from clinnet.extensions import db

bp = Blueprint("health", __name__)
HEALTH_ENDPOINTS = frozenset({"health.healthz", "health.readyz"})


class ServiceCheck(db.Model):
    """One row per readiness check: `/readyz` proves the database takes writes by updating it."""

    __tablename__ = "service_checks"

    name: Mapped[str] = mapped_column(String(20), primary_key=True, info={"member_text": False})
    checked_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


@bp.route("/healthz")
@public
def healthz():
    """Liveness: the process is up and serving. It checks nothing else on purpose: restarting
    a worker does not bring a database back."""
    return jsonify(status="ok")


def _database_writable() -> str:
    try:
        check = db.session.get(ServiceCheck, "readyz")
        if check is None:
            db.session.add(ServiceCheck(name="readyz", checked_at=utcnow()))
        else:
            check.checked_at = utcnow()
        db.session.flush()
    except SQLAlchemyError as exc:
        db.session.rollback()
        current_app.logger.warning("readiness: the database refused a write (%s)",
                                   type(exc).__name__)
        return "unavailable"
    return "ok"


@bp.route("/readyz")
@public
def readyz():
    """Readiness: the database accepts a write (committed with the request) and the rate-limit
    store answers. 503 with the failing part named otherwise."""
    checks = {"database": _database_writable(), "redis": storage_status()}
    ready = all(value in ("ok", "not used") for value in checks.values())
    return jsonify(status="ok" if ready else "unavailable", checks=checks), 200 if ready else 503
