"""The `clinnet` command: thin wrappers around services (they do the work and the auditing)."""

from __future__ import annotations

import sys

import click
from flask import current_app
from flask.cli import AppGroup, FlaskGroup

from clinnet.config import ConfigError

users_cli = AppGroup("users", help="Manage member accounts.")
audit_cli = AppGroup("audit", help="Inspect the audit log.")


@users_cli.command("create-admin")
@click.argument("email")
def create_admin(email):
    """Create an admin account; the password is asked for, never taken from the command line."""
    from clinnet.accounts import services
    from clinnet.core.authz import Role

    password = click.prompt("Password", hide_input=True, confirmation_prompt=True)
    try:
        user = services.create_member(email, password, Role.ADMIN)
    except services.AccountError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"Created admin {user.email}.")


@audit_cli.command("verify")
def audit_verify():
    """Recompute the hash chain; exit 1 naming the first broken event."""
    from clinnet.audit import verify_chain

    report = verify_chain()
    if report.ok:
        click.echo(f"Audit chain intact: {report.events} events.")
        return
    click.echo(
        f"Audit chain BROKEN at event {report.first_bad_id}: {report.problem} "
        f"({report.events} events verified before it).",
        err=True,
    )
    sys.exit(1)


def register_commands(app) -> None:
    for group in (users_cli, audit_cli):
        app.cli.add_command(group)


@click.command("demo")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=5000, show_default=True, type=int)
@click.option("--password", help="Password for every demo account (default: generated once).")
@click.option("--no-serve", is_flag=True, help="Prepare the database and exit.")
def demo(host, port, password, no_serve):
    """Create and seed a demo database in the instance folder, then serve it."""
    from flask_migrate import upgrade

    from clinnet import create_app
    from clinnet import demo as demo_data
    from clinnet.config import default_instance_path

    instance = demo_data.prepare_instance(default_instance_path(), password)
    app = create_app({"DEMO": True, "SECRET_KEY": instance.secret_key})
    with app.app_context():
        upgrade()
        try:
            accounts = demo_data.seed(instance.password)
        except demo_data.DemoRefused as exc:
            raise click.ClickException(str(exc)) from exc
        click.echo(f"Demo database ready: {current_app.config['SQLALCHEMY_DATABASE_URI']}")
    click.echo(f"Demo accounts (password: {instance.password}):")
    for email, role in accounts:
        click.echo(f"  {email:28} {role.label}")
    if not no_serve:
        click.echo(f"Serving on http://{host}:{port}/ (Ctrl-C to stop)")
        # Not app.run(): Flask ignores it inside a CLI command (FLASK_RUN_FROM_CLI is set).
        from werkzeug.serving import run_simple

        run_simple(host, port, app, threaded=True)


def _create_app():
    from flask.cli import NoAppException

    from clinnet import create_app

    try:
        return create_app()
    except ConfigError as exc:  # a clear message, not a traceback
        raise NoAppException(f"configuration error: {exc}") from None


cli = FlaskGroup(create_app=_create_app, load_dotenv=False, set_debug_flag=False,
                 help="clinnet: the verified physicians' network.")
cli.add_command(demo)


def main() -> None:
    cli.main(prog_name="clinnet")
