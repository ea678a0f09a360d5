"""One journey per role, at 390 px and at 1280 px, in a real Chromium (see conftest.py for the
checks every visited page passes: no sideways scrolling, no console error, no serious or
critical axe-core violation, a screenshot)."""

from __future__ import annotations

import re

from sqlalchemy import select

from clinnet.cases.models import Case, Reply, State
from clinnet.core.authz import Role
from clinnet.extensions import db
from clinnet.images.models import Image, ImageState
from clinnet.moderation import services as moderation
from clinnet.notifications.mail import outbox
from clinnet.verification import services as verification
from clinnet.verification.models import Application
from tests.browser.conftest import sign_in
from tests.cases.factories import make_case
from tests.helpers import PASSWORD, mailed_link, make_user, totp_code
from tests.images import helpers as image_helpers

NEWCOMER = ("9990000132", "VT", "042.0077551", "Jordan", "Ellis")  # the README's row


def test_an_applicant_registers_applies_and_confirms_the_code(tab, registry):
    tab.goto("/auth/register")
    tab.fill("email", "jordan.ellis@example.org")
    tab.fill("password", PASSWORD)
    tab.submit("Create account")
    assert "Open the link in it to confirm your address" in tab.text()
    tab.goto(mailed_link("/auth/confirm/", to="jordan.ellis@example.org"))
    tab.submit("Confirm my address")
    assert "Your address is confirmed" in tab.text()
    sign_in(tab, "jordan.ellis@example.org", PASSWORD)
    tab.goto("/verification/apply")
    npi, state, number, first, last = NEWCOMER
    tab.fill("npi", npi)
    tab.choose("license_state", state)
    tab.fill("license_number", number)
    tab.fill("first_name", first)
    tab.fill("last_name", last)
    tab.submit("Submit application")
    assert "one-time code" in tab.text()
    [mail] = [m for m in outbox() if m.to == "j.ellis@green-mountain-med.example"]
    code = re.search(r"\b(\d{6})\b", mail.body).group(1)
    tab.fill("code", code)
    tab.submit("Confirm")
    assert "An admin will review your application" in tab.text()


def test_an_admin_lands_on_the_console_and_approves(tab, registry, users):
    applicant = make_user(Role.APPLICANT, email="jordan.ellis@example.org")
    verification.submit(applicant, verification.ApplicationData(*NEWCOMER, "internal-medicine"))
    code = re.search(r"\b(\d{6})\b", outbox()[-1].body).group(1)
    verification.confirm_contact(applicant, code)
    admin = users[Role.ADMIN]
    sign_in(tab, admin.email, PASSWORD, totp_code(admin))
    assert tab.page.url.endswith("/admin/")
    tab.click("main a[href='/admin/applications']")
    tab.click("main a", has_text="Jordan Ellis")
    assert "Match" in tab.text()  # registry matched and contact confirmed: no override needed
    tab.submit("Approve")
    db.session.commit()  # a new transaction sees what the server committed
    application = db.session.scalar(select(Application).where(
        Application.user_id == applicant.id))
    assert application.state == "approved"
    tab.goto("/admin/audit")
    # The details column has room to be read (it was ~30 px wide).
    width = tab.page.locator("table.events td.details").first.bounding_box()["width"]
    assert width >= 240, width  # was about 30 px
    tab.goto(f"/admin/members/{applicant.id}")
    width = tab.page.locator("table.events td.details").first.bounding_box()["width"]
    assert width >= 240, width  # was about 30 px


def test_a_physician_fixes_identifiers_then_publishes(tab, users, tmp_path):
    physician = users[Role.PHYSICIAN]
    sign_in(tab, physician.email, PASSWORD)
    tab.click("main a", has_text="Post a case")
    tab.fill("title", "Recurrent syncope in a marathon runner")
    tab.tick("specialty", "cardiology")
    tab.choose("sex", "female")
    tab.fill("body", "Seen on 03/14/2024 after collapsing at mile 20; her coach "
                     "(call 617-555-0142) saw no seizure activity. ECG: long QT.")
    tab.fill("poll_question", "What would you do next?")
    tab.fill("poll_options", "Implantable loop recorder\nExercise test\nGenetic testing")
    live = tab.page.locator("#live-check")  # checked while typing, before anything is saved
    live.wait_for(state="visible")
    assert "617-555-0142" in live.inner_text()
    assert "still open" in live.inner_text()
    tab.submit("Save draft")
    assert "still open" in tab.text()
    case_id = int(re.search(r"/cases/(\d+)", tab.page.url).group(1))
    # A photo with a name burned in: masked in the editor before the case can be published.
    tab.click("main a", has_text="Add an image")
    picture = tmp_path / "monitor.png"
    picture.write_bytes(image_helpers.png_bytes(image_helpers.with_name()))
    tab.page.locator("input[name='image']").set_input_files(str(picture))
    tab.submit("Upload")
    assert "must be masked" in tab.text()
    tab.submit("Mask the ticked regions")
    tab.click("main a", has_text="Back to the case")
    tab.goto(f"/cases/{case_id}/edit")  # the findings panel with its long button, at 390 px
    assert "Replace every finding with its suggestion and save" in tab.text()
    tab.goto(f"/cases/{case_id}")
    tab.submit(re.compile(r"Replace all \d+ with their suggestions"))
    assert "No identifiers found" in tab.text() or "still open" not in tab.text()
    tab.tick("attest")
    tab.submit("Publish")
    db.session.commit()  # a new transaction sees what the server committed
    case = db.session.get(Case, case_id)
    assert case.status == State.PUBLISHED
    assert "617-555-0142" not in case.body
    assert case.poll_question == "What would you do next?"  # published with its poll
    image = db.session.scalar(select(Image).where(Image.post_id == case_id))
    assert image.state == ImageState.READY  # masked, finished, published with the case
    tab.goto("/")
    assert "Recurrent syncope in a marathon runner" in tab.text()
    # Times are rendered in UTC and rewritten by clinnet.js in the reader's zone.
    assert "last activity just now" in tab.text()
    assert "UTC" not in tab.page.locator("article.case-card").first.inner_text()


def test_a_colleague_replies_fixes_a_reply_and_votes(tab, users):
    author, colleague = make_user(Role.PHYSICIAN), users[Role.PHYSICIAN]
    case = make_case(author, poll_question="What would you do next?",
                     poll_options="Loop recorder\nExercise test")
    sign_in(tab, colleague.email, PASSWORD)
    tab.click(f"main a[href='/cases/{case.id}']")
    tab.fill("body", "I would page Dr. Okonkwo on 617-555-0199 before the echo.")
    tab.submit("Post reply")
    assert "/replies/" in tab.page.url
    assert "In the reply" in tab.text()
    tab.submit("Replace every finding with its suggestion and save")
    tab.submit("Post reply")
    db.session.commit()  # a new transaction sees what the server committed
    reply = db.session.scalar(select(Reply).where(Reply.case_id == case.id))
    assert reply.status == State.PUBLISHED
    assert "617-555-0199" not in reply.body
    tab.goto(f"/cases/{case.id}")
    tab.submit("Helpful (0)")
    assert "Helpful: 1" in tab.text()
    tab.page.locator("main input[name='option'][value='1']").check()
    tab.submit("Vote")
    assert "Exercise test your vote" in tab.text()
    assert "100 % · 1 vote" in tab.text()
    # Quote their own reply and mention the case's author, completing the handle.
    tab.click(f"#r{reply.id} a", has_text="Quote")
    box = tab.page.locator("#reply-form textarea[name='body']")
    assert "wrote" in box.input_value()
    box.press("Control+End")
    box.press_sequentially(f" Agree, @{author.handle[:5]}")
    tab.page.locator(".mention-menu button", has_text=f"@{author.handle}").click()
    assert box.input_value().endswith(f"@{author.handle} ")
    tab.submit("Post reply")
    assert f"@{author.handle}" in tab.page.locator(f"a.mention[href='/members/{author.handle}']"
                                                   ).first.inner_text()


def test_a_moderator_handles_a_phi_flag_and_redacts(tab, users):
    author = make_user(Role.PHYSICIAN)
    case = make_case(author)
    from clinnet.cases import services as cases

    # A detail the detector cannot know identifies her in a small town; a colleague flags it.
    reply = cases.post_reply(case, make_user(Role.PHYSICIAN),
                             "Her neighbour who runs the corner bakery saw the collapse.")
    assert reply.status == State.PUBLISHED
    moderation.flag_post(users[Role.PHYSICIAN], "reply", reply, "phi", quote="corner bakery")
    moderator = users[Role.MODERATOR]
    sign_in(tab, moderator.email, PASSWORD, totp_code(moderator))
    tab.goto("/moderation/")
    tab.click(f"main a[href='/moderation/posts/reply/{reply.id}']")
    tab.fill("words", "corner bakery")
    tab.page.locator('main select[name="category"]').select_option("LOCATION")
    tab.page.locator("#redact-reason").fill("Identifies the patient's neighbour.")
    tab.submit("Redact")
    db.session.commit()  # a new transaction sees what the server committed
    assert "corner bakery" not in db.session.get(Reply, reply.id).body
    tab.goto(f"/cases/{case.id}")
    assert "corner bakery" not in tab.page.content()


def test_a_reader_follows_new_replies_through_a_long_thread(tab, app):
    """In a thread longer than one window, "show more" (clinnet.js adding the next window to
    the page) keeps the "new" marks although the first window recorded the visit, and the
    feed's "2 new" opens the window that holds the new replies, at #new."""
    from clinnet.cases import services
    from tests.cases.factories import add_thread

    app.config["CASES_THREAD_WINDOW"] = 50
    author, reader = make_user(Role.PHYSICIAN), make_user(Role.PHYSICIAN)
    case = make_case(author, title="Exertional syncope in a rower")
    add_thread(case, [author], 60, fanout=1000)
    sign_in(tab, reader.email, PASSWORD)
    tab.goto(f"/cases/{case.id}")  # the last visit

    def two_new():
        for text in ("Troponin came back high.", "Then cath today."):
            services.post_reply(case, author, text)
        db.session.commit()

    two_new()
    tab.goto(f"/cases/{case.id}")
    assert tab.page.locator("#thread .badge.new").count() == 0  # none in the first window
    tab.page.locator("a[data-thread-load='after']").click()
    tab.page.locator("#thread li.reply").nth(61).wait_for()  # the second window is in
    assert tab.page.locator("#thread .badge.new").count() == 2

    two_new()
    tab.goto("/")
    tab.click("main a.badge.new", has_text="2 new")
    assert tab.page.url.endswith("#new")
    assert tab.page.locator("#new").count() == 1
    assert tab.page.locator("#thread .badge.new").count() == 2


def test_mention_completion_goes_quiet_after_a_429(tab, app, users):
    """A member over the lookup limit gets no menu and no error on the page; the script asks
    nothing more until Retry-After has passed."""
    app.config.update(RATELIMITS_ENABLED=True, RATELIMIT_MENTION_LOOKUP_ACCOUNT="1/minute")
    author = users[Role.PHYSICIAN]
    case = make_case(make_user(Role.PHYSICIAN))
    asked: list[int] = []
    tab.page.on("response", lambda r: "/members/mentions" in r.url and asked.append(r.status))
    sign_in(tab, author.email, PASSWORD)
    tab.goto(f"/cases/{case.id}")
    box = tab.page.locator("#reply-form textarea[name='body']")
    box.press_sequentially("Agree, @ph")
    tab.page.wait_for_timeout(600)
    box.press_sequentially("y")
    tab.page.wait_for_timeout(600)
    box.press_sequentially("s")
    tab.page.wait_for_timeout(600)
    assert asked == [200, 429], asked  # the third pause asked nothing
    assert tab.page.locator(".mention-menu").is_hidden()
    # The browser logs the refused request itself; nothing else went wrong on the page.
    unexpected = [e for e in tab.errors if "status of 429" not in e]
    assert unexpected == []
    tab.errors.clear()
