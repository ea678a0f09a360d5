# ruff: noqa: RUF002, RUF003 (Turkish and other languages' letters are the data)
"""Ages over 89 written with the word for "years" of another language: "94 años", "91 anos",
"96 ans", "93 anni", "92 jaar", "95 Jahre", "90 år gammal", "97 yaşında", "93 tuổi", "91
tahun", "92 lat", "94 éves", "96 vuotias", "90 godina", "93 ετών", "95 лет", "94歳", "91 J."."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..categories import AGE_OVER_89
from ..lexicons import words
from . import Note, Span, finder
from ._world_words import found, register

# the words as the normaliser leaves them (accents folded: "años" is "anos", "år" "ar",
# "yaşında" "yasinda", "tuổi" "tuoi"); Greek and Cyrillic letters that look Latin are read
# as Latin, so those two are matched letter by letter
_AGE_WORDS = (
    r"anos|ano|ans|anni|ani|anyos|jaar|jarige|jahre|jahren|jahrige|jahriger|jahrigen|"
    r"ars|ar(?=\s(?:gammal|gamla|gammel|gamle))|aar|yasinda|yasindaki|yasindayken|yasli|"
    r"tuoi|tahun|thn|lat|let|roku|eves|evesen|eves\.|vuotias|vuotiaana|vuotiaan|godina|"
    r"godine|godini|sal|saal|saala|varsh|varsha|varshiya|"
    # German "Jahre" and Finnish "vuotta" cut short: "91 J., lebt allein", "92 v., asuu"
    r"j(?=\.[\s,;])|v(?=\.[\s,;])|"
    r"[\u03b5e][\u03c4t][\u03c9w][\u03bdv]|\u03c7\u03c1\u03bf[\u03bdv]\u03ce[\u03bdv]|"
    r"\u043b[\u0435e][\u0442t]|\u0433\u043e\u0434[\u0430a]")
_GATE = words("anos ano ans anni ani anyos jaar jarige jahre jahren jahrige jahriger jahrigen "
              "ars ar aar yasinda yasindaki yasindayken yasli tuoi tahun thn lat let roku eves "
              "evesen vuotias vuotiaana vuotiaan godina godine godini sal saal saala varsh "
              "varsha varshiya j v")
_AGE = re.compile(rf"(?<![\w.,/:-])(?:9\d|1[01]\d)\s{{0,2}}(?:{_AGE_WORDS})(?![\w])", re.IGNORECASE)
register(lambda: _GATE)
# Japanese, Chinese and Korean: the number before 歳/岁/세 ("94歳"), or after the word for age
# ("年龄 90", "年齢: 93")
_CJK_AGE = re.compile(
    r"(?<![\d.])(?:9\d|1[01]\d)(?=\s?[\u6b73\u5c81\uc138])"
    r"|(?<=[\u9f84\u9f62])\s{0,2}[:\uff1a]?\s{0,2}(?:9\d|1[01]\d)(?![\d.])")
_CJK_HINTS = ("\u6b73", "\u5c81", "\uc138", "\u9f84", "\u9f62")
# a duration, not an age: "hace 90 años", "seit 95 Jahren", "for 92 years", "há 90 anos",
# "durante 91 años", "selama 90 tahun", "od 95 lat", "per 93 anni", "depuis 90 ans"
_DURATION_BEFORE = re.compile(
    r"(?:hace|durante|desde|ha|há|por|seit|vor|uber|über|fur|für|since|for|over|per|da|"
    r"depuis|pendant|il\sy\sa|selama|sejak|od|przez|sedan|i|in|op|na|vuosi|sinds|gedurende|"
    r"dalam|aged\sover|over\sthe\spast|past|last|first|next)\s{1,2}$", re.IGNORECASE)


@finder("age_world_words", AGE_OVER_89)
def ages_world(note: Note) -> Iterator[Span]:
    """A number from 90 to 119 with a word for "years (old)" of another language after it
    ("94 años", "92 års ålder", "97 yaşında", "93 ετών"): an age. A duration is left alone:
    a number after "hace", "seit", "depuis", "selama", "for", "in" ... ("hace 90 años", "in
    95 Jahren"), and so is a number that is part of another ("1,95 anos", "3/90 lat")."""
    low = note.lower
    if not low.isascii() and any(c in low for c in _CJK_HINTS):
        for m in _CJK_AGE.finditer(note.text):
            yield m.end() - len(m.group().lstrip(" \t:\uff1a")), m.end()
    if _GATE.isdisjoint(found(note)) and (low.isascii() or not any(
            c in low for c in ("\u03c9", "\u03c7\u03c1", "\u043b", "\u0433\u043e\u0434"))):
        return
    if "9" not in low and "10" not in low and "11" not in low:
        return
    text = note.text
    for m in _AGE.finditer(text):
        if _DURATION_BEFORE.search(text, max(0, m.start() - 16), m.start()):
            continue
        yield m.start(), m.start() + (3 if text[m.start()] == "1" else 2)
