"""Where a person works, named after their job: "line worker on the boning line at Red River
Beef Packers", "seamstress at Sunrise Alterations & Tailoring", "drove for Bay State Coach
Lines", "parents work at Shree Balaji Textiles"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..categories import LOCATION
from ..lexicons import words
from . import Note, Span, finder
from ._words import ascii_fold, generic_words

_JOBS = (
    r"worker|operator|driver|welder|conductor|seamstress|tailor|molder|moulder|lineman|sawyer|"
    r"hand|technician|tech|teacher|janitor|cleaner|cook|chef|cashier|clerk|farmer|miner|"
    r"picker|packer|labou?rer|contractor|mechanic|machinist|electrician|plumber|carpenter|"
    r"painter|roofer|logger|trucker|barman|bartender|barista|server|waiter|waitress|nanny|"
    r"caregiver|aide|guard|officer|firefighter|mason|butcher|baker|fisherman|seafarer|sailor|"
    r"engineer|manager|supervisor|foreman|owner|salesman|rep|student|apprentice|intern|"
    r"volunteer|employee|staff|crew|dispatcher|groundskeeper|housekeeper|attendant|porter|"
    r"counsellor|counselor|pastor|imam|priest|coach|secretary|accountant|programmer|"
    r"hairdresser|hairstylist|stylist|barber|beautician|manicurist|budtender|bouncer|"
    r"bookkeeper|receptionist|interpreter|translator|librarian|dishwasher|stocker|courier|"
    r"ranger|trainer|instructor|lifeguard|usher|dealer|croupier|landscaper|roustabout"
)
# Titlecase words only: in a note written in capitals every word would look like a name
_CAPWORD = (r"(?:(?:Bros|Co|Inc|Ltd|Corp|St|Mt)\.|"
            r"[A-Z][a-z\u00e0-\u00ff'\u2019][\w'\u2019]{0,30}(?:-[A-Z][\w'\u2019]{0,30})?)")
_JOINER = r"(?:&|and|of|the|de|la|del|y|No\.\s\d{1,3})"
_NAME = rf"(?:the\s)?(?P<n>{_CAPWORD}(?:\s(?:{_JOINER}|{_CAPWORD})){{1,6}})"
# found from the preposition and the capital after it; the job or "works" before it is checked
# on a short window (a regex starting on the job alternation would try every position)
_PREP_NAME = re.compile(rf"(?:at|for|with|from)\s{_NAME}")
# the rule runs only on notes that hold a job word or a verb of working (a set lookup)
_JOB_WORDS = frozenset(w + suffix for w in _JOBS.replace("?", "").replace("(", "").replace(
    ")", "").split("|") for suffix in ("", "s")) | words(
    "work works worked working drove drives driving clean cleans cooks teaches volunteers "
    "serves labourer laborer labourers laborers shift shifts job employed hired")
_JOB_BEFORE = re.compile(rf"\b(?:{_JOBS})s?\b(?:\s[a-z][\w-]*){{0,6}}$")
_WORKS_BEFORE = re.compile(
    r"\b(?:work|works|worked|working|drove|drives|driving|clean|cleans|cooks|teaches|"
    r"volunteers|serves|shift|shifts|job|employed|hired)(?:\s(?:nights|days|mornings|"
    r"evenings|weekends|shifts|part-time|full-time))?$"
)
_STOP_AFTER = re.compile(r"\s(?:of|and|the|de|la|del|y|&)$")


@finder("employer_after_job", LOCATION)
def employers(note: Note) -> Iterator[Span]:
    """Two to seven capitalised words (with "&", "of", "Bros.", "No. 3" inside) after a job
    word and "at/for/with/from", or after "works (nights) at": an employer is a Safe Harbor
    location. The name needs a word that is not generic or clinical, so "nurse at the Cancer
    Center" and "worker with Medicaid Services" stay unflagged."""
    generic = generic_words()
    text = note.text
    if not _JOB_WORDS & note.words:
        return
    for m in _PREP_NAME.finditer(text):
        if not m.start() or not text[m.start() - 1].isspace():
            continue
        window = max(0, m.start() - 80)
        if not (_JOB_BEFORE.search(text, window, m.start() - 1)
                or _WORKS_BEFORE.search(text, window, m.start() - 1)):
            continue
        name = _STOP_AFTER.sub("", m.group("n"))
        words = [ascii_fold(w).strip(".") for w in name.split() if w[0].isupper()]
        if not words or all(w in generic for w in words):
            continue
        yield m.start("n"), m.start("n") + len(name)
