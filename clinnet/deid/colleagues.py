"""Colleagues in the discussion are not patient identifiers.

A post on the network thanks, agrees with, quotes and @mentions other members: "+1 to Dr.
Haldane", "Thanks Miriam and @tomasz.zielinski", "**Rohan Kulkarni** replied:". The detector
cannot tell a colleague's name from a patient's by its shape, but the network knows who its
members are. Given the members a text may refer to (the caller decides which: the thread's
participants, the members it @mentions), a name finding made only of one member's name
words is dropped when the words around it are discussion words: a thank-you, an agreement,
a reply header, a possessive such as "Dr. Eze's slides". Everything inside a member's
@handle is dropped too.

Context decides, not the name alone: "pt Miriam Haldane, 72F" stays a finding even when a
member is called Miriam Haldane, because nothing around it is about the discussion.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple

from .categories import LOCATION, NAME
from .finding import Finding
from .lexicons import words
from .normalize import fold_word as fold


class Colleague(NamedTuple):
    """A member the text may refer to: their registered name and, if any, their handle
    ("priya.raman", with or without the "@")."""

    name: str
    handle: str | None = None


# Words that, just before a name, make it someone spoken to or credited in the discussion.
_CUES = words("""
    thanks thank thx ty tysm cheers kudos props congrats congratulations agree agreed agreeing
    +1 per cc credit grateful reply replying respond responding started asked echo echoing
    seconding hi hello hey ping pinging tagging lol haha pls sorry posted
    todah toda gracias merci danke grazie obrigado obrigada shukran spasibo asante salamat
    arigato kiitos tack takk dank dankie mahalo
""")
# Words that may sit between a cue and the name ("thanks also to Dr.", "agree with").
_FILLERS = words("""
    you also again so much very to with by all and for everyone both on & , dr drs doctor
    prof professor
""")
_AFTER = re.compile(
    r"(?:\*\*|__)?\s*(?:\([^()\n]{1,40}\)\s*)?"
    r"(?:replied|replies|wrote|writes|said|says|posted|commented|asked|answered|responded)\b"
    r"|(?:\*\*|__)\s*:|:(?:\*\*|__)"  # a bold reply header; a bare "Name:" may be a chat
    r"|['\u2019]s\s+(?:question|point|comment|comments|suggestion|reply|answer|post|thread|list|"
    r"slides|flowchart|chart|charts|table|primer|poster|talk|summary|tip|tips|take|case|"
    r"idea|approach|protocol|team|paper|review|link|message|note|experience)\b"
    # what is said of someone taking part: "Magnus is right", "as Beatriz suggested"
    r"|\s+(?:is|was)\s+(?:right|correct|spot\s+on)\b|\s+(?:always\s+)?wins\b"
    r"|\s+(?:suggested|mentioned|pointed\s+out|nailed\s+it|beat\s+me\s+to\s+it)\b"
    r"|\s+and\s+I\b",
    re.IGNORECASE,
)
# a name said to someone: at the start of a sentence or a reply, then a comma and a word
# ("Rashid, you've probably seen...", "**Reply:** Chidi, agree."); a digit after the comma
# ("Rashid, 54M") is a patient being described
_APPOSITION = words("""
his her their the a an aged age who whose which born my now previously known
""")
_VOCATIVE_AFTER = re.compile(r"(?:\*\*|__)?,\s{1,3}[^\W\d_]")
_HEADER_BEFORE = re.compile(r"(?:(?:\*\*|__)\s*:|:\s*(?:\*\*|__)|[.!?]|^)\s*(?:\*\*|__)?$")
_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['\u2019-])*|@[\w.]+|[+]1|[,&.!?;:]", re.UNICODE)
_TITLES = words("dr drs prof doctor")
_PERSON_OR_PLACE = (NAME, LOCATION)
_POSSESSIVE = re.compile(r"['\u2019]s$")
_HANDLE = re.compile(r"(?<![\w@.])@([A-Za-z0-9](?:[A-Za-z0-9._-]{0,38}[A-Za-z0-9])?)")


def drop_colleagues(text: str, findings: list[Finding],
                    colleagues: Iterable[Colleague | str]) -> list[Finding]:
    """``findings`` without those that are colleagues in the discussion (see module doc).

    A bare string in ``colleagues`` is a handle (how the gate knew members before names)."""
    members = [c if isinstance(c, Colleague) else Colleague("", c) for c in colleagues]
    if not members or not findings:
        return findings
    handles = {fold(m.handle.lstrip("@")) for m in members if m.handle}
    name_words = {fold(w) for m in members for w in _WORD.findall(m.name) if w[0].isalpha()}
    # "Seo-yeon": each part too, a finding may hold only the first
    name_words |= {part for w in list(name_words) if "-" in w for part in w.split("-") if part}
    full_names = {" ".join(fold(w) for w in _WORD.findall(m.name) if w[0].isalpha())
                  for m in members if " " in m.name.strip()}
    mentions = [m.span() for m in _HANDLE.finditer(text) if fold(m.group(1)) in handles]
    kept = []
    for f in findings:
        if any(a <= f.start and f.end <= b for a, b in mentions):
            continue
        # a member's name read as a place is still the member ("Fergus Quinlan:" as the
        # speaker of a line, where a word of the name is also a town)
        if f.category in _PERSON_OR_PLACE and _member_name(f.text, name_words) and (
                _cue_before(text, f.start, name_words, handles) or _cue_after(text, f.end)
                or _vocative(text, f.start, f.end, name_words)
                or _speaker(text, f.start, f.end, full_names)):
            continue
        if f.category == NAME and _thanked_in_span(f.text, name_words):
            continue  # "Gracias Paz", "Todah Yael": the thanks read as a first name
        kept.append(f)
    return kept


def _thanked_in_span(span: str, name_words: set[str]) -> bool:
    words = _WORD.findall(span)
    return (len(words) > 1 and fold(words[0]) in _CUES
            and _member_name(span[span.index(words[0]) + len(words[0]):], name_words))


def _member_name(span: str, name_words: set[str]) -> bool:
    words = [_POSSESSIVE.sub("", fold(w)) for w in _WORD.findall(span) if w[0].isalpha()]
    return bool(words) and all(w in name_words for w in words)


def _cue_before(text: str, start: int, name_words: set[str], handles: set[str]) -> bool:
    """Walk back over titles, fillers and other colleagues to the word that decides."""
    if text[start - 1:start] == "@":  # "@Colin Baxter": a mention typed with the name
        return True
    line_start = text.rfind("\n", 0, start) + 1
    words = _WORD.findall(text[max(line_start, start - 120):start])[-16:]
    for k in range(len(words) - 1, -1, -1):
        low = fold(words[k])
        if low in _CUES:
            return True
        if low in ".!?;:":  # a sentence ends here, unless it is a title's full stop
            if low == "." and k and fold(words[k - 1]) in _TITLES:
                continue
            return False
        if low in _FILLERS or low in name_words or (low.startswith("@")
                                                    and low[1:].rstrip(".") in handles):
            continue
        return False
    return False


def _cue_after(text: str, end: int) -> bool:
    if _POSSESSIVE.search(text[max(0, end - 2):end]):  # "Dr. Eze's" flagged whole
        end -= 2
    return _AFTER.match(text, end) is not None


# what may stand before a speaker's name on its line: a time stamp, a bullet, a reply marker,
# a title ("[07:40] ", "- ", "Reply - Dr. ", "> ")
_SPEAKER_BEFORE = re.compile(
    r"(?:\s|[-*>\u2022|\u21b3]|\[[^\]\n]{1,25}\]|\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?|"
    r"re(?:ply|plies)?\s?[-\u2013\u2014:]|(?:dr|prof|doctor)\.?|"
    # "Reply from Dr. X:", "Réponse de X:", "Respuesta de X:", "Antwort von X:"
    r"(?:reply|response|answer|comment)\s(?:from|by)|r[eé]ponse\sde|respuesta\sde|"
    r"resposta\sde|risposta\sdi|antwort\svon)*$", re.IGNORECASE)
# the end of a speaker label: a role in brackets or a degree after a comma, then the colon
# ("Mark Oyelaran (cards):", "↳ Meg Halvorsen, DO:")
_LABEL_END = r"[ \t]*(?:\([^()\n]{1,40}\)[ \t]*|,[ \t]?[A-Za-z.]{2,10}[ \t]*)?:"
_SPEAKER_AFTER = re.compile(_LABEL_END + r"(?:\s|$)")
_LABEL_BEFORE_WORD = re.compile(r"(.*?)" + _LABEL_END + r"[ \t]*")


def _speaker(text: str, start: int, end: int, full_names: set[str]) -> bool:
    """A member's full name as the speaker of a line ("[07:40] Joy Street: morning all",
    "Dr. Harriet Mbeki: B, honestly", "Mark Oyelaran (cardiology): agree"). A first name
    alone is not enough: a pasted chat also holds relatives and staff outside the network."""
    words = " ".join(_POSSESSIVE.sub("", fold(w)) for w in _WORD.findall(text[start:end])
                     if w[0].isalpha())
    if words not in full_names or not _SPEAKER_AFTER.match(text, end):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    return _SPEAKER_BEFORE.fullmatch(text, line_start, start) is not None


def _after_member_label(text: str, line_start: int, start: int, name_words: set[str]) -> bool:
    """The word at ``start`` opens what a member says on a chat line ("Dr. Carla Benally:
    Ryan, would love to see..."): before it the line holds only a speaker label made of
    member name words (with a time stamp, a title, a reply marker or a role in brackets). A
    label of anyone else ("Pt: Ryan, ...") does not count."""
    m = _LABEL_BEFORE_WORD.fullmatch(text, line_start, start)
    if not m:
        return False
    names = [w for w in (fold(w) for w in _WORD.findall(m.group(1)) if w[0].isalpha())
             if w not in _LABEL_WORDS]
    return bool(names) and all(w in name_words for w in names)


_LABEL_WORDS = _TITLES | words("reply replies re from by response reponse respuesta de")


def _vocative(text: str, start: int, end: int, name_words: set[str]) -> bool:
    """A member's name opening a sentence or a reply and followed by a comma and a word
    ("Rashid, you've seen more of these", "**Gráinne:** Chidi, agree") or, at the start
    of a reply, by the rest of a hyphenated member name ("Seo-yeon don't give it away")."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - 40):start]
    if _sign_off(text, before, end):
        return True
    if not (_HEADER_BEFORE.search(before) or _after_member_label(text, line_start, start,
                                                                  name_words)):
        return False
    rest = re.match(r"-[^\W\d_]{1,20}", text[end:end + 22])
    if rest and fold(text[start:end + rest.end()]) in name_words:
        end += rest.end()
    if rest is not None:  # the rest of the member's name, then a reply header or a word
        more = re.match(r"(?:\s[^\W\d_][\w'\u2019-]{0,30}){0,3}", text[end:end + 100])
        for w in re.findall(r"\S+", more.group()):
            if fold(w) not in name_words:
                break
            end = text.index(w, end) + len(w)
        if _AFTER.match(text, end) or re.match(r"\s{1,3}[a-z]", text[end:end + 4]):
            return True
    after = _VOCATIVE_AFTER.match(text, end)
    return after is not None and fold(
        re.match(r"[\w'\u2019]*", text[after.end() - 1:after.end() + 20]).group()
    ) not in _APPOSITION


# a member's own sign-off: a dash, maybe a title, the name, then the end of the line or
# only a role or a handle ("— Timur", "- Wei Jie", "- Ayesha, PGR medicine BBH", "— Tunde
# (@tunde.peds)"); with a plain hyphen only on the post's last line (a hyphen also starts
# a list item: "- Ayesha, 45F")
_SIGN_OFF_DASH = re.compile(r"(?:(?P<long>[\u2014\u2013]|--)|(?:^|\s)-)\s{0,2}"
                            r"(?:(?:dr|prof)\.?\s)?$", re.IGNORECASE)
_SIGN_OFF_REST = re.compile(r"[ \t]*(?:\([^()\n]{1,40}\)|,[ \t]*+(?!\d)[^\n]{1,40})?[ \t]*(?:\n|$)")


def _sign_off(text: str, before: str, end: int) -> bool:
    dash = _SIGN_OFF_DASH.search(before)
    rest = _SIGN_OFF_REST.match(text, end)
    if dash is None or rest is None:
        return False
    return bool(dash.group("long")) or not text[rest.end():].strip()
