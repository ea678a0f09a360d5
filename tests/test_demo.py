from click.testing import CliRunner
from sqlalchemy import create_engine, text

from clinnet.cli import cli
from tests.helpers import Browser, page_text

PASSWORD = "demo passphrase for tests"


def _run_demo(instance, database_url, *args):
    env = {"CLINNET_INSTANCE_PATH": str(instance), "CLINNET_DATABASE_URL": database_url}
    return CliRunner().invoke(cli, ["demo", "--no-serve", *args], env=env)


def test_demo_twice_then_every_account_lands_on_its_page(tmp_path):
    url = "sqlite:///" + str(tmp_path / "demo.sqlite3")
    first = _run_demo(tmp_path, url, "--password", PASSWORD)
    assert first.exit_code == 0, first.output
    second = _run_demo(tmp_path, url, "--password", PASSWORD)
    assert second.exit_code == 0, second.output
    assert "admin@clinnet.test" in second.output

    from clinnet import create_app

    key = (tmp_path / "demo-secret-key").read_text().strip()
    app = create_app({"DEMO": True, "SECRET_KEY": key, "DATABASE_URL": url,
                      "TESTING": True})
    landing = {
        "admin@clinnet.test": "/auth/two-factor",  # staff give a code next (test below)
        "moderator@clinnet.test": "/auth/two-factor",
        "physician@clinnet.test": "/",
        "physician2@clinnet.test": "/",
        "applicant@clinnet.test": "/verification/status",
    }
    for email, expected in landing.items():
        with app.app_context():
            response = Browser(app.test_client()).login(email, PASSWORD)
        assert response.status_code == 302, (email, page_text(response))
        assert response.headers["Location"] == expected, email
    engine = create_engine(url)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM users")).scalar() == 5
    engine.dispose()


def test_demo_staff_sign_in_with_the_printed_two_factor_key(tmp_path):
    url = "sqlite:///" + str(tmp_path / "demo.sqlite3")
    result = _run_demo(tmp_path, url, "--password", PASSWORD)
    secret = (tmp_path / "demo-totp-secret").read_text().strip()
    assert secret in result.output
    code = CliRunner().invoke(cli, ["demo-code"], env={"CLINNET_INSTANCE_PATH": str(tmp_path)})
    assert code.output.strip().isdigit()

    from clinnet import create_app

    key = (tmp_path / "demo-secret-key").read_text().strip()
    app = create_app({"DEMO": True, "SECRET_KEY": key, "DATABASE_URL": url, "TESTING": True})
    with app.app_context():
        browser = Browser(app.test_client())
        assert browser.login("admin@clinnet.test", PASSWORD).headers["Location"] == \
            "/auth/two-factor"
        response = browser.post("/auth/two-factor", {"code": code.output.strip()})
        assert response.headers["Location"] == "/admin/"  # admins land on their console
        assert browser.get("/admin/").status_code == 200


def test_demo_generates_and_prints_a_password_when_none_is_given(tmp_path):
    url = "sqlite:///" + str(tmp_path / "demo.sqlite3")
    result = _run_demo(tmp_path, url)
    assert result.exit_code == 0, result.output
    password = (tmp_path / "demo-password").read_text().strip()
    assert f"password: {password}" in result.output


def test_demo_refuses_a_database_with_real_members(tmp_path):
    url = "sqlite:///" + str(tmp_path / "demo.sqlite3")
    assert _run_demo(tmp_path, url, "--password", PASSWORD).exit_code == 0
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE users SET email = 'real.doctor@hospital.org' "
                          "WHERE email = 'physician@clinnet.test'"))
    engine.dispose()
    result = _run_demo(tmp_path, url, "--password", PASSWORD)
    assert result.exit_code != 0
    assert "real.doctor@hospital.org" in result.output
    assert "clinnet demo --reset" in result.output  # says how to start over

    reset = _run_demo(tmp_path, url, "--password", PASSWORD, "--reset", "--yes")
    assert reset.exit_code == 0, reset.output
    engine = create_engine(url)
    with engine.connect() as conn:
        emails = set(conn.execute(text("SELECT email FROM users")).scalars())
    engine.dispose()
    assert "real.doctor@hospital.org" not in emails
    assert "physician@clinnet.test" in emails


def test_reset_asks_first(tmp_path):
    url = "sqlite:///" + str(tmp_path / "demo.sqlite3")
    assert _run_demo(tmp_path, url, "--password", PASSWORD).exit_code == 0
    env = {"CLINNET_INSTANCE_PATH": str(tmp_path), "CLINNET_DATABASE_URL": url}
    answer_no = CliRunner().invoke(cli, ["demo", "--no-serve", "--reset"], env=env, input="n\n")
    assert answer_no.exit_code != 0
    assert (tmp_path / "demo.sqlite3").exists()


def test_other_commands_work_on_the_demo_instance_without_exporting_anything(tmp_path):
    url = "sqlite:///" + str(tmp_path / "demo.sqlite3")
    assert _run_demo(tmp_path, url, "--password", PASSWORD).exit_code == 0
    config = (tmp_path / "config.py").read_text()
    assert "SECRET_KEY" in config
    assert (tmp_path / "config.py").stat().st_mode & 0o077 == 0
    # No secret key exported: the instance's config.py has it.
    env = {"CLINNET_INSTANCE_PATH": str(tmp_path), "CLINNET_DATABASE_URL": url}
    help_text = CliRunner().invoke(cli, ["--help"], env=env).output
    assert "audit" in help_text
    assert "registry" in help_text
    assert "worker" in help_text
    verified = CliRunner().invoke(cli, ["audit", "verify"], env=env)
    assert verified.exit_code == 0, verified.output
    assert "Audit chain intact" in verified.output


def test_a_real_instance_config_is_never_overwritten(tmp_path):
    (tmp_path / "config.py").write_text("SECRET_KEY = 'x' * 40\n")
    url = "sqlite:///" + str(tmp_path / "demo.sqlite3")
    assert _run_demo(tmp_path, url, "--password", PASSWORD).exit_code == 0
    assert (tmp_path / "config.py").read_text() == "SECRET_KEY = 'x' * 40\n"


def test_the_demo_terminal_gets_one_plain_line_per_event():
    import logging

    from clinnet.core.logging import PlainFormatter

    access = logging.makeLogRecord({
        "msg": '127.0.0.1 - - [06/Dec/2026 04:01:03] "\x1b[31mPOST /auth/reset HTTP/1.1" 400 -',
        "levelname": "INFO"})
    event = logging.makeLogRecord({"msg": "security event: %s", "args": ("csrf_failure",),
                                   "levelname": "WARNING", "method": "POST",
                                   "path": "/auth/reset"})
    lines = [PlainFormatter().format(access), PlainFormatter().format(event)]
    assert lines[1].endswith("WARNING security event: csrf_failure (POST /auth/reset)")
    assert lines[0].endswith("INFO    POST /auth/reset -> 400")  # no colour, no second time
    assert all("\n" not in line and "{" not in line for line in lines)
