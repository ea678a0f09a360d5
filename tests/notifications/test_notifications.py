from clinnet.core.authz import Role
from clinnet.extensions import db
from clinnet.notifications import notify, send_mail
from clinnet.notifications.mail import outbox
from tests.helpers import make_user, page_text


def test_member_sees_unread_count_opens_a_notification_and_marks_all_read(client, users):
    member = users[Role.PHYSICIAN]
    notify(member, "test", "Dr A replied to your case", "/cases/")
    notify(member, "test", "Your application was approved", "/verification/status")
    db.session.commit()
    client.login_as(member)
    page = client.get("/notifications/")
    assert "Notifications 2" in page_text(page)
    assert "Dr A replied to your case" in page_text(page)

    first_id = db.session.scalars(
        db.select(db.text("id")).select_from(db.text("notifications")).order_by(db.text("id"))
    ).first()
    response = client.post(f"/notifications/{first_id}/open")
    assert response.headers["Location"] == "/cases/"
    assert "Notifications 1" in page_text(client.get("/notifications/"))
    client.post("/notifications/read")
    assert "Notifications 1" not in page_text(client.get("/notifications/"))


def test_nobody_opens_another_members_notification(client, users):
    owner, other = users[Role.PHYSICIAN], users[Role.MODERATOR]
    note = notify(owner, "test", "private", "/")
    db.session.commit()
    client.login_as(other)
    assert client.post(f"/notifications/{note.id}/open").status_code == 404
    db.session.refresh(note)
    assert note.read_at is None


def test_unsafe_target_url_falls_back_to_the_list(client):
    member = make_user(Role.APPLICANT)
    note = notify(member, "test", "odd", "https://evil.example/")
    db.session.commit()
    client.login_as(member)
    assert client.post(f"/notifications/{note.id}/open").headers["Location"] == \
        "/notifications/"


def test_memory_mail_backend_keeps_the_outbox(app):
    app.config["MAIL_BACKEND"] = "memory"
    send_mail("doc@example.org", "Your code", "123456")
    assert [(m.to, m.body) for m in outbox()] == [("doc@example.org", "123456")]
