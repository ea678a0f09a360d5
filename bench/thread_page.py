"""Benchmark thread pages, posting a reply and the feed, served by gunicorn over real HTTP.

    python bench/thread_page.py [--smoke] [--sizes 10,100,1000,5000] [--whole 1000]
                                [--workers 2] [--requests 200] [--concurrency 8]
                                [--client python|wrk] [--seconds 10] [--port 18123]

Builds a throw-away SQLite database (or uses CLINNET_BENCH_DATABASE_URL, whose schema it
replaces), seeds one published case per size with that many replies posted through the real
services (every reply passed the de-identification gate), starts gunicorn on 127.0.0.1 with the
posting limits raised by configuration, signs a physician in through the sign-in form, and
measures: the first window of each thread page, the whole thread (`?all=1`) for `--whole`,
posting a reply (scan + render + write + notifications) and the feed. Latency comes from one
client (p50/p99 over --requests); throughput from --concurrency clients, either this script's
own thread pool or wrk (--client wrk, --seconds each). Prints a Markdown table.

`--smoke` runs every step with tiny sizes and a few requests (seconds): CI runs it so that the
script cannot break unnoticed.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import re
import secrets
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
PASSWORD = "bench passphrase long enough"
READER = "bench-reader@example.org"
REPLY_TEXTS = (
    "I would repeat the troponin at three hours and get an echo.",
    "Agreed. A stress test first seems reasonable if she stays pain free.",
    "Consider a CT coronary angiogram if the wait for invasive testing is long.",
    "Start aspirin and a statin now; the beta blocker can wait for the echo.",
)
# Configuration for the run: posting as fast as a benchmark does is not what a member does.
RUN_SETTINGS = {
    "CLINNET_RATELIMIT_POSTING": "1000000/hour",
    "CLINNET_RATELIMIT_POSTING_ACCOUNT": "1000000/hour",
    "CLINNET_RATELIMIT_LOGIN": "1000/minute",
    "CLINNET_RATELIMIT_LOGIN_ACCOUNT": "1000/minute",
    "CLINNET_SESSION_IDLE_MINUTES": "600",
    # A production start needs these; the bench speaks plain HTTP to 127.0.0.1 and sends no mail.
    "CLINNET_BASE_URL": "https://127.0.0.1",
    "CLINNET_MAIL_BACKEND": "smtp",
    "CLINNET_SMTP_HOST": "127.0.0.1",
    # Several workers share their rate-limit counters, as production requires.
    "CLINNET_RATELIMIT_STORAGE_URI": os.environ.get("CLINNET_BENCH_REDIS_URL",
                                                    "redis://127.0.0.1:6379/14"),
}


def seed(app, sizes, feed_cases: int) -> dict:
    """Members and published cases for the run, through the real services; returns case ids."""
    from flask_migrate import upgrade

    from clinnet.accounts import services as accounts
    from clinnet.accounts.models import User
    from clinnet.cases import posts, services
    from clinnet.cases.models import Case
    from clinnet.core.authz import Role
    from clinnet.extensions import db

    with app.app_context():
        upgrade()
        author = accounts.create_member("bench-author@example.org", PASSWORD, Role.PHYSICIAN,
                                        first_name="Ana", last_name="Bench")
        reader = accounts.create_member(READER, PASSWORD, Role.PHYSICIAN,
                                        first_name="Ben", last_name="Bench")
        members = (author.id, reader.id)
        cases = {}
        for key in ("feed",) * feed_cases + (*sizes, "post"):
            case = services.create_case(author, services.CaseInput(
                title=f"Benchmark case with {key} replies" if isinstance(key, int)
                else f"Benchmark case for the {key}", specialties=["cardiology"],
                body="A woman in her fifties with exertional chest pain and a normal ECG.",
                question="Angiography or CT first?"))
            posts.publish(case, author, case.version)
            cases[key] = case.id
            replies: list[int] = []
            for i in range(key if isinstance(key, int) else 0):
                if i % 200 == 0:
                    # Every commit expires the whole identity map: keep it small, or seeding
                    # thousands of replies takes quadratic time.
                    db.session.expunge_all()
                    case = db.session.get(Case, cases[key])
                    author, reader = (db.session.get(User, member) for member in members)
                # A bushy tree several levels deep: each reply answers one of the last few.
                parent = replies[max(0, len(replies) - 1 - (i * 7) % 5)] if i % 4 else None
                replies.append(services.post_reply(
                    case, reader if i % 2 else author, REPLY_TEXTS[i % len(REPLY_TEXTS)],
                    parent).id)
        return cases


# --- a small HTTP client with one signed-in session -------------------------------------------

@dataclass
class Session:
    port: int
    cookie: str = ""
    csrf: str = ""
    name: str = "clinnet_session"
    server_pid: int | None = None  # gunicorn's master, to read its workers' CPU time

    def request(self, method: str, path: str, body: dict | None = None,
                expect: int = 200) -> tuple[float, bytes]:
        start = time.perf_counter()
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        headers = {"Cookie": self.cookie} if self.cookie else {}
        data = None
        if body is not None:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            data = urlencode(body)
        conn.request(method, path, body=data, headers=headers)
        response = conn.getresponse()
        payload = response.read()
        conn.close()
        elapsed = time.perf_counter() - start
        for header, value in response.getheaders():
            if header.lower() == "set-cookie" and value.startswith(self.name + "="):
                self.cookie = value.split(";", 1)[0]
        if response.status != expect:
            raise RuntimeError(f"{method} {path}: HTTP {response.status}, expected {expect}")
        return elapsed, payload

    def sign_in(self, email: str, password: str) -> None:
        """Through the sign-in form, as a browser does."""
        _, page = self.request("GET", "/auth/login")
        self.csrf = _csrf_of(page)
        self.request("POST", "/auth/login",
                     {"csrf_token": self.csrf, "email": email, "password": password},
                     expect=302)
        _, page = self.request("GET", "/")
        self.csrf = _csrf_of(page)


def _csrf_of(page: bytes) -> str:
    found = re.search(rb'name="csrf_token" (?:type="hidden" )?value="([^"]+)"', page)
    if not found:
        raise RuntimeError("no CSRF token on the page")
    return found.group(1).decode()


# --- measuring ---------------------------------------------------------------------------------

@dataclass
class Cell:
    p50: float
    p99: float
    rps: float | None = None
    kb: float | None = None
    cpu: float | None = None  # server CPU ms per request


def latency(n: int, call) -> Cell:
    """p50/p99 in ms of `n` calls made one after the other."""
    times = sorted(call(i)[0] for i in range(n))
    return Cell(statistics.median(times) * 1000, times[min(n - 1, int(n * 0.99))] * 1000)


def throughput_pool(n: int, concurrency: int, call) -> Cell:
    start = time.perf_counter()
    with ThreadPoolExecutor(concurrency) as pool:
        times = sorted(t for t, _ in pool.map(call, range(n)))
    wall = time.perf_counter() - start
    return Cell(statistics.median(times) * 1000, times[min(n - 1, int(n * 0.99))] * 1000,
                n / wall)


def throughput_wrk(url: str, cookie: str, concurrency: int, seconds: float) -> Cell:
    """wrk's requests/s and latency percentiles (GET only); any non-2xx answer fails the run."""
    out = subprocess.run(
        [shutil.which("wrk") or "wrk", "-t", str(min(2, concurrency)), "-c", str(concurrency),
         "-d", f"{max(1, round(seconds))}s", "--latency", "-H", f"Cookie: {cookie}", url],
        check=True, capture_output=True, text=True).stdout
    if "Non-2xx" in out:
        raise RuntimeError(f"wrk got error answers from {url}:\n{out}")

    def ms(label: str) -> float:
        value, unit = re.search(rf"^\s+{label}\s+([\d.]+)(us|ms|s)\s*$", out, re.M).groups()
        return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]

    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    return Cell(ms("50%"), ms("99%"), rps)


@dataclass
class Row:
    name: str
    alone: Cell
    loaded: Cell
    extra: dict = field(default_factory=dict)


def wait_until_up(port: int, deadline: float = 60.0) -> None:
    start = time.time()
    probe = Session(port)
    while time.time() - start < deadline:
        try:
            probe.request("GET", "/healthz")
            return
        except (OSError, RuntimeError):
            time.sleep(0.2)
    raise SystemExit("gunicorn did not come up")


@contextmanager
def seeded(args):
    """A throw-away database, seeded; yields the server's environment and the case ids."""
    sys.path.insert(0, str(ROOT))
    workdir = Path(tempfile.mkdtemp(prefix="clinnet-bench-"))
    database_url = os.environ.get("CLINNET_BENCH_DATABASE_URL") or \
        "sqlite:///" + str(workdir / "bench.sqlite3")
    env = {**os.environ, **RUN_SETTINGS, "CLINNET_SECRET_KEY": secrets.token_urlsafe(48),
           "CLINNET_DATABASE_URL": database_url, "CLINNET_INSTANCE_PATH": str(workdir),
           "CLINNET_LOG_LEVEL": "WARNING"}
    os.environ.update(env)

    from clinnet import create_app

    if database_url.startswith("postgresql"):
        from tests.helpers import reset_schema

        reset_schema(database_url)
    app = create_app()
    print(f"seeding {database_url.split('://')[0]} ...", file=sys.stderr, flush=True)
    started = time.perf_counter()
    cases = seed(app, args.sizes, args.feed_cases)
    print(f"seeded in {time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)
    try:
        yield env, cases
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


@contextmanager
def server(args, env: dict, engine_options: str = ""):
    """gunicorn on the seeded database; yields the reader, signed in through the form."""
    # Engine options are not an operator setting in the environment; the instance file may set them.
    config_file = Path(env["CLINNET_INSTANCE_PATH"]) / "config.py"
    config_file.write_text(
        f"SQLALCHEMY_ENGINE_OPTIONS = {json.loads(engine_options)!r}\n" if engine_options else "")
    process = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "--workers", str(args.workers), "--bind",
         f"127.0.0.1:{args.port}", "--log-level", "warning", "wsgi:app"],
        cwd=ROOT, env=env)
    try:
        wait_until_up(args.port)
        reader = Session(args.port, server_pid=process.pid)
        reader.sign_in(READER, PASSWORD)
        yield reader
    finally:
        process.terminate()
        process.wait(timeout=30)


@contextmanager
def serve(args):
    """Seed, serve and sign in (for scripts that compare clinnet with another server)."""
    with seeded(args) as (env, cases), server(args, env) as reader:
        yield reader, cases


def run(args) -> list[Row]:
    rows: list[Row] = []
    with seeded(args) as (env, cases):
        for options in args.engine_options or [""]:
            with server(args, env, options) as reader:
                measured = measure_all(args, reader, cases)
            if options:
                for row in measured:
                    row.name += f" — engine options {options}"
            rows += measured
    return rows



def workers_cpu(master_pid: int) -> float:
    """CPU seconds used so far by a gunicorn master's workers (Linux /proc)."""
    total = 0.0
    children = Path(f"/proc/{master_pid}/task/{master_pid}/children")
    for pid in children.read_text().split() if children.exists() else ():
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except FileNotFoundError:
            continue
        total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


def measure_all(args, reader: Session, cases: dict) -> list[Row]:
    """Every GET page's latency is measured in interleaved rounds (a page after another), so
    that the machine's other work weighs on all of them alike and their ratios hold; then the
    server's CPU per request, then throughput, page after page."""
    pages = [(f"GET thread page, {size} replies (first window)", f"/cases/{cases[size]}")
             for size in args.sizes]
    pages += [(f"GET whole thread, {size} replies (`?all=1`)", f"/cases/{cases[size]}?all=1")
              for size in args.whole]
    pages.append(("GET feed", "/"))
    sizes = {}
    for _, path in pages:
        for _ in range(5 * args.workers):  # warm every worker (imports, lexicons, fragments)
            reader.request("GET", path)
        sizes[path] = len(reader.request("GET", path)[1]) / 1000
    times: dict[str, list[float]] = {path: [] for _, path in pages}
    for _ in range(args.requests):
        for _, path in pages:
            times[path].append(reader.request("GET", path)[0])
    rows = []
    for name, path in pages:
        alone = latency(len(times[path]), lambda i, t=times[path]: (t[i], b""))
        alone.kb, alone.cpu = sizes[path], cpu_per_request(
            args, reader, lambda i, p=path: reader.request("GET", p))
        if args.client == "wrk":
            loaded = throughput_wrk(f"http://127.0.0.1:{args.port}{path}", reader.cookie,
                                    args.concurrency, args.seconds)
        else:
            loaded = throughput_pool(args.requests, args.concurrency,
                                     lambda i, p=path: reader.request("GET", p))
        rows.append(Row(name, alone, loaded))

    post_path = f"/cases/{cases['post']}/replies"

    def post(i):
        return reader.request("POST", post_path, {
            "csrf_token": reader.csrf,
            "body": f"{REPLY_TEXTS[i % len(REPLY_TEXTS)]} (note {i})"}, expect=302)

    for i in range(3 * args.workers):
        post(-1 - i)
    alone = latency(args.requests, post)
    alone.cpu = cpu_per_request(args, reader, lambda i: post(10 * args.requests + i))
    rows.append(Row("POST a reply (scan + render + write)", alone,
                    throughput_pool(args.requests, args.concurrency,
                                    lambda i: post(args.requests + i))))
    return rows


def cpu_per_request(args, reader: Session, call) -> float | None:
    """The workers' CPU milliseconds per request, over requests made one after the other."""
    if reader.server_pid is None:
        return None
    n = max(5, args.requests)
    before = workers_cpu(reader.server_pid)
    for i in range(n):
        call(i)
    return (workers_cpu(reader.server_pid) - before) / n * 1000


def table(args, rows: list[Row]) -> str:
    c = args.concurrency
    client = "wrk" if args.client == "wrk" else "the script's thread pool"
    lines = [
        f"{args.workers} gunicorn workers (sync), {os.cpu_count()} CPUs shared with the client "
        f"({client}), {args.database}; latency over {args.requests} requests from one client, "
        f"throughput from {c} concurrent clients"
        + (f" for {args.seconds:g} s" if args.client == "wrk" else ""),
        "",
        f"| measurement | KB | server CPU ms | p50 ms (1 client) | p99 ms (1 client) "
        f"| requests/s ({c} clients) | p50 ms ({c} clients) | p99 ms ({c} clients) |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for row in rows:
        kb = f"{row.alone.kb:.0f}" if row.alone.kb is not None else ""
        cpu = f"{row.alone.cpu:.1f}" if row.alone.cpu is not None else ""
        lines.append(f"| {row.name} | {kb} | {cpu} | {row.alone.p50:.1f} | {row.alone.p99:.1f} "
                     f"| {row.loaded.rps:.1f} | {row.loaded.p50:.1f} | {row.loaded.p99:.1f} |")
    base = next((r for r in rows if r.name.startswith("GET thread page")), None)
    if base is not None:
        lines.append("")
        for row in rows:
            if row.name.startswith("GET thread page") and row is not base:
                cpu = "" if row.alone.cpu is None or not base.alone.cpu else \
                    f", server CPU {row.alone.cpu / base.alone.cpu:.2f}x"
                lines.append(f"- {row.name}: p50 {row.alone.p50 / base.alone.p50:.2f}x{cpu} "
                             f"the {base.name.split(', ')[1].split(' (')[0]} page")
    return "\n".join(lines)


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--smoke", action="store_true",
                        help="tiny sizes and a few requests: check that every step still works")
    parser.add_argument("--sizes", default="10,100,1000,5000",
                        help="replies per thread, comma-separated (first windows measured)")
    parser.add_argument("--whole", default="1000",
                        help="sizes whose whole thread (?all=1) is measured too")
    parser.add_argument("--feed-cases", type=int, default=50)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--requests", type=int, default=200, help="per latency measurement")
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--client", choices=("python", "wrk"), default="python",
                        help="what makes the concurrent load (wrk: GET requests only)")
    parser.add_argument("--seconds", type=float, default=10.0, help="wrk's run per cell")
    parser.add_argument("--port", type=int, default=18123)
    parser.add_argument("--engine-options", action="append", default=[],
                        help='SQLAlchemy engine options as JSON, e.g. \'{"pool_size": 10}\'; '
                        "repeat to measure several on one seeded database")
    parser.add_argument("--json", help="also write the rows to this file")
    args = parser.parse_args(argv)
    if args.smoke:
        args.sizes, args.whole, args.feed_cases = "3,12", "12", 3
        args.requests, args.concurrency, args.seconds = 5, 2, 1.0
    args.sizes = [int(s) for s in args.sizes.split(",") if s]
    args.whole = [int(s) for s in args.whole.split(",") if s]
    missing = [s for s in args.whole if s not in args.sizes]
    if missing:
        parser.error(f"--whole sizes must be among --sizes: {missing}")
    if args.client == "wrk" and shutil.which("wrk") is None:
        parser.error("wrk is not installed (Debian: apt-get install wrk)")
    url = os.environ.get("CLINNET_BENCH_DATABASE_URL", "sqlite")
    args.database = "PostgreSQL" if url.startswith("postgresql") else "SQLite"
    return args


def main(argv=None) -> None:
    args = parse_args(argv)
    rows = run(args)
    print("\n" + table(args, rows))
    if args.json:
        Path(args.json).write_text(json.dumps(
            [{"name": r.name, "alone": vars(r.alone), "loaded": vars(r.loaded)} for r in rows],
            indent=2))


if __name__ == "__main__":
    main()
