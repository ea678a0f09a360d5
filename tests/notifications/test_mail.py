"""Notification mails end to end: the member's choice, jobs on the real RQ queue on Redis, a
real local SMTP server, digests, and the signed one-click unsubscribe (RFC 8058)."""

from __future__ import annotations

import re
from datetime import timedelta
from urllib.parse import urlsplit

import pytest
from sqlalchemy import func, select, update

from clinnet import jobs
from clinnet.cases import services as cases
from clinnet.core.authz import Role
from clinnet.core.db import utcnow
from clinnet.extensions import db
from clinnet.moderation import services as moderation
from clinnet.notifications import emails, notify
from clinnet.notifications.models import Frequency, MailSettings, Notification
from clinnet.transactions import transition
from tests.cases.factories import make_case
from tests.helpers import make_user, page_text

SECRET_WORDS = "exertional chest pain with ST depression"  # in the reply text, never in mails


def _reply_to_case(case, replier, body=f"I saw {SECRET_WORDS} last week; stress echo first."):
    return cases.post_reply(case, replier, body)


def _mail_text(message) -> str:
    return message.get_body(("plain",)).get_content()


def test_an_immediate_reader_gets_one_mail_through_the_queue_and_smtp(app, job_queue,
                                                                       smtp_server):
    author, replier = make_user(Role.PHYSICIAN), make_user(Role.PHYSICIAN)
    emails.set_frequency(author.id, Frequency.IMMEDIATELY)
    case = make_case(author)
    _reply_to_case(case, replier)

    assert smtp_server.messages == []  # handed to the queue, not sent in the request
    assert job_queue.count == 1
    assert jobs.work(burst=True)

    [message] = smtp_server.messages
    assert message["To"] == author.email
    assert f"replied to your case #{case.id}" in message["Subject"]
    text = _mail_text(message)
    assert f"Case #{case.id}: {case.title}" in text  # a published case's title, nothing more
    assert "stress echo" not in text
    assert SECRET_WORDS not in text
    assert f"Open it: https://clinnet.example/cases/{case.id}" in text
    unsubscribe = message["List-Unsubscribe"].strip("<>")
    assert unsubscribe.startswith("https://clinnet.example/notifications/unsubscribe/")
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    # Nothing is mailed twice: the notification is claimed.
    emails.send_immediate([author.id], titles=lambda ids: {})
    assert len(smtp_server.messages) == 1


def test_a_rolled_back_action_enqueues_nothing(app, job_queue):
    member = make_user(Role.PHYSICIAN)
    emails.set_frequency(member.id, Frequency.IMMEDIATELY)

    @transition
    def fails():
        notify(member, "test", "Something happened", "/")
        raise RuntimeError("refused half way")

    with pytest.raises(RuntimeError):
        fails()
    assert job_queue.count == 0
    assert db.session.scalar(select(func.count()).select_from(Notification)) == 0


def test_digest_readers_get_account_notices_at_once_and_the_rest_in_one_digest(
        app, job_queue, smtp_server):
    author, replier = make_user(Role.PHYSICIAN), make_user(Role.PHYSICIAN)
    case = make_case(author)  # the author reads the default, a daily digest
    for _ in range(3):
        _reply_to_case(case, replier)
    flagger = make_user(Role.PHYSICIAN)
    moderation.flag_post(flagger, "case", case, "phi")  # hides the case: an account notice
    jobs.work(burst=True)
    [notice] = smtp_server.messages
    assert notice["To"] == author.email
    assert "hidden" in notice["Subject"].lower()

    result = app.test_cli_runner().invoke(args=["mail", "digests", "--enqueue"])
    assert result.exit_code == 0, result.output
    assert "Queued clinnet.tasks.send_digests" in result.output
    jobs.work(burst=True)
    assert len(smtp_server.messages) == 2
    digest = smtp_server.messages[1]
    assert digest["Subject"] == "clinnet: your daily digest (3 new)"
    text = _mail_text(digest)
    assert text.count(f"replied to your case #{case.id}") == 3
    # The case is hidden now: its title stays out of the mail.
    assert case.title not in text
    assert "stress echo" not in text
    assert digest["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"

    # Nothing new: the next run sends nothing; a day later there is still nothing to send.
    app.test_cli_runner().invoke(args=["mail", "digests"])
    assert len(smtp_server.messages) == 2


def test_digests_come_once_a_period_and_only_to_their_readers(app, smtp_server):
    weekly, daily, never = (make_user(Role.PHYSICIAN) for _ in range(3))
    emails.set_frequency(weekly.id, Frequency.WEEKLY)
    emails.set_frequency(never.id, Frequency.NEVER)
    for member in (weekly, daily, never):
        notify(member, "case.activity", "New reply on case #1, which you follow", "/cases/1")
    db.session.commit()

    run = emails.send_digests(Frequency.DAILY, titles=lambda ids: {})
    assert (run.members, run.mails) == (1, 1)
    assert [m["To"] for m in smtp_server.messages] == [daily.email]
    emails.send_digests(Frequency.WEEKLY, titles=lambda ids: {})
    assert [m["To"] for m in smtp_server.messages] == [daily.email, weekly.email]

    # A new notification the next hour waits for the next period.
    notify(daily, "case.activity", "New reply on case #1, which you follow", "/cases/1")
    db.session.commit()
    assert emails.send_digests(Frequency.DAILY, titles=lambda ids: {}).mails == 0
    tomorrow = utcnow() + timedelta(days=1)
    assert emails.send_digests(Frequency.DAILY, titles=lambda ids: {}, now=tomorrow).mails == 1
    assert never.email not in [m["To"] for m in smtp_server.messages]


def test_read_notifications_are_not_mailed(app, smtp_server):
    member = make_user(Role.PHYSICIAN)
    notify(member, "test", "Already seen on the site", "/")
    db.session.commit()
    db.session.execute(update(Notification).values(read_at=utcnow()))
    db.session.commit()
    assert emails.send_digests(Frequency.DAILY, titles=lambda ids: {}).mails == 0
    assert smtp_server.messages == []


def test_an_smtp_outage_keeps_the_notifications_for_the_retry(app, smtp_server):
    member = make_user(Role.PHYSICIAN)
    emails.set_frequency(member.id, Frequency.IMMEDIATELY)
    notify(member, "test", "Something happened", "/")
    db.session.commit()
    smtp_server.refuse = True
    with pytest.raises(Exception, match="451"):
        emails.send_immediate([member.id], titles=lambda ids: {})
    assert db.session.scalar(select(Notification.mailed_at)) is None
    smtp_server.refuse = False
    assert emails.send_immediate([member.id], titles=lambda ids: {}) == 1
    assert len(smtp_server.messages) == 1


def test_one_click_unsubscribe_from_the_mail_header(app, client, smtp_server):
    member = make_user(Role.PHYSICIAN)
    emails.set_frequency(member.id, Frequency.IMMEDIATELY)
    notify(member, "test", "Something happened", "/")
    db.session.commit()
    emails.send_immediate([member.id], titles=lambda ids: {})
    path = urlsplit(smtp_server.messages[0]["List-Unsubscribe"].strip("<>")).path

    page = client.get(path)  # a link checker opening it changes nothing
    assert page.status_code == 200
    assert "Unsubscribe" in page_text(page)
    assert emails.frequency_of(member.id) == Frequency.IMMEDIATELY
    # What a mail client does (RFC 8058): a POST with this body, no cookie, no CSRF token.
    response = client.post(path, {"List-Unsubscribe": "One-Click"}, csrf=False)
    assert response.status_code == 200
    assert "no more notification mails" in page_text(response)
    assert emails.frequency_of(member.id) == Frequency.NEVER

    notify(member, "test", "Something else", "/")
    db.session.commit()
    assert emails.send_immediate([member.id], titles=lambda ids: {}) == 0


def test_a_forged_unsubscribe_token_is_a_404_and_changes_nothing(app, client):
    member = make_user(Role.PHYSICIAN)
    token = emails.unsubscribe_token(member.id)
    forged = token[:-3] + ("AAA" if not token.endswith("AAA") else "BBB")
    assert client.post(f"/notifications/unsubscribe/{forged}", csrf=False).status_code == 404
    assert db.session.get(MailSettings, member.id) is None


def test_members_choose_their_frequency(client, users):
    member = users[Role.PHYSICIAN]
    client.login_as(member)
    page = client.get("/notifications/settings")
    assert "A daily digest" in page_text(page)
    assert re.search(r'<input checked[^>]*value="daily"', page.get_data(as_text=True))
    response = client.post("/notifications/settings", {"frequency": "weekly"},
                           follow_redirects=True)
    assert "Saved: a weekly digest." in page_text(response)
    assert emails.frequency_of(member.id) == Frequency.WEEKLY
    bad = client.post("/notifications/settings", {"frequency": "hourly"})
    assert bad.status_code == 200
    assert "Not a valid choice" in page_text(bad)
    assert emails.frequency_of(member.id) == Frequency.WEEKLY


def test_without_a_queue_jobs_run_in_process_after_the_commit(app, smtp_server):
    author, replier = make_user(Role.PHYSICIAN), make_user(Role.PHYSICIAN)
    emails.set_frequency(author.id, Frequency.IMMEDIATELY)
    case = make_case(author)
    _reply_to_case(case, replier)
    assert len(smtp_server.messages) == 1


def test_reverify_and_rescan_run_as_jobs_on_the_worker(app, job_queue):
    author = make_user(Role.PHYSICIAN)
    case = make_case(author)
    db.session.execute(update(type(case)).where(type(case).id == case.id).values(
        body="Seen by Dr. Johanna Whitcombe at Mercy General on 03/14/2024."))
    db.session.commit()
    runner = app.test_cli_runner()
    assert "Queued" in runner.invoke(args=["deid", "rescan", "--enqueue"]).output
    assert "Queued" in runner.invoke(args=["registry", "reverify", "--enqueue"]).output
    assert job_queue.count == 2
    result = runner.invoke(args=["worker", "--burst"])
    assert result.exit_code == 0, result.output
    assert job_queue.count == 0
    assert job_queue.failed_job_registry.count == 0
    db.session.refresh(case)
    assert case.status == "hidden"  # the re-scan's system flag hid it


def test_the_worker_refuses_to_start_without_a_queue(app):
    result = app.test_cli_runner().invoke(args=["worker", "--burst"])
    assert result.exit_code != 0
    assert "CLINNET_JOBS_REDIS_URL" in result.output


def test_non_ascii_subjects_and_titles_arrive_intact(app, smtp_server):
    member = make_user(Role.PHYSICIAN)
    emails.set_frequency(member.id, Frequency.IMMEDIATELY)
    notify(member, "test", "Dr. Müller replied to your case #7", "/cases/7")
    db.session.commit()
    emails.send_immediate([member.id], titles=lambda ids: {7: "Syncope in a Zürich runner — “odd”"})
    [message] = smtp_server.messages
    assert message["Subject"] == "clinnet: Dr. Müller replied to your case #7"
    assert "Case #7: Syncope in a Zürich runner — “odd”" in _mail_text(message)
    assert message["Message-ID"]
    assert message["Date"]


def test_with_redis_down_the_action_succeeds_and_the_job_runs_in_process(app, client,
                                                                        smtp_server):
    from tests.conftest import free_port

    app.config["JOBS_REDIS_URL"] = f"redis://127.0.0.1:{free_port()}/0"  # nothing listens
    author, replier = make_user(Role.PHYSICIAN), make_user(Role.PHYSICIAN)
    emails.set_frequency(author.id, Frequency.IMMEDIATELY)
    case = make_case(author)
    client.login_as(replier)
    response = client.post(f"/cases/{case.id}/replies", {"body": "Stress echo first."})
    assert response.status_code == 302
    assert [m["To"] for m in smtp_server.messages] == [author.email]
