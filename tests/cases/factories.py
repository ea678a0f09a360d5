"""Cases and threads for tests, made through the real services (bulk threads excepted)."""

from __future__ import annotations

from clinnet.cases import posts, services
from clinnet.cases.models import Reply, State
from clinnet.core.db import utcnow
from clinnet.core.rendering import render_markdown
from clinnet.extensions import db

CLEAN_BODY = ("A woman in her fifties presented on day 0 with exertional chest pain. ECG showed "
              "ST depression in V4-V6; troponin was normal twice.")


def case_input(**overrides) -> services.CaseInput:
    values = {"title": "Exertional chest pain with normal troponin", "body": CLEAN_BODY,
              "question": "Would you go straight to angiography?",
              "timeline": "day 0: presented\nday 2: stress test positive",
              "specialties": ["cardiology"], "age_band": "50-59", "sex": "female",
              "setting": "emergency"}
    values.update(overrides)
    return services.CaseInput(**values)


def make_case(author, publish: bool = True, **overrides):
    case = services.create_case(author, case_input(**overrides))
    if publish:
        posts.publish(case, author, case.version)
    return case


def add_thread(case, authors, count: int, fanout: int = 3) -> list[Reply]:
    """`count` published replies in a tree (each reply gets up to `fanout` children),
    inserted in bulk: building big threads through the gate would make the suite slow."""
    replies: list[Reply] = []
    now = utcnow()
    html = render_markdown("I agree; consider a stress echo first.")
    for i in range(count):
        parent = replies[(i - 1) // fanout] if i else None
        reply = Reply(case_id=case.id, parent_id=parent.id if parent else None,
                      author_id=authors[i % len(authors)].id, body="I agree; consider a "
                      "stress echo first.", body_html=html, status=State.PUBLISHED,
                      depth=parent.depth + 1 if parent else 0, created_at=now, updated_at=now,
                      published_at=now, helpful_count=i % 5)
        db.session.add(reply)
        db.session.flush()
        reply.path = (parent.path if parent else "") + f"{reply.id:010d}/"
        replies.append(reply)
    case.reply_count += count
    db.session.commit()
    return replies
