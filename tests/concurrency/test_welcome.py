"""Two tabs answering the welcome at once (issue 14 onboarding, issue 11's rule that every state
change holds under a race): the member ends with exactly one tab's answers, never a mixture,
and no request fails."""

import pytest

from clinnet.accounts.models import User
from clinnet.cases import services as cases
from clinnet.core.authz import Role
from clinnet.extensions import db
from clinnet.notifications import emails
from tests.concurrency.race import TRIALS, browser, deadlocks, race
from tests.helpers import make_user

ANSWERS = ({"specialties": ["cardiology", "nephrology"], "frequency": "daily"},
           {"specialties": ["dermatology"], "frequency": "never"})


@pytest.mark.postgres_only
def test_two_tabs_answering_the_welcome_leave_one_answer(app):
    before = deadlocks()
    for _ in range(TRIALS):
        member = make_user(Role.PHYSICIAN)
        member.welcome_due = True
        db.session.commit()
        outcomes = race(app, [(browser(app, member), "POST", "/welcome", data)
                              for data in ANSWERS])
        assert all(o.status == 302 for o in outcomes), [o.status for o in outcomes]
        db.session.expire_all()
        chosen = (cases.subscriptions(member), emails.frequency_of(member.id))
        assert chosen in [(set(a["specialties"]), a["frequency"]) for a in ANSWERS]
        assert not db.session.get(User, member.id).welcome_due
    assert deadlocks() == before
