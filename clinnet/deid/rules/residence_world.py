"""Towns, districts and neighbourhoods named after a word for living in or coming from a
place, in the languages of the network's members: "vive en Getafe", "mora em Olinda",
"habite à Vénissieux", "wohnhaft in Pasing", "woont in Zwolle", "boende på Kungsholmen",
"domiciliat în Turda", "mieszka w Radomiu", "tinggal di Cibubur", "residing at Kottayam"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .. import lexicons
from ..categories import LOCATION
from ..lexicons import words
from . import Note, Span, finder
from ._words import generic_words, occurrences
from ._world_words import found, register

# the phrases (accents folded, as the normaliser leaves them), by language
_PHRASES = (
    # Spanish
    "vive en", "vive sola en", "vive solo en", "reside en", "residente en", "domiciliado en",
    "domiciliada en", "procedente de", "natural de", "oriundo de", "oriunda de", "viene de",
    "llego de", "originario de", "originaria de", "vecino de", "vecina de",
    # Portuguese
    "mora em", "mora no", "mora na", "reside em", "residente em", "vem de", "veio de",
    # French
    "habite", "habite a", "habite au", "demeurant a", "domicilie a", "domiciliee a",
    "originaire de", "vient de", "venant de",
    # Italian
    "abita a", "vive a", "residente a", "residente in", "proveniente da", "originario di",
    "originaria di",
    # German, Dutch, the Nordic languages
    "wohnhaft in", "wohnt in", "kommt aus", "stammt aus", "woont in", "komt uit",
    "afkomstig uit", "bor i", "bor pa", "boende i", "boende pa", "kommer fran", "ringer fran",
    # Romanian, Polish
    "domiciliat in", "domiciliata in", "locuieste in", "mieszka w", "zamieszkaly w",
    "zamieszkala w",
    # Indonesian and Malay, and English
    "tinggal di", "berasal dari", "domisili", "residing at", "residing in", "resident of",
    "resident in",
    "hails from",
)
_FIRST_WORDS = frozenset(p.split()[0] for p in _PHRASES)
register(lambda: _FIRST_WORDS)
# the place: capitalised words (of any script's letters), with the small words inside names
_CAP = r"[A-Z\u00c0-\u00de\u0110][\w'\u2019-]{1,30}"
_PLACE = re.compile(
    rf" (?:(?:la|el|le|les|a|au|o|em|no|na|det|den|het) )?(?P<p>{_CAP}"
    rf"(?: (?:de|del|de la|do|da|dos|das|di|du|des|sur|am|an|im|upon|on) {_CAP}| {_CAP}){{0,2}})")
# words of care and of the home that follow these verbs capitalised in a post's own language
# ("viene de Urgencias", "vive en Residencia") and say no place
_NOT_PLACES = words("""
urgencias urgencia urgences consulta consultas planta casa domicilio residencia residence
hospital hopital clinica clinique guardia uci reanimacion reanimation pediatria medicina
cirugia quirofano ehpad altenheim pflegeheim verpleeghuis sykehjem aldreboende
""")


def _common(word: str) -> bool:
    """An English, clinical or generic word, or a word of care (the lexicons are asked one
    by one: a union of them would be built on the first note at the cost of a copy)."""
    return word in _NOT_PLACES or word in lexicons.english() or word in generic_words()


@finder("residence_world", LOCATION)
def residence_world(note: Note) -> Iterator[Span]:
    """The capitalised place after a word for living in or coming from it, in Spanish,
    Portuguese, French, Italian, German, Dutch, the Nordic languages, Romanian, Polish,
    Indonesian and English ("vive sola en Chillán", "ringer från Luleå"), with an article
    before it and up to three words joined by "de", "do", "sur" ... ("mora em São José dos
    Campos"). A capitalised word of care or of English ("viene de Urgencias", "vive en Casa")
    is no place, and a lower-case word after the verb stops it ("vive en la residencia")."""
    hits = found(note)
    if _FIRST_WORDS.isdisjoint(hits):
        return
    text, low = note.text, note.lower
    for phrase in _PHRASES:
        if phrase.split()[0] not in hits:
            continue
        for at in occurrences(low, phrase):
            if at and low[at - 1].isalnum():
                continue
            m = _PLACE.match(text, at + len(phrase))
            if m is None:
                continue
            words = m.group("p").split()
            if all(_common(w.lower()) for w in words if w[0].isupper()):
                continue
            yield m.start("p"), m.end("p")
