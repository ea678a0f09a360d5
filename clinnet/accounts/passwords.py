"""Password policy and Argon2id hashing."""

from __future__ import annotations

import gzip
import re
from functools import lru_cache
from importlib import resources

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from flask import current_app


@lru_cache(maxsize=1)
def common_passwords() -> frozenset[str]:
    """The 19,640 most common passwords (list from Django, BSD licence; see data/README.md)."""
    data = resources.files("clinnet.accounts").joinpath("data/common-passwords.txt.gz")
    with data.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as fh:
        return frozenset(line.strip().lower() for line in fh if line.strip())


_TRAILING_NOISE = re.compile(r"[\d\W_]+$")


def policy_errors(password: str, email: str | None = None) -> list[str]:
    """Why `password` is not acceptable (an empty list when it is)."""
    config = current_app.config
    errors = []
    if len(password) < config["PASSWORD_MIN_LENGTH"]:
        errors.append(f"Use at least {config['PASSWORD_MIN_LENGTH']} characters.")
    if len(password) > config["PASSWORD_MAX_LENGTH"]:
        errors.append(f"Use at most {config['PASSWORD_MAX_LENGTH']} characters.")
    lowered = password.lower()
    if email and (lowered == email.lower() or lowered == email.split("@")[0].lower()):
        errors.append("Do not use your email address as your password.")
    stripped = _TRAILING_NOISE.sub("", lowered)
    if lowered in common_passwords() or (len(stripped) >= 4 and stripped in common_passwords()):
        errors.append("This password is too common. Choose one that is hard to guess.")
    elif len(set(password)) <= 2:
        errors.append("Use more than two different characters.")
    return errors


def _hasher() -> PasswordHasher:
    config = current_app.config
    return PasswordHasher(
        time_cost=config["PASSWORD_HASH_TIME_COST"],
        memory_cost=config["PASSWORD_HASH_MEMORY_COST"],
        parallelism=config["PASSWORD_HASH_PARALLELISM"],
    )


def hash_password(password: str) -> str:
    return _hasher().hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    """Check a password; with no hash, spend the same time so unknown emails are not revealed."""
    hasher = _hasher()
    if password_hash is None:
        password_hash = _dummy_hash(hasher)
        password = password + "\x00never-matches"
    try:
        return hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(password_hash: str) -> bool:
    return _hasher().check_needs_rehash(password_hash)


def _dummy_hash(hasher: PasswordHasher) -> str:
    cache = current_app.extensions.setdefault("clinnet.dummy_hash", {})
    key = (hasher.time_cost, hasher.memory_cost, hasher.parallelism)
    if key not in cache:
        cache[key] = hasher.hash("dummy password for timing")
    return cache[key]
