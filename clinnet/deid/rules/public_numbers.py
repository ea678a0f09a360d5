"""Numbers everyone may call are no one's identifier: toll-free and freephone lines ("Poison
Control (1-800-222-1222)", "the Human Trafficking Hotline 1-888-373-7888", "Shelter's helpline
0808 800 4444", "the Modern Slavery Helpline is 08000 121 700"). A toll-free number belongs to
an organisation, never to a patient."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..categories import PHONE
from . import Note, Span, veto

# North American toll-free codes (800, 833-888) with or without the leading 1, and the UK's
# and Ireland's freephone (0800, 0808, 1800)
_TOLL_FREE = re.compile(
    # written as a phone number: separated, or in brackets ("8004471226" bare is an id)
    r"(?<![\d-])(?:\+?1[\s.-]?)?(?:\(8(?:00|33|44|55|66|77|88)\)\s?|8(?:00|33|44|55|66|77|88)[\s.-])"
    r"\d{3}[\s.-]?\d{4}(?!\d)"
    r"|(?<![\d-])(?:0800|0808|1800)\s?\d{3}\s?\d{3,4}(?!\d)|(?<![\d-])08000\s?\d{3}\s?\d{3}(?!\d)")


@veto("toll_free", (PHONE,), hints=("800", "833", "844", "855", "866", "877", "888", "808"))
def toll_free(note: Note) -> Iterator[Span]:
    """A toll-free or freephone number ("1-800-222-1222", "(877) 555-0100", "0808 800 4444",
    "1800 459 459"): an organisation's line, not a phone finding. Every other number stays
    with the phone rules."""
    for m in _TOLL_FREE.finditer(note.text):
        yield m.span()
