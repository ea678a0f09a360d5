"""Licence registries: what clinnet asks, what it gets back, and the two registries it ships.

A registry answers `lookup(npi)` with a `RegistryRecord` (shaped like one result of the public
NPPES NPI Registry API v2.1, plus the standing a state board reports for each licence), with
None when it has no such NPI, or raises `RegistryUnavailable` when it cannot answer at all.
Callers must treat "unavailable" as "we do not know", never as "not found".

- `CsvRegistry` (the stub, `REGISTRY = "stub"`): a CSV file in the instance folder, re-read
  whenever it changes on disk; `install_csv` validates and replaces it atomically.
- `NppesRegistry` (`REGISTRY = "nppes"`): the NPPES-format HTTP API. NPPES lists each licence
  (state and number) but not its standing, so its licences have status None ("not reported").

A lookup over the network has a total deadline (REGISTRY_DEADLINE: connecting, retries and
reading together, however slowly the answer trickles in), and each worker process runs at most
REGISTRY_LOOKUPS_PER_WORKER of them at once; a lookup that finds no free slot does not wait, it
is "unavailable" (the application waits for a re-check), so a slow registry can never hold
every worker away from page views.
"""

from __future__ import annotations

import contextlib
import csv
import http.client
import io
import json
import os
import socket
import tempfile
import threading
import time
import unicodedata
import urllib.parse
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path
from typing import Protocol

from flask import current_app

from clinnet.verification.npi import npi_problem
from clinnet.verification.states import US_STATES


class RegistryUnavailable(RuntimeError):
    """The registry could not answer (outage, timeout, refused or garbled answer, broken file)."""


class LicenceStatus:
    ACTIVE = "active"
    EXPIRED = "expired"
    SUSPENDED = "suspended"
    REVOKED = "revoked"
    PROBATION = "probation"
    ALL = (ACTIVE, EXPIRED, SUSPENDED, REVOKED, PROBATION)


@dataclass(frozen=True)
class Basic:
    """NPPES `basic`: the name as enumerated and the NPI's status ("A" active, "D" deactivated)."""

    first_name: str = ""
    last_name: str = ""
    middle_name: str = ""
    credential: str = ""
    status: str = "A"


@dataclass(frozen=True)
class Taxonomy:
    """NPPES `taxonomies[]`: a provider taxonomy and the licence it was enumerated with."""

    code: str
    desc: str = ""
    primary: bool = False
    state: str = ""
    license: str = ""


@dataclass(frozen=True)
class Licence:
    """What a state board adds: the licence's standing and expiry (None: not reported)."""

    state: str
    number: str
    status: str | None = None
    expires: date | None = None


@dataclass(frozen=True)
class RegistryRecord:
    number: str
    enumeration_type: str  # "NPI-1" individual, "NPI-2" organisation
    basic: Basic
    taxonomies: tuple[Taxonomy, ...] = ()
    licences: tuple[Licence, ...] = ()
    # How to reach the physician out of band, and where they work (evidence for the admin).
    contact_email: str | None = None
    organization: str | None = None
    organization_domain: str | None = None
    source: str = field(default="stub", compare=False)

    def to_dict(self) -> dict:
        """A JSON-ready copy, stored with an application as evidence."""
        data = asdict(self)
        data["licences"] = [
            {**lic, "expires": lic["expires"].isoformat() if lic["expires"] else None}
            for lic in data["licences"]
        ]
        return data


class Registry(Protocol):
    name: str

    def lookup(self, npi: str) -> RegistryRecord | None: ...


# --- the CSV stub --------------------------------------------------------------------------------

CSV_COLUMNS = (
    "npi", "enumeration_type", "first_name", "middle_name", "last_name", "credential",
    "npi_status", "taxonomy_code", "taxonomy_desc", "taxonomy_primary", "license_state",
    "license_number", "license_status", "license_expires", "contact_email", "organization",
    "organization_domain",
)
# Columns that describe the NPI as a whole and must agree on every row of one NPI.
_RECORD_COLUMNS = ("enumeration_type", "first_name", "middle_name", "last_name", "credential",
                   "npi_status", "contact_email", "organization", "organization_domain")
_MAX_CELL = {"taxonomy_desc": 200, "organization": 200, "contact_email": 254,
             "organization_domain": 253, "license_number": 30}
_MAX_ROWS = 200_000


class RegistryFileError(ValueError):
    """A registry CSV that cannot be loaded; `problems` lists (line, message), line 1 = header."""

    def __init__(self, problems: list[tuple[int, str]]):
        self.problems = problems
        super().__init__("; ".join(f"line {line}: {msg}" for line, msg in problems[:5]))


def _has_control(text: str) -> bool:
    return any(unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co") for ch in text)


def _row_problems(row: dict[str, str]) -> list[str]:
    problems = []
    for column, value in row.items():
        if len(value) > _MAX_CELL.get(column, 80):
            problems.append(f"{column} is longer than {_MAX_CELL.get(column, 80)} characters")
        elif _has_control(value):
            problems.append(f"{column} holds control characters")
    npi_error = npi_problem(row["npi"])
    if npi_error:
        problems.append(f"npi {row['npi']!r} is not a valid NPI ({npi_error.lower()})")
    if row["enumeration_type"] not in ("NPI-1", "NPI-2"):
        problems.append("enumeration_type must be NPI-1 (individual) or NPI-2 (organisation)")
    if row["enumeration_type"] == "NPI-1" and not row["last_name"]:
        problems.append("last_name is empty")
    if row["npi_status"] not in ("A", "D"):
        problems.append("npi_status must be A (active) or D (deactivated)")
    code = row["taxonomy_code"]
    if not (len(code) == 10 and code.isascii() and code.isalnum() and code.isupper()):
        problems.append(f"taxonomy_code {code!r} is not a 10-character taxonomy code")
    if row["taxonomy_primary"] not in ("Y", "N"):
        problems.append("taxonomy_primary must be Y or N")
    state, number, status = row["license_state"], row["license_number"], row["license_status"]
    if state and state not in US_STATES:
        problems.append(f"license_state {state!r} is not a US state or territory code")
    if bool(state) != bool(number):
        problems.append("license_state and license_number go together")
    if number and status not in LicenceStatus.ALL:
        problems.append("license_status must be one of " + ", ".join(LicenceStatus.ALL))
    if row["license_expires"]:
        try:
            date.fromisoformat(row["license_expires"])
        except ValueError:
            problems.append(f"license_expires {row['license_expires']!r} is not a date "
                            "(YYYY-MM-DD)")
    email = row["contact_email"]
    if email and (email.count("@") != 1 or " " in email or not email.split("@")[1]):
        problems.append(f"contact_email {email!r} is not an email address")
    return problems


def _read_rows(text: str):
    reader = csv.DictReader(io.StringIO(text, newline=""), restval=None)
    header = [name.strip() for name in (reader.fieldnames or [])]
    missing = [column for column in CSV_COLUMNS if column not in header]
    if missing:
        raise RegistryFileError([(1, "missing columns: " + ", ".join(missing))])
    reader.fieldnames = header
    for row in reader:
        if None in row or any(value is None for value in row.values()):
            yield reader.line_num, None
            continue
        yield reader.line_num, {column: row[column].strip() for column in CSV_COLUMNS}


def parse_csv(text: str) -> dict[str, RegistryRecord]:
    """Parse a whole registry file; raise RegistryFileError listing every bad row by line."""
    problems: list[tuple[int, str]] = []
    rows: dict[str, list[tuple[int, dict]]] = {}
    try:
        for line, row in _read_rows(text):
            if len(problems) > 100 or line > _MAX_ROWS:
                problems.append((line, "too many problems or rows; stopped reading"))
                break
            if row is None:
                problems.append((line, f"expected {len(CSV_COLUMNS)} fields"))
                continue
            row_problems = _row_problems(row)
            problems.extend((line, message) for message in row_problems)
            if not row_problems:
                rows.setdefault(row["npi"], []).append((line, row))
    except csv.Error as exc:
        problems.append((0, f"not a readable CSV file ({exc})"))
    records = {}
    for npi, group in rows.items():
        record, group_problems = _record_from_rows(npi, group)
        problems.extend(group_problems)
        records[npi] = record
    if not records and not problems:
        problems.append((1, "the file holds no records"))
    if problems:
        raise RegistryFileError(sorted(problems))
    return records


def _record_from_rows(npi: str, group: list[tuple[int, dict]]):
    problems = []
    first_line, first = group[0]
    seen: dict[tuple[str, str], int] = {}
    for line, row in group[1:]:
        for column in _RECORD_COLUMNS:
            if row[column] != first[column]:
                problems.append((line, f"{column} differs from line {first_line} for NPI {npi}"))
    for line, row in group:
        key = (row["license_state"], row["license_number"].upper())
        if row["license_number"] and key in seen:
            problems.append((line, f"licence {key[0]} {row['license_number']} repeats line "
                                   f"{seen[key]}"))
        seen.setdefault(key, line)
    record = RegistryRecord(
        number=npi,
        enumeration_type=first["enumeration_type"],
        basic=Basic(first_name=first["first_name"], last_name=first["last_name"],
                    middle_name=first["middle_name"], credential=first["credential"],
                    status=first["npi_status"]),
        taxonomies=tuple(
            Taxonomy(code=row["taxonomy_code"], desc=row["taxonomy_desc"],
                     primary=row["taxonomy_primary"] == "Y", state=row["license_state"],
                     license=row["license_number"])
            for _, row in group
        ),
        licences=tuple(
            Licence(state=row["license_state"], number=row["license_number"],
                    status=row["license_status"],
                    expires=date.fromisoformat(row["license_expires"])
                    if row["license_expires"] else None)
            for _, row in group if row["license_number"]
        ),
        contact_email=first["contact_email"].lower() or None,
        organization=first["organization"] or None,
        organization_domain=first["organization_domain"].lower() or None,
        source="stub",
    )
    return record, problems


def decode_csv(raw: bytes) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise RegistryFileError([(0, "the file is not UTF-8 text")]) from exc


def install_csv(raw: bytes, destination: Path) -> int:
    """Validate `raw` as a registry file and atomically replace `destination` with it.

    Returns the number of NPIs. On any problem raises RegistryFileError and leaves the installed
    file untouched, so the registry never serves a half-loaded file.
    """
    records = parse_csv(decode_csv(raw))
    destination.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=destination.parent, prefix=".registry-", suffix=".csv")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(raw)
        os.replace(tmp, destination)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return len(records)


_cache: dict[str, tuple[tuple[int, int], dict[str, RegistryRecord]]] = {}
_cache_lock = threading.Lock()


class CsvRegistry:
    """The stub registry: a CSV file, re-parsed whenever its size or modification time changes
    (so `clinnet registry import` takes effect in running workers without a restart)."""

    name = "stub"

    def __init__(self, path: Path):
        self.path = Path(path)

    def records(self) -> dict[str, RegistryRecord]:
        try:
            stat = self.path.stat()
        except OSError as exc:
            raise RegistryUnavailable(
                f"the registry file {self.path.name} is missing; install one with "
                "`clinnet registry import FILE.csv`") from exc
        signature = (stat.st_mtime_ns, stat.st_size)
        key = str(self.path)
        with _cache_lock:
            cached = _cache.get(key)
            if cached and cached[0] == signature:
                return cached[1]
            try:
                records = parse_csv(decode_csv(self.path.read_bytes()))
            except (OSError, RegistryFileError) as exc:
                raise RegistryUnavailable(
                    f"the registry file {self.path.name} cannot be read: {exc}") from exc
            _cache[key] = (signature, records)
            return records

    def lookup(self, npi: str) -> RegistryRecord | None:
        return self.records().get(npi)


# --- the NPPES-format HTTP API -------------------------------------------------------------------

_MAX_RESPONSE_BYTES = 2 * 1024 * 1024


class _DeadlinePassed(Exception):
    pass


def _get(url: str, seconds: float) -> tuple[int, bytes]:
    """GET `url` and read the answer within `seconds` in all. Socket timeouts only bound each
    read, so a server trickling one byte at a time would never time out; a timer that shuts
    the socket down when the time is up bounds the whole exchange."""
    parts = urllib.parse.urlsplit(url)
    connection_class = http.client.HTTPSConnection if parts.scheme == "https" else \
        http.client.HTTPConnection
    connection = connection_class(parts.hostname, parts.port, timeout=seconds)
    expired = threading.Event()

    def expire():
        expired.set()
        if connection.sock is not None:
            with contextlib.suppress(OSError):
                connection.sock.shutdown(socket.SHUT_RDWR)

    timer = threading.Timer(seconds, expire)
    timer.daemon = True
    timer.start()
    try:
        target = parts.path or "/"
        if parts.query:
            target += "?" + parts.query
        connection.request("GET", target, headers={"Accept": "application/json",
                                                   "User-Agent": "clinnet"})
        response = connection.getresponse()
        body = response.read(_MAX_RESPONSE_BYTES + 1)
        if expired.is_set():
            raise _DeadlinePassed
        return response.status, body
    except (OSError, http.client.HTTPException) as exc:
        if expired.is_set() or isinstance(exc, TimeoutError):
            raise _DeadlinePassed from exc
        raise
    finally:
        timer.cancel()
        connection.close()


class NppesRegistry:
    """The NPPES NPI Registry API v2.1 (`GET {url}?version=2.1&number=NPI`).

    Timeouts, connection failures and 5xx answers are retried `retries` times while the
    `deadline` allows; an `Errors` body, any other HTTP error, a body that is not the documented
    JSON or the deadline passing raise RegistryUnavailable.
    """

    name = "nppes"

    def __init__(self, url: str, deadline: float = 8.0, retries: int = 1):
        if urllib.parse.urlsplit(url).scheme not in ("http", "https"):
            raise RegistryUnavailable(f"NPPES_URL must be an http(s) address, not {url!r}")
        self.url, self.deadline, self.retries = url, float(deadline), int(retries)

    def lookup(self, npi: str) -> RegistryRecord | None:
        query = urllib.parse.urlencode({"version": "2.1", "number": npi})
        separator = "&" if "?" in self.url else "?"
        with _lookup_slot():
            body = self._fetch(f"{self.url}{separator}{query}")
        return self._parse(body, npi)

    def _fetch(self, url: str) -> bytes:
        deadline = time.monotonic() + self.deadline
        problem = "no answer"
        for _attempt in range(self.retries + 1):
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                problem = "timed out"
                break
            try:
                status, body = _get(url, remaining)
            except _DeadlinePassed:
                problem = "timed out"
                continue
            except (OSError, http.client.HTTPException) as exc:
                problem = str(getattr(exc, "reason", exc)) or type(exc).__name__
                continue
            if status < 300:
                return body
            problem = f"HTTP {status}"
            if status < 500:
                break  # the same request will be refused again
        raise RegistryUnavailable(f"the NPPES registry did not answer ({problem})")

    def _parse(self, body: bytes, npi: str) -> RegistryRecord | None:
        if len(body) > _MAX_RESPONSE_BYTES:
            raise RegistryUnavailable("the NPPES registry's answer is too large")
        try:
            data = json.loads(body)
        except ValueError as exc:
            raise RegistryUnavailable("the NPPES registry's answer is not JSON") from exc
        if not isinstance(data, dict):
            raise RegistryUnavailable("the NPPES registry's answer is not the documented JSON")
        if "Errors" in data:
            errors = data["Errors"] if isinstance(data["Errors"], list) else []
            words = "; ".join(str(e.get("description", "")) for e in errors
                              if isinstance(e, dict)) or "no reason given"
            raise RegistryUnavailable(f"the NPPES registry refused the query: {words}")
        try:
            if int(data["result_count"]) == 0:
                return None
            for result in data["results"]:
                if str(result["number"]) == npi:
                    return _record_from_nppes(result)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise RegistryUnavailable(
                "the NPPES registry's answer is not the documented JSON") from exc
        return None


def _text(value) -> str:
    return str(value).strip() if value is not None else ""


def _record_from_nppes(result: dict) -> RegistryRecord:
    basic = result.get("basic") or {}
    taxonomies = tuple(
        Taxonomy(code=_text(t["code"]), desc=_text(t.get("desc")), primary=t.get("primary") is True,
                 state=_text(t.get("state")), license=_text(t.get("license")))
        for t in result.get("taxonomies") or []
    )
    licences = tuple(dict.fromkeys(
        Licence(state=t.state, number=t.license) for t in taxonomies if t.state and t.license
    ))
    # NPPES publishes no email; a Direct messaging address is the closest out-of-band contact.
    contact, organization = None, None
    for endpoint in result.get("endpoints") or []:
        address = _text(endpoint.get("endpoint"))
        if _text(endpoint.get("endpointType")).upper() == "DIRECT" and address.count("@") == 1:
            contact = address.lower()
            organization = _text(endpoint.get("affiliationName")) or None
            break
    return RegistryRecord(
        number=_text(result["number"]),
        enumeration_type=_text(result.get("enumeration_type")),
        basic=Basic(first_name=_text(basic.get("first_name")),
                    last_name=_text(basic.get("last_name")),
                    middle_name=_text(basic.get("middle_name")),
                    credential=_text(basic.get("credential")),
                    status=_text(basic.get("status")) or "A"),
        taxonomies=taxonomies,
        licences=licences,
        contact_email=contact,
        organization=organization,
        organization_domain=contact.split("@")[1] if contact else None,
        source="nppes",
    )


# --- choosing the registry -----------------------------------------------------------------------

class _Slots:
    """At most N network lookups at once in this process (N = REGISTRY_LOOKUPS_PER_WORKER)."""

    def __init__(self):
        self._lock = threading.Lock()
        self._busy = 0

    def acquire(self, limit: int) -> bool:
        with self._lock:
            if self._busy >= limit:
                return False
            self._busy += 1
            return True

    def release(self) -> None:
        with self._lock:
            self._busy -= 1


_SLOTS = _Slots()


@contextmanager
def _lookup_slot():
    if not _SLOTS.acquire(current_app.config["REGISTRY_LOOKUPS_PER_WORKER"]):
        raise RegistryUnavailable("the registry is already being asked as many questions as "
                                  "this server allows; re-check it in a moment")
    try:
        yield
    finally:
        _SLOTS.release()


def registry_csv_path() -> Path:
    """The stub's file: REGISTRY_CSV, relative to the instance folder unless absolute."""
    return Path(current_app.instance_path) / current_app.config["REGISTRY_CSV"]


def get_registry() -> Registry:
    """The registry the configuration names (REGISTRY = "stub" or "nppes")."""
    config = current_app.config
    if config["REGISTRY"] == "nppes":
        return NppesRegistry(config["NPPES_URL"], config["REGISTRY_DEADLINE"],
                             config["NPPES_RETRIES"])
    return CsvRegistry(registry_csv_path())
