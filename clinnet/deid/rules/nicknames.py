"""Nicknames: 'Rodelio "Jun-Jun" Manalastas', "Kenneth 'Bluey' Hargreaves", '(goes by "Bear")',
'known as "Malou"', 'everyone calls him "T-Bone"', "Alasdair MacLeod ('Ally')"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .. import lexicons
from ..categories import NAME
from ..lexicons import words
from ..word_start import WordStart
from . import Note, Span, finder
from ._words import NAME_WORD, WEEKDAYS, name_like, occurrences

_OPEN, _CLOSE = "[\"\u201c\u2018]", "[\"\u201d\u2019]"
# between a first and a last name a plain apostrophe quotes too ("Kenneth 'Bluey' Hargreaves"):
# the name words either side keep "John's 'friend' Mark"-like prose out
# (an apostrophe opens a quote only after a space or a bracket: "don't", "pt's" are tried
# no further than their apostrophe)
_OPEN_ANY, _CLOSE_ANY = "(?:[\"\u201c\u2018]|'(?<=[\\s(]'))", "[\"\u201d\u2019']"
_NICK = r"[^\W\d_][^\"\u201c\u201d\n()]{0,18}?"
# starts on the quote (cheap to find); the first name before it is checked in Python
_QUOTED = re.compile(
    rf"{_OPEN_ANY}(?P<nick>{_NICK}){_CLOSE_ANY}[ \t]{{1,2}}(?P<last>{NAME_WORD})")
_FIRST_BEFORE = re.compile(rf"(?P<first>{NAME_WORD})[ \t]{{1,2}}$")
_CALLED = WordStart(
    rf"(?:goes\sby|go\sby|aka|a\.k\.a\.?|known\sas|nicknamed|calls\s(?:him|her|them)self|"
    rf"likes\sto\sbe\scalled|prefers(?:\sto\sbe\scalled)?|calls?\s(?:him|her)|"
    rf"called\s(?:him|her))[ \t:]{{1,3}}{_OPEN_ANY}(?P<nick>{_NICK}){_CLOSE_ANY}",
    re.IGNORECASE,
)
# ... and without quotes: "goes by Buck (Lyle on the chart)", "known as Tiny to everyone";
# nicknames are ordinary words ("Buck", "Tiny"), so the word is capitalised, no clinical word
# and no item of a series ("goes by bus", "known as Type 2", "aka Sjogren's" are not)
_CALLED_BARE = WordStart(
    r"(?:goes\sby|go\sby|known\sas|nicknamed|aka|calls\s(?:him|her)|call\s(?:him|her))"
    r"[ \t]{1,2}(?P<nick>[A-Z][a-z'\u2019-]{1,20})\b(?!\s?\d)")
# what "calls him" may be followed by that is no nickname: kin and roles ("calls her Mum"),
# days ("call him Monday")
_NOT_NICKNAMES = WEEKDAYS | words("""
mum mom mam dad papa mama nana nan gran granny grandma grandpa grandad sis bro son doc
doctor nurse sir madam boss tomorrow tonight today back
""")
_SMALL = frozenset(("the", "a", "an", "his", "her", "their", "our", "my", "this", "that", "mr",
                    "mrs", "ms", "dr", "miss"))
# the first words of those phrases: the regex runs only where the note holds one
_CALLED_WORDS = frozenset(("goes", "go", "aka", "k", "known", "nicknamed", "calls", "call",
                           "called", "likes", "prefers"))
# a full name, then the nickname in brackets: "Alasdair MacLeod ('Ally')", "Pádraig Ó
# Súilleabháin ('Podge' to everyone)"; found from the bracket and quote
_BRACKETED = re.compile(
    rf"\(\s?{_OPEN_ANY}(?P<nick>{_NICK}){_CLOSE_ANY}"
    rf"(?:\)|\s(?:to\s(?:everyone|all|friends|family|his|her|the)\b|for\sshort|at\s))")
_TITLE_IN_NICK = re.compile(r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Aunty|Auntie|Uncle|Nana)\.?\s")
_FULL_NAME_BEFORE = re.compile(rf"(?:{NAME_WORD}\s){{1,3}}{NAME_WORD}\s$")


def _titled(word: str) -> bool:
    """"Rodelio", "Okonjo-Harris": a capital, then lower case (in capitals, "DO" could be
    any word)."""
    return word[0].isupper() and any(ch.islower() for ch in word[1:])


@finder("nickname", NAME, hints=('"', "\u201c", "\u2018", " '", "('", "go by", "goes by",
                                    "known as", "nicknamed", "aka", "call"))
def nicknames(note: Note) -> Iterator[Span]:
    """A quoted nickname between a first and a last name (all three are the name), after
    "goes by", "aka", "known as", "calls him" (quoted or not: "everybody calls him Ransom",
    never "calls her Mum" or "call him Monday"), or in brackets after a full name in title
    case ("Alasdair MacLeod ('Ally')", "('Podge' to everyone)"). Quoted words between
    ordinary words ('a "frank" bleed') and quoted diagnoses are left alone: the words
    either side must look like name words, and a bracketed quote after anything but a
    name ("the rash ('slapped cheek')") is no nickname."""
    text = note.text
    for m in _QUOTED.finditer(text):
        before = _FIRST_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if before is None:
            continue
        first, last = before.group("first"), m.group("last")
        if _titled(first) and _titled(last) and name_like(first) and name_like(last):
            yield before.start("first"), m.end("last")
    if not _CALLED_WORDS.isdisjoint(note.words):
        for m in _at_called_words(note, _CALLED):
            if m.group("nick")[0].isupper() or text.islower():
                yield m.start("nick"), m.end("nick")
        for m in _at_called_words(note, _CALLED_BARE):
            word = m.group("nick").lower()
            if word not in _SMALL and word not in _NOT_NICKNAMES and \
                    word not in lexicons.medical() and word not in lexicons.eponyms():
                yield m.span("nick")
    if "(" in text:
        for m in _BRACKETED.finditer(text):
            before = _FULL_NAME_BEFORE.search(text, max(0, m.start() - 60), m.start())
            words = before.group().split()[-2:] if before else ()
            # the surname in title case, the word before it capitalised ("Ó Súilleabháin")
            if words and m.group("nick")[0].isupper() and words[0][0].isupper() and _titled(
                    words[1]) and name_like(words[1]):
                # a title inside the quotes is not the name: ("Mrs. Hoa")
                title = _TITLE_IN_NICK.match(text, m.start("nick"))
                yield (title.end() if title else m.start("nick")), m.end("nick")


def _at_called_words(note: Note, phrase: WordStart) -> Iterator[re.Match[str]]:
    """The matches of ``phrase`` at the words that start it ("goes", "calls", "aka"), found
    with str.find: tried at every letter of a note, its alternation cost 45 ms over the
    nursing corpus, where "call" is in most notes."""
    text, low = note.text, note.lower
    starts = set()
    for word in _CALLED_WORDS & note.words:
        # "a.k.a." starts two letters before the "k" the word set holds
        for at in occurrences(low, "a.k.a" if word == "k" else word):
            starts.add(at)
    for at in sorted(starts):
        if (m := phrase.match(text, at)) is not None:
            yield m
