"""@mentions and profiles (issue 14): a mention links a colleague and tells them once, is not a
patient identifier, and a profile never lists posts written under a pseudonym."""

from __future__ import annotations

from sqlalchemy import select

from clinnet.accounts import services as accounts
from clinnet.cases import posts, services
from clinnet.cases.models import Case, State
from clinnet.core.authz import Role
from clinnet.extensions import db
from clinnet.notifications.models import Notification
from tests.cases.factories import make_case
from tests.helpers import PASSWORD, make_user, page_text


def _colleague(first="Tomas", last="Lindqvist"):
    return accounts.create_member(f"{first.lower()}.{last.lower()}@example.org", PASSWORD,
                                  Role.PHYSICIAN, first_name=first, last_name=last)


def _notes(user) -> list[str]:
    return db.session.scalars(select(Notification.message).where(
        Notification.user_id == user.id, Notification.kind == "mention")).all()


def test_verified_members_get_a_handle_from_their_name_unique_and_ascii(app):
    first = _colleague("Łukasz", "Wójcik")
    second = accounts.create_member("other@example.org", PASSWORD, Role.PHYSICIAN,
                                    first_name="Lukasz", last_name="Wojcik")
    assert first.handle == "lukasz.wojcik"
    assert second.handle == "lukasz.wojcik2"


def test_a_mention_links_the_colleague_is_no_finding_and_tells_them_once(client):
    tomas, author = _colleague(), make_user(Role.PHYSICIAN)
    case = make_case(author, body="A woman in her fifties, day 0. What do you think, "
                                  "@tomas.lindqvist? Also cc @nobody.here.")
    assert case.status == State.PUBLISHED
    assert not posts.findings(case)  # the handle (and "tomas" in it) is a colleague
    assert '<a class="mention" href="/members/tomas.lindqvist">@tomas.lindqvist</a>' \
        in case.body_html
    assert "/members/nobody.here" not in case.body_html
    assert _notes(tomas) == [f"{case.author_name} mentioned you on case #{case.id}"]
    services.update_case(case, author, services.CaseInput(
        title=case.title, body=case.body + " Thanks @tomas.lindqvist.",
        specialties=["cardiology"]), version=case.version)
    assert len(_notes(tomas)) == 1  # an edit does not tell them again
    reply = services.post_reply(case, make_user(Role.PHYSICIAN), "+1 to @tomas.lindqvist")
    assert len(_notes(tomas)) == 2  # a new post that mentions them does
    assert reply.status == State.PUBLISHED


def test_a_draft_never_notifies_and_a_mention_does_not_hide_a_real_identifier(client):
    tomas, author = _colleague(), make_user(Role.PHYSICIAN)
    draft = make_case(author, publish=False,
                      body="Patient Tomas Lindqvist, MRN 4471982; @tomas.lindqvist thoughts?")
    assert _notes(tomas) == []
    texts = {f.finding.text for f in posts.findings(draft)}
    assert "4471982" in texts
    assert any("Lindqvist" in t and not t.startswith("@") for t in texts)


def test_a_profile_shows_public_posts_only_and_suggestions_complete_handles(client):
    tomas = _colleague()
    public = make_case(tomas, title="Syncope in a runner")
    hidden = make_case(tomas, title="A pseudonymous one", anonymous=True)
    services.post_reply(hidden, tomas, "Under my pseudonym.", anonymous=True)
    client.login_as(make_user(Role.PHYSICIAN))
    page = page_text(client.get("/members/tomas.lindqvist"))
    assert "Dr. Tomas Lindqvist verified physician" in page
    assert "Syncope in a runner" in page
    assert "A pseudonymous one" not in page
    assert f"On case #{hidden.id}" not in page
    assert client.get("/members/no.such.member").status_code == 404
    found = client.get("/members/mentions?q=lind").get_json()["members"]
    assert found == [{"handle": "tomas.lindqvist", "name": "Dr. Tomas Lindqvist"}]
    assert client.get("/members/mentions?q=t").get_json() == {"members": []}
    assert db.session.get(Case, public.id).status == State.PUBLISHED


def test_applicants_have_no_profile_and_cannot_look_members_up(client):
    _colleague()
    client.login_as(make_user(Role.APPLICANT))
    assert client.get("/members/tomas.lindqvist").status_code in (302, 403)
    assert client.get("/members/mentions?q=lind").status_code in (302, 403)


def test_thanking_a_colleague_of_the_thread_by_name_publishes_but_a_patient_namesake_does_not(
        client):
    """Members taking part in a thread under their own names are colleagues wherever the
    discussion speaks to them; the same name with nothing about the discussion around it
    still stops the reply, and a pseudonymous participant's name is never cleared."""
    author, tomas = make_user(Role.PHYSICIAN), _colleague()
    case = make_case(author, body="A man in his sixties with a wide-complex tachycardia.")
    services.post_reply(case, tomas, "Adenosine is reasonable if it is regular.")
    thanks = services.post_reply(case, author, "Thanks Dr. Lindqvist, it converted.")
    assert thanks.status == State.PUBLISHED
    assert not posts.findings(thanks)
    namesake = services.post_reply(case, author, "Second patient, Tomas Lindqvist, 61M, same.")
    assert namesake.status == State.DRAFT
    assert any("Lindqvist" in f.finding.text for f in posts.findings(namesake))

    hidden = _colleague("Ingrid", "Vasquez-Holm")
    services.post_reply(case, hidden, "Check the QRS morphology.", anonymous=True)
    reply = services.post_reply(case, author, "Thanks Dr. Vasquez-Holm.")
    assert reply.status == State.DRAFT
    assert any("Vasquez-Holm" in f.finding.text for f in posts.findings(reply))


def test_the_reply_editor_looks_the_threads_colleagues_up_once(client):
    """An editor page needs the colleagues twice (findings, then the words to check): the
    members of the thread are read from the database once per request."""
    from tests.cases.test_thread import count_queries

    author, tomas = make_user(Role.PHYSICIAN), _colleague()
    case = make_case(author, body="A man in his sixties with a wide-complex tachycardia.")
    services.post_reply(case, tomas, "Adenosine is reasonable if it is regular.")
    draft = services.post_reply(case, author, "Second patient, Tomas Lindqvist, 61M, same.")
    db.session.commit()
    assert draft.status == State.DRAFT
    client.login_as(author)
    with count_queries() as statements:
        page = client.get(f"/replies/{draft.id}/edit")
    assert page.status_code == 200
    assert "Lindqvist" in page_text(page)  # the finding is shown
    participants = [s for s in statements if "UNION" in s.upper() and "replies" in s]
    assert len(participants) == 1, participants
