"""Issue 13 item 12: `clinnet db backup` makes an online copy of a SQLite database; a restored
copy passes `clinnet audit verify`; on a copy restored with another SECRET_KEY, staff sign-in
says what happened instead of answering 500; an operator resets the member's two-factor."""

import shutil
import sqlite3

import pytest
from click.testing import CliRunner
from flask_migrate import upgrade

from clinnet import create_app
from clinnet.accounts import services as accounts
from clinnet.cli import cli
from clinnet.core.authz import Role
from clinnet.extensions import db
from tests.conftest import TEST_SECRET_KEY, base_config
from tests.helpers import Browser, enrol_two_factor, make_user, page_text, totp_code

OTHER_KEY = "another-secret-key-that-is-long-enough-9876543210"


@pytest.fixture
def live(tmp_path):
    """A SQLite instance of its own with a member, audit events and a staff member with 2FA."""
    instance = tmp_path / "live"
    instance.mkdir()
    app = create_app(base_config(f"sqlite:///{instance / 'clinnet.sqlite3'}", instance))
    with app.app_context():
        upgrade()
        make_user(Role.PHYSICIAN, email="doc@example.org")
        admin = make_user(Role.ADMIN, email="admin@example.org")
        enrol_two_factor(admin)
        db.session.remove()
    yield app, instance
    with app.app_context():
        db.engine.dispose()


def cli_env(instance, key=TEST_SECRET_KEY) -> dict:
    return {"CLINNET_INSTANCE_PATH": str(instance), "CLINNET_SECRET_KEY": key,
            "CLINNET_BASE_URL": "https://clinnet.example.org", "CLINNET_MAIL_BACKEND": "smtp",
            "CLINNET_SMTP_HOST": "127.0.0.1"}


def test_backup_restore_and_verify_the_audit_chain(live, tmp_path):
    _, instance = live
    backup = tmp_path / "backups" / "clinnet-2026-12-06.sqlite3"
    made = CliRunner().invoke(cli, ["db", "backup", str(backup)], env=cli_env(instance))
    assert made.exit_code == 0, made.output
    assert "Keep SECRET_KEY" in made.output
    with sqlite3.connect(backup) as copy:
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert copy.execute("PRAGMA journal_mode").fetchone() == ("delete",)  # one file
        assert copy.execute("SELECT count(*) FROM users").fetchone() == (2,)

    restored = tmp_path / "restored"
    restored.mkdir()
    shutil.copy(backup, restored / "clinnet.sqlite3")
    verified = CliRunner().invoke(cli, ["audit", "verify"], env=cli_env(restored))
    assert verified.exit_code == 0, verified.output
    assert "Audit chain intact" in verified.output


def test_backup_refuses_to_overwrite_the_database_and_postgres(live):
    _, instance = live
    itself = CliRunner().invoke(cli, ["db", "backup", str(instance / "clinnet.sqlite3")],
                                env=cli_env(instance))
    assert itself.exit_code != 0
    assert "must not overwrite the database itself" in itself.output
    env = {**cli_env(instance), "CLINNET_DATABASE_URL": "postgresql+psycopg://x@127.0.0.1/x"}
    postgres = CliRunner().invoke(cli, ["db", "backup", "/tmp/x.sqlite3"], env=env)  # noqa: S108
    assert "pg_dump" in postgres.output


def test_staff_sign_in_on_a_copy_restored_with_another_key_is_a_clear_message(live, tmp_path):
    app, instance = live
    with app.app_context():
        admin = accounts.find_by_email("admin@example.org")
        code = totp_code(admin)
        db.session.remove()
    restored = create_app({**base_config(app.config["SQLALCHEMY_DATABASE_URI"], instance),
                           "SECRET_KEY": OTHER_KEY})
    with restored.app_context():
        browser = Browser(restored.test_client())
        assert browser.login("admin@example.org").headers["Location"] == "/auth/two-factor"
        response = browser.post("/auth/two-factor", {"code": code})
        assert response.status_code == 200
        assert "encrypted with a different key" in page_text(response)
        assert "Ask an administrator to reset your two-factor sign-in" in page_text(response)

        result = CliRunner().invoke(cli, ["users", "reset-two-factor", "admin@example.org"],
                                    env=cli_env(instance, OTHER_KEY))
        assert result.exit_code == 0, result.output
        db.session.expire_all()
        assert browser.login("admin@example.org").headers["Location"] == \
            "/account/two-factor"  # staff enrol again, with this server's key
        db.session.remove()
        db.engine.dispose()
