"""Streets written the way most of the world writes them: the street word first ("Rua
Coronel Aurélio 212", "Calle 9 #14-20", "vul. Shevchenka 7", "Jl. Melati No. 5", "Soi
Ramkhamhaeng 24"), glued to the end ("Lindenstraße 12"), and the parts English addresses put
before the number ("Flat 3, 41 Kestrel Road", "7/3 Temple Street")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..categories import LOCATION
from ..lexicons import words
from . import Note, Span, finder

# street words that come before the name; "Via" and "Rue" are English words too, so after
# them a number is required
_HEADS = (
    r"Rua|Avenida|Av\.|Avda\.|Calle|Carrera|Cra\.|Cl\.|Travessa|Alameda|Estrada|Rodovia|"
    r"Praça|Praca|Plaza|Paseo|Camino|Callejón|Callejon|Calzada|Viale|Via|Rue|Boulevard|"
    r"Jalan|Jl\.|Jln\.|Soi|Thanon|Ulica|ul\.|Ul\.|vul\.|Vul\.|ulitsa|Ulitsa|Strada|Str\.|"
    r"Rruga|Sokak|Cadde|Caddesi|Gang|Lorong|Lrg\.|Corso|Piazza|Piazzale|Vicolo|Contrada|"
    # in capitals, as Italian, Spanish and Portuguese forms print them
    r"VIA|VIALE|CORSO|PIAZZA|CALLE|AVENIDA|RUA|AVDA\."
)
_NEEDS_NUMBER = frozenset(("Via", "Rue", "Boulevard", "Gang", "Plaza", "Str.", "Corso", "Piazza",
                           "VIA", "VIALE", "CORSO", "PIAZZA", "CALLE", "AVENIDA", "RUA", "AVDA."))
# what may follow the house number: a Russian house and flat ("d. 14, kv. 37"), the cross
# streets of a Cuban address ("e/ 12 y 14"), a flat or floor ("apto 302", "piso 4", "3.º
# esq.")
_TAIL = re.compile(
    r"(?:,\s?(?:d|dom)\.\s?\d{1,4}[A-Za-z]?(?:,\s?(?:korp|k|str)\.\s?\d{1,3})?"
    r"(?:,\s?(?:kv|kvartira)\.?\s?\d{1,4})?)?"
    r"(?:\s(?:e/|entre)\s?\d{1,3}[A-Z]?\s(?:y|e)\s\d{1,3}[A-Z]?)?"
    r"(?:,?\s(?:apto|apt|apartamento|piso|dpto|depto|int|casa)\.?\s?\d{1,4}[A-Z]?)?"
    r"(?:,\s\d{1,2}\.?\s?[º°o]\.?\s?(?:esq|dto|dt|dir|fte|frente|tras)(?![\w])\.?)?")
# a street word in capitals ("VIA", "CALLE") is also a word of capital-letter notes ("O2 VIA
# FM 40"): it needs the residence words of a form before it ("RESIDENTE IN VIA ...")
_CAPS_HEADS = frozenset(("VIA", "VIALE", "CORSO", "PIAZZA", "CALLE", "AVENIDA", "RUA", "AVDA."))
_CAPS_BEFORE = re.compile(
    r"(?:\b(?:IN|EN|EM|NA|RESIDENTE|RESIDENTE\sA|DOMICILIATO|DOMICILIO|INDIRIZZO|DIRECCI[OÓ]N|"
    r"MORADA|ADDRESS|RESIDENCIA|VIVE\sEN)\s?:?\s)$", re.IGNORECASE)
# a house or lot number written before the street word: "No. 12, Jalan Mawar 3/2"
_HOUSE_BEFORE = re.compile(r"(?<![\w.])No\.?\s?\d{1,5}[A-Z]?,\s$")
_JOIN = r"(?:de|do|da|dos|das|del|de\sla|la|las|los|di|della|des|du|van|von)"
_NAME_WORD = r"[A-ZÀ-ÖØ-Þ][\w'\u2019.-]{1,30}"
_HOUSE = (r"(?:,?\s(?:No\.?|Nº|nº|n[º°]|N[º°]|Nr\.?|#|No:)?\s?\d{1,5}[A-Za-z]?"
          r"(?:\s?[-/#]\s?\d{1,4}[A-Za-z]?)?)")
_HEAD_FIRST = re.compile(
    rf"(?<![\w.])(?P<head>{_HEADS})\s(?P<name>(?:\d{{1,3}}[A-Za-z]?\b|(?:{_JOIN}\s)?{_NAME_WORD})"
    rf"(?:\s(?:{_JOIN}\s)?{_NAME_WORD}){{0,3}})(?P<num>{_HOUSE})?"
)
# German and Dutch streets are one word: "Lindenstraße 12", "Bahnhofstr. 5", "Kerkstraat 3"
_GLUED = re.compile(
    r"\b[A-ZÄÖÜ][a-zäöüß-]{2,30}(?:straße|strasse|gasse|straat)"
    r"(?:\s\d{1,4}[a-z]?\b)?"
)
# English addresses with what comes before the number
_SUFFIX = (r"(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Close|Crescent|Way|Place|Grove|"
           r"Gardens|Terrace|Court|Hill|Row|Walk|Mews|Square|Nagar|Marg|Salai|Veedhi|Gali)\b\.?")
_FLAT = re.compile(
    rf"\b(?:Flat|Apartment|Apt\.?|Plot)\s(?:No\.?\s)?\d{{1,4}}[A-Z]?,?\s(?:\d{{1,5}}[A-Za-z]?\s)?"
    rf"(?:{_NAME_WORD}\s){{1,4}}{_SUFFIX}"
)
# "7/3 Temple Street": found from the slash (rare next to a capital); the number before it is
# checked in Python
_SLASHED = re.compile(rf"/\d{{1,4}}[A-Za-z]?\s(?:{_NAME_WORD}\s){{1,4}}{_SUFFIX}")
_NUMBER_BEFORE = re.compile(r"(?<![\w/.-])\d{1,4}$")
_GATE = words("""
rua avenida avda calle carrera cra travessa alameda estrada rodovia praca plaza paseo camino
callejon calzada viale rue jalan jl jln soi thanon ulica ul vul ulitsa strada rruga sokak cadde
caddesi lorong lrg corso piazza piazzale vicolo contrada
""")
# heads that are also English or clinical words ("via PEG", "AV node", "Cl 104"): as written
_CASED_HEADS = ("Via ", "Av. ", "Str. ", "Cl. ", "Gang ", "Boulevard ", "VIA ", "VIALE ")
_CASED_WORDS = words("via viale av str cl gang boulevard")
_PREFIX_GATE = words("flat apartment apt plot")
_SUFFIX_WORDS = words("""
street st road rd avenue ave lane ln drive dr close crescent way place grove gardens terrace
court hill row walk mews square nagar marg salai veedhi gali
""")
_GLUED_HINTS = ("strasse", "straße", "gasse", "straat")


@finder("street_head_first", LOCATION)
def streets_head_first(note: Note) -> Iterator[Span]:
    """A street word that comes first ("Rua", "Calle", "Av.", "vul.", "Jalan", "Soi") with
    its capitalised name or number and the house number after it; "Via", "Rue", "Plaza"
    need that number ("via Lagos" is a route, "Via Roma 12" an address). A street glued to
    its word ("Lindenstraße 12"). "Flat 3, 41 Kestrel Road" and "7/3 Temple Street" with
    what comes before the number. Lower-case "calle" or "rua" before a lower-case word is
    prose and is left alone, as is "Plaza" or "Boulevard" without a number."""
    text = note.text
    if _GATE & note.words or (_CASED_WORDS & note.words
                              and any(h in text for h in _CASED_HEADS)):
        for m in _HEAD_FIRST.finditer(text):
            if m.group("head") in _NEEDS_NUMBER and not m.group("num"):
                continue
            if m.group("head") in _CAPS_HEADS and not _CAPS_BEFORE.search(
                    text, max(0, m.start() - 22), m.start()):
                continue
            end = m.end()
            stop = text.find(". ", m.start("name"), end)
            if stop > 0 and not m.group("num"):
                end = stop  # a name word never carries a sentence's full stop
            tail = _TAIL.match(text, end)
            if tail.end() > end:
                end = tail.end()
            elif text[end - 1] == "." and not m.group("num"):
                end -= 1  # the sentence's full stop
            before = _HOUSE_BEFORE.search(text, max(0, m.start() - 12), m.start())
            yield (before.start() if before else m.start()), end
    if _PREFIX_GATE & note.words:
        for m in _FLAT.finditer(text):
            yield m.span()
    if "/" in text and _SUFFIX_WORDS & note.words:
        for m in _SLASHED.finditer(text):
            number = _NUMBER_BEFORE.search(text, max(0, m.start() - 5), m.start())
            if number:
                yield number.start(), m.end()
    if any(h in note.lower for h in _GLUED_HINTS):
        for m in _GLUED.finditer(text):
            yield m.span()
