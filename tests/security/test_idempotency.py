"""Issue 13 item 9: a form sent twice does its work once, and says so; a refused form can be
corrected and sent again."""

import re

from sqlalchemy import func, select

from clinnet.accounts.models import IdempotencyKey
from clinnet.cases.models import Reply
from clinnet.core.authz import Role
from clinnet.core.forms import Form
from clinnet.extensions import db
from tests.cases.factories import make_case
from tests.helpers import Browser, make_user, page_text

_KEY = re.compile(r'name="idempotency_key" value="([A-Za-z0-9_-]+)"')


def reply_count(case) -> int:
    return db.session.scalar(select(func.count()).select_from(Reply).where(
        Reply.case_id == case.id))


def test_every_form_carries_a_fresh_key(app, users):
    browser = Browser(app.test_client())
    browser.login_as(users[Role.PHYSICIAN])
    case = make_case(users[Role.PHYSICIAN])
    first = _KEY.findall(browser.get(f"/cases/{case.id}").get_data(as_text=True))
    second = _KEY.findall(browser.get(f"/cases/{case.id}").get_data(as_text=True))
    assert first
    assert not set(first) & set(second)


def test_a_resubmitted_reply_is_posted_once(app, users):
    author, replier = make_user(Role.PHYSICIAN), users[Role.PHYSICIAN]
    case = make_case(author)
    browser = Browser(app.test_client())
    browser.login_as(replier)
    page = browser.get(f"/cases/{case.id}").get_data(as_text=True)
    form = {"body": "Repeat the ECG in an hour.", "idempotency_key": _KEY.findall(page)[-1]}
    first = browser.post(f"/cases/{case.id}/replies", form)
    again = browser.post(f"/cases/{case.id}/replies", form)
    assert first.status_code == again.status_code == 302
    assert again.headers["Location"] == first.headers["Location"]
    assert "That form was already sent" in page_text(browser.get(again.headers["Location"]))
    assert reply_count(case) == 1
    # A new page is a new form: the same words may be posted on purpose.
    page = browser.get(f"/cases/{case.id}").get_data(as_text=True)
    browser.post(f"/cases/{case.id}/replies", {**form, "idempotency_key": _KEY.findall(page)[-1]})
    assert reply_count(case) == 2


def test_a_refused_form_keeps_its_key_and_can_be_corrected(app, users):
    browser = Browser(app.test_client())
    browser.login_as(users[Role.PHYSICIAN])
    key = "a-key-for-a-form-with-errors"
    refused = browser.post("/account/password", {"current_password": "wrong but long enough",
                                                 "new_password": "x", "idempotency_key": key})
    assert refused.status_code == 200
    assert f'value="{key}"' in refused.get_data(as_text=True)  # shown again with its key
    assert db.session.scalar(select(func.count()).select_from(IdempotencyKey)) == 0


def test_keys_are_scoped_to_the_member(app, users):
    case = make_case(make_user(Role.PHYSICIAN))
    form = {"body": "Consider a D-dimer.", "idempotency_key": "shared-key-between-members"}
    for member in (users[Role.PHYSICIAN], make_user(Role.PHYSICIAN)):
        browser = Browser(app.test_client())
        browser.login_as(member)
        browser.post(f"/cases/{case.id}/replies", form)
    assert reply_count(case) == 2


def test_every_form_class_is_a_clinnet_form():
    """All forms get the key (and read only form fields) from the one base class."""
    from flask_wtf import FlaskForm

    import clinnet.accounts.forms
    import clinnet.admin.forms
    import clinnet.cases.forms
    import clinnet.moderation.forms
    import clinnet.privacy.forms
    import clinnet.verification.forms  # noqa: F401

    def subclasses(cls):
        for sub in cls.__subclasses__():
            yield sub
            yield from subclasses(sub)

    strays = [cls.__qualname__ for cls in subclasses(FlaskForm)
              if cls.__module__.startswith("clinnet") and not issubclass(cls, Form)]
    assert strays == []
