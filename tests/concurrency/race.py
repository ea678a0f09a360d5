"""Run requests (race) or service calls (race_actions) at the same moment: real threads, each
with its own app context, database session and connection, released together by a barrier.

Each race runs many trials; a test asserts what must hold in every one of them (one winner, a
clear refusal for the others, never a 500), and that PostgreSQL reported no deadlock and the
audit chain is intact at the end.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import text

from clinnet.audit import verify_chain
from clinnet.extensions import db
from tests.helpers import Browser

# At least 50 trials per race (issue 11); CLINNET_TEST_RACE_TRIALS changes it (soak runs).
TRIALS = int(os.environ.get("CLINNET_TEST_RACE_TRIALS", "50"))


@dataclass
class Outcome:
    status: int
    location: str
    flashes: list[str]
    body: str

    @property
    def text(self) -> str:
        return " ".join(self.flashes) + " " + self.body


def race(app, calls) -> list[Outcome]:
    """`calls` is a list of (browser, method, url, data); they are sent at the same moment.
    Returns their outcomes in the same order."""
    barrier = threading.Barrier(len(calls))
    outcomes: list[Outcome | None] = [None] * len(calls)
    errors: list[BaseException] = []

    def send(index, browser: Browser, method, url, data):
        try:
            with app.app_context():
                barrier.wait(timeout=30)
                response = browser.post(url, data) if method == "POST" else browser.get(url)
                with browser.client.session_transaction() as session:
                    flashes = [message for _, message in session.get("_flashes", [])]
                    session.pop("_flashes", None)
                outcomes[index] = Outcome(response.status_code,
                                          response.headers.get("Location", ""), flashes,
                                          response.get_data(as_text=True))
                db.session.remove()
        except BaseException as exc:  # surfaced by the test below
            errors.append(exc)

    threads = [threading.Thread(target=send, args=(i, *call)) for i, call in enumerate(calls)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not errors, errors
    assert all(outcome is not None for outcome in outcomes), "a request did not finish"
    return outcomes  # type: ignore[return-value]


def race_actions(app, *actions: Callable[[Callable[[], None]], str],
                 timeout: float = 120) -> list[str]:
    """Run each `action(ready)` in its own thread; an action loads its objects, calls `ready()`
    (the barrier) and acts, returning a word for its outcome. Exceptions become
    "error: ..." outcomes, so a test sees them instead of a hung thread."""
    barrier = threading.Barrier(len(actions))
    outcomes: list[str | None] = [None] * len(actions)

    def ready() -> None:
        barrier.wait(timeout=60)

    def run(index: int, action) -> None:
        with app.app_context():
            try:
                outcomes[index] = action(ready)
            except threading.BrokenBarrierError:
                outcomes[index] = "error: barrier"
            except Exception as exc:  # the test asserts on it
                barrier.abort()
                outcomes[index] = f"error: {type(exc).__name__}: {exc}"
            finally:
                db.session.remove()

    threads = [threading.Thread(target=run, args=(i, action), daemon=True)
               for i, action in enumerate(actions)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout)
    assert not any(thread.is_alive() for thread in threads), "a racing thread hung"
    return [outcome or "error: no outcome" for outcome in outcomes]


def browser(app, user) -> Browser:
    client = Browser(app.test_client())
    client.login_as(user)
    return client


def deadlocks() -> int:
    """Deadlocks PostgreSQL has detected in this database so far.

    A backend reports its statistics when it ends (or at most once a second): closing the
    pool's connections first makes the count complete.
    """
    db.session.commit()
    db.engine.dispose()
    db.session.execute(text("SELECT pg_stat_clear_snapshot()"))
    count = db.session.scalar(text("SELECT deadlocks FROM pg_stat_database "
                                   "WHERE datname = current_database()")) or 0
    db.session.commit()
    return count


def assert_chain_intact() -> None:
    db.session.commit()
    report = verify_chain()
    assert report.ok, report
