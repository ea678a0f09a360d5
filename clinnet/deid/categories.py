"""HIPAA Safe Harbor identifier categories (45 CFR 164.514(b)(2)) as string constants."""

from __future__ import annotations

NAME = "NAME"
LOCATION = "LOCATION"
DATE = "DATE"
AGE_OVER_89 = "AGE_OVER_89"
PHONE = "PHONE"
FAX = "FAX"
EMAIL = "EMAIL"
SSN = "SSN"
MRN = "MRN"
HEALTH_PLAN = "HEALTH_PLAN"
ACCOUNT = "ACCOUNT"
LICENSE = "LICENSE"
VEHICLE = "VEHICLE"
DEVICE = "DEVICE"
URL = "URL"
IP = "IP"
BIOMETRIC = "BIOMETRIC"
OTHER_ID = "OTHER_ID"

CATEGORIES: tuple[str, ...] = (
    NAME,
    LOCATION,
    DATE,
    AGE_OVER_89,
    PHONE,
    FAX,
    EMAIL,
    SSN,
    MRN,
    HEALTH_PLAN,
    ACCOUNT,
    LICENSE,
    VEHICLE,
    DEVICE,
    URL,
    IP,
    BIOMETRIC,
    OTHER_ID,
)
