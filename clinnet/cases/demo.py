"""Demo content for `clinnet demo`: published cases with threads several levels deep, one case
waiting for review and one draft with open findings, so a new user sees every state.

Every published text here passes the de-identification scan (a test checks it); the draft's
identifiers are fictitious and deliberate.
"""

from __future__ import annotations

from sqlalchemy import select

from clinnet.accounts.models import User
from clinnet.cases import posts, services
from clinnet.cases.models import Case
from clinnet.extensions import db

DEMO_MARKER = "Exertional chest pain with a normal resting ECG"

# (author email, anonymous, title, specialties, age band, sex, setting, body, question,
#  timeline, thread). A thread is a list of (author email, text, children).
_CASES = [
    ("physician@clinnet.test", False, DEMO_MARKER, ["cardiology"], "50-59", "female",
     "outpatient",
     "A woman in her fifties reports chest tightness on climbing two flights of stairs for "
     "six weeks, relieved by rest within minutes.\n\n"
     "- Resting ECG: sinus rhythm, no ST changes\n- Troponin: normal twice, six hours apart\n"
     "- Risk factors: hypertension, former smoker, LDL 4.1 mmol/L\n\n"
     "Exercise treadmill test stopped at 7 minutes with 2 mm horizontal ST depression in "
     "V4-V6.",
     "Would you go straight to invasive angiography, or CT coronary angiography first?",
     "day 0: first visit, resting ECG normal\nday 3: treadmill test positive\n"
     "day 10: review in clinic",
     [("physician2@clinnet.test", "With a clearly positive treadmill test and typical "
       "symptoms, her pre-test probability is high. I would go to invasive angiography.",
       [("physician@clinnet.test", "That was my instinct too. Would you start a beta blocker "
         "while she waits?",
         [("physician2@clinnet.test", "Yes, bisoprolol 2.5 mg daily, plus aspirin and a high "
           "intensity statin.",
           [("moderator@clinnet.test", "Agree. Also give her a GTN spray and a clear plan for "
             "what to do if pain comes at rest.", [])])])]),
      ("moderator@clinnet.test", "CT coronary angiography is reasonable if the wait for "
       "invasive testing is long; it also helps if the treadmill result is doubted.", [])]),
    ("physician2@clinnet.test", True, "Recurrent transient diplopia in a young adult",
     ["neurology", "ophthalmology"], "18-29", "male", "emergency",
     "A man in his twenties has had three episodes of horizontal diplopia over two weeks, "
     "each lasting about an hour, worse in the evening. Mild bilateral ptosis on sustained "
     "upgaze after 45 seconds. Pupils normal. No limb weakness.\n\n"
     "Ice pack test improved the ptosis.",
     "Which tests would you order first, and would you start treatment before results?",
     "day 0: seen in the emergency department\nday 1: neurology review",
     [("physician@clinnet.test", "Fatigable ptosis and a positive ice pack test point to "
       "ocular myasthenia. Send acetylcholine receptor antibodies, and MuSK if negative.",
       [("physician2@clinnet.test", "Antibodies are pending. Would you image the chest now?",
         [("physician@clinnet.test", "Yes, a CT of the chest for thymoma regardless of the "
           "antibody result.", [])])])]),
    ("physician@clinnet.test", True, "Annular plaques that do not respond to topical "
     "antifungals", ["dermatology"], "40-49", "female", "outpatient",
     "Several annular plaques with a raised, non-scaly border on the backs of both hands for "
     "four months. Two courses of topical antifungal made no difference. Skin scrapings were "
     "negative for fungi.",
     "Granuloma annulare seems likely. Is a biopsy needed before treating?",
     "",
     [("physician2@clinnet.test", "The non-scaly border argues against tinea. A punch biopsy "
       "is cheap and settles it; I would biopsy before a long steroid course.", [])]),
    ("physician2@clinnet.test", False, "Fever after a river swim", ["infectious-disease"],
     "30-39", "male", "inpatient",
     "A man in his thirties developed fever, myalgia, conjunctival suffusion and calf "
     "tenderness eight days after swimming in a river after heavy rain. Creatinine is rising "
     "and platelets are low.",
     "Would you start treatment before serology returns?",
     "day 0: fever began\nday 4: admitted\nday 5: creatinine rising",
     []),
]

_IN_REVIEW = ("physician@clinnet.test", "Sudden painless loss of vision in one eye",
              ["ophthalmology"], "70-79", "male",
              "A man in his seventies noticed sudden painless loss of vision in the right eye "
              "on waking. Fundoscopy shows a cherry red spot and a relative afferent defect. "
              "His daughter had already consulted Dr. Google.",
              "Time since onset is about five hours. Is there anything left to try?")

_DRAFT = ("physician@clinnet.test", "Hyponatraemia after a marathon (draft)",
          ["emergency-medicine"],
          "Runner collapsed at the finish on 04/21/2024. Her husband can be reached on "
          "555-010-4477. Sodium 121 mmol/L.",
          "Hypertonic saline now?")


def _users() -> dict[str, User]:
    return {u.email: u for u in db.session.scalars(select(User))}


def _add_thread(case: Case, users, nodes, parent_id=None) -> None:
    for email, text, children in nodes:
        author = users[email]  # the case's author answers under the case's pseudonym
        reply = services.post_reply(case, author, text, parent_id,
                                    anonymous=case.anonymous and author.id == case.author_id)
        _add_thread(case, users, children, reply.id)


def seed_cases() -> None:
    """Create the demo cases once; running it again changes nothing."""
    if db.session.scalar(select(Case.id).where(Case.title == DEMO_MARKER)):
        return
    users = _users()
    for (email, anonymous, title, specialties, age, sex, setting, body, question, timeline,
         thread) in _CASES:
        author = users[email]
        case = services.create_case(author, services.CaseInput(
            title=title, body=body, question=question, timeline=timeline,
            specialties=specialties, age_band=age, sex=sex, setting=setting,
            anonymous=anonymous))
        posts.publish(case, author, case.version)
        _add_thread(case, users, thread)

    email, title, specialties, age, sex, body, question = _IN_REVIEW
    author = users[email]
    case = services.create_case(author, services.CaseInput(
        title=title, body=body, question=question, specialties=specialties, age_band=age,
        sex=sex))
    for item in posts.findings(case):
        posts.dismiss_finding(case, author, case.version, item.field, item.finding.category,
                              item.finding.text, "Dr. Google is the search engine, not a person.")
    posts.publish(case, author, case.version)

    email, title, specialties, body, question = _DRAFT
    services.create_case(users[email], services.CaseInput(
        title=title, body=body, question=question, specialties=specialties))
