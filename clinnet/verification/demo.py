"""The demo licence registry and applications (called from clinnet.demo.seed; idempotent)."""

from __future__ import annotations

import json
import shutil
from importlib import resources

from clinnet.accounts import services as accounts
from clinnet.core.db import utcnow
from clinnet.extensions import db
from clinnet.verification import services
from clinnet.verification.models import Application, ApplicationState
from clinnet.verification.registry import registry_csv_path

DEMO_REGISTRY = "demo-registry.csv"
# email -> what the member claims; every NPI is in the demo registry (fake, with valid check digits)
DEMO_CLAIMS = {
    "admin@clinnet.test": ("9990000009", "NY", "200101", "Ada", "Okafor", "internal-medicine"),
    "moderator@clinnet.test": ("9990000017", "CA", "A123456", "Miguel", "Santos",
                               "emergency-medicine"),
    "physician@clinnet.test": ("9990000025", "MA", "245678", "Priya", "Raman", "cardiology"),
    "physician2@clinnet.test": ("9990000033", "MN", "54321", "Tomas", "Lindqvist", "neurology"),
    # Waits in the admin queue: a registry match, contact not yet confirmed.
    "applicant@clinnet.test": ("9990000041", "TX", "Q-7788", "Lena", "Hoffmann",
                               "family-medicine"),
}
APPLICANT = "applicant@clinnet.test"


def demo_registry_bytes() -> bytes:
    return resources.files("clinnet.verification").joinpath("data", DEMO_REGISTRY).read_bytes()


def seed_registry() -> None:
    """Install the demo registry file unless the instance already has one."""
    path = registry_csv_path()
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        with resources.as_file(resources.files("clinnet.verification").joinpath(
                "data", DEMO_REGISTRY)) as source:
            shutil.copyfile(source, path)


def seed_applications() -> None:
    """Approved applications for the demo staff, and a submitted one for the applicant."""
    for email, claim in DEMO_CLAIMS.items():
        user = accounts.find_by_email(email)
        if user is None or services.application_of(user) is not None:
            continue
        data = services.ApplicationData(*claim)
        if email == APPLICANT:
            services.submit(user, data)
            continue
        check = services.check_claim(data.claim, user.email)
        now = utcnow()
        db.session.add(Application(
            user_id=user.id, **vars(data), claimed_npi=data.npi,
            state=ApplicationState.APPROVED, outcome=check.outcome,
            evidence=json.dumps(check.evidence, ensure_ascii=False), checked_at=now,
            contact_email=check.record.contact_email if check.record else None,
            contact_confirmed_at=now, code_attempts=0, code_sends=0,
            override_reason="Demo account", decided_at=now, submitted_at=now))
    db.session.commit()
