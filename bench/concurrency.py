"""Many members on one thread at once, against gunicorn on PostgreSQL: nothing lost, nothing twice.

    python bench/concurrency.py [--physicians 20] [--replies 50] [--workers 4] [--port 18124]
                                [--database-url postgresql+psycopg://postgres@127.0.0.1/bench]

Creates the database afresh (it must be a throw-away one: its schema is dropped), migrates it,
creates one case, PHYSICIANS physicians and two moderators, starts gunicorn with WORKERS workers
and then, all at once over real HTTP:
- every physician signs in through the form and posts REPLIES replies to the case, and flags
  some of the other physicians' replies as patient information (which hides them at once);
- the two moderators sign in with their second factor and keep working the queue: they redact
  a word in the flagged replies that hold it and restore the others.
Then it counts, from the database: every reply posted exactly once (none lost, none twice), the
case's reply count equal to its visible replies, one flag stored per accepted flag request,
every redaction complete, the audit chain intact, and the 5xx answers (must be 0).
"""

from __future__ import annotations

import argparse
import http.client
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # tests.helpers
PASSWORD = "bench passphrase long enough"
TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"
MARKER = "quillfeather"  # the word moderators redact; the gate lets it through


class Client:
    """A browser: one connection, its cookies, the CSRF token of the last page it read."""

    def __init__(self, port: int, stats: Counter, lock: threading.Lock):
        self.port, self.stats, self.lock = port, stats, lock
        self.cookies: dict[str, str] = {}
        self.csrf = ""

    def request(self, method: str, path: str, form: dict | None = None) -> tuple[int, str, str]:
        body = urlencode(form) if form is not None else None
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())}
        if body is not None:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        for attempt in range(5):
            try:
                conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
                conn.request(method, path, body=body, headers=headers)
                response = conn.getresponse()
                text = response.read().decode("utf-8", "replace")
                break
            except (ConnectionError, http.client.HTTPException):
                if attempt == 4:
                    raise
                time.sleep(0.2)
        for header, value in response.getheaders():
            if header.lower() == "set-cookie":
                name, _, rest = value.partition("=")
                self.cookies[name] = rest.split(";", 1)[0]
        with self.lock:
            self.stats["requests"] += 1
            self.stats[f"{response.status // 100}xx"] += 1
        found = re.search(r'name="csrf_token" (?:type="hidden" )?value="([^"]+)"', text)
        if found:
            self.csrf = found.group(1)
        conn.close()
        return response.status, response.getheader("Location") or "", text

    def get(self, path: str) -> tuple[int, str, str]:
        return self.request("GET", path)

    def post(self, path: str, form: dict) -> tuple[int, str, str]:
        if not self.csrf:
            self.get(path if path.startswith("/auth") else "/")
        return self.request("POST", path, {**form, "csrf_token": self.csrf})


def seed(app, physicians: int) -> dict:
    from flask_migrate import upgrade

    from clinnet.accounts import services as accounts
    from clinnet.cases import posts, services
    from clinnet.core.authz import Role

    with app.app_context():
        upgrade()
        author = accounts.create_member("author@bench.example", PASSWORD, Role.PHYSICIAN,
                                        first_name="Ana", last_name="Author")
        case = services.create_case(author, services.CaseInput(
            title="Exertional chest pain with a normal ECG", specialties=["cardiology"],
            body="A woman in her fifties with exertional chest pain and a normal ECG.",
            question="Angiography or CT first?"))
        posts.publish(case, author, case.version)
        members = [accounts.create_member(f"physician{i}@bench.example", PASSWORD,
                                          Role.PHYSICIAN, first_name="Phy", last_name=f"Sician{i}")
                   for i in range(physicians)]
        moderators = []
        for i in range(2):
            moderator = accounts.create_member(f"moderator{i}@bench.example", PASSWORD,
                                               Role.MODERATOR, first_name="Mo",
                                               last_name=f"Derator{i}")
            accounts.install_two_factor(moderator, TOTP_SECRET)
            moderators.append(moderator.email)
        from clinnet.extensions import db

        db.session.commit()
        return {"case": case.id, "physicians": [m.email for m in members],
                "moderators": moderators}


def sign_in(client: Client, email: str, totp=None) -> None:
    client.get("/auth/login")
    status, _, text = client.post("/auth/login", {"email": email, "password": PASSWORD})
    if totp is not None and status == 302:
        client.get("/auth/two-factor")
        status, _, text = client.post("/auth/two-factor", {"code": totp.now()})
        if status == 200:
            # A code is refused once in a while in CI (seen once in many runs, not reproduced):
            # wait for the next time step and try its code once, and say why if that fails too.
            time.sleep(totp.interval - time.time() % totp.interval + 0.5)
            status, _, text = client.post("/auth/two-factor", {"code": totp.now()})
    if status != 302:
        errors = re.findall(r'class="(?:error|flash[^"]*)"[^>]*>([^<]{1,200})<', text)
        raise SystemExit(f"sign-in of {email} failed: HTTP {status} {errors}")
    client.get("/")  # signing in starts a new session: its forms carry a new CSRF token


def physician(client: Client, case_id: int, index: int, replies: int, sent: Counter,
              lock: threading.Lock, start: threading.Barrier) -> None:
    start.wait()
    rng = random.Random(index)
    for n in range(replies):
        body = f"Reply {index}-{n}: I would repeat the troponin."
        if n % 10 == 3:
            body += f" She mentioned the {MARKER} festival."
        client.post(f"/cases/{case_id}/replies", {"body": body})
        with lock:
            sent["replies"] += 1
        if n % 7 == 5:  # flag somebody else's reply as patient information
            _, _, page = client.get(f"/cases/{case_id}")
            ids = re.findall(r'href="/replies/(\d+)/flag"', page)
            if ids:
                target = rng.choice(ids)
                status, _, _ = client.post(f"/replies/{target}/flag",
                                           {"reason": "phi", "note": "bench"})
                with lock:
                    sent["flags"] += 1
                    sent["flags accepted"] += status == 302


def moderator(client: Client, stop: threading.Event, done: Counter,
              lock: threading.Lock) -> None:
    while not stop.is_set():
        _, _, queue = client.get("/moderation/")
        ids = re.findall(r'/moderation/posts/reply/(\d+)"', queue)
        if not ids:
            time.sleep(0.05)
            continue
        for post_id in ids[:5]:
            _, _, page = client.get(f"/moderation/posts/reply/{post_id}")
            state = re.search(r'name="state" type="hidden" value="([^"]*)"', page)
            if not state:
                continue
            if MARKER in page:
                status, _, _ = client.post(f"/moderation/posts/reply/{post_id}/redact", {
                    "words": MARKER, "category": "NAME", "reason": "bench",
                    "state": state.group(1)})
                key = "redactions"
            else:
                status, _, _ = client.post(f"/moderation/posts/reply/{post_id}/act", {
                    "action": "restore", "reason": "bench", "state": state.group(1)})
                key = "restores"
            with lock:
                done[key] += status in (302, 303)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--physicians", type=int, default=20)
    parser.add_argument("--replies", type=int, default=50)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--port", type=int, default=18124)
    parser.add_argument("--database-url", default=os.environ.get(
        "CLINNET_BENCH_DATABASE_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/bench"))
    parser.add_argument("--smoke", action="store_true",
                        help="3 physicians, 3 replies each, 2 workers: check that it still works")
    args = parser.parse_args()
    if args.smoke:
        args.physicians, args.replies, args.workers = 3, 3, 2

    import pyotp
    from sqlalchemy import func, select

    from clinnet import create_app
    from tests.helpers import reset_schema

    url = args.database_url
    if url.startswith("postgresql"):
        reset_schema(url)
    config = {"DATABASE_URL": url, "SECRET_KEY": "b" * 48, "TESTING": True,
              "MAIL_BACKEND": "memory", "RATELIMITS_ENABLED": False,
              "PASSWORD_HASH_TIME_COST": 1, "PASSWORD_HASH_MEMORY_COST": 8,
              "PASSWORD_HASH_PARALLELISM": 1}
    # The environment cannot switch test mode on (docs/configuration.md), so the server reads
    # the same settings from a throw-away instance folder.
    instance = Path(tempfile.mkdtemp(prefix="clinnet-concurrency-"))
    (instance / "config.py").write_text(
        "".join(f"{name} = {value!r}\n" for name, value in config.items()))
    env = {**os.environ, "CLINNET_INSTANCE_PATH": str(instance)}
    app = create_app(config)
    ids = seed(app, args.physicians)
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "-w", str(args.workers), "-b",
         f"127.0.0.1:{args.port}", "--timeout", "120", "wsgi:app"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        for _ in range(100):
            try:
                http.client.HTTPConnection("127.0.0.1", args.port, timeout=1).request(
                    "GET", "/healthz")
                break
            except OSError:
                time.sleep(0.1)
        stats, sent, done, lock = Counter(), Counter(), Counter(), threading.Lock()
        physicians = [Client(args.port, stats, lock) for _ in ids["physicians"]]
        for client, email in zip(physicians, ids["physicians"], strict=True):
            sign_in(client, email)
        moderators = [Client(args.port, stats, lock) for _ in ids["moderators"]]
        totp = pyotp.TOTP(TOTP_SECRET)
        for client, email in zip(moderators, ids["moderators"], strict=True):
            sign_in(client, email, totp)
        start, stop = threading.Barrier(len(physicians)), threading.Event()
        began = time.perf_counter()
        with ThreadPoolExecutor(len(physicians) + len(moderators)) as pool:
            watchers = [pool.submit(moderator, m, stop, done, lock) for m in moderators]
            writers = [pool.submit(physician, c, ids["case"], i, args.replies, sent, lock,
                                   start) for i, c in enumerate(physicians)]
            for future in writers:
                future.result()
            time.sleep(1.0)
            stop.set()
            for future in watchers:
                future.result()
        elapsed = time.perf_counter() - began
    finally:
        server.terminate()
        server.wait(timeout=30)
        shutil.rmtree(instance, ignore_errors=True)

    from clinnet.audit import verify_chain
    from clinnet.cases.models import Case, Reply, State
    from clinnet.extensions import db
    from clinnet.moderation.models import Flag, ModerationAction

    with app.app_context():
        bodies = Counter(b.split(":")[0] for b in db.session.scalars(
            select(Reply.body).where(Reply.case_id == ids["case"])))
        expected = {f"Reply {i}-{n}" for i in range(args.physicians)
                    for n in range(args.replies)}
        lost = len(expected - set(bodies))
        duplicated = sum(count - 1 for key, count in bodies.items() if count > 1)
        visible = db.session.scalar(select(func.count()).select_from(Reply).where(
            Reply.case_id == ids["case"], Reply.status == State.PUBLISHED))
        reply_count = db.session.get(Case, ids["case"]).reply_count
        flags = db.session.scalar(select(func.count()).select_from(Flag))
        redacted = select(ModerationAction.target_id).where(
            ModerationAction.action == "redact", ModerationAction.target_type == "reply")
        leftover = db.session.scalar(select(func.count()).select_from(Reply).where(
            Reply.id.in_(redacted), Reply.body.contains(MARKER)))
        chain = verify_chain()
    rows = [
        ("physicians x replies", f"{args.physicians} x {args.replies}"),
        ("gunicorn workers", args.workers),
        ("HTTP requests", stats["requests"]),
        ("requests/s", f"{stats['requests'] / elapsed:.0f}"),
        ("5xx answers", stats["5xx"]),
        ("4xx answers (refusals: already handled, already hidden...)", stats["4xx"]),
        ("replies sent / stored", f"{sent['replies']} / {sum(bodies.values())}"),
        ("lost replies", lost),
        ("duplicated replies", duplicated),
        ("case reply_count / visible replies", f"{reply_count} / {visible}"),
        ("flags sent / accepted / stored", f"{sent['flags']} / {sent['flags accepted']} / "
                                           f"{flags}"),
        ("moderator restores / redactions", f"{done['restores']} / {done['redactions']}"),
        (f"redacted replies still holding {MARKER!r}", leftover),
        ("audit chain", "intact" if chain.ok else f"BROKEN at {chain.first_bad_id}"),
        ("wall time", f"{elapsed:.1f} s"),
    ]
    print("| measure | value |\n| --- | ---: |")
    for name, value in rows:
        print(f"| {name} | {value} |")
    ok = (stats["5xx"] == 0 and lost == 0 and duplicated == 0 and reply_count == visible
          and flags == sent["flags accepted"] and leftover == 0 and chain.ok)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
