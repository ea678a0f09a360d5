import pytest
from click.testing import CliRunner

from clinnet import create_app
from clinnet.cli import cli
from clinnet.config import ConfigError


@pytest.mark.parametrize("key", [None, "", "changeme", "short-key"])
def test_refuses_to_start_without_a_real_secret_key(tmp_path, monkeypatch, key):
    monkeypatch.setenv("CLINNET_INSTANCE_PATH", str(tmp_path))
    monkeypatch.delenv("CLINNET_SECRET_KEY", raising=False)
    overrides = {} if key is None else {"SECRET_KEY": key}
    with pytest.raises(ConfigError, match="CLINNET_SECRET_KEY"):
        create_app(overrides)


def test_cli_says_what_to_fix_without_a_traceback(tmp_path):
    env = {"CLINNET_INSTANCE_PATH": str(tmp_path), "CLINNET_SECRET_KEY": ""}
    result = CliRunner().invoke(cli, ["audit", "verify"], env=env)
    assert result.exit_code != 0
    assert "CLINNET_SECRET_KEY is missing or too weak" in result.output
    assert "Traceback" not in result.output


def test_instance_file_then_environment_override_defaults(tmp_path, monkeypatch):
    (tmp_path / "config.py").write_text(
        "SECRET_KEY = 'k' * 40\nLOCKOUT_MINUTES = 30\nLOCKOUT_THRESHOLD = 7\n")
    monkeypatch.setenv("CLINNET_INSTANCE_PATH", str(tmp_path))
    monkeypatch.setenv("CLINNET_LOCKOUT_THRESHOLD", "9")
    monkeypatch.setenv("CLINNET_DATABASE_URL", "sqlite:///" + str(tmp_path / "x.db"))
    app = create_app()
    assert app.config["LOCKOUT_MINUTES"] == 30
    assert app.config["LOCKOUT_THRESHOLD"] == 9
    assert app.config["SQLALCHEMY_DATABASE_URI"].endswith("x.db")
    assert app.config["SESSION_COOKIE_SECURE"] is True


def test_default_database_is_sqlite_in_the_instance_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("CLINNET_INSTANCE_PATH", str(tmp_path))
    monkeypatch.delenv("CLINNET_DATABASE_URL", raising=False)
    app = create_app({"SECRET_KEY": "k" * 40})
    assert app.config["SQLALCHEMY_DATABASE_URI"] == "sqlite:///" + str(
        tmp_path / "clinnet.sqlite3")
