"""clinnet.deid: find HIPAA Safe Harbor identifiers in clinical case text.

Pure Python, no dependencies beyond the standard library. The public API::

    scan(text, colleagues=()) -> list[Finding]
    suggest(finding) -> str
    redact(text, findings=None) -> str
"""

from __future__ import annotations

from .categories import (
    ACCOUNT,
    AGE_OVER_89,
    BIOMETRIC,
    CATEGORIES,
    DATE,
    DEVICE,
    EMAIL,
    FAX,
    HEALTH_PLAN,
    IP,
    LICENSE,
    LOCATION,
    MRN,
    NAME,
    OTHER_ID,
    PHONE,
    SSN,
    URL,
    VEHICLE,
)
from .colleagues import Colleague
from .finding import Finding
from .replace import redact, suggest
from .scanner import scan

__all__ = [
    "ACCOUNT",
    "AGE_OVER_89",
    "BIOMETRIC",
    "CATEGORIES",
    "DATE",
    "DEVICE",
    "EMAIL",
    "FAX",
    "HEALTH_PLAN",
    "IP",
    "LICENSE",
    "LOCATION",
    "MRN",
    "NAME",
    "OTHER_ID",
    "PHONE",
    "SSN",
    "URL",
    "VEHICLE",
    "Colleague",
    "Finding",
    "redact",
    "scan",
    "suggest",
]
