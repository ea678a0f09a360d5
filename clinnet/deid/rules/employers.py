"""Where a person works, named after their job: "line worker on the boning line at Red River
Beef Packers", "seamstress at Sunrise Alterations & Tailoring", "drove for Bay State Coach
Lines", "parents work at Shree Balaji Textiles"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .. import lexicons
from ..categories import LOCATION
from . import Note, Span, finder
from ._words import ascii_fold

_JOBS = (
    r"worker|operator|driver|welder|conductor|seamstress|tailor|molder|moulder|lineman|sawyer|"
    r"hand|technician|tech|teacher|janitor|cleaner|cook|chef|cashier|clerk|farmer|miner|"
    r"picker|packer|labou?rer|contractor|mechanic|machinist|electrician|plumber|carpenter|"
    r"painter|roofer|logger|trucker|barman|bartender|barista|server|waiter|waitress|nanny|"
    r"caregiver|aide|guard|officer|firefighter|mason|butcher|baker|fisherman|seafarer|sailor|"
    r"engineer|manager|supervisor|foreman|owner|salesman|rep|student|apprentice|intern|"
    r"volunteer|employee|staff|crew|dispatcher|groundskeeper|housekeeper|attendant|porter|"
    r"counsellor|counselor|pastor|imam|priest|coach|secretary|accountant|programmer"
)
_CAPWORD = (r"(?:(?:Bros|Co|Inc|Ltd|Corp|St|Mt)\.|"
            r"[A-Z][\w'\u2019]{0,30}(?:-[A-Z][\w'\u2019]{0,30})?)")
_JOINER = r"(?:&|and|of|the|de|la|del|y|No\.\s\d{1,3})"
_NAME = rf"(?:the\s)?(?P<n>{_CAPWORD}(?:\s(?:{_JOINER}|{_CAPWORD})){{1,6}})"
# the job, a few words about it, then at/for/with/from and a capitalised name
_AFTER_JOB = re.compile(
    rf"\b(?:{_JOBS})s?\b(?:\s[a-z][\w-]*){{0,6}}?\s(?:at|for|with|from)\s{_NAME}"
)
_WORKS = re.compile(
    rf"\b(?:work|works|worked|working|drove|drives|driving|clean|cleans|cooks|teaches|"
    rf"volunteers|serves)(?:\s(?:nights|days|mornings|evenings|weekends|shifts|"
    rf"part-time|full-time))?\s(?:at|for|with)\s{_NAME}"
)
_STOP_AFTER = re.compile(r"\s(?:of|and|the|de|la|del|y|&)$")


@finder("employer_after_job", LOCATION, hints=(" at ", " for ", " with ", " from "))
def employers(note: Note) -> Iterator[Span]:
    """Two to seven capitalised words (with "&", "of", "Bros.", "No. 3" inside) after a job
    word and "at/for/with/from", or after "works (nights) at": an employer is a Safe Harbor
    location. The name needs a word that is not generic or clinical, so "nurse at the Cancer
    Center" and "worker with Medicaid Services" stay unflagged."""
    generic = lexicons.facility_generic() | lexicons.medical() | lexicons.not_places()
    for regex in (_AFTER_JOB, _WORKS):
        for m in regex.finditer(note.text):
            name = _STOP_AFTER.sub("", m.group("n"))
            words = [ascii_fold(w).strip(".") for w in name.split() if w[0].isupper()]
            if not words or all(w in generic for w in words):
                continue
            yield m.start("n"), m.start("n") + len(name)
