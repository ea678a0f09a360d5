"""A company named with its legal form after it, the form included: "Ridgeline Steel
Erectors, Inc.", "Gulf Marine Offshore Services, LLC", "DELACROIX & PRUITT, PLLC",
"Distribuidora El Trébol S.R.L.", "Edil Sicula Costruzioni s.r.l.", "Scierie Lac-Saint-Jean
inc.", "Transports Rivière & Fils", "Fenwick & Daughters". The form says the words before it
are a business, an employer (an identifier of where a person works), whatever the words are.
``businesses`` reads the forms that follow a name with one space; this rule reads the comma
and the dotted and lower-case spellings the bench sets' writers use."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .. import lexicons
from ..categories import LOCATION
from . import Note, Span, finder
from ._words import ascii_fold, generic_words

# the legal forms that are never a clinical abbreviation ("SA", "AG", "SpA" are, and stay
# with ``businesses``, which asks more of the name before them)
_FORM = re.compile(
    r"(?:Inc\.?|INC\.?|inc\.|LLC|L\.L\.C\.|PLLC|LLP|Ltd\.?|LTD\.?|Ltda\.?|Corp\.?|"
    r"S\.R\.L\.|SRL|s\.r\.l\.|S\.L\.|S\.A\.|S\.p\.A\.|SARL|S\.A\.S\.|Pty\.?\sLtd\.?|"
    r"Sdn\.?\sBhd\.?|B\.V\.|N\.V\.|plc|PLC|K\.K\.|P\.C\.|"
    r"(?:&|et)\s(?:Co\.|Sons?|Daughters?|Brothers|Bros\.?|Partners|Associates|Fils|Filhos|Hijos))"
    r"(?![\w&])")
# what stands between the name and the form: one space, or a comma and a space
_BETWEEN = re.compile(r",?\s$")
_WORD = r"[A-Z\u00c0-\u00de](?:[\w'\u2019-]{0,3}\.|[\w'\u2019-]*)"
# (not "of": "Helen Okonedo of Marsh & Ferris LLP" is a person of the firm)
_JOIN = r"(?:&|and|de|del|la|las|los|el|y|et|e|di|della|du|des|van|von)"
# one to six capitalised words (joiners between them) right before the form
_NAME_BEFORE = re.compile(rf"{_WORD}(?:\s(?:{_JOIN}\s)?{_WORD}){{0,5}}$")
# the words the scanner's split leaves of the forms, and the dotted forms it splits apart
_FORM_WORDS = frozenset(("inc", "llc", "pllc", "llp", "ltd", "ltda", "corp", "srl", "sarl", "plc",
                         "pty", "bhd", "co", "son", "sons", "fils", "filhos", "hijos", "daughter",
                         "daughters", "brothers", "bros", "partners", "associates"))
_DOTTED = tuple((d, frozenset(d.replace(".", ""))) for d in (
    "s.r.l", "s.l.", "s.a.", "s.p.a", "b.v.", "n.v.", "k.k.", "p.c.", "l.l.c"))


@finder("legal_form", LOCATION)
def legal_forms(note: Note) -> Iterator[Span]:
    """Capitalised words and the legal form after them. Left alone: a run of generic or
    clinical words ("Home Care, Inc." names no one's workplace), a form with nothing
    capitalised before it ("a small inc."), "inc" after ordinary words without its comma
    ("Propofol inc. to 50"), and notes in capitals."""
    if note.in_capitals:
        return  # "PROPOFOL INC TO 75": no case tells a name from the words before "increase"
    if _FORM_WORDS.isdisjoint(note.words) and not any(
            letters <= note.words and dotted in note.lower for dotted, letters in _DOTTED):
        return
    text = note.text
    generic = generic_words()
    for m in _FORM.finditer(text):
        between = _BETWEEN.search(text, max(0, m.start() - 2), m.start())
        if between is None:
            continue
        name = _NAME_BEFORE.search(text, max(0, between.start() - 90), between.start())
        if name is None:
            continue
        words = [ascii_fold(w).strip(".,'").lower() for w in name.group().split()]
        if all(w in generic or len(w) < 2 for w in words):
            continue
        # "inc" is also "increased": without its comma it needs a word no list knows
        if m.group().lower().startswith("inc") and "," not in between.group() \
                and all(_known(w) for w in words):
            continue
        yield name.start(), m.end()


def _known(word: str) -> bool:
    return word in lexicons.english() or word in lexicons.medical() or word in generic_words()
