"""Sign-offs: "thx - Priya", "— MK", "Thanks, Ifeoma" at the end of a line."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .. import lexicons
from ..categories import NAME
from ..lexicons import words
from . import Note, Span, finder
from ._words import NAME_WORD, is_initial, is_role, name_like

_THANKS = (r"(?i:thanks|thank\syou|thx|tx|ty|cheers|regards|best|rgds|kind\sregards|"
           r"many\sthanks)")
_DASH = r"[-\u2013\u2014~]{1,2}"
_NAME = rf"(?P<name>{NAME_WORD}(?:[ \t]{NAME_WORD}){{0,2}}|[A-Z]{{2,3}}|(?:[A-Z]\.){{2,3}})"
_END = r"[ \t]*[.!]?[ \t]*$"
# "— Ọláolúwa", "thx - jen", "Thx - MK" ending a line: found from the dash (cheap to find);
# what stands before it on the line (nothing, or a thank-you) is checked by _BEFORE_DASH
_TITLE = r"(?:(?:[Dd]r[a]?|DR|[Pp]rof|PROF|Sr|Fr)\.?[ \t]+)?"
# after the name, a credential ("MD", "Sp.Onk", "FRCP") or a role in brackets ("(haem reg)")
_AFTER_NAME = r"(?:,[ \t][A-Z][\w.-]{1,15}|[ \t]\([^()\n]{1,30}\))?"
_AFTER_DASH = re.compile(rf"{_DASH}[ \t]*{_TITLE}{_NAME}\.?{_AFTER_NAME}{_END}", re.MULTILINE)
_BEFORE_DASH = re.compile(rf"(?:^|\n|[.!?)]|{_THANKS}[,.!]?)[ \t]*$")
# "Thanks, Ifeoma" / "cheers Dev" as the whole line
_AFTER_THANKS = re.compile(rf"^[ \t]*{_THANKS}[,!]?[ \t]+{_NAME}{_END}", re.MULTILINE)
_THANKS_WORDS = frozenset(("thanks", "thank", "thx", "tx", "ty", "cheers", "regards", "best",
                           "rgds"))
_THANKS_BEFORE = re.compile(rf"{_THANKS}[,.!]?[ \t]*$")
_CAPITAL = re.compile(r"(?<![0-9])[A-Z]")


def _mixed_case(text: str) -> bool:
    """Capitals about, other than in units glued to a number ("1L", "5mL")?"""
    return bool(_CAPITAL.search(text)) and not text.isupper()


def _listed(word: str) -> bool:
    low = word.lower()
    return low in lexicons.first_names() or low in lexicons.surnames()


_INITIALS = re.compile(r"[A-Z]{2,3}|(?:[A-Z]\.){2,3}")


@finder("sign_off", NAME, hints=("-", "\u2013", "\u2014", "thank", "thx", "cheers", "regards"))
def sign_offs(note: Note) -> Iterator[Span]:
    """The name a post or message is signed with: after a dash at the end of a line, or after
    a thank-you that makes up the whole last line. Initials count only in capitals after a
    dash ("- MK"); ordinary words ("- all", "Thanks, everyone") and clinical abbreviations
    ("- ICU", "- ED") are no name. A colleague signing or thanked by name is dropped later
    by the colleague check when the network knows them."""
    mixed = None  # worked out at the first signature that needs it
    thanked = bool(_THANKS_WORDS & note.words)
    last_words_end = len(note.text.rstrip())
    for regex, dashed in ((_AFTER_DASH, True), (_AFTER_THANKS, False)):
        if not dashed and not thanked:
            continue
        for m in regex.finditer(note.text):
            if dashed and not (
                    m.end() >= last_words_end  # the post's last words
                    or _BEFORE_DASH.search(note.text, max(0, m.start() - 24), m.start())):
                continue
            name = m.group("name")
            if _INITIALS.fullmatch(name):
                if not dashed or name.replace(".", "").lower() in _NOT_INITIALS:
                    continue
            elif not all((name_like(w) or is_initial(w)) and not is_role(w)
                         for w in name.split()) or all(is_initial(w) for w in name.split()):
                continue
            elif name.isupper() and len(name) > 3 and not (
                    _BEFORE_DASH.search(note.text, max(0, m.start() - 24), m.start())
                    or all(_listed(w) for w in name.split())):
                continue  # "... IN A 78 YEAR OLD - ARTHROPLASTY.": a heading's last word
            elif not name[0].isupper() and (mixed if mixed is not None else (
                    mixed := _mixed_case(note.text))) and not _THANKS_BEFORE.search(
                    note.text, max(0, m.start() - 16), m.start()):
                continue  # with capitals about, a lower-case word after a bare dash is prose
            yield m.start("name"), m.end("name")


# two or three capitals after a dash that are clinical, not someone's initials
_NOT_INITIALS = words("""
ed er icu or ent gi id ob pt ot rt np pa md do rn dnr icd cpr bp hr rr ekg ecg cxr ct mri usa
uk us nhs va gp fyi tbd asap eod eow ams aki cad chf copd dka dvt pe uti nad wnl
""")
