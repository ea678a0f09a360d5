"""Numbers everyone may call are no one's identifier: toll-free and freephone lines ("Poison
Control (1-800-222-1222)", "the Human Trafficking Hotline 1-888-373-7888", "Shelter's helpline
0808 800 4444", "the Modern Slavery Helpline is 08000 121 700"). A toll-free number belongs to
an organisation, never to a patient."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..categories import PHONE
from . import Note, Span, veto

# North American toll-free codes (800, 833-888) and the UK's and Ireland's freephone (0800,
# 0808, 1800), from the area code on (a search that starts on a digit or a bracket), written
# as a phone number: separated, or in brackets ("8004471226" bare is an id); a "1-" or "+1 "
# before it is taken in after
_TOLL_FREE = re.compile(
    r"(?:\(8(?:00|33|44|55|66|77|88)\)\s?|8(?:00|33|44|55|66|77|88)[\s.-])\d{3}[\s.-]?\d{4}(?!\d)"
    r"|(?:0800|0808|1800)\s?\d{3}\s?\d{3,4}(?!\d)|08000\s?\d{3}\s?\d{3}(?!\d)")
_COUNTRY_BEFORE = re.compile(r"\+?1[\s.-]?$")


# what says the line is an organisation's: "Poison Control (", "the Hotline", "helpline",
# "appeals line". A toll-free number after "work#" or a name is someone's to reach them by
# (the nursing corpus tags "work# 888-...")
_ORGANISATION_BEFORE = re.compile(
    r"\b(?:hotline|helpline|help\s?line|line|control|cent(?:er|re)|crisis|lifeline|freephone|"
    r"toll[\s-]?free|advice|appeals?|services?|customer|support|samaritans|poison|shelter|"
    r"benefits?|pharmacy|insurer|plan|reservations?|desk)\b[^.\n\d]{0,24}$", re.IGNORECASE)


@veto("toll_free", (PHONE,), hints=("800", "833", "844", "855", "866", "877", "888", "808"))
def toll_free(note: Note) -> Iterator[Span]:
    """A toll-free or freephone number ("1-800-222-1222", "(877) 555-0100", "0808 800 4444",
    "1800 459 459") after what says whose line it is ("Poison Control", "helpline",
    "appeals line"): an organisation's, not a phone finding. A toll-free number with no such
    word before it ("work# 888-...") and every other number stay with the phone rules."""
    text = note.text
    for m in _TOLL_FREE.finditer(text):
        start = m.start()
        if (country := _COUNTRY_BEFORE.search(text, max(0, start - 3), start)) is not None:
            start = country.start()
        if start and (text[start - 1].isdigit() or text[start - 1] == "-"):
            continue  # inside a longer number
        if _ORGANISATION_BEFORE.search(text, max(0, start - 48), start):
            yield start, m.end()
