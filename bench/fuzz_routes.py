"""Fuzz every state-changing route and count the 500s (issue 13 item 11: must be 0).

    python bench/fuzz_routes.py [--smoke] [--requests 10000]

Builds a throw-away SQLite database (or uses CLINNET_BENCH_DATABASE_URL, which it empties),
signs in a member allowed to use each POST route, and sends generated requests to every route
in turn — form-encoded fields, multipart with file parts where text is expected, JSON documents
and raw bytes under any content type (tests/security/fuzzing.py) — through the app in process.
Prints the number of requests, the answers by status code and every request answered 5xx;
exits 1 if there was any.
"""

from __future__ import annotations

import argparse
import math
import os
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=10_000)
    parser.add_argument("--smoke", action="store_true", help="a few requests a route")
    args = parser.parse_args()
    if args.smoke:
        args.requests = 200

    from flask_migrate import upgrade

    from clinnet import create_app
    from clinnet.extensions import db
    from tests.helpers import reset_schema
    from tests.security.fuzzing import fuzz, routes

    with tempfile.TemporaryDirectory() as tmp:
        url = os.environ.get("CLINNET_BENCH_DATABASE_URL") or \
            f"sqlite:///{Path(tmp) / 'fuzz.sqlite3'}"
        if url.startswith("postgresql"):
            reset_schema(url)
        app = create_app({
            "TESTING": True, "SECRET_KEY": "fuzz-bench-secret-key-0123456789abcdef",
            "DATABASE_URL": url, "MAIL_BACKEND": "memory", "RATELIMITS_ENABLED": False,
            "PASSWORD_HASH_TIME_COST": 1, "PASSWORD_HASH_MEMORY_COST": 8,
            "PASSWORD_HASH_PARALLELISM": 1, "PROPAGATE_EXCEPTIONS": False})
        app.logger.disabled = True  # the 5xx are counted here; their tracebacks are noise
        with app.app_context():
            upgrade()
            found = routes(app)
            per_route = max(1, math.ceil(args.requests / len(found)))
            statuses, failures = Counter(), []
            started = time.monotonic()
            for route in found:
                fuzz(route, per_route, statuses, failures)
            elapsed = time.monotonic() - started
            db.session.remove()
            db.engine.dispose()

    total = sum(statuses.values())
    server_errors = sum(n for code, n in statuses.items() if code >= 500)
    print(f"routes: {len(found)}  requests: {total}  in {elapsed:.0f} s "
          f"({total / elapsed:.0f}/s)")
    print("answers: " + ", ".join(f"{code}: {n}" for code, n in sorted(statuses.items())))
    print(f"5xx: {server_errors}")
    for endpoint, kind, payload in failures[:50]:
        print(f"  {endpoint} {kind} {payload}")
    return 1 if server_errors else 0


if __name__ == "__main__":
    sys.exit(main())
