"""Names after honorifics and kinship titles of many traditions: "Smt. Kaveri Rangasamy",
"W/ro Meskerem", "Bu Sumiati", "Doña Remedios", "Bà Lan", "Alhaji Musa Danjuma",
"Tita Rosario", "smt lakshmamma" (data/honorifics.txt)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from .. import lexicons
from ..categories import NAME
from . import Note, Span, finder, per_note, trim
from ._words import NAME_WORD, ascii_fold, generic_words, is_initial, is_role, name_like

_WORD_RUN = re.compile(r"[a-z]+")
# the word after a title: one or two spaces, or ". " after an abbreviated one
_NEXT = re.compile(rf"\.?[ \t]{{1,2}}(?P<w>{NAME_WORD}\.?)")
_MORE = re.compile(rf"[ \t](?P<w>{NAME_WORD}\.?)")
_STOP = lexicons.words("""
and or of the a an in on at to for from with is was has had will who which that this his her
their its not no he she they we i you it as by but so if then also
""")


@cache
def _how() -> dict[str, frozenset[str]]:
    """The titles as written, and the Turkish ones with a plain "i" for the dotless one
    (normalised text may hold either)."""
    table = dict(lexicons.honorifics())
    for title, how in lexicons.honorifics().items():
        table.setdefault(title.replace("\u0131", "i"), how)  # normalised "hanim"
    return table


def _surfaces(title: str, how: frozenset[str]) -> list[str]:
    """How a title may be written: with a capital; in capitals when it is no English or
    clinical word of three letters or more ("SR" is sinus rhythm); in lower case if marked."""
    out = [title[0].upper() + title[1:]]
    if len(title) > 2 and title not in lexicons.english() and title not in lexicons.medical():
        out.append(title.upper())
    if "lower" in how:
        out.append(title)
    return out


_Other = list[tuple[tuple[str, ...], re.Pattern[str]]]


@cache
def _table() -> tuple[dict[str, list[re.Pattern[str]]], _Other]:
    """Each title's regex of the ways it may be written, keyed by the word of the note's
    word set that must be there for it to run (plain-letter titles; "w/ro" -> "ro"), and
    the titles with other letters ("Bà", "Doña") with the strings to test first."""
    by_word: dict[str, list[re.Pattern[str]]] = {}
    other: _Other = []
    for title, how in _how().items():
        forms = _surfaces(title, how)
        rx = re.compile(r"(?<![\w/.\-])(?:" + "|".join(map(re.escape, forms)) + r")(?![\w/])")
        if title.isascii():
            key = max(_WORD_RUN.findall(title), key=len)
            by_word.setdefault(key, []).append(rx)
        else:
            other.append((tuple(forms), rx))
    return by_word, other


def _candidates(note: Note) -> list[re.Match[str]]:
    """Every place a title is written in one of its forms, in text order."""
    by_word, other = _table()
    regexes = [rx for w in note.words & by_word.keys() for rx in by_word[w]]
    text = note.text
    if not text.isascii():
        regexes.extend(rx for forms, rx in other if any(f in text for f in forms))
    found = [m for rx in regexes for m in rx.finditer(text)]
    found.sort(key=lambda m: m.start())
    return found


def _titled(w: str) -> bool:
    return w[0].isupper() and any(ch.islower() for ch in w[1:])


def _name_word(w: str, style: str, first: bool, title_is_word: bool) -> bool:
    """Is ``w`` (a word after a title, in the title's letter case) part of the name?"""
    bare = w.rstrip(".")
    low = ascii_fold(bare)
    if style == "lower" and not bare.islower():
        return False
    if style == "title" and not (bare[0].isupper() and (bare.isupper() or _titled(bare)
                                                         or len(bare) == 1)):
        return False
    if style == "caps" and not bare.isupper():
        return False
    if is_initial(bare):
        return style != "lower" and w.endswith(".")
    if low in _STOP or is_role(bare) or low in generic_words() or low in lexicons.not_names():
        return False
    if name_like(bare):
        # "Sri Lanka": a country's word is no name (but "Sri" itself may be a given name)
        return low not in lexicons.not_places() or low in _how()
    # an ordinary word written as a name after a title that is no English word itself
    # ("Tita Baby"); never in lower case, never after "Chief" or "Uncle"
    return first and style == "title" and not title_is_word and len(low) > 2 and (
        low not in lexicons.not_names())


@per_note
def _titles_and_names(note: Note) -> list[tuple[Span, Span]]:
    """(title span, name span) for each title followed by a name (computed once a note)."""
    out: list[tuple[Span, Span]] = []
    found = _candidates(note)
    if found:
        text = note.text
        table = _how()
        english = lexicons.english()
        for m in found:
            title = m.group()
            if _after_proper_word(text, m.start()):
                continue  # inside a longer proper name ("Makarantar Malam Isa")
            how = table[title.lower()]
            if title.islower():
                if "lower" not in how or not (text.islower() or _mostly_lower(text)):
                    continue
                style = "lower"
            elif title.isupper() and len(title) > 1:
                if not text.isupper() and not _caps_line(text, m.start()):
                    continue
                style = "caps"
            elif title[0].isupper():
                style = "title"
            else:
                continue
            nm = _NEXT.match(text, m.end())
            if nm is None:
                continue
            title_is_word = ascii_fold(title) in english
            words = [nm]
            if not _name_word(nm.group("w"), style, True, title_is_word):
                continue
            end = nm.end("w")
            while len(words) < 4:
                more = _MORE.match(text, end)
                if more is None or not _name_word(more.group("w"), style, False, True):
                    break
                words.append(more)
                end = more.end("w")
            last = words[-1].group("w")
            if last.endswith(".") and not is_initial(last.rstrip(".")):
                end -= 1  # the sentence's full stop
            out.append((m.span(), (nm.start("w"), end)))
    return out


_ROLE_BEFORE = re.compile(r"\b([A-Za-z]{2,10})[ \t]$")
_PROPER_BEFORE = re.compile(r"[A-Z][a-z\u00c0-\u024f'\u2019-]{1,30}[ \t]$")


def _after_proper_word(text: str, at: int) -> bool:
    """A capitalised word right before, not at a sentence start: "Fatma Hanim" (Turkish
    puts the title after the given name), "Makarantar Malam Isa" (a title inside a name)."""
    m = _PROPER_BEFORE.search(text, max(0, at - 34), at)
    if m is None or is_role(m.group().strip()):
        return False
    s = m.start()
    if s and (text[s - 1].isalnum() or text[s - 1] in "'\u2019-"):
        return False  # the capital was inside a word
    before = text[max(0, s - 3) : s].rstrip()
    return not (s == 0 or before.endswith((".", "!", "?", ":", "\n")) or before == "")


def _mostly_lower(text: str) -> bool:
    """Phone-typed text: few capitals after sentence ends."""
    caps = sum(1 for ch in text if ch.isupper())
    return caps * 40 < len(text)


def _caps_line(text: str, at: int) -> bool:
    s = text.rfind("\n", 0, at) + 1
    e = text.find("\n", at)
    line = text[s : e if e >= 0 else len(text)]
    return line == line.upper()


@finder("honorific_name", NAME)
def honorific_names(note: Note) -> Iterator[Span]:
    """The name after an honorific or kinship title of any tradition ("Smt.", "Thiru",
    "W/ro", "Ibu", "Hanim", "Doña", "Pani", "Bà", "Alhaji", "Aunty", "Tita"): one to four
    words in the title's letter case that look like name words ("Bu Sumiati", "Pak
    Darsono", "smt lakshmamma" in a lower-case note), or any capitalised word after a title
    that is no English word itself ("Tita Baby"). The title is not part of the name.
    Left alone: a title that is also an ordinary word before an ordinary word ("Chief
    Complaint", "Pan American", "ate rice"), a lower-case title in a mixed-case note, and
    "Sri Lanka"."""
    for _, name in _titles_and_names(note):
        yield name


@trim("honorific_title", (NAME,))
def honorific_titles(note: Note) -> Iterator[Span]:
    """The title itself, where a name follows it, is cut out of name findings ("Tmt." in
    "PATIENT: Tmt. Muthulakshmi ...", "Ato" in "Ato Gebremedhin Tesfaye"); titles that are
    also given names ("Selvi", "Nana", "Mama Seun") are left to the other passes."""
    table = _how()
    text = note.text
    for (s, e), _ in _titles_and_names(note):
        if "title" in table[text[s:e].lower()]:
            role = _ROLE_BEFORE.search(text, max(0, s - 12), s)
            # "Patient Pan Zbigniew ...": a role word before the title goes with it
            yield (role.start() if role and is_role(role.group(1)) else s), e
