"""The `clinnet` command: thin wrappers around services (they do the work and the auditing)."""

from __future__ import annotations

import sys

import click
from flask import current_app
from flask.cli import AppGroup, FlaskGroup, with_appcontext

from clinnet.config import ConfigError

users_cli = AppGroup("users", help="Manage member accounts.")
config_cli = click.Group("config", help="The settings clinnet understands.")
audit_cli = AppGroup("audit", help="Inspect the audit log.")
registry_cli = AppGroup("registry", help="The licence registry and re-verification.")
images_cli = AppGroup("images", help="Uploaded images: expiry and re-scans.")
mail_cli = AppGroup("mail", help="Notification mails and digests.")


def _enqueued(path: str, *args) -> bool:
    """--enqueue: hand the job to the queue and say so; False when jobs run in-process (then
    the command does the work itself, in the foreground)."""
    from clinnet import jobs

    if not jobs.is_queued():
        click.echo("No job queue is configured (CLINNET_JOBS_REDIS_URL); running it here.")
        return False
    jobs.enqueue(path, *args)
    click.echo(f"Queued {path}; a `clinnet worker` runs it.")
    return True


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


@users_cli.command("reset-two-factor")
@click.argument("email")
def reset_two_factor(email):
    """Remove a member's two-factor sign-in (e.g. after restoring a backup without its key);
    their sessions end and staff must enrol again before using their pages."""
    from clinnet.accounts import services

    user = services.find_by_email(email)
    if user is None:
        raise click.ClickException(f"No account uses {email}.")
    services.reset_two_factor(user)
    click.echo(f"Two-factor sign-in of {user.email} is reset; they enrol again at the next "
               "sign-in.")


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


@click.group("deid", help="Find HIPAA Safe Harbor identifiers in text (scan and bench need no "
             "database); re-scan published posts (rescan).")
def deid_cli():
    pass


@deid_cli.command("scan")
@click.argument("source", default="-", type=click.Path(allow_dash=True, dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the findings as JSON.")
@click.option("--jsonl", is_flag=True,
              help='Batch: read lines {"id", "text"}, write one line of findings per input line.')
def deid_scan(source, as_json, jsonl):
    """Print the identifiers found in SOURCE (a file, or - for standard input)."""
    import json

    from clinnet.deid import scan
    from clinnet.deid.batch import findings_as_json, format_findings, scan_jsonl

    stream = click.open_file(source, "rb")
    with stream:
        if jsonl:
            failed = scan_jsonl(stream, sys.stdout, sys.stderr)
            if failed:
                sys.exit(1)
            return
        data = stream.read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise click.ClickException(
            f"{source}: not UTF-8 text (byte {exc.start}); convert it first") from None
    findings = scan(text)
    if as_json:
        click.echo(json.dumps(findings_as_json(findings), ensure_ascii=False))
    else:
        click.echo(format_findings(text, findings))


@deid_cli.command("bench")
@click.argument("corpus", type=click.Path(exists=True, dir_okay=False))
@click.option("--by-category", is_flag=True, help="Also break scores down by gold category.")
@click.option("--misses", default=0, type=click.IntRange(min=0),
              help="Show the first N misses and false alarms with context.")
def deid_bench(corpus, by_category, misses):
    """Score the detector on a gold corpus (the format of shared/corpora/*/gold.jsonl)."""
    from clinnet.deid.bench import format_report, load_corpus, run_benchmark

    try:
        notes = load_corpus(corpus)
    except ValueError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(format_report(run_benchmark(notes), by_category=by_category, misses=misses))


@deid_cli.command("golden")
@click.argument("corpora", nargs=-1, type=click.Path(exists=True, dir_okay=False))
@click.option("--update", is_flag=True, help="Rewrite the golden files (the change is meant).")
def deid_golden(corpora, update):
    """Compare the detector's findings on the invented bench sets with their golden files
    (bench/data/golden/); --update rewrites them. Default: every bench/data/*.jsonl set."""
    from pathlib import Path

    from clinnet.deid import golden

    paths = [Path(c) for c in corpora] or sorted(
        (Path(__file__).resolve().parent.parent / "bench" / "data").glob("physician_cases*.jsonl"))
    if not paths:
        raise click.ClickException("No bench sets found; name them on the command line.")
    failed = False
    for path in paths:
        if update:
            click.echo(f"{path.name}: {golden.update(path)} finding(s) changed; golden file "
                       "rewritten")
            continue
        lines = golden.check(path)
        click.echo(f"{path.name}: {'same output' if not lines else f'{len(lines)} change(s)'}")
        for line in lines:
            click.echo("  " + line)
        failed = failed or bool(lines)
    if failed:
        raise click.ClickException("the detector's output changed; if that is meant, run "
                                   "`clinnet deid golden --update` and commit the diff")


@deid_cli.command("train")
@click.argument("corpora", nargs=-1, type=click.Path(exists=True, dir_okay=False))
@click.option("--margin", default=4.0, show_default=True, type=float,
              help="How far a name or place must score above 'not an identifier'.")
@click.option("--epochs", default=8, show_default=True, type=click.IntRange(min=1))
@click.option("--out", type=click.Path(dir_okay=False), default=None,
              help="Where to write the model (default: the one the package ships).")
def deid_train(corpora, margin, epochs, out):
    """Train the context model (clinnet/deid/data/context_model.json) on the annotated bench
    sets of this repository. Default: every bench/data/physician_cases*.jsonl. The same sets
    give the same file."""
    from pathlib import Path

    from clinnet.deid import context_model

    root = Path(__file__).resolve().parent.parent
    paths = [Path(c) for c in corpora] or sorted((root / "bench" / "data").glob(
        "physician_cases*.jsonl"), key=_bench_order)
    if not paths:
        raise click.ClickException("No bench sets found; name them on the command line.")
    try:
        text = context_model.train_files(paths, root, margin=margin, epochs=epochs)
    except (ValueError, KeyError) as exc:
        raise click.ClickException(f"cannot train: {exc}") from None
    out = Path(out) if out else root / "clinnet" / "deid" / "data" / context_model.MODEL_FILE
    out.write_text(text, encoding="utf-8")
    click.echo(f"trained on {len(paths)} set(s); wrote {out} ({len(text) // 1024} KB)")


def _bench_order(path):
    """physician_cases.jsonl, then _2, _3 ... in number order."""
    stem = path.stem.rpartition("_")[2]
    return int(stem) if stem.isdigit() else 1


@registry_cli.command("import")
@click.argument("file", type=click.File("rb"))
def registry_import(file):
    """Validate a registry CSV and install it as the stub registry (all or nothing)."""
    from clinnet.verification.registry import RegistryFileError, install_csv, registry_csv_path

    destination = registry_csv_path()
    try:
        count = install_csv(file.read(), destination)
    except RegistryFileError as exc:
        for line, message in exc.problems:
            click.echo(f"line {line}: {message}" if line else message, err=True)
        raise click.ClickException(
            f"{len(exc.problems)} problem(s) found; nothing was loaded.") from exc
    click.echo(f"Installed {count} NPI record(s) into {destination}.")


@registry_cli.command("reverify")
@click.option("--enqueue", is_flag=True, help="Run it as a background job (clinnet worker).")
def registry_reverify(enqueue):
    """Re-check every verified physician's licence; suspend those no longer valid."""
    from clinnet import tasks
    from clinnet.verification.registry import RegistryUnavailable

    if enqueue and _enqueued("clinnet.tasks.reverify"):
        return

    def progress(items):
        with click.progressbar(items, label="Re-verifying licences",
                               show_pos=True) as bar:
            yield from bar

    try:
        summary = tasks.reverify(progress)
    except RegistryUnavailable as exc:
        click.echo(f"The licence registry is unavailable ({exc}). Nobody was suspended; "
                   "run this again later.", err=True)
        sys.exit(2)
    click.echo(f"Checked {summary.checked} verified physician(s): {summary.still_valid} still "
               f"valid, {len(summary.suspended)} suspended, {summary.already_suspended} "
               f"already suspended, {len(summary.reinstated)} reinstated.")
    for email, reason in summary.suspended:
        click.echo(f"  suspended {email}: {reason}")
    for email in summary.reinstated:
        click.echo(f"  reinstated {email}: the licence is in good standing again")
    for email, warning in summary.warnings:
        click.echo(f"  warning {email}: {warning}")


@deid_cli.command("rescan")
@click.option("--batch-size", default=200, show_default=True, type=click.IntRange(1, 5000))
@click.option("--restart", is_flag=True, help="Start from the first post, not the checkpoint.")
@click.option("--enqueue", is_flag=True, help="Run it as a background job (clinnet worker).")
@click.option("--no-images", is_flag=True,
              help="Text only: do not re-read published images (OCR and faces).")
@with_appcontext
def deid_rescan(batch_size, restart, enqueue, no_images):
    """Re-scan every published post with the current detector; file a system PHI flag (which
    hides the post) for each post with new findings. Then re-read the images read by older
    detectors: new regions take the image out of sight and flag its case. Resumable: stops
    and starts at a checkpoint."""
    from clinnet import tasks
    from clinnet.moderation import services

    if enqueue and _enqueued("clinnet.tasks.rescan", batch_size, restart):
        return
    total = services.rescan_remaining(services.rescan_checkpoint(restart=restart))
    with click.progressbar(length=total, label="Re-scanning published posts") as bar:
        scanned_all, flagged = tasks.rescan(batch_size, restart, on_batch=bar.update)
    plural = "" if scanned_all == 1 else "s"
    click.echo(f"Scanned {scanned_all} post{plural}; {flagged} flagged for review "
               "in this run.")
    if no_images:
        return
    from clinnet.images import services as images

    with click.progressbar(length=len(images.rescan_candidates()),
                           label="Re-reading published images") as bar:
        read, found = tasks.rescan_images(on_image=bar.update)
    click.echo(f"Re-read {read} image(s); {found} with new regions to mask (out of sight "
               "until masked).")


@images_cli.command("purge")
@with_appcontext
def images_purge():
    """Delete uploads never finished (IMAGES_DRAFT_HOURS) and the images of posts left as
    drafts (IMAGES_ABANDONED_DAYS), with every stored file. Run it from cron, e.g. hourly."""
    from clinnet.extensions import db
    from clinnet.images import services

    counts = services.purge_expired()
    db.session.commit()
    click.echo(f"Deleted {counts['unfinished']} unfinished upload(s) and {counts['abandoned']} "
               "image(s) of abandoned drafts.")


@images_cli.command("rescan")
@click.option("--all", "everything", is_flag=True,
              help="Re-read every finished image, not only those read by older detectors.")
@with_appcontext
def images_rescan(everything):
    """Re-run OCR and face detection on finished images; list the posts with new regions."""
    from clinnet.extensions import db
    from clinnet.images import services

    ids = services.rescan_candidates(everything)
    posts = set()
    with click.progressbar(ids, label="Re-scanning images") as bar:
        for image_id in bar:
            image = db.session.get(services.Image, image_id)
            if services.rescan(image):
                posts.add((image.kind, image.post_id))
            db.session.commit()
    click.echo(f"Re-scanned {len(ids)} image(s); {len(posts)} post(s) have new regions to mask.")
    for kind, post_id in sorted(posts):
        click.echo(f"  {kind} {post_id}")


@mail_cli.command("digests")
@click.option("--frequency", type=click.Choice(["daily", "weekly", "both"]), default="both",
              show_default=True)
@click.option("--enqueue", is_flag=True, help="Run it as a background job (clinnet worker).")
def mail_digests(frequency, enqueue):
    """Send the digests that are due (run it hourly from cron: each member gets theirs once
    a day or a week)."""
    from clinnet import tasks

    for kind in ("daily", "weekly") if frequency == "both" else (frequency,):
        if enqueue and _enqueued("clinnet.tasks.send_digests", kind):
            continue
        run = tasks.send_digests(kind)
        click.echo(f"{kind} digests: {run.mails} mail(s) for {run.members} member(s), "
                   f"{run.notifications} notification(s).")


@click.command("worker")
@click.option("--burst", is_flag=True, help="Stop once the queue is empty.")
@with_appcontext
def worker(burst):
    """Run background jobs from the Redis queue (mails, digests, re-scans, re-verification)."""
    from clinnet import jobs

    if not jobs.is_queued():
        raise click.ClickException(
            "No job queue is configured: set CLINNET_JOBS_REDIS_URL (e.g. "
            "redis://127.0.0.1:6379/1). Without it jobs run in the process that asks for them.")
    click.echo(f"Worker on queue {current_app.config['JOBS_QUEUE']!r}; Ctrl-C to stop.")
    jobs.work(burst=burst)


@config_cli.command("docs")
def config_docs():
    """Print docs/configuration.md, generated from the declarations in clinnet/config.py."""
    from clinnet.config import configuration_markdown

    click.echo(configuration_markdown(), nl=False)


def register_commands(app) -> None:
    from flask_migrate.cli import db as db_cli

    from clinnet.maintenance import backup_command, prune_command

    for command in (users_cli, audit_cli, registry_cli, deid_cli, images_cli, mail_cli,
                    worker):
        app.cli.add_command(command)
    # Flask-Migrate's `db` group gains the operator's backup and clean-up commands.
    db_cli.add_command(backup_command)
    db_cli.add_command(prune_command)


@click.command("demo")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=5000, show_default=True, type=int)
@click.option("--password", help="Password for every demo account (default: generated once).")
@click.option("--no-serve", is_flag=True, help="Prepare the database and exit.")
@click.option("--reset", is_flag=True,
              help="Delete everything in the demo's database first, then start over.")
@click.option("--yes", is_flag=True, help="With --reset: do not ask for confirmation.")
def demo(host, port, password, no_serve, reset, yes):
    """Create and seed a demo database in the instance folder, then serve it."""
    from flask_migrate import upgrade

    from clinnet import create_app
    from clinnet import demo as demo_data
    from clinnet.config import default_instance_path

    instance = demo_data.prepare_instance(default_instance_path(), password)
    app = create_app({"DEMO": True, "SECRET_KEY": instance.secret_key,
                      "BASE_URL": f"http://{host}:{port}"})
    with app.app_context():
        url = current_app.config["SQLALCHEMY_DATABASE_URI"]
        if reset:
            if not yes:
                click.confirm(f"Delete everything in {url} and start a fresh demo?",
                              abort=True)
            demo_data.reset_database()
            click.echo(f"Deleted the demo database {url}.")
        upgrade()
        mail_backend = app.config["MAIL_BACKEND"]
        app.config["MAIL_BACKEND"] = "memory"  # the seed's own mails are not news
        try:
            accounts = demo_data.seed(instance.password, instance.totp_secret)
        except demo_data.DemoRefused as exc:
            raise click.ClickException(str(exc)) from exc
        finally:
            app.config["MAIL_BACKEND"] = mail_backend
            app.extensions.pop("clinnet.outbox", None)
        click.echo(f"Demo database ready: {url}")
    click.echo(f"Demo accounts (password: {instance.password}):")
    for email, role in accounts:
        click.echo(f"  {email:28} {role.label}")
    click.echo("Admin and moderator sign in with two-factor codes. Add this key to an "
               f"authenticator app: {instance.totp_secret}")
    click.echo("  (or print the current code with `clinnet demo-code`)")
    click.echo("Mails are printed here, framed. Other commands (`clinnet --help`) work on this "
               "instance folder as they are.")
    if not no_serve:
        click.echo(f"Serving on http://{host}:{port}/ (Ctrl-C to stop)")
        # Not app.run(): Flask ignores it inside a CLI command (FLASK_RUN_FROM_CLI is set).
        from werkzeug import serving

        from clinnet.core.logging import plain_terminal

        plain_terminal(app)
        serving._log_add_style = False  # plain text: no colour codes in the demo's terminal
        serving.run_simple(host, port, app, threaded=True)


def _create_app():
    from flask.cli import NoAppException

    from clinnet import create_app

    try:
        # Commands (migrations, re-scans) may run long statements; web requests may not.
        return create_app({"DATABASE_STATEMENT_TIMEOUT": 0.0})
    except ConfigError as exc:  # a clear message, not a traceback
        raise NoAppException(f"configuration error: {exc}") from None


cli = FlaskGroup(create_app=_create_app, load_dotenv=False, set_debug_flag=False,
                 help="clinnet: the verified physicians' network.")
cli.add_command(demo)
# The detector needs no app (and so no secret key): reachable as `clinnet deid` anywhere.
cli.add_command(deid_cli)
cli.add_command(config_cli)


@click.command("demo-code")
def demo_code():
    """Print the current two-factor code of the demo's admin and moderator accounts."""
    from clinnet import demo as demo_data
    from clinnet.config import default_instance_path

    try:
        click.echo(demo_data.current_code(default_instance_path()))
    except FileNotFoundError as exc:
        raise click.ClickException("No demo here: run `clinnet demo` first.") from exc


cli.add_command(demo_code)


def main() -> None:
    cli.main(prog_name="clinnet")
