"""clinnet.deid: find HIPAA Safe Harbor identifiers in clinical case text.

Pure Python, no dependencies beyond the standard library. The public API::

    scan(text, colleagues=()) -> list[Finding]
    check_words(text, findings) -> list[CheckWord]   (the editor's "check these words")
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
from .check_words import CheckWord, check_words
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
    "CheckWord",
    "Colleague",
    "Finding",
    "check_words",
    "redact",
    "scan",
    "suggest",
]
