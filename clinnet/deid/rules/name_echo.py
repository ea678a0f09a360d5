"""A name found once is a name wherever else the note writes it the same way: "his wife Opal
... Opal texted a picture", "Mr. Collier's son Beau ... who could advise Beau?".

Not a registered rule: it reads what the finders found, so :func:`clinnet.deid.rules.apply`
calls it after them, and the vetoes apply to what it adds as to any other candidate (an
eponym list still holds "Kelly" after "Kelly" was a nurse's name). The name pass of
:mod:`clinnet.deid.names` spreads its own names the same way; this spreads the rules' names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .. import lexicons
from ..categories import NAME
from ..names import STOP
from . import Note
from ._spans import SpanIndex
from ._words import is_role, occurrences

Candidate = tuple[int, int, str, str]

_TITLE_WORD = re.compile(r"[A-Z][a-z]+(?:['\u2019-][A-Z]?[a-z]+)*|[^\W\d_]*[^\x00-\x7f][^\W\d_]*")
# rules that take one word for a name from a word list or the verb after it alone
_WEAK_ALONE = frozenset(("name_lexicon", "same_word", "adjacent", "capitalized_unknown",
                         "context_name"))
# what ends a sentence before a word: a capital after it says nothing about the word
_SENTENCE_END = frozenset(".!?:;\n\"'\u201c(>*-•")
# a reporting verb after an ordinary word that starts a sentence makes it the name again
# ("Opal texted", "Hope emailed me", "Dakota swears"), where "Hope this helps" does not
_VERB_AFTER = re.compile(
    r"\s(?!(?:this|thus|is|was|has|does|as|us|yes)\b)[a-z]{2,}(?:ed|s)\b")


def echoes(note: Note, cands: Iterable[Candidate]) -> list[Candidate]:
    """Every other place the note writes a word of a NAME candidate, in title case, outside
    any candidate: a word in no English list anywhere, an English word ("Opal", "Hope",
    "Summer") only inside a sentence or before a verb, as where it was found. The words
    spread are those a context chose: a name a rule found alone ("his wife Opal"), and of
    a name of several words ("Hope Kaleikini") its first word when it is a given name and
    each word in no English list; a word only a word list or the words around it took for
    a name ("Murray", "Graves was") spreads nothing."""
    text = note.text
    if note.in_capitals:
        return []  # every word of a note in capitals looks like every other
    cands = list(cands)
    found = _spread_words(text, cands)
    if not found:
        return []
    # (a place the context model guessed for the word alone does not stop it: apply() drops
    # that guess where the name is said again)
    taken = SpanIndex((s, e) for s, e, _, rule in cands if rule != "context_place")
    english = lexicons.english()
    out: list[Candidate] = []
    for word in found:
        ordinary = word.lower() in english
        for at in occurrences(text, word):
            end = at + len(word)
            if (at and text[at - 1].isalnum()) or (end < len(text) and text[end].isalnum()):
                continue  # inside a longer word
            if taken.holds(at, end):
                continue
            if ordinary and not (_mid_sentence(text, at) or _VERB_AFTER.match(text, end)):
                continue
            out.append((at, end, NAME, "name_again"))
    return out


def _spread_words(text: str, cands: list[Candidate]) -> set[str]:
    medical, eponyms, english = lexicons.medical(), lexicons.eponyms(), lexicons.english()
    firsts = lexicons.first_names()
    out: set[str] = set()
    for s, e, cat, rule in cands:
        if cat != NAME:
            continue
        words = _TITLE_WORD.findall(text, s, e)
        if len(words) == 1:
            if rule not in _WEAK_ALONE and not rule.startswith(("before_", "after_")):
                out.add(words[0])
            continue
        for k, word in enumerate(words):
            low = word.lower()
            if (k == 0 and low in firsts) or low not in english:
                out.add(word)
    return {w for w in out if len(w) > 2 and not is_role(w) and w.lower() not in STOP
            and w.lower() not in medical and w.lower() not in eponyms}


def _mid_sentence(text: str, at: int) -> bool:
    """A word at ``at`` follows another word of its sentence."""
    k = at - 1
    while k >= 0 and text[k] == " ":
        k -= 1
    return k >= 0 and text[k] not in _SENTENCE_END
