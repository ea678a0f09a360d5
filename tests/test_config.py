"""Settings are declared once, typed and checked when the app starts; production refuses unsafe
defaults (issue 13 items 1, 6 and 7)."""

from pathlib import Path

import pytest
from click.testing import CliRunner

from clinnet import create_app
from clinnet.cli import cli
from clinnet.config import SETTINGS, ConfigError, configuration_markdown

STRONG_KEY = "k" * 40
PRODUCTION = {"SECRET_KEY": STRONG_KEY, "BASE_URL": "https://clinnet.example.org",
              "MAIL_BACKEND": "smtp", "SMTP_HOST": "127.0.0.1"}


@pytest.fixture
def instance(tmp_path, monkeypatch):
    monkeypatch.setenv("CLINNET_INSTANCE_PATH", str(tmp_path))
    for name in ("SECRET_KEY", "DATABASE_URL", "BASE_URL", "MAIL_BACKEND"):
        monkeypatch.delenv(f"CLINNET_{name}", raising=False)
    return tmp_path


@pytest.mark.parametrize("key", [None, "", "changeme", "short-key"])
def test_refuses_to_start_without_a_real_secret_key(instance, key):
    overrides = {} if key is None else {"SECRET_KEY": key}
    with pytest.raises(ConfigError, match="CLINNET_SECRET_KEY"):
        create_app(overrides)


def test_cli_says_what_to_fix_without_a_traceback(instance):
    env = {"CLINNET_INSTANCE_PATH": str(instance), "CLINNET_SECRET_KEY": ""}
    result = CliRunner().invoke(cli, ["audit", "verify"], env=env)
    assert result.exit_code != 0
    assert "CLINNET_SECRET_KEY is missing or too weak" in result.output
    assert "Traceback" not in result.output


def test_instance_file_then_environment_override_defaults(instance, monkeypatch):
    (instance / "config.py").write_text(
        f"SECRET_KEY = {STRONG_KEY!r}\nBASE_URL = 'https://clinnet.example.org'\n"
        "MAIL_BACKEND = 'smtp'\nSMTP_HOST = 'mail.example.org'\n"
        "SIGN_IN_MAX_DELAY_SECONDS = 600\nSIGN_IN_FREE_ATTEMPTS = 7\n")
    monkeypatch.setenv("CLINNET_SIGN_IN_FREE_ATTEMPTS", "9")
    monkeypatch.setenv("CLINNET_RATELIMITS_ENABLED", "false")
    monkeypatch.setenv("CLINNET_PHYSICIAN_TAXONOMY_PREFIXES", "207, 208,2084")
    monkeypatch.setenv("CLINNET_DATABASE_URL", "sqlite:///" + str(instance / "x.db"))
    app = create_app()
    assert app.config["SIGN_IN_MAX_DELAY_SECONDS"] == 600.0
    assert app.config["SIGN_IN_FREE_ATTEMPTS"] == 9
    assert app.config["RATELIMITS_ENABLED"] is False
    assert app.config["PHYSICIAN_TAXONOMY_PREFIXES"] == ("207", "208", "2084")
    assert app.config["SQLALCHEMY_DATABASE_URI"].endswith("x.db")
    assert app.config["SESSION_COOKIE_SECURE"] is True
    assert app.config["TRUSTED_HOSTS"] == ["clinnet.example.org"]


def test_default_database_is_sqlite_in_the_instance_folder(instance):
    app = create_app(PRODUCTION)
    assert app.config["SQLALCHEMY_DATABASE_URI"] == "sqlite:///" + str(
        instance / "clinnet.sqlite3")


@pytest.mark.parametrize(("variable", "value", "message"), [
    ("CLINNET_SIGN_IN_FREE_ATTEMPTS", "five", "must be a whole number"),
    ("CLINNET_SIGN_IN_FREE_ATTEMPTS", "0", "must be at least 1"),
    ("CLINNET_RATELIMITS_ENABLED", "maybe", "must be true or false"),
    ("CLINNET_MAIL_BACKEND", "sendmail", "must be one of console, memory, smtp"),
    ("CLINNET_RATELIMIT_LOGIN", "ten per minute", "is not a rate"),
    ("CLINNET_BASE_URL", "clinnet.example.org", "is not a valid http"),
    ("CLINNET_SQLALCHEMY_ENGINE_OPTIONS", "{}", "is set by clinnet itself"),
    ("CLINNET_TESTING", "true", "is set by clinnet itself"),  # no switching production off
    ("CLINNET_LOCKOUT_THRESHOLD", "3", "is not a clinnet setting"),  # a typo or a stale name
])
def test_wrong_values_stop_the_start_with_their_name(instance, monkeypatch, variable, value,
                                                     message):
    monkeypatch.setenv(variable, value)
    with pytest.raises(ConfigError, match=message) as caught:
        create_app(PRODUCTION)
    assert variable.removeprefix("CLINNET_") in str(caught.value)


@pytest.mark.parametrize("variable", ["CLINNET_TEST_DATABASE_URL", "CLINNET_BENCH_DATABASE_URL"])
def test_the_harness_variables_are_not_mistaken_for_typos(instance, monkeypatch, variable):
    # CI exports these while the benchmarks and tests build their own apps.
    monkeypatch.setenv(variable, "postgresql+psycopg://postgres@127.0.0.1:5432/test")
    create_app(PRODUCTION)


def test_a_wrong_type_in_the_instance_file_is_refused(instance):
    (instance / "config.py").write_text("CONTACT_CODE_ATTEMPTS = '5'\n")
    with pytest.raises(ConfigError, match="CONTACT_CODE_ATTEMPTS must be a whole number"):
        create_app(PRODUCTION)


@pytest.mark.parametrize(("change", "message"), [
    ({"BASE_URL": None}, "CLINNET_BASE_URL is not set"),
    ({"BASE_URL": "http://clinnet.example.org"}, "must be an https:// address"),
    ({"MAIL_BACKEND": "console"}, "the console mailer would print reset links"),
    ({"SMTP_HOST": None}, "CLINNET_SMTP_HOST is not set"),
    ({"RATELIMIT_STORAGE_URI": "memory://", "SERVER_WORKERS": 4}, "each would count alone"),
])
def test_production_refuses_unsafe_defaults(instance, change, message):
    with pytest.raises(ConfigError, match=message):
        create_app({**PRODUCTION, **change})


def test_one_worker_may_count_in_memory_and_the_demo_may_print_mail(instance):
    create_app({**PRODUCTION, "SERVER_WORKERS": 1})
    create_app({"DEMO": True, "SECRET_KEY": STRONG_KEY})


def test_requests_for_other_hosts_are_refused_in_production(instance):
    app = create_app(PRODUCTION)
    client = app.test_client()
    assert client.get("/healthz", headers={"Host": "clinnet.example.org"}).status_code == 200
    assert client.get("/healthz", headers={"Host": "evil.example"}).status_code == 400


def test_every_setting_is_documented_and_the_docs_are_current():
    for setting in SETTINGS:
        assert setting.doc, setting.name
        assert setting.section, setting.name
    docs = Path(__file__).resolve().parents[1] / "docs" / "configuration.md"
    assert docs.read_text() == configuration_markdown(), \
        "docs/configuration.md is stale: run `clinnet config docs > docs/configuration.md`"


def test_code_reads_no_setting_with_a_second_default():
    """Every setting has one default, in its declaration (no config.get(KEY, default))."""
    import re

    package = Path(__file__).resolve().parents[1] / "clinnet"
    pattern = re.compile(r"config\.get\(\s*\"([A-Z_]+)\"\s*,")
    names = {setting.name for setting in SETTINGS}
    offenders = [(path.name, name) for path in package.rglob("*.py")
                 for name in pattern.findall(path.read_text()) if name in names]
    assert offenders == []
