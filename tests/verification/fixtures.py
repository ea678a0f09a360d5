"""Verified physicians approved through the real application flow, and a registry to change
under them (re-verification tests; shared through tests/conftest.py)."""

import pytest

from clinnet.core.authz import Role
from clinnet.verification import services
from tests.helpers import make_user
from tests.verification.util import csv_text, row

PEOPLE = {  # email -> (npi, state, licence, first, last)
    "ok@example.org": ("9990000009", "NY", "200101", "Ada", "Okafor"),
    "expired@example.org": ("9990000017", "CA", "A1", "Miguel", "Santos"),
    "revoked@example.org": ("9990000025", "MA", "2", "Priya", "Raman"),
    "probation@example.org": ("9990000033", "MN", "3", "Tomas", "Lindqvist"),
    "gone@example.org": ("9990000041", "TX", "4", "Lena", "Hoffmann"),
}


def registry_rows(**standing):
    """Registry rows for PEOPLE, each licence with the given status (default active)."""
    rows = []
    for email, (npi, state, number, first, last) in PEOPLE.items():
        status = standing.get(email.split("@")[0], "active")
        if status == "gone":
            continue
        rows.append(row(npi=npi, license_state=state, license_number=number,
                        first_name=first.upper(), last_name=last.upper(),
                        license_status=status))
    return csv_text(*rows)


@pytest.fixture
def physicians(app, registry, client, users):
    """Verified physicians, approved through the real application flow."""
    registry.write_text(registry_rows(), encoding="utf-8")
    admin = users[Role.ADMIN]
    made = {}
    for email, (npi, state, number, first, last) in PEOPLE.items():
        user = make_user(Role.APPLICANT, email=email)
        services.submit(user, services.ApplicationData(npi, state, number, first, last,
                                                       "cardiology"))
        services.approve(services.application_of(user), admin, "contact confirmed by phone")
        made[email.split("@")[0]] = user
    return made


def run(app):
    return app.test_cli_runner().invoke(args=["registry", "reverify"])


