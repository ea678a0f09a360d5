"""Who hears about what, and that notifications never carry clinical text."""

from sqlalchemy import select

from clinnet.cases import services
from clinnet.core.authz import Role
from clinnet.extensions import db
from clinnet.notifications.models import Notification
from tests.cases.factories import make_case
from tests.helpers import make_user, page_text


def _notes(user):
    return db.session.scalars(select(Notification).where(Notification.user_id == user.id)
                              .order_by(Notification.id)).all()


def test_specialty_subscribers_hear_of_new_cases(client):
    subscriber, author = make_user(Role.PHYSICIAN), make_user(Role.PHYSICIAN)
    client.login_as(subscriber)
    client.post("/cases/subscriptions", {"specialties": ["neurology", "cardiology"]})
    assert "checked" in client.get("/cases/subscriptions").get_data(as_text=True)
    assert client.post("/cases/subscriptions", {"specialties": ["astrology"]}).status_code == 200
    assert services.subscriptions(subscriber) == {"neurology", "cardiology"}
    make_case(author, specialties=["neurology"], title="Sudden diplopia")
    make_case(author, specialties=["dermatology"], title="Annular plaques")
    notes = _notes(subscriber)
    assert [n.kind for n in notes] == ["case.new_in_specialty"]
    assert "Neurology" in notes[0].message
    assert "diplopia" not in notes[0].message
    assert _notes(author) == []


def test_followers_hear_of_activity_and_authors_of_replies(client):
    author, follower, replier = (make_user(Role.PHYSICIAN) for _ in range(3))
    case = make_case(author, title="Refractory hypokalaemia")
    client.login_as(follower)
    client.post(f"/cases/{case.id}/follow", {"follow": "1"})
    first = services.post_reply(case, replier, "Check magnesium first.")
    services.post_reply(case, follower, "Agreed, and urine potassium.", first.id)
    kinds = {user.id: [n.kind for n in _notes(user)] for user in (author, follower, replier)}
    assert kinds[author.id] == ["reply.to_case", "reply.to_case"]
    assert kinds[follower.id] == ["case.activity"]  # not told about their own reply
    assert kinds[replier.id] == ["reply.to_reply"]
    for user in (author, follower, replier):
        for note in _notes(user):
            assert "magnesium" not in note.message
            assert "hypokalaemia" not in note.message.lower()
    client.post(f"/cases/{case.id}/follow", {"follow": "0"})  # unfollow
    services.post_reply(case, replier, "Also consider Gitelman syndrome.")
    assert len(_notes(follower)) == 1
    client.login_as(author)
    assert "replied to your case" in page_text(client.get("/notifications/"))
