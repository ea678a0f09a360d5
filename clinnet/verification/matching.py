"""Matching an applicant's claim against a registry record: pure functions, no Flask, no database.

Each rule returns the reasons it fails, in words an admin can act on; `evaluate` runs them all so
the admin sees every problem at once, not just the first.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from clinnet.verification.registry import Licence, LicenceStatus, RegistryRecord


class Outcome:
    MATCH = "match"
    MISMATCH = "mismatch"
    NOT_FOUND = "not_found"
    UNAVAILABLE = "unavailable"


DEFAULT_PHYSICIAN_TAXONOMIES = ("207", "208")  # allopathic & osteopathic physicians (NUCC)


@dataclass(frozen=True)
class Claim:
    npi: str
    license_state: str
    license_number: str
    first_name: str
    last_name: str


@dataclass(frozen=True)
class Reason:
    field: str  # which claimed or registry field it is about (for highlighting)
    text: str


@dataclass(frozen=True)
class CheckResult:
    outcome: str
    reasons: tuple[Reason, ...] = ()
    licence: Licence | None = None  # the registry's licence that the claim names, if any


_NAME_PUNCTUATION = re.compile("[\\s\\-'`.\u2018\u2019]+")  # incl. typographic apostrophes


def fold_name(name: str) -> str:
    """Compare names the way people write them: case, accents, spaces, hyphens and apostrophes
    do not matter ("O'Brien-Núñez" == "obriennunez")."""
    decomposed = unicodedata.normalize("NFKD", name)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _NAME_PUNCTUATION.sub("", stripped.casefold())


def normalise_licence_number(number: str) -> str:
    """Boards and applicants write "a-001234", "A 1234" and "A1234" for one licence."""
    compact = re.sub(r"[\s\-./]+", "", number.upper())
    return re.sub(r"^([A-Z]*)0+(?=\d)", r"\1", compact)


def last_name_reasons(claim: Claim, record: RegistryRecord) -> list[Reason]:
    if fold_name(claim.last_name) == fold_name(record.basic.last_name):
        return []
    return [Reason("last_name", f"last name '{claim.last_name}' does not match the registry's "
                                f"'{record.basic.last_name}'")]


def first_name_matches(claimed: str, registered: str) -> bool:
    """Equal, or one of them is the other's initial ("J." for "James")."""
    mine, theirs = fold_name(claimed), fold_name(registered)
    if not mine or not theirs:
        return False
    if mine == theirs:
        return True
    return (len(mine) == 1 or len(theirs) == 1) and mine[0] == theirs[0]


def first_name_reasons(claim: Claim, record: RegistryRecord) -> list[Reason]:
    if first_name_matches(claim.first_name, record.basic.first_name):
        return []
    return [Reason("first_name", f"first name '{claim.first_name}' does not match the "
                                 f"registry's '{record.basic.first_name}'")]


def enumeration_reasons(record: RegistryRecord) -> list[Reason]:
    reasons = []
    if record.enumeration_type != "NPI-1":
        reasons.append(Reason("enumeration_type", "the NPI belongs to an organisation, not to an "
                                                  "individual"))
    if record.basic.status != "A":
        reasons.append(Reason("npi_status", "the NPI is deactivated in the registry"))
    return reasons


def find_licence(record: RegistryRecord, state: str, number: str) -> Licence | None:
    wanted = (state.upper(), normalise_licence_number(number))
    for licence in record.licences:
        if (licence.state.upper(), normalise_licence_number(licence.number)) == wanted:
            return licence
    return None


def licence_standing_reasons(licence: Licence, today: date) -> list[Reason]:
    """Why a licence the registry lists does not allow practice today (empty if it does)."""
    name = f"licence {licence.state} {licence.number}"
    if licence.status is None:
        return [Reason("license_status", f"the registry does not report the standing of {name}; "
                                         "check it with the state board")]
    if licence.status != LicenceStatus.ACTIVE:
        word = "on probation" if licence.status == LicenceStatus.PROBATION else licence.status
        return [Reason("license_status", f"{name} is {word}")]
    if licence.expires is not None and licence.expires < today:
        return [Reason("license_expires", f"{name} expired on {licence.expires.isoformat()}")]
    return []


def licence_reasons(claim: Claim, record: RegistryRecord,
                    today: date) -> tuple[list[Reason], Licence | None]:
    licence = find_licence(record, claim.license_state, claim.license_number)
    if licence is None:
        listed = ", ".join(f"{lic.state} {lic.number}" for lic in record.licences) or "none"
        return [Reason("license_number",
                       f"licence {claim.license_state} {claim.license_number} is not among the "
                       f"record's licences (it lists: {listed})")], None
    return licence_standing_reasons(licence, today), licence


def is_physician_taxonomy(code: str, prefixes=DEFAULT_PHYSICIAN_TAXONOMIES) -> bool:
    return any(code.upper().startswith(prefix.upper()) for prefix in prefixes)


def taxonomy_reasons(record: RegistryRecord,
                     prefixes=DEFAULT_PHYSICIAN_TAXONOMIES) -> list[Reason]:
    if any(is_physician_taxonomy(t.code, prefixes) for t in record.taxonomies):
        return []
    listed = ", ".join(f"{t.code} {t.desc}".strip() for t in record.taxonomies) or "none"
    return [Reason("taxonomy", f"no physician taxonomy in the record (it lists: {listed})")]


def evaluate(claim: Claim, record: RegistryRecord | None, today: date,
             prefixes=DEFAULT_PHYSICIAN_TAXONOMIES) -> CheckResult:
    """Check the claim against the record with every rule; `match` only if none fails."""
    if record is None:
        return CheckResult(Outcome.NOT_FOUND, (Reason("npi", f"the registry has no NPI "
                                                             f"{claim.npi}"),))
    reasons = [*enumeration_reasons(record), *last_name_reasons(claim, record),
               *first_name_reasons(claim, record)]
    licence_problems, licence = licence_reasons(claim, record, today)
    reasons += licence_problems
    reasons += taxonomy_reasons(record, prefixes)
    outcome = Outcome.MISMATCH if reasons else Outcome.MATCH
    return CheckResult(outcome, tuple(reasons), licence)


def email_domain_matches(email: str, record: RegistryRecord) -> bool | None:
    """Does the account's email domain belong to the record's organisation (or its contact)?

    None when the registry names no domain to compare with.
    """
    domains = {d for d in (record.organization_domain,
                           record.contact_email.split("@")[1] if record.contact_email else None)
               if d}
    if not domains:
        return None
    mine = email.rsplit("@", 1)[-1].lower()
    return any(mine == d or mine.endswith("." + d) for d in domains)
