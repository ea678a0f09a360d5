"""A relative's name typed in lower case right after the relation, in a hurried note that is
otherwise written with capitals: "her son emeka go carry her come", "bhai suresh ka no",
"son harjeet coming from Ludhiana", "his mom sara waldner was amazing"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .. import lexicons
from ..categories import NAME
from ..lexicons import words
from . import Note, Span, finder
from ._words import occurrences

# family words (not "friend", "contact", "named": a name typed small after those is rarer
# than a word)
_KIN = words("""
wife husband spouse son sons daughter daughters dtr sister sisters brother brothers sis bro
mother mom mum mama father dad papa niece nephew grandson granddaughter grandmother
grandfather grandma grandpa aunt aunty auntie uncle cousin stepson stepdaughter bhai behen
didi bhabhi chacha chachi mausi ouma oupa kuya lola lolo tita tito
""")
_SMALL_WORD = r"[a-z]{3,15}"
# what follows the family word: the name typed small, and a second word maybe (matched at
# each family word the note holds, found with str.find: an alternation of them all, tried
# at every letter of every note, cost 0.1 s over the nursing corpus)
_NAME_AFTER = re.compile(
    rf"[ ,:]{{1,2}}(?P<first>{_SMALL_WORD})(?: (?P<second>{_SMALL_WORD}))?\b(?!['\u2019])")
# "par son médecin", "à son domicile": French "son" is "his"
_FOREIGN_BEFORE = re.compile(r"\b(?:par|à|a|de|pour|avec|et|que|dans|sur)\s$", re.IGNORECASE)


@finder("kin_name_typed_small", NAME)
def kin_names(note: Note) -> Iterator[Span]:
    """An unknown word typed in lower case right after a family word ("her son emeka"), and
    a second unknown word after it (a surname typed small: "mom sara waldner"), in a note
    that has capitals elsewhere (in an all-lower-case note the name pass judges every word
    alike). Left alone: English and clinical words ("son taking her home", "daughter pls
    call"), a word a slip of the keyboard away from one ("son wnet home"), and the words of
    a sentence in another language ("par son médecin traitant")."""
    text, low = note.text, note.lower
    kin = _KIN & note.words
    if not kin or text.islower():
        return
    for word in kin:
        for at in occurrences(low, word):
            end = at + len(word)
            # the family word typed small too: "Wife mevr. Truus" is written with care
            if (at and low[at - 1].isalnum()) or not text[at].islower() or not (
                    m := _NAME_AFTER.match(text, end)):
                continue
            if not _unknown(m.group("first")) or _FOREIGN_BEFORE.search(text, 0, at):
                continue
            stop = m.end("first")
            if m.group("second") and _unknown(m.group("second")):
                stop = m.end("second")
            yield m.start("first"), stop


def _unknown(word: str) -> bool:
    """In no word list of English (British spellings too), medicine, eponyms or non-names,
    and no slip of one."""
    for form in {word, _BRITISH.sub(lambda m: m.group().replace("is", "iz").replace(
            "our", "or"), word)}:
        if (form in lexicons.english() or form in lexicons.medical()
                or form in lexicons.eponyms() or form in lexicons.not_names()
                or form in lexicons.not_places()):
            return False
    return not _slip_of(word)


# "recognised", "colour": the list spells English the American way
_BRITISH = re.compile(r"is(?=e|ed|es|ing|ation)|our(?=s?$)")


def _slip_of(word: str) -> bool:
    """``word`` is a known word with two letters swapped or one typed twice ("wnet",
    "hoome"), the slips of a phone keyboard."""
    known, med = lexicons.english(), lexicons.medical()
    for k in range(len(word) - 1):
        # a letter typed twice ("hoome"), two letters swapped ("wnet"); a letter dropped
        # from a name is often a word ("rakesh", "rakes")
        doubled = word[k] == word[k + 1] and word[:k] + word[k + 1:]
        swapped = word[:k] + word[k + 1] + word[k] + word[k + 2:]
        for cand in (doubled, swapped):
            if cand and cand != word and (cand in known or cand in med):
                return True
    return False
