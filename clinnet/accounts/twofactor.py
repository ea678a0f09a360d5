"""TOTP (RFC 6238) and recovery codes: pure functions, no database."""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets
from datetime import datetime

import pyotp
import segno
from cryptography.fernet import Fernet, InvalidToken
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

ISSUER = "clinnet"
RECOVERY_CODE_COUNT = 10
_RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"  # no 0/o, 1/l/i to misread
_CODE_RE = re.compile(r"^\d{6}$")


def new_secret() -> str:
    """A 160-bit base32 secret (RFC 4226 recommends at least 128 bits)."""
    return pyotp.random_base32(32)


class SecretUnreadable(ValueError):
    """A stored TOTP secret cannot be decrypted: the key it was sealed with is gone."""


def _fernet(key_material: str) -> Fernet:
    # A key of its own for this one purpose, derived from the configured key material.
    key = HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
               info=b"clinnet totp secret").derive(key_material.encode())
    return Fernet(base64.urlsafe_b64encode(key))


def seal(secret: str, key_material: str) -> str:
    """Encrypt a TOTP secret for the database (AES-128-CBC + HMAC-SHA256, Fernet)."""
    return _fernet(key_material).encrypt(secret.encode()).decode()


def unseal(sealed: str, key_material: str) -> str:
    try:
        return _fernet(key_material).decrypt(sealed.encode()).decode()
    except InvalidToken as exc:
        raise SecretUnreadable("the TOTP secret was sealed with another key") from exc


def grouped(secret: str) -> str:
    """The secret in groups of four, easier to type into an authenticator app."""
    return " ".join(secret[i:i + 4] for i in range(0, len(secret), 4))


def provisioning_uri(secret: str, email: str) -> str:
    return pyotp.TOTP(secret).provisioning_uri(name=email, issuer_name=ISSUER)


def qr_data_uri(secret: str, email: str) -> str:
    """The enrolment QR code as an SVG data: URI, rendered by us (no external service)."""
    return segno.make(provisioning_uri(secret, email), error="m").svg_data_uri(scale=5)


def normalize_code(code: str) -> str:
    return re.sub(r"[\s-]", "", code or "").lower()


def matching_counter(secret: str, code: str, last_counter: int | None,
                     now: datetime) -> int | None:
    """The time step `code` belongs to (one step of clock drift allowed either way), or None.

    A step at or before `last_counter` is refused, so a code works once, even within its window.
    """
    code = normalize_code(code)
    if not _CODE_RE.match(code):
        return None
    totp = pyotp.TOTP(secret)
    current = totp.timecode(now)
    for counter in (current - 1, current, current + 1):
        if last_counter is not None and counter <= last_counter:
            continue
        if hmac.compare_digest(totp.generate_otp(counter), code):
            return counter
    return None


def new_recovery_codes() -> tuple[list[str], str]:
    """Ten fresh codes to show once, and the string of their hashes to store."""
    codes = ["".join(secrets.choice(_RECOVERY_ALPHABET) for _ in range(10))
             for _ in range(RECOVERY_CODE_COUNT)]
    codes = [f"{c[:5]}-{c[5:]}" for c in codes]
    return codes, " ".join(_hash_code(c) for c in codes)


def _hash_code(code: str) -> str:
    # Plain SHA-256 is enough: each code carries ~50 random bits, nothing to brute-force offline.
    return hashlib.sha256(normalize_code(code).encode()).hexdigest()


def use_recovery_code(stored: str | None, code: str) -> str | None:
    """The stored hashes without `code`'s, or None when `code` is not one of them."""
    hashes = (stored or "").split()
    wanted = _hash_code(code)
    for stored_hash in hashes:
        if hmac.compare_digest(stored_hash, wanted):
            hashes.remove(stored_hash)
            return " ".join(hashes)
    return None
