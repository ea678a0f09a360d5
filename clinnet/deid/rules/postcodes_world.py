"""Postcodes of other countries: after their label ("CP 44160", "C.P. 72000", "CEP
01310-200", "PIN 560034", "cod 310145", "PLZ 8004", "kode pos 40115", "código postal
28013"), a UK postcode after its town or a comma ("Leeds LS6 2QB", ", CF10 3AT"), and the
national formats written beside the town after an address's comma (", 2312 BK Leiden",
", 50667 Köln", ", 31-042 Kraków", ", Surabaya 60271")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .. import lexicons
from ..categories import LOCATION
from . import Note, Span, finder
from ._words import occurrences
from ._world_words import found, register

# label then code; each label with the code format of its country, so a "CP 3" (cerebral
# palsy grade) or "cod 12" is left alone
_LABELLED = re.compile(
    r"(?<![\w.])(?:"
    r"(?P<five>c\.\s?p\.|cp|cap|code\spostal|codigo\spostal|c\.\s?postal|plz|kode\spos|"
    r"kodepos|postcode|post\scode|postal\scode|postnummer|postinumero|irányítószám|"
    r"iranyitoszam|psc|t\.k\.|tk)"
    r"|(?P<cep>cep)|(?P<six>pin(?:\s?code)?|pincode|pin-code|cod(?:\spostal)?|indeks|"
    r"postal\sindex)"
    r")\s{0,2}(?:no\.?\s?)?[:#.]?\s{0,2}"
    r"(?P<code>\d{2}-\d{3}|\d{3}\s\d{2,3}|\d{4,6}(?:-\d{3,4})?)(?![\w]|[.,]\d)")
# each label's first word (what the lower-cased note is searched for)
_LABEL_STARTS = ("c.", "cp", "cap", "codigo", "plz", "kode", "postcode", "postal", "postnummer",
                 "postinumero", "iranyitoszam", "psc", "tk", "t.k.", "cep", "pin", "cod", "indeks")
_LABEL_WORDS = frozenset(w for w in _LABEL_STARTS if "." not in w) | {"pincode", "kodepos"}
register(lambda: _LABEL_WORDS | {"c", "p", "k"})
# a UK postcode's inward part: a digit and two letters of the 20 used (no C I K M O V), then
# the outward part before it, read back in Python
_UK_OUTWARD = re.compile(r"(?<![\w])[A-Z]{1,2}\d[A-Z\d]?$")
_UK_BEFORE = re.compile(r"(?:[A-Z][a-z'\u2019-]{1,30},?|,)\s$")
# national formats before the town, after a comma: Dutch "2312 BK", German, French, Spanish,
# Italian, Finnish "50667", Polish "31-042", Portuguese "1200-195"
_BESIDE_TOWN = (
    r"(?P<code>\d{4}\s?[A-Z]{2}|\d{5}|\d{2}-\d{3}|\d{4}-\d{3})\s{1,2}"
    r"(?P<town>[A-Z][a-z\u00df'-]{2,30}(?:[\s-](?:am|an|de|del|la|le|sur|[A-Z][a-z'-]{2,30})){0,3})"
    r"(?=\s{0,2}[.,;:()\n\u2014-]|\s*$)")
# what stands before that comma in an address: a house number ("41", "12b", "211-bis"), a
# floor and door ("2o izq") or a street's last word, not a measurement ("12000", "4.5")
_ADDRESS_END = re.compile(
    r"(?:(?<![\d.,])\d{1,4}(?:[a-zA-Z]|-?bis|-\d{1,4})?|[A-Za-z][a-z'\u2019-]{1,30})$")
# and after the town: ", Surabaya 60271"
_AFTER_TOWN = (
    r"(?P<town2>[A-Z][a-z'-]{2,30}(?:\s[A-Z][a-z'-]{2,30}){0,2})\s(?P<code2>\d{5,6})"
    r"(?=[.,;)]|\s*$|\s*\n)")
# the UK inward part found from the space before it, the other two from the comma (two
# passes, each from a literal: one regex of both would try every position, measured)
_UK_INWARD = re.compile(r" [0-9][ABD-HJLNP-UW-Z][ABD-HJLNP-UW-Z](?![\w])")
_AFTER_COMMA = re.compile(rf",\s{{1,2}}(?:{_BESIDE_TOWN}|{_AFTER_TOWN})")
_UNIT_LETTERS = frozenset(("MG", "ML", "IU", "UI", "KG", "MM", "CM", "GY", "HR", "MN", "SS",
                           "SD", "SA", "AM", "PM"))


def _placelike(words: str) -> bool:
    """No word an English or clinical word: "Units", "Tablets", "Patients" are no town."""
    return not any(w.lower() in lexicons.english() or w.lower() in lexicons.medical()
                   for w in re.split(r"[\s-]", words) if w[:1].isupper())


def _labelled(low: str, labels: list[str]) -> Iterator[Span]:
    """The codes after these labels, each in its country's format."""
    for at in sorted({at for w in labels for at in occurrences(low, w)}):
        m = _LABELLED.match(low, at)
        if m is None:
            continue
        digits = m.group("code").replace("-", "").replace(" ", "")
        if m.group("cep") and len(digits) != 8:
            continue
        if m.group("six") and len(digits) != 6:
            continue
        if m.group("five") in ("cp", "cap", "c.p.", "c. p.") and len(digits) != 5:
            continue
        yield m.start("code"), m.end("code")


@finder("postcode_world", LOCATION)
def postcodes_world(note: Note) -> Iterator[Span]:
    """A postcode after its label in the format of the label's country (five digits after
    CP/C.P./CAP/PLZ, 5+3 after CEP, six after PIN/cod); a UK postcode (outward and inward
    parts, inward letters from the 20 in use) after a capitalised town or a comma; a Dutch,
    German, French, Polish or Portuguese postcode after a comma with its town after it, or a
    five- or six-digit code after a comma and a town. Left alone: "CP 3", a lab value
    before a capitalised English word (", 10000 Units"), "B12 8mg", a lone number."""
    text, low = note.text, note.lower
    hits = found(note)
    labels = list(_LABEL_WORDS & hits)
    if "postal" in hits:
        labels.append("code")  # "code postal"
    if "p" in hits and "c" in hits and ("c.p" in low or "c. p" in low):
        labels.append("c.")
    if "k" in hits and "t.k." in low:
        labels.append("t.k.")
    if labels:
        yield from _labelled(low, labels)
    for m in _UK_INWARD.finditer(text):
        out = _UK_OUTWARD.search(text, max(0, m.start() - 4), m.start())
        if out and _UK_BEFORE.search(text, max(0, out.start() - 32), out.start()):
            yield out.start(), m.end()
    for m in _AFTER_COMMA.finditer(text):
        if m.group("code2"):
            if _placelike(m.group("town2")):
                yield m.start("town2"), m.end()
            continue
        code = m.group("code")
        if code[-2:] in _UNIT_LETTERS or not _placelike(m.group("town")) or \
                not _ADDRESS_END.search(text, max(0, m.start() - 40), m.start()):
            continue
        yield m.start("code"), m.end()
