"""Garbage sent to every case and reply endpoint gets a page or a redirect, never a 500."""

import pytest

from clinnet.cases import services
from clinnet.core.authz import Role
from clinnet.extensions import db
from tests.cases.factories import make_case
from tests.helpers import make_user

GARBAGE = [
    {},
    {"field": "body", "start": "x", "end": "-1", "text": "\x00"},
    {"field": "../../etc", "category": "NAME" * 20, "text": "y" * 600, "reason": "r" * 600},
    {"field": "*", "start": "99999999999999999999", "end": "1"},
    {"field": "body", "start": "0", "end": "99999999999999999999", "text": "Seen"},
    {"body": "\x00\x07 text", "parent_id": "99999999999999999999", "anonymous": "maybe"},
    {"title": "t" * 500, "specialty": ["cardiology"] * 10, "age_band": "200",
     "decision": "explode", "note": "n" * 900, "specialties": ["nope"], "attest": "y"},
]


@pytest.mark.parametrize("data", GARBAGE)
def test_no_endpoint_fails_on_garbage(app, client, data):
    author, moderator = make_user(Role.PHYSICIAN), make_user(Role.MODERATOR)
    draft = make_case(author, publish=False, body="Seen on 03/14/2024.")
    case = make_case(author)
    reply = services.post_reply(case, author, "A reply.")
    draft_reply = services.post_reply(case, author, "Seen on 03/14/2024.")
    pairs = ((draft.id, draft_reply.id), (case.id, reply.id))  # ids: the objects may go
    targets = {"case_id": None, "reply_id": None, "kind": "case", "handle": "someone"}
    for rule in app.url_map.iter_rules():
        if not rule.endpoint.startswith("cases."):
            continue
        for user in (author, moderator):
            client.login_as(user)
            for case_id, reply_id in pairs:
                targets.update(case_id=case_id, reply_id=reply_id)
                url = rule.rule
                for name in rule.arguments:
                    url = url.replace(f"<int:{name}>", str(targets[name]))
                    url = url.replace(f"<{name}>", str(targets[name]))
                for method in sorted(rule.methods & {"GET", "POST"}):
                    response = (client.get(url, query_string=data) if method == "GET"
                                else client.post(url, data))
                    assert response.status_code < 500, (method, url, data)


def test_huge_ids_in_urls_are_not_found(client):
    client.login_as(make_user(Role.PHYSICIAN))
    for url in ("/cases/99999999999999999999", "/cases/1/replies/99999999999999999999",
                "/replies/99999999999999999999/edit"):
        assert client.get(url).status_code == 404, url
    assert client.post("/cases/99999999999999999999/publish").status_code == 404


@pytest.mark.config(RATELIMIT_POSTING_ACCOUNT="2/hour")
def test_posting_is_rate_limited_per_account(client, users):
    from sqlalchemy import func, select

    from clinnet.cases.models import Case

    client.login_as(users[Role.PHYSICIAN])
    form = {"title": "Rash after a new antibiotic", "body": "Diffuse rash on day 3.",
            "specialty": "dermatology"}
    for _ in range(2):
        assert client.post("/cases/new", form).status_code == 302
    response = client.post("/cases/new", form)
    assert response.status_code == 429
    assert db.session.scalar(select(func.count()).select_from(Case)) == 2
