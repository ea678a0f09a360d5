import re
from datetime import date

import pyotp
from click.testing import CliRunner
from sqlalchemy import create_engine, text

from clinnet.cli import cli
from clinnet.verification.demo import DEMO_CLAIMS, demo_registry_bytes
from clinnet.verification.matching import Claim, Outcome, evaluate
from clinnet.verification.npi import is_valid_npi
from clinnet.verification.registry import parse_csv
from tests.helpers import Browser, page_text
from tests.test_demo import PASSWORD

CHEAP_HASHING = {"CLINNET_PASSWORD_HASH_TIME_COST": "1", "CLINNET_PASSWORD_HASH_MEMORY_COST": "8",
                 "CLINNET_PASSWORD_HASH_PARALLELISM": "1"}


def _run_demo(instance, database_url, *args):
    env = {"CLINNET_INSTANCE_PATH": str(instance), "CLINNET_DATABASE_URL": database_url,
           **CHEAP_HASHING}
    return CliRunner().invoke(cli, ["demo", "--no-serve", *args], env=env)


def test_demo_registry_holds_every_kind_of_record_and_matches_the_demo_staff():
    records = parse_csv(demo_registry_bytes().decode())
    assert all(is_valid_npi(npi) for npi in records)
    statuses = {lic.status for r in records.values() for lic in r.licences}
    assert statuses == {"active", "expired", "revoked", "suspended", "probation"}
    assert any(not t.code.startswith(("207", "208")) for r in records.values()
               for t in r.taxonomies)
    for npi, state, number, first, last, _ in DEMO_CLAIMS.values():
        result = evaluate(Claim(npi, state, number, first, last), records[npi], date(2026, 11, 21))
        assert result.outcome == Outcome.MATCH, (last, result.reasons)


def test_demo_queue_shows_the_applicant_with_registry_evidence(tmp_path):
    url = "sqlite:///" + str(tmp_path / "demo.sqlite3")
    assert _run_demo(tmp_path, url, "--password", PASSWORD).exit_code == 0
    second = _run_demo(tmp_path, url, "--password", PASSWORD)
    assert second.exit_code == 0, second.output
    assert (tmp_path / "registry.csv").exists()

    from clinnet import create_app

    key = (tmp_path / "demo-secret-key").read_text().strip()
    app = create_app({"DEMO": True, "SECRET_KEY": key, "DATABASE_URL": url, "TESTING": True})
    with app.app_context():
        browser = Browser(app.test_client())
        browser.login("admin@clinnet.test", PASSWORD)
        secret = (tmp_path / "demo-totp-secret").read_text().strip()
        browser.post("/auth/two-factor", {"code": pyotp.TOTP(secret).now()})
        queue = browser.get("/admin/applications")
        assert "Lena Hoffmann" in page_text(queue)
        assert "Match" in page_text(queue)
        assert "Not confirmed" in page_text(queue)
        link = re.search(r'href="(/admin/applications/\d+)">Lena', queue.get_data(as_text=True))
        detail = page_text(browser.get(link.group(1)))
        assert "TX Q-7788" in detail
        assert "TX Q7788" in detail
        assert "l.hoffmann@lakeside-clinic.example" in detail
    engine = create_engine(url)
    with engine.connect() as conn:
        states = conn.execute(text(
            "SELECT state, count(*) FROM licence_applications GROUP BY state")).all()
    engine.dispose()
    assert dict(states) == {"approved": 4, "submitted": 1}


def test_the_readme_row_gives_a_newcomer_a_clean_match_nobody_has_claimed():
    """README ("Try it as a newcomer") tells a new applicant to claim this row."""
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    npi, state, number, first, last = "9990000132", "VT", "042.0077551", "Jordan", "Ellis"
    assert all(value in readme for value in (npi, number, f"{first} {last}"))
    record = parse_csv(demo_registry_bytes().decode())[npi]
    result = evaluate(Claim(npi, state, number, first, last), record, date(2026, 12, 6))
    assert result.outcome == Outcome.MATCH, result.reasons
    assert npi not in {claim[0] for claim in DEMO_CLAIMS.values()}
