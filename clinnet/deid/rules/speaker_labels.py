"""Speakers in a pasted chat: "[22:10] dave k: gave D50", "Kasia Nowicka 14:02: last dose?",
"[3:14 PM] Lowe, Ada (RN):", and the same speaker named again later in the note."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .. import lexicons
from ..categories import NAME
from ..lexicons import words
from . import Note, Span, finder
from ._words import NAME_WORD, ascii_fold, generic_words, is_initial, is_role, name_like

_CLOCK = r"\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s?[ap]\.?m\.?)?"
# a weekday may stand first: "[Sat 10:15] Dev:", "[Tues, 08:02]"
_WEEKDAY = r"(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day|nesday|urday|sday)?\.?,?\s"
_STAMP = rf"(?:{_WEEKDAY})?(?:\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{2,4}},?\s)?{_CLOCK}"
# "Lowe, Ada" (surname first, as rosters and hospital chat apps write people) or given first
_LABEL = rf"{NAME_WORD}\.?(?:(?:,[ \t]|[ \t]{{1,2}}){NAME_WORD}\.?){{0,3}}"
# a role in brackets after the name: "Nate Foley (gen surg):", "Holly Street (NP) 09:20:"
_ROLE = r"(?:[ \t]\((?P<role>[^()\n]{1,30})\))?"
_LINE_START = r"^[ \t>*_-]*"
_SPEAKER = re.compile(
    # "[22:10] dave k:", "[08/05/24, 07:15] Funmi HO:", "22:10 - dave k:"
    rf"{_LINE_START}(?:\[{_STAMP}\]|\({_STAMP}\)|{_STAMP}[ \t]*[-\u2013]?)[ \t]*"
    rf"(?P<a>{_LABEL}){_ROLE}[ \t]*:"
    # "Kasia Nowicka 14:02:", "Łukasz W. (14:05):"
    rf"|{_LINE_START}(?P<b>{_LABEL})(?:[ \t]\((?P<role_b>[^()\n]{{1,30}})\))?[ \t,]+[\[(]?"
    rf"{_STAMP}[\])]?[ \t]*:",
    re.IGNORECASE | re.MULTILINE,
)
_WORD = re.compile(NAME_WORD + r"\.?")
_DIGIT = re.compile(r"\d")
# a bracketed role that says the speaker is a person on the team (not "on call", "ICU")
_PERSON_ROLES = words("""
rn np pa crna md do ho sho reg registrar intern resident fellow attending consultant nurse mo
jmo rmo hmo spr sn midwife student pharmacist physio
""")
_PRONOUNS = words("me myself i you we us them him her")
_ROLE_CODE = re.compile(r"\b(?:pgy|fy|ct|st|r|ms)\d\b", re.IGNORECASE)
_ROLE_WORD = re.compile(r"[a-z]+")


def _personal(word: str) -> bool:
    """A word of a speaker's name: one that could be a name, a listed first name or surname
    that is also a clinical word ("Foley"), or a given name shortened with a dot ("Ma.")."""
    bare = word.rstrip(".")
    if name_like(bare):
        return True
    low = ascii_fold(bare)
    if low in lexicons.first_names() or low in lexicons.surnames():
        return True
    return word.endswith(".") and 2 <= len(bare) <= 4 and bare.isalpha() and bare[0].isupper()


def _person_role(role: str | None) -> bool:
    if not role:
        return False
    low = role.lower()
    return bool(_PERSON_ROLES & set(_ROLE_WORD.findall(low))) or bool(_ROLE_CODE.search(low))


@finder("speaker_label", NAME, hints=(":",))
def speaker_labels(note: Note) -> Iterator[Span]:
    """A name that labels a line of a chat, next to the message's time stamp, given name
    first or "Surname, Given". Roles in the label ("HO", "reg", "RN", "PGY2", "Paeds SHO")
    stay outside the span; a label of roles or ordinary words only ("ED reg:", "Charge
    nurse:", "Pharmacy:", "Cons on call") is no name, unless a bracketed person role says a
    single capitalised word is someone ("Hope (R2) 06:12:"). The speaker's name is also
    found where the note names them again ("Hope asked me to post this")."""
    if not _DIGIT.search(note.text):  # no time stamp without a digit
        return
    text = note.text
    again: set[str] = set()
    labels: list[Span] = []
    for m in _SPEAKER.finditer(text):
        group = "a" if m.group("a") else "b"
        label_words = [(w.start(), w.end(), w.group()) for w in _WORD.finditer(m.group(group))]
        base = m.start(group)
        kept = [(s, e, w) for s, e, w in label_words if not is_role(w)]
        if any(ascii_fold(w) in _PRONOUNS for _, _, w in kept):
            continue  # "[08:21] me:", "[09:02] you:": the writer's own copy of a chat
        if not kept or all(is_initial(w) for _, _, w in kept):
            continue  # "A:", "S:" are headings
        if not (all(is_initial(w) or _personal(w) for _, _, w in kept)
                and any(_personal(w) for _, _, w in kept)):
            role = m.group("role") if group == "a" else m.group("role_b")
            only = kept[0][2]
            if not (len(kept) == 1 and only[:1].isupper() and only[1:].islower()
                    and _person_role(role) and ascii_fold(only) not in generic_words()):
                continue
        labels.append((base + kept[0][0], base + kept[-1][1]))
        yield labels[-1]
        again.update(w.rstrip(".") for _, _, w in kept if len(w.rstrip(".")) >= 3)
    for word in again:
        for m in re.finditer(rf"(?<![\w@.]){re.escape(word)}(?![\w@])", text):
            if not any(a <= m.start() < b for a, b in labels):
                yield m.span()
