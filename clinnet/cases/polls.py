"""Polls on cases (issue 14): "what would you do next?", 2-6 options, one vote per member.

The question and the options are columns of the case (Case.poll_question, Case.poll_options:
one option a line), so they pass the same de-identification gate, versions, redaction and
visibility as the rest of the case's text. A vote names its option by line; once anyone has
voted, the options cannot change (services.update_case), so a line keeps its meaning.

Results are shown to a member once they voted, and to everyone once the poll closed (after
`poll_days` from publication, or early by the author); a vote may change until then. Who voted
for what is never shown to anyone.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select

from clinnet import audit
from clinnet.cases import posts
from clinnet.cases.models import Case, PollVote, State
from clinnet.cases.posts import CaseError
from clinnet.core.db import utcnow
from clinnet.extensions import db
from clinnet.transactions import transition, upsert

QUESTION_MAX = 200
OPTION_MAX = 120
OPTIONS_MIN, OPTIONS_MAX = 2, 6
DURATIONS = (1, 3, 7, 14, 30)  # days the poll stays open after publication
DEFAULT_DAYS = 7


def options_of(case: Case) -> list[str]:
    return [line for line in (case.poll_options or "").splitlines() if line.strip()]


def has_poll(case: Case) -> bool:
    return bool(case.poll_question)


def closes_at(case: Case) -> datetime | None:
    if case.poll_closed_at is not None:
        return case.poll_closed_at
    if case.published_at is None or not case.poll_days:
        return None
    return case.published_at + timedelta(days=case.poll_days)


def is_open(case: Case, now: datetime | None = None) -> bool:
    end = closes_at(case)
    return (has_poll(case) and case.status == State.PUBLISHED
            and (end is None or (now or utcnow()) < end))


def clean(question: str, options: str, days: int | None) -> tuple[str, str, int | None]:
    """The poll as the form gave it, tidied and checked; ("", "", None) for no poll."""
    question = " ".join(question.split())
    lines = [" ".join(line.split()) for line in options.splitlines() if line.strip()]
    if not question and not lines:
        return "", "", None
    if not question:
        raise CaseError("Ask the poll's question, or leave both poll boxes empty.",
                        "poll_question")
    if len(question) > QUESTION_MAX:
        raise CaseError(f"Keep the poll's question to {QUESTION_MAX} characters.",
                        "poll_question")
    if not OPTIONS_MIN <= len(lines) <= OPTIONS_MAX:
        raise CaseError(f"Give the poll {OPTIONS_MIN} to {OPTIONS_MAX} options, one a line.",
                        "poll_options")
    if any(len(line) > OPTION_MAX for line in lines):
        raise CaseError(f"Keep each option to {OPTION_MAX} characters.", "poll_options")
    if len({line.casefold() for line in lines}) != len(lines):
        raise CaseError("Each option once, please.", "poll_options")
    if days not in DURATIONS:
        days = DEFAULT_DAYS
    return question, "\n".join(lines), days


def votes_cast(case: Case) -> int:
    return db.session.scalar(select(func.count()).select_from(PollVote)
                             .where(PollVote.case_id == case.id)) or 0


def refuse_changed_options(case: Case, question: str, options: str) -> None:
    """After the first vote the question and options stay as they were voted on."""
    if (question, options) != (case.poll_question or "", case.poll_options or "") \
            and votes_cast(case):
        raise CaseError("Colleagues have voted: the poll's question and options can no longer "
                        "change. You can close the poll instead.", "poll_options")


@transition
def vote(case: Case, member, option: int | None) -> None:
    """Record or change `member`'s vote (one row per member, changed in place)."""
    posts.lock_post(case)  # closing takes the same lock: no vote lands after a close
    if not is_open(case):
        raise CaseError("This poll is closed; its results are final.")
    if option is None or not 0 <= option < len(options_of(case)):
        raise CaseError("Choose one of the options.", "option")
    upsert(PollVote, {"case_id": case.id, "user_id": member.id},
           {"option": option, "voted_at": utcnow()})


@transition
def close(case: Case, actor) -> None:
    posts.lock_post(case)
    posts.require_author(case, actor)
    if not is_open(case):
        raise CaseError("This poll is already closed.")
    case.poll_closed_at = utcnow()
    audit.record("case.poll_closed", actor=actor, target=case)


@dataclass(frozen=True)
class Results:
    options: list[tuple[str, int, int]]  # text, votes, percent (rounded)
    total: int
    mine: int | None  # the reader's option, if they voted
    open: bool
    closes_at: datetime | None

    @property
    def shown(self) -> bool:
        return self.mine is not None or not self.open


def results(case: Case, reader) -> Results:
    """What the case page shows of the poll (two small queries, only for a case with one)."""
    counts = dict(db.session.execute(
        select(PollVote.option, func.count()).where(PollVote.case_id == case.id)
        .group_by(PollVote.option)).all())
    mine = db.session.scalar(select(PollVote.option).where(
        PollVote.case_id == case.id, PollVote.user_id == reader.id))
    total = sum(counts.values())
    rows = [(text, counts.get(i, 0), round(100 * counts.get(i, 0) / total) if total else 0)
            for i, text in enumerate(options_of(case))]
    return Results(rows, total, mine, is_open(case), closes_at(case))
