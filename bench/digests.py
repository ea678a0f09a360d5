"""Benchmark daily digests: 10,000 members, 1,000 new posts, every digest built and handed to a
real local SMTP server.

    python bench/digests.py [--smoke] [--members 10000] [--posts 1000] [--subscriptions 2]

Builds a throw-away SQLite database (or uses CLINNET_BENCH_DATABASE_URL, which it empties),
starts aiosmtpd in its own process on a free 127.0.0.1 port (its Sink handler accepts and
drops every message), and seeds in bulk: the members, each subscribed to `--subscriptions`
specialties; `--posts` new posts (90 % published cases, each notifying the subscribers of its
specialty with the message the real service writes; 10 % replies, each notifying the case's
author). Seeding is not timed. Then it times `clinnet.tasks.send_digests("daily")` — the job
`clinnet mail digests` runs: find the members due, claim their notifications, build each
digest (titles of published cases looked up per batch) and send them over one SMTP connection
per batch. Prints the numbers and the SQL statements per batch (they must not grow with the
batch size). `--smoke` runs it with 200 members and 40 posts (seconds): CI runs it so that the
script cannot break silently.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import secrets
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_smtp(port: int) -> subprocess.Popen:
    server = subprocess.Popen(
        [sys.executable, "-m", "aiosmtpd", "-n", "-l", f"127.0.0.1:{port}",
         "-c", "aiosmtpd.handlers.Sink"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return server
        except OSError:
            time.sleep(0.05)
    server.terminate()
    raise SystemExit("aiosmtpd did not start")


def seed(members: int, posts: int, subscriptions: int) -> dict:
    """Bulk rows (the services would take minutes to make them); returns counts."""
    from sqlalchemy import insert

    from clinnet.accounts.models import User
    from clinnet.accounts.passwords import hash_password
    from clinnet.cases.models import Case, CaseSpecialty, SpecialtySubscription, State
    from clinnet.core.authz import Role
    from clinnet.core.db import utcnow
    from clinnet.core.specialties import SPECIALTIES
    from clinnet.extensions import db
    from clinnet.notifications.models import Notification

    rng = random.Random(14)
    now = utcnow()
    slugs = sorted(SPECIALTIES)
    password = hash_password("bench passphrase long enough")
    db.session.execute(insert(User), [
        {"email": f"member{i}@bench.example", "password_hash": password, "first_name": "Ana",
         "last_name": f"Member{i}", "pseudonym": f"Physician {i:05d}", "role": Role.PHYSICIAN,
         "status": "active", "session_token": secrets.token_urlsafe(24), "failed_logins": 0,
         "verified_at": now, "created_at": now} for i in range(1, members + 1)])
    subscribers: dict[str, list[int]] = {slug: [] for slug in slugs}
    rows = []
    for user_id in range(1, members + 1):
        for slug in rng.sample(slugs, subscriptions):
            subscribers[slug].append(user_id)
            rows.append({"user_id": user_id, "specialty": slug})
    db.session.execute(insert(SpecialtySubscription), rows)

    new_cases = posts * 9 // 10
    cases, notes = [], []
    for case_id in range(1, new_cases + 1):
        slug = rng.choice(slugs)
        author = rng.randint(1, members)
        cases.append({"id": case_id, "slug": slug, "author": author})
        label = SPECIALTIES[slug]
        notes += [{"user_id": uid, "kind": "case.new_in_specialty", "case_id": case_id,
                   "message": f"New case #{case_id} in {label}", "url": f"/cases/{case_id}",
                   "created_at": now} for uid in subscribers[slug] if uid != author]
    db.session.execute(insert(Case), [
        {"id": c["id"], "author_id": c["author"], "anonymous": False,
         "status": State.PUBLISHED, "title": f"Benchmark case {c['id']}: exertional dyspnoea",
         "body": "A woman in her fifties.", "body_html": "<p>A woman in her fifties.</p>",
         "question": "", "question_html": "", "timeline": "", "reply_count": 0,
         "helpful_count": 0, "created_at": now, "updated_at": now, "published_at": now,
         "last_activity_at": now} for c in cases])
    db.session.execute(insert(CaseSpecialty),
                       [{"case_id": c["id"], "specialty": c["slug"]} for c in cases])
    for _ in range(posts - new_cases):  # replies: the real message to each case's author
        case = rng.choice(cases)
        notes.append({"user_id": case["author"], "kind": "reply.to_case", "case_id": case["id"],
                      "message": f"Dr. Bench replied to your case #{case['id']}",
                      "url": f"/cases/{case['id']}", "created_at": now})
    for start in range(0, len(notes), 20000):
        db.session.execute(insert(Notification), notes[start:start + 20000])
    db.session.commit()
    return {"members": members, "cases": new_cases, "replies": posts - new_cases,
            "notifications": len(notes)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, default=10_000)
    parser.add_argument("--posts", type=int, default=1_000)
    parser.add_argument("--subscriptions", type=int, default=2)
    parser.add_argument("--smoke", action="store_true", help="200 members, 40 posts")
    args = parser.parse_args()
    if args.smoke:
        args.members, args.posts = 200, 40

    workdir = Path(tempfile.mkdtemp(prefix="clinnet-bench-digests-"))
    database_url = os.environ.get("CLINNET_BENCH_DATABASE_URL") or \
        "sqlite:///" + str(workdir / "bench.sqlite3")
    port = free_port()
    smtp = start_smtp(port)

    from flask_migrate import upgrade
    from sqlalchemy import event

    from clinnet import create_app, tasks
    from clinnet.extensions import db

    app = create_app({
        "SECRET_KEY": secrets.token_urlsafe(48), "DATABASE_URL": database_url,
        "MAIL_BACKEND": "smtp", "SMTP_HOST": "127.0.0.1", "SMTP_PORT": port,
        "SMTP_STARTTLS": False, "BASE_URL": "https://clinnet.example", "LOG_LEVEL": "WARNING"})
    app.instance_path = str(workdir)
    try:
        with app.app_context():
            if database_url.startswith("postgresql"):
                db.drop_all()
                db.session.execute(db.text("DROP TABLE IF EXISTS alembic_version, search_index"))
                db.session.commit()
            upgrade()
            started = time.perf_counter()
            counts = seed(args.members, args.posts, args.subscriptions)
            seeded = time.perf_counter() - started

            statements = [0]
            event.listen(db.engine, "before_cursor_execute",
                         lambda *a: statements.__setitem__(0, statements[0] + 1))
            started, cpu = time.perf_counter(), time.process_time()
            run = tasks.send_digests("daily")
            elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    finally:
        smtp.terminate()
        smtp.wait(timeout=10)
    # The SMTP server's CPU time (it ran only for the digests: seeding sends nothing).
    server_cpu = sum(getattr(resource.getrusage(resource.RUSAGE_CHILDREN), f)
                     for f in ("ru_utime", "ru_stime"))

    print(f"database: {database_url.split('://')[0]}; seeded in {seeded:.1f} s: "
          f"{counts['members']:,} members, {counts['cases']:,} new cases and "
          f"{counts['replies']:,} replies -> {counts['notifications']:,} notifications")
    print(f"daily digests: {run.mails:,} mails to {run.members:,} members covering "
          f"{run.notifications:,} notifications, {run.batches} batches")
    print(f"built and handed to SMTP in {elapsed:.1f} s ({run.mails / elapsed:,.0f} mails/s); "
          f"{statements[0]} SQL statements ({statements[0] / max(run.batches, 1):.1f} a batch)")
    print(f"CPU time: clinnet {cpu:.1f} s, the SMTP server {server_cpu:.1f} s; load average "
          f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs (other work slows the wall time)")
    print("goal: under 60 s —", "met" if elapsed < 60 else "NOT met")


if __name__ == "__main__":
    main()
