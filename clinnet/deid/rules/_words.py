"""Word tests the registered rules share."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache

from .. import lexicons
from ..lexicons import words
from ..normalize import fold_word as ascii_fold

# A word as people write names: letters of any script, inner apostrophes and hyphens. Bounded,
# so that a regex trying it at every hyphen of "a-a-a-a..." stays linear.
NAME_WORD = r"[^\W\d_](?:[^\W\d_]|['\u2019\-](?=[^\W\d_])){0,40}"
# An ordinal's letters as the scanner's word split leaves them ("9th" gives "9" and "th"): a
# note whose word set holds none of them holds no ordinal.
ORDINAL_SUFFIXES = words("st nd rd th")
WEEKDAYS = words("monday tuesday wednesday thursday friday saturday sunday")
# Roles that go with a name in a chat label or a sign-off but are not part of it.
ROLES = words("""
ho sho reg registrar rn md do np pa crna intern resident fellow attending consultant nurse
charge pharm pharmacist ortho cards surg gen anaesth anes anesthesia im ed er icu micu sicu
team on call oncall night day cover covering locum gp dr prof mo jmo rmo hmo sr snr jr
mr mrs ms miss mx patient pt
spr cons anp acp odp hca slt sn midwife matron sister physio paramedic medic triage paeds peds
anaes gynae obs gyn haem heme onc neuro psych derm rheum renal gastro resp uro vasc plastics
rads radiology micro path geri geriatrics dra drs sra srta mme mlle pak bu ibu bapak
ong ba anh chi co pan pani smt shri sri ate kuya lola lolo tita tito don dona senor senora
sra alhaji alhaja mallam malam baba mama
adjunto adjunta residente enfermera enfermero enfermeira jefe jefa guardia interno interna
infermiere infermiera medecin interne vrach pediatr dezhurny dezhurnyi dezhurnaya zav
otdeleniem otdeleniya hirurg khirurg medsestra feldsher anesteziolog reanimatolog uzd uzi
ordinator oberarzt assistenzarzt chefarzt
""")
_ROLE_CODE = re.compile(r"(?:pgy|ho|fy|ct|st|r)\d", re.IGNORECASE)


@cache
def clinical_terms() -> frozenset[str]:
    """Clinical words and eponyms, one set (built once): what a rule asks of a word before
    taking it for a name, a label or a misspelling."""
    return lexicons.medical() | lexicons.eponyms()


@cache
def generic_words() -> frozenset[str]:
    """Words that never make a name or place specific: kinds of facility, clinical words and
    the places no one lives in (built once; the union is large)."""
    return lexicons.facility_generic() | lexicons.medical() | lexicons.not_places()


def is_role(word: str) -> bool:
    low = ascii_fold(word).rstrip(".")
    if "-" in low:  # "UZD-vrach", "charge-nurse": every part a role
        return all(part in ROLES for part in low.split("-"))
    return low in ROLES or bool(_ROLE_CODE.fullmatch(low))


def could_be_name(word: str) -> bool:
    """A word that could be part of a person's name (``name_like``) and is no role ("Reg",
    "Nurse")."""
    return name_like(word) and not is_role(word)


def is_initial(word: str) -> bool:
    return len(word.rstrip(".")) == 1 and word[0].isalpha()


def name_like(word: str) -> bool:
    """Could this word be part of a person's name? A listed first name or surname is; so is
    a word in no list at all ("Funmi", "Ọláolúwa"); an English or clinical word is not."""
    low = ascii_fold(word).replace("\u2019", "'")
    if low.endswith("'s"):
        low = low[:-2]
    if len(low) < 2 or not low.replace("'", "").replace("-", "").isalpha():
        return False
    if len(low) == 2 and low not in lexicons.first_names():
        return False  # "Me", "Re", "Ok": two letters are a name only as a known first name
    if low in lexicons.first_names() or low in lexicons.surnames():
        return low not in lexicons.medical()
    parts = low.split("-")
    return not any(p in lexicons.english() or p in lexicons.medical() or p in lexicons.eponyms()
                   or p in lexicons.not_names() or p in lexicons.not_places() for p in parts)


_LEADING_LETTERS = re.compile(r"[a-z]+")


@dataclass(frozen=True)
class KeywordGates:
    """Keywords by the word the note's word set must hold for each to stand at a word start
    (its leading ASCII letters); ``free`` are those that start with another letter."""

    order: dict[str, int]
    by_gate: dict[str, tuple[str, ...]]
    gates: frozenset[str]
    free: tuple[str, ...]


def keyword_gates(keywords) -> KeywordGates:
    """The gates of ``keywords`` (see :func:`present`)."""
    order: dict[str, int] = {}
    by_gate: dict[str, list[str]] = {}
    free = []
    for keyword in keywords:
        order.setdefault(keyword, len(order))
        lead = _LEADING_LETTERS.match(keyword)
        if lead:
            by_gate.setdefault(lead.group(), []).append(keyword)
        else:
            free.append(keyword)
    return KeywordGates(order, {k: tuple(v) for k, v in by_gate.items()},
                        frozenset(by_gate), tuple(free))


def present(gated: KeywordGates, words) -> list[str]:
    """The keywords that can stand at a word start in a note with these words, in the order
    they were given: one set intersection instead of a search of the whole note for every
    keyword (or a lookup for each)."""
    out = list(gated.free)
    for gate in gated.gates & words:
        out.extend(gated.by_gate[gate])
    if len(out) > 1:
        out.sort(key=gated.order.__getitem__)
    return out


def occurrences(text: str, needle: str, overlapping: bool = False) -> Iterator[int]:
    """Where ``needle`` starts in ``text``, in order: the str.find loop the rules use to go
    straight to their rare words instead of trying a regex at every position."""
    step = 1 if overlapping else len(needle)
    at = text.find(needle)
    while at >= 0:
        yield at
        at = text.find(needle, at + step)


class Phrases:
    """Phrases of a word list (each the scanner's words of it, and a value the rule wants
    back), indexed by their first word: :meth:`in_note` gives, longest first, the values of
    those whose words are all in a note's word set, a set lookup per first word instead of
    a search of the note for every phrase."""

    def __init__(self, entries: Iterable[tuple[Iterable[str], object]]) -> None:
        by_first: dict[str, list[tuple[frozenset[str], int, object]]] = {}
        for phrase, value in entries:
            parts = tuple(phrase)
            if parts:
                size = sum(map(len, parts)) + len(parts)
                by_first.setdefault(parts[0], []).append((frozenset(parts), size, value))
        self._by_first = {k: tuple((needs, value) for needs, _, value in
                                   sorted(v, key=lambda e: -e[1]))
                          for k, v in by_first.items()}
        # a frozenset, not the dict's key view: "&" of two sets walks the smaller one, a key
        # view walks itself (every first word, for every note)
        self._firsts = frozenset(self._by_first)

    def in_note(self, note_words: set[str] | frozenset[str]) -> Iterator:
        for first in self._firsts & note_words:
            for needs, value in self._by_first[first]:
                if needs <= note_words:
                    yield value


def eponym_or_clinical(word: str) -> bool:
    """An eponym or a clinical word, written any way ("Kocher", "Russell's", "DeBakey")."""
    low = ascii_fold(word).replace("\u2019", "'")
    if low.endswith("'s"):
        low = low[:-2]
    return low in lexicons.eponyms() or low in lexicons.medical() or all(
        part in lexicons.eponyms() for part in low.split("-"))
