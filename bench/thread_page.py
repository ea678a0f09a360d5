"""Benchmark the thread page and posting a reply, served by gunicorn over real HTTP.

    python bench/thread_page.py [--workers 2] [--requests 200] [--concurrency 4] [--port 18123]

Builds a throw-away SQLite database (or uses CLINNET_BENCH_DATABASE_URL), seeds three published
cases with 10, 100 and 1000 replies through the real services (so every reply passed the
de-identification gate), starts gunicorn on 127.0.0.1, signs a physician in, and measures with a
bounded thread-pool HTTP client: requests/s and p50/p99 latency for GET /cases/<id> at each size
and for POST /cases/<id>/replies (scan + render + write + notifications). Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import http.client
import os
import secrets
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
SIZES = (10, 100, 1000)
REPLY_TEXTS = (
    "I would repeat the troponin at three hours and get an echo.",
    "Agreed. A stress test first seems reasonable if she stays pain free.",
    "Consider a CT coronary angiogram if the wait for invasive testing is long.",
    "Start aspirin and a statin now; the beta blocker can wait for the echo.",
)


def seed(app, sizes) -> dict:
    """Members and cases for the run; returns ids and the member's session token."""
    from flask_migrate import upgrade

    from clinnet.accounts import services as accounts
    from clinnet.cases import services
    from clinnet.core.authz import Role

    with app.app_context():
        upgrade()
        author = accounts.create_member("bench-author@example.org", "bench passphrase long",
                                        Role.PHYSICIAN, first_name="Ana", last_name="Bench")
        reader = accounts.create_member("bench-reader@example.org", "bench passphrase long",
                                        Role.PHYSICIAN, first_name="Ben", last_name="Bench")
        cases = {}
        for size in (*sizes, "post"):
            case = services.create_case(author, services.CaseInput(
                title=f"Benchmark case with {size} replies", specialties=["cardiology"],
                body="A woman in her fifties with exertional chest pain and a normal ECG.",
                question="Angiography or CT first?"))
            services.publish_case(case, author, attested=True)
            cases[size] = case.id
            replies = []
            for i in range(size if isinstance(size, int) else 0):
                # A bushy tree several levels deep: each reply answers one of the last few.
                parent = replies[max(0, len(replies) - 1 - (i * 7) % 5)] if i % 4 else None
                replies.append(services.post_reply(
                    case, reader if i % 2 else author, REPLY_TEXTS[i % len(REPLY_TEXTS)],
                    parent).id)
        return {"cases": cases, "token": reader.session_token}


def session_cookie(app, token: str) -> tuple[str, str]:
    """A signed session for the reader, and a CSRF token for its forms (as a browser holds)."""
    from itsdangerous import URLSafeTimedSerializer

    raw = secrets.token_hex(20)
    with app.test_request_context():
        serializer = app.session_interface.get_signing_serializer(app)
        cookie = serializer.dumps({"_user_id": token, "_fresh": True, "csrf_token": raw})
    csrf = URLSafeTimedSerializer(app.secret_key, salt="wtf-csrf-token").dumps(raw)
    return f"{app.config['SESSION_COOKIE_NAME']}={cookie}", csrf


def request(port, method, path, cookie, body=None, expect=200) -> float:
    start = time.perf_counter()
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    headers = {"Cookie": cookie}
    if body is not None:
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    conn.request(method, path, body=body, headers=headers)
    response = conn.getresponse()
    response.read()
    conn.close()
    elapsed = time.perf_counter() - start
    if response.status != expect:
        raise RuntimeError(f"{method} {path}: HTTP {response.status}, expected {expect}")
    return elapsed


def measure(n, concurrency, call) -> dict:
    start = time.perf_counter()
    with ThreadPoolExecutor(concurrency) as pool:
        latencies = sorted(pool.map(lambda i: call(i), range(n)))
    wall = time.perf_counter() - start
    return {"n": n, "rps": n / wall, "p50": statistics.median(latencies) * 1000,
            "p99": latencies[min(n - 1, int(n * 0.99))] * 1000}


def wait_until_up(port, deadline=30.0) -> None:
    start = time.time()
    while time.time() - start < deadline:
        try:
            request(port, "GET", "/healthz", "")
            return
        except (OSError, RuntimeError):
            time.sleep(0.2)
    raise SystemExit("gunicorn did not come up")


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--requests", type=int, default=200, help="per measurement")
    parser.add_argument("--concurrency", type=int, default=4,
                        help="client threads for the throughput pass (latency uses one)")
    parser.add_argument("--port", type=int, default=18123)
    args = parser.parse_args(argv)

    sys.path.insert(0, str(ROOT))
    workdir = Path(tempfile.mkdtemp(prefix="clinnet-bench-"))
    database_url = os.environ.get("CLINNET_BENCH_DATABASE_URL") or \
        "sqlite:///" + str(workdir / "bench.sqlite3")
    env = {**os.environ, "CLINNET_SECRET_KEY": secrets.token_urlsafe(48),
           "CLINNET_DATABASE_URL": database_url, "CLINNET_INSTANCE_PATH": str(workdir)}
    os.environ.update(env)

    from clinnet import create_app

    app = create_app()
    print(f"seeding {database_url} ...", file=sys.stderr)
    seeded = seed(app, SIZES)
    cookie, csrf = session_cookie(app, seeded["token"])

    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "--workers", str(args.workers), "--bind",
         f"127.0.0.1:{args.port}", "--log-level", "warning", "wsgi:app"],
        cwd=ROOT, env=env)
    try:
        wait_until_up(args.port)
        rows = []
        for size in SIZES:
            path = f"/cases/{seeded['cases'][size]}"
            for _ in range(10 * args.workers):  # warm every worker (imports, lexicons)
                request(args.port, "GET", path, cookie)
            get = lambda i, p=path: request(args.port, "GET", p, cookie)  # noqa: E731
            rows.append((f"GET thread page, {size} replies", measure(args.requests, 1, get),
                         measure(args.requests, args.concurrency, get)))
        post_path = f"/cases/{seeded['cases']['post']}/replies"

        def post(i):
            body = urlencode({"csrf_token": csrf,
                              "body": f"{REPLY_TEXTS[i % len(REPLY_TEXTS)]} (note {i})"})
            return request(args.port, "POST", post_path, cookie, body, expect=302)

        for i in range(5 * args.workers):
            post(-1 - i)
        rows.append(("POST a reply (scan + render + write)", measure(args.requests, 1, post),
                     measure(args.requests, args.concurrency,
                             lambda i: post(args.requests + i))))
    finally:
        server.terminate()
        server.wait(timeout=10)

    print(f"\n{args.workers} gunicorn workers (sync), {os.cpu_count()} CPUs (client on the same "
          f"machine), {database_url.split(':', 1)[0]}, {args.requests} requests per cell\n")
    c = args.concurrency
    print(f"| measurement | p50 ms (1 client) | p99 ms (1 client) | requests/s ({c} clients) "
          f"| p50 ms ({c} clients) | p99 ms ({c} clients) |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for name, alone, loaded in rows:
        print(f"| {name} | {alone['p50']:.1f} | {alone['p99']:.1f} | {loaded['rps']:.1f} "
              f"| {loaded['p50']:.1f} | {loaded['p99']:.1f} |")


if __name__ == "__main__":
    main()
