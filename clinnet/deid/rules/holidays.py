"""A holiday used as the time of an event is a date: "fever since Eid-ul-Adha", "came after
Dashain", "OD over Hogmanay into Ne'erday", "he'll turn 102 on Juneteenth". With the year of
the post it names the day; Safe Harbor removes it like any other date element. The holidays
of many countries and faiths are data (``data/holidays.txt``)."""

from __future__ import annotations

import re
from functools import cache

from .. import lexicons
from ..categories import DATE
from ..names import word_tokens
from . import Note, Span, finder
from ._words import Phrases, occurrences

# what makes a holiday the time of something: a time word just before it, with "the",
# "last", "this" or "next" between ("since the Eid", "over last Diwali"), or "post-". Not
# "for" or "pre-": "insulin advice for Ramadan", "kosher-for-Passover", "pre-Ramadan
# counselling" speak of the season, not of a day something happened
_TIME_BEFORE = re.compile(
    r"(?:\b(?:since|after|before|over|during|until|till|til|on|at|from|around|through|into|"
    r"by|near|approaching|ahead\sof|every|avant|pendant|depuis|durant|antes\sde|durante|"
    r"despu\u00e9s\sde)\s(?:the\s|last\s|this\s|next\s|le\s|la\s|l'|el\s)?|\bpost-)$")
# ... and "for" after a journey or an absence: "couldn't go home for Dashain", "away for
# Nowruz", "came back for the New Year", "vient de Touba pour la Tabaski"
_JOURNEY_FOR = re.compile(
    r"\b(?:home|back|away|off|went|go|going|gone|travel\w*|came|come|coming|visit\w*|mudik|"
    r"flew|drove|left|leave|vient|venu|venue|rentr\w*|fue|vino)\b[^.;!?\n]{0,30}"
    r"\b(?:for|pour|para)\s(?:the\s|le\s|la\s|l'|el\s)?$")
# a holiday followed by a part of its day names that day: "Diwali night", "THIRUVONAM DAY",
# "J'Ouvert morning", "Bayram day 1"
_DAY_PART_AFTER = re.compile(
    r"\s(?:night|day|eve|morning|evening|afternoon|weekend|long\sweekend)\b")


# a people's or a calendar's new year: "Hmong New Year", "Tamil New Year", "Persian New Year"
# (a capitalised word before it that is not a greeting, a determiner or a verb: "Delivered
# New Year's Day")
_PEOPLE_BEFORE = re.compile(
    r"(?<![\w'\u2019-])(?!(?:Happy|A|The|This|Next|Last|Every|Our|Their|His|Her)\s)"
    r"[A-Z][a-z]{2,15}(?<!ed)(?<!ing)(?<!ly)\s$")


@cache
def _holidays() -> Phrases:
    """The holidays, each by the words a note must hold for it, longest first ("eid
    al-adha" before "eid")."""
    return Phrases((word_tokens(name), name) for name in lexicons.holidays())


@finder("holiday_time", DATE)
def holiday_times(note: Note) -> list[Span]:
    """A holiday or festival of ``data/holidays.txt`` right after a time word ("since",
    "after", "over", "on", "every", "post-"), after "for" when a journey or an absence comes
    first ("went home for Dashain", "away for Nowruz"), or before a part of its day ("Diwali
    night", "Bayram day 1"); a people's new year with its name ("after Hmong New Year").
    Left alone: a holiday without any of these ("the Diwali lights", "Christmas disease", "a
    Ramadan fast") or after a bare "for" ("advice for Ramadan"), which names no day."""
    lower = note.lower
    taken: list[Span] = []
    for name in _holidays().in_note(note.words):
        for at in occurrences(lower, name):
            end = at + len(name)
            if (at and lower[at - 1].isalnum()) or (end < len(lower) and (
                    lower[end].isalnum() or lower[end] in "-")):
                continue
            if any(a <= at < b for a, b in taken):
                continue  # "eid" inside an "eid al-adha" already found
            if name.startswith("new year") and (people := _PEOPLE_BEFORE.search(
                    note.text, max(0, at - 24), at)):
                at = people.start()  # "after Hmong New Year": the people's new year
            if (_TIME_BEFORE.search(lower, max(0, at - 16), at)
                    or _JOURNEY_FOR.search(lower, max(0, at - 60), at)
                    or _DAY_PART_AFTER.match(lower, end)):
                taken.append((at, end))
    return taken
