"""Background jobs: RQ on Redis when JOBS_REDIS_URL is set, else run in-process.

A job is a plain function named by its dotted path ("clinnet.tasks.send_digests"), so this
module imports no feature package and the queue holds nothing but a name and arguments.
`enqueue` hands the job over once the current unit of work has committed (a rolled-back
action enqueues nothing), as DESIGN.md asks.

Why RQ (docs/operations.md has the longer note): it needs nothing but the Redis we already run,
a job is an ordinary function call that tests can also run directly, and its worker is a small
loop we can run inside the Flask app context. Dramatiq and Celery bring brokers, result
backends and middleware we would not use.

Without a Redis URL (the demo, a one-machine install) `enqueue` runs the job at once, after the
commit, in the process that asked for it: nothing extra to start, same code path.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

from flask import current_app

from clinnet.extensions import db
from clinnet.transactions import after_commit

# Failed jobs keep their arguments (a mail's body) in Redis this long for inspection and retry.
FAILURE_TTL = 24 * 3600
# Mail and digest jobs retry on an SMTP outage: after 30 s, 5 min, 30 min.
RETRY_INTERVALS = (30, 300, 1800)


def is_queued() -> bool:
    """True when jobs go to Redis, False when they run in-process."""
    return bool(current_app.config.get("JOBS_REDIS_URL"))


def enqueue(path: str, *args, retry: bool = False, timeout: int = 3600) -> None:
    """Run the function at `path` with `args` in the background, once the current unit of
    work has committed (at once when there is none)."""
    app = current_app._get_current_object()
    if is_queued():
        after_commit(lambda: _push(app, path, args, retry, timeout))
    else:
        after_commit(lambda: _run_in_process(app, path, args))


def _push(app, path: str, args: tuple, retry: bool, timeout: int) -> None:
    from redis.exceptions import RedisError
    from rq import Retry

    try:
        queue().enqueue_call(
            "clinnet.jobs.execute", args=(path, *args), timeout=timeout, result_ttl=0,
            failure_ttl=FAILURE_TTL, description=path,
            retry=Retry(max=len(RETRY_INTERVALS), interval=list(RETRY_INTERVALS))
            if retry else None)
    except RedisError as exc:
        # The action has committed; losing its mail because Redis is down would be worse
        # than doing the job here, late in this request.
        app.logger.error("job queue unavailable (%s); running %s in-process", exc, path)
        _run_in_process(app, path, args)


def _run_in_process(app, path: str, args: tuple) -> None:
    try:
        resolve(path)(*args)
    except Exception:
        # The request that enqueued it has committed already; its answer must not turn into an
        # error page. The log says what failed; a queue would have retried.
        app.logger.exception("in-process job %s failed", path)


def resolve(path: str) -> Callable:
    module, _, name = path.rpartition(".")
    return getattr(importlib.import_module(module), name)


def execute(path: str, *args):
    """What the worker runs: the job inside the worker's app context; whatever it leaves
    open is rolled back, so the next job starts with a clean transaction."""
    try:
        return resolve(path)(*args)
    finally:
        db.session.rollback()


def redis_connection():
    from redis import Redis

    return Redis.from_url(current_app.config["JOBS_REDIS_URL"])


def queue():
    from rq import Queue

    return Queue(current_app.config["JOBS_QUEUE"], connection=redis_connection())


def work(burst: bool = False) -> bool:
    """Process jobs in this process, inside the current app context, until stopped (or, with
    `burst`, until the queue is empty). Returns whether any job ran.

    SimpleWorker runs each job in this process instead of a forked child: the app, its
    configuration and its database pool are built once, and a forked child would share the
    parent's database connections. Run several `clinnet worker` processes for parallelism.
    """
    from rq import SimpleWorker

    worker = SimpleWorker([queue()], connection=redis_connection())
    return worker.work(burst=burst, logging_level=current_app.config["LOG_LEVEL"])
