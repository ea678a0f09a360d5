"""Demo content shows every state, passes the gate where it is published, and seeds once."""

from sqlalchemy import func, select

from clinnet import demo
from clinnet.cases import posts
from clinnet.cases.demo import _CASES, DEMO_MARKER
from clinnet.cases.models import Case, Reply, State
from clinnet.deid import scan
from clinnet.extensions import db


def _texts(nodes):
    for _email, text, children in nodes:
        yield text
        yield from _texts(children)


def test_published_demo_texts_are_free_of_findings():
    for (_e, _a, title, _s, _age, _sex, _set, body, question, timeline, thread) in _CASES:
        for text in (title, body, question, timeline, *_texts(thread)):
            assert scan(text) == [], text


def test_demo_seed_shows_every_state_and_is_idempotent(app):
    demo.seed("demo passphrase for tests")
    demo.seed("demo passphrase for tests")
    states = dict(db.session.execute(select(Case.status, func.count()).group_by(Case.status))
                  .all())
    assert states == {State.PUBLISHED: len(_CASES), State.IN_REVIEW: 1, State.DRAFT: 1}
    assert db.session.scalar(select(func.count()).where(Case.title == DEMO_MARKER)) == 1
    assert db.session.scalar(select(func.max(Reply.depth))) >= 3
    assert db.session.scalar(select(func.count()).select_from(Reply)
                             .where(Reply.status.not_in((State.PUBLISHED, State.HIDDEN)))) == 0
    # moderation's demo flags one reply for patient information, which hides it
    assert db.session.scalar(select(func.count()).select_from(Reply)
                             .where(Reply.status == State.HIDDEN)) <= 1
    draft = db.session.scalars(select(Case).where(Case.status == State.DRAFT)).one()
    assert len(posts.findings(draft)) >= 2
