"""Dates of laws, approvals, funding and meetings in a post about no one: "funded since 1
February 2021", "FDA approval in June 2025", "banned engineered stone from 1 July 2024",
"symposium 12-14 November 2024". A date is an identifier when it is a person's (admitted,
born, died); a date in force for everyone is public, and flagging it sends teaching posts
to review."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..categories import DATE
from ..lexicons import words
from ..names import PERSON_WORDS
from . import Note, Span, veto

# what makes a sentence's date public: an act of a regulator or lawmaker, a public
# programme's funding, a conference (not "signed", "approved", "amended", "adopted",
# "meeting", "season", "deadline", "policy" or "program": a patient's consent is signed, an
# MRI approved, duties amended, a child adopted, a family meeting dated)
_PUBLIC = words("""
fda ema mhra tga pmda pharmac mbs pbs wada easa faa osha mohre regulator regulation
regulations law laws act statute ruling guideline guidelines guidance funded subsidised
subsidized reimbursed enacted published launched banned prohibited rollout congress
symposium webinar abstracts force effect commenced moratorium prequalified prequalification
revised amendment decree decreto ordinance directive circular loi ley gesetz beschluss
vigueur vigor campaign
""")
# a season: a month to a month, with no day or year ("from July to October", "November to
# April", "June-September", "Sept-Jan")
_MONTH = (r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|"
          r"april|june|july|august|september|october|november|december)")
_SEASON = re.compile(
    rf"(?<![\w/.-]){_MONTH}\.?(?:\s?(?:-|to|until|till|through)\s?){_MONTH}\.?(?![\w/-]|\s\d)")
# a sentence: up to a full stop and space, a semicolon or a line break
_SENTENCE = re.compile(r"[^.;\n]+(?:\.(?=\S)[^.;\n]*)*")


@veto("public_date", (DATE,))
def public_dates(note: Note) -> Iterator[Span]:
    """In a note that speaks of no person (no "she", "Mr", "admitted", "born", "pt":
    a teaching or question post), every sentence that holds a word of public acts
    ("approval", "funded", "banned", "guideline", "in force", "decree"): its dates are no
    one's; so is a season, a month to a month with no day or year ("dengue season is from
    July to October"). A note about a patient keeps all its dates, whatever a sentence says
    ("on SI since June 2023, FAA letter ref ...": the date is the pilot's)."""
    if not PERSON_WORDS.isdisjoint(note.words):
        return
    low = note.lower
    if "-" in low or " to " in low or " t" in low:
        yield from (m.span() for m in _SEASON.finditer(low))
    if _PUBLIC.isdisjoint(note.words):
        return
    for m in _SENTENCE.finditer(low):
        if not _PUBLIC.isdisjoint(_WORD.findall(m.group())):
            yield m.span()


_WORD = re.compile(r"[a-z][a-z'.]*[a-z]|[a-z]")
