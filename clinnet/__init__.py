"""clinnet: a walled discussion network for verified physicians."""

from __future__ import annotations

from pathlib import Path

from flask import Flask

MIGRATIONS_DIR = str(Path(__file__).resolve().parent.parent / "migrations")


class Clinnet(Flask):
    """Flask, with every request run as one unit of work: one commit at its end, retried when
    another transaction got in the way (clinnet.transactions)."""

    def full_dispatch_request(self):
        from clinnet import transactions

        return transactions.dispatch(super().full_dispatch_request)


def create_app(config: dict | None = None) -> Flask:
    """Build the app: configuration, extensions, blueprints, hooks and commands; no logic."""
    from clinnet import config as settings
    from clinnet.core import routing
    from clinnet.core.uploads import UploadAwareRequest

    app = Clinnet(__name__, instance_path=settings.default_instance_path(),
                  instance_relative_config=True, static_folder="core/static",
                  template_folder="core/templates")
    app.request_class = UploadAwareRequest
    settings.load(app, config)
    routing.install(app)
    _init_extensions(app)
    _register_blueprints(app)
    _register_hooks(app)
    return app


def _init_extensions(app: Flask) -> None:
    from werkzeug.middleware.proxy_fix import ProxyFix

    from clinnet.accounts.services import load_by_session_token
    from clinnet.core import logging
    from clinnet.core.db import include_object
    from clinnet.extensions import csrf, db, login_manager, migrate

    logging.configure(app)
    if app.config["TRUSTED_PROXIES"]:
        hops = int(app.config["TRUSTED_PROXIES"])
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=hops, x_proto=hops, x_host=hops)
    db.init_app(app)
    migrate.init_app(app, db, directory=MIGRATIONS_DIR, compare_type=True, render_as_batch=True,
                     include_object=include_object)
    csrf.init_app(app)
    login_manager.init_app(app)
    login_manager.session_protection = app.config["SESSION_PROTECTION"]
    login_manager.login_view = "auth.login"
    login_manager.login_message = None
    login_manager.user_loader(load_by_session_token)


def _register_blueprints(app: Flask) -> None:
    from clinnet import health
    from clinnet.accounts import views as accounts
    from clinnet.admin import views as admin
    from clinnet.cases import views as cases
    from clinnet.core.authz import Role, public
    from clinnet.core.navigation import add_nav_item
    from clinnet.images import views as images
    from clinnet.moderation import views as moderation
    from clinnet.notifications import views as notifications
    from clinnet.privacy import views as privacy
    from clinnet.verification import views as verification

    for module in (health, accounts, notifications, verification, images, cases, moderation,
                   privacy,
                   admin):
        app.register_blueprint(module.bp)
    app.register_blueprint(verification.admin_bp)
    add_nav_item(app, "Applications", "verification_admin.queue", Role.ADMIN)
    app.register_blueprint(accounts.account_bp)
    add_nav_item(app, "Moderation", "moderation.index", Role.MODERATOR)
    add_nav_item(app, "Admin", "admin.index", Role.ADMIN)
    public(app.view_functions["static"])


def _register_hooks(app: Flask) -> None:
    from clinnet import transactions
    from clinnet.accounts import idempotency, sessions, throttle
    from clinnet.cli import register_commands
    from clinnet.core import errors, limits, templating
    from clinnet.core.authz import enforce_access
    from clinnet.core.headers import set_security_headers
    from clinnet.core.navigation import extra_nav_items
    from clinnet.notifications.views import unread_badge

    limits.init_app(app)  # after the blueprints: it wraps views marked with limits.apply
    app.before_request(sessions.check_current_session)  # expired sessions count as signed out
    app.before_request(enforce_access)
    app.before_request(sessions.guard_privileged_requests)  # staff: 2FA, recent re-auth
    app.before_request(idempotency.claim_or_replay)  # last: only requests that will run
    app.after_request(idempotency.record_outcome)
    app.after_request(throttle.set_device_cookie)
    app.after_request(set_security_headers)
    templating.register(app, extra_nav_items=extra_nav_items,
                        unread_notifications=unread_badge)
    errors.register(app)
    transactions.init_app(app)
    register_commands(app)
