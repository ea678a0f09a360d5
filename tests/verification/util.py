"""Helpers for verification tests: registry rows and the application form."""

from __future__ import annotations

import re

from clinnet.notifications.mail import outbox
from clinnet.verification.registry import CSV_COLUMNS

HEADER = ",".join(CSV_COLUMNS)

# The demo registry's active family physician whom tests apply as (see data/demo-registry.csv).
LENA = {"npi": "9990000041", "license_state": "TX", "license_number": "Q7788",
        "first_name": "Lena", "last_name": "Hoffmann", "specialty": "family-medicine"}
LENA_CONTACT = "l.hoffmann@lakeside-clinic.example"


def row(**overrides) -> str:
    values = {
        "npi": "9990000009", "enumeration_type": "NPI-1", "first_name": "ADA",
        "middle_name": "", "last_name": "OKAFOR", "credential": "MD", "npi_status": "A",
        "taxonomy_code": "207R00000X", "taxonomy_desc": "Internal Medicine",
        "taxonomy_primary": "Y", "license_state": "NY", "license_number": "200101",
        "license_status": "active", "license_expires": "2030-06-30",
        "contact_email": "ada@mercy.example", "organization": "Mercy",
        "organization_domain": "mercy.example",
    }
    values.update(overrides)
    return ",".join(values[column] for column in CSV_COLUMNS)


def csv_text(*rows: str) -> str:
    return "\n".join([HEADER, *rows]) + "\n"


def last_code(to: str | None = None) -> str:
    mails = [m for m in outbox() if to is None or m.to == to]
    assert mails, "no code was mailed"
    return re.search(r"application page: (\d{6})", mails[-1].body).group(1)
