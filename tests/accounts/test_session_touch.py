"""A browser's concurrent page views and the session's last-seen time (written once a minute)."""

import threading
from datetime import timedelta

from sqlalchemy import update

from clinnet.accounts.models import UserSession
from clinnet.core.authz import Role
from clinnet.core.db import utcnow
from clinnet.extensions import db
from tests.cases.factories import add_thread, make_case
from tests.helpers import Browser, make_user

VIEWS = 8


def test_concurrent_page_views_never_fail_on_the_session_touch(app):
    """Every view of one browser sees a last-seen time over a minute old, so each would write
    it; on SQLite those writes inside page views fought for the write lock and some views
    ended "busy". Runs on PostgreSQL too when CLINNET_TEST_DATABASE_URL is set."""
    member = make_user(Role.PHYSICIAN)
    case = make_case(member)
    add_thread(case, [member], 30)
    url = f"/cases/{case.id}"
    first = Browser(app.test_client())
    first.login_as(member)
    cookie = first.client.get_cookie("clinnet_session").value
    clients = []
    for _ in range(VIEWS):
        client = app.test_client()
        client.set_cookie("clinnet_session", cookie)
        clients.append(client)
    for trial in range(5):
        db.session.execute(update(UserSession).where(UserSession.user_id == member.id)
                           .values(last_seen_at=utcnow() - timedelta(minutes=2)))
        db.session.commit()
        barrier = threading.Barrier(VIEWS)
        statuses: list[int] = []

        def view(client, barrier=barrier, statuses=statuses):
            barrier.wait(timeout=10)
            statuses.append(client.get(url).status_code)

        threads = [threading.Thread(target=view, args=(c,)) for c in clients]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert statuses == [200] * VIEWS, (trial, statuses)
        db.session.expire_all()
        record = db.session.query(UserSession).filter_by(user_id=member.id).one()
        assert utcnow() - record.last_seen_at < timedelta(seconds=30)  # activity recorded
