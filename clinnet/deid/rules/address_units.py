"""The numbered parts of an address as written in many countries: house, flat, block,
building, villa, floor, door, lane and alley numbers in a row ("house 9 road 12 block F",
"Flat 804, Block C", "bl. C3, sc. 2, ap. 41", "No:7 D:12", "số 8 ngõ 112", "RT 03/RW 07",
"5° D" after a house number), the street named before them with its head word or its
abbreviation ("str. Florilor nr. 9", "Bahar Sok. No:3"), a lane named after them ("ngõ 4
phố Hàng Bông") and the estate or building named after them ("Flat 3, Block A, Sun Hing
Court")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..categories import LOCATION
from ..lexicons import words
from . import Note, Span, finder
from ._words import occurrences
from ._world_words import found, register

# words for a numbered part of an address (accents folded): English and South Asian,
# Gulf, Hong Kong and Singapore, Iberian and Latin American, Romanian, Turkish, Vietnamese,
# Indonesian and Malay, Polish, French, Italian, German and Dutch
_UNIT_WORDS = """
house h.no flat block blk bldg building villa apt apartment unit floor fl storey suite
road rd street lane ln alley gali sector plot district tower wing
casa lote manzana mz mza piso planta andar apto apartamento depto dpto departamento
puerta pta porta escalera esc interior int bloque bloco
bloc bl scara sc etaj et ap
daire kat blok
so ngo ngach hem kiet
rt rw gang lorong tingkat kav kavling
mieszkanie
batiment bat etage appartement appt esc
scala interno piano
wohnung stock etage whg
huisnummer
"""
_UNITS = sorted({w.rstrip(".") for w in _UNIT_WORDS.split()}, key=len, reverse=True)
_UNIT_SET = frozenset(u.replace(".", "") for u in _UNITS) | words("hno")
# words that take their number only after a colon or a dot, never after a space ("m" is a
# metre, "d" a day): Turkish "D:3", Polish "m. 4", the number word "No:", "nr." "n°"
_MARKED = r"(?:d|k|m|no|nr|nro|num|numero|n\u00b0)"
_ID = r"(?:\d{1,5}[A-Za-z]?(?:[/-]\d{1,4}[A-Za-z]?)?)(?![\w]|[.,/]\d)"
# a block, wing or stair may be a letter ("Block C", "bl. C3", "sc. B")
_LETTERED = ("block", "blk", "bloc", "bl", "bloque", "bloco", "blok", "tower", "wing", "sc",
             "scara", "esc", "escalera", "puerta", "pta", "porta")
_LETTER_ID = r"[A-Z]\d{0,3}(?![\w]|[.,/]\d)"
_PAIR = (rf"(?:(?i:{'|'.join(re.escape(u) for u in _UNITS)})(?:\.\s?|:\s?|\s)(?:no\.?\s?)?"
         rf"|(?i:{_MARKED})(?:\.\s?|:\s?|\u00b0\s?|\s(?=\d))){_ID}"
         rf"|(?i:{'|'.join(_LETTERED)})(?:\.\s?|\s){_LETTER_ID}")
# a floor and door after a house number: "3° B", "2o izq" (º folds to o), "4e G", "1er dcha"
_FLOOR_DOOR = (r"\d{1,2}(?:\u00b0|o|a|er|e|eme|\.)\s?(?:[A-H](?![\w])|izq(?:uierda|da)?|"
               r"dcha|der(?:echa)?|dto|esq|dr|th|tv)(?![\w])")
_CHAIN = re.compile(
    rf"(?<![\w-])(?:{_PAIR}|{_FLOOR_DOOR})(?:(?:,\s{{1,2}}|\s{{1,2}}|/)(?:{_PAIR}|{_FLOOR_DOOR})){{0,6}}")
# where a floor and door can start: the digit before a degree sign or before "o izq"
_FLOOR_DOOR_AT = re.compile(r"\d{1,2}(?=\u00b0|o\s?(?:izq|dcha|der))")
_NUMBER_THEN_COMMA = re.compile(r"\d[A-Za-z]?,\s{1,2}$")
# the street before the parts: a head word or abbreviation then capitalised words, or the
# capitalised words then a Turkish or Indonesian road abbreviation
_STREET_BEFORE = re.compile(
    r"(?<![\w-])(?:(?i:str|strada|ul|ulica|al|aleja|jl|jln|jalan|rue|rua|calle|c/|av|avda|"
    r"avenida|via|vico|viale|corso|piazza|pho|duong|cad|sok|sk)\.?\s{1,2}"
    r"(?:[A-Z0-9][\w'\u2019-]{0,30}\s{1,2}){1,5}"
    r"|(?:[A-Z][\w'\u2019-]{1,30}\s{1,2}){1,3}(?i:cad|caddesi|sok|sokak|sokagi|sk|mah|"
    r"mahallesi|bulvari|blv)\.?\s{1,2}),?\s?$")
_LANE_AFTER = re.compile(
    r",?\s{1,2}(?:pho|duong|ngo|hem)\s{1,2}[A-Z][\w'-]{0,30}(?:\s[A-Z][\w'-]{0,30}){0,3}")
_ESTATE_AFTER = re.compile(
    r",\s{1,2}(?:[A-Z][\w'\u2019-]{1,30}\s){1,3}(?:Estate|Court|Gardens|Mansions?|Building|"
    r"House|Towers?|Centre|Center|Plaza|Villas?|Heights|Residences?|Apartments|Compound)\b")
# a single part counts alone only with these words (no clinical sense with a number)
_ALONE = frozenset(("bldg", "blk", "apto", "apt", "apartment", "apartamento", "depto", "dpto",
                    "villa", "daire", "etaj", "scara", "mieszkanie", "wohnung", "whg"))
# the marked number words as the lower-cased note holds them
_MARKS_OF = {"no": ("no:", "no."), "nr": ("nr.", "nr "), "d": ("d:",), "n": ("n\u00b0",),
             "m": ("m. ",)}
_MARK_WORDS = frozenset(_MARKS_OF)


def _marks(note: Note) -> list[str]:
    """The marked number words the note holds ("No:", "nr.", "D:"), tested only for the
    words its word set has."""
    return [mark for w in _MARK_WORDS & note.words for mark in _MARKS_OF[w] if mark in note.lower]
# the part words with no other sense, and the English ones (two of which must stand in a
# note for it to be read)
_GENERIC = frozenset(("house", "flat", "block", "road", "street", "lane", "floor", "unit",
                      "building", "apartment", "tower", "wing", "suite", "storey", "district",
                      "sector", "plot", "alley"))
_STRONG = frozenset(("blk", "bldg", "villa", "apt", "apto", "apartamento", "depto", "dpto",
                     "departamento", "piso", "planta", "andar", "puerta", "pta", "porta",
                     "escalera", "bloque", "bloco", "bloc", "scara", "etaj", "daire", "blok",
                     "ngo", "ngach", "hem", "kiet", "rw", "gang", "lorong", "tingkat", "kav",
                     "kavling", "mieszkanie", "batiment", "etage", "appartement", "appt",
                     "interno", "wohnung", "whg", "huisnummer", "manzana", "mz", "mza", "lote",
                     "gali", "hno"))
# the street words a floor and door follows ("Calle Mayor 12, 5° D")
_STREET_HEADS = frozenset(("calle", "av", "avda", "avenida", "rua", "rue", "via", "str",
                           "strada", "ul", "ulica", "jl", "jalan", "cad", "sok", "carrer",
                           "travessa", "paseo", "pasaje", "plaza", "praca", "largo", "corso"))
register(lambda: _STRONG | _GENERIC | _STREET_HEADS | {"izq", "dcha", "nr", "d"})
_PAIR_START = re.compile(r"(?i:[a-z.]+|n\u00b0)")


def _parts(span: str) -> list[str]:
    return [m.group().lower().rstrip(".") for m in re.finditer(rf"(?<![\w])(?:{_PAIR}|"
                                                                 rf"{_FLOOR_DOOR})", span)]


@finder("address_units", LOCATION)
def address_units(note: Note) -> Iterator[Span]:
    """Two or more numbered address parts in a row ("house 9 road 12 block F", "Flat 804,
    Block C", "No:7 D:12", "RT 03/RW 07"), one part with a word that has no clinical sense
    before a number ("Bldg 12", "apto 5"), or a floor and door right after a house number
    ("Calle Mayor 12, 3° B"), with the street named before them and the lane, estate or
    building named after them. Left alone: one part of a kind a clinical note also writes
    ("block 2", "floor 3", "K: 4.1"; a lot or zone number is none), pathology blocks and sections
    (no second address part), decimals ("K 3.5")."""
    words, low = note.words, note.lower
    hits = found(note)
    if _STRONG.isdisjoint(hits):
        # most notes: no word that is only an address part, fewer than two English ones
        generic = _GENERIC & hits
        if len(generic) < 2 and not ("izq" in hits or "dcha" in hits or "nr" in hits or (
                "d" in hits and "d:" in low)) and (_STREET_HEADS.isdisjoint(hits)
                                                   or "\u00b0" not in low):
            return  # a floor and door ("5° D") is looked for only after a street word
    present = words & _UNIT_SET
    marks = _marks(note)
    has_floor = "izq" in words or "dcha" in words or "\u00b0" in low
    text = note.text
    # the chain is tried where a part's word or mark stands (a few str.find calls), not at
    # every position of the note
    starts: set[int] = set()
    if _STRONG.isdisjoint(hits) and not marks:
        # an English note with two of the English part words ("floor", "unit"): the chain
        # is looked for from those words only, not from every "so" or "et" inside its words
        present = present & _GENERIC
    for needle in (*present, *(m.rstrip(" ") for m in marks)):
        for at in occurrences(low, needle):
            if at == 0 or not (low[at - 1].isalnum() or low[at - 1] in "-_"):
                starts.add(at)
    if has_floor:
        starts.update(f.start() for f in _FLOOR_DOOR_AT.finditer(text))
    end = -1
    for at in sorted(starts):
        if at < end:
            continue
        m = _CHAIN.match(text, at)
        if m is None:
            continue
        end = m.end()
        s, e = m.span()
        parts = _parts(m.group())
        if not parts:
            continue
        if len(parts) < 2:
            first = _PAIR_START.match(parts[0])
            head = first.group().rstrip(".") if first else ""
            floor_door = re.fullmatch(_FLOOR_DOOR, m.group())
            if floor_door:
                if not _NUMBER_THEN_COMMA.search(text, max(0, s - 8), s):
                    continue
            elif head not in _ALONE:
                continue
        before = _STREET_BEFORE.search(text, max(0, s - 90), s)
        if before:
            s = before.start()
        lane = _LANE_AFTER.match(text, e)
        if lane:
            e = lane.end()
        estate = _ESTATE_AFTER.match(text, e)
        if estate:
            e = estate.end()
        yield s, e
