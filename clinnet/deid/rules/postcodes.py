"""Postcodes written without a label, as they end an address: UK ("TN39 4QR", "NE8 2BL"),
Irish Eircodes ("H91 R2W4"), Canadian postal codes ("K1V 6A4") and Australian
state-and-postcode ("Kingsford NSW 2032")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..categories import LOCATION
from ..lexicons import words
from ..word_start import finditer_where
from . import Note, Span, finder

# the postcode areas of the UK, Channel Islands and Isle of Man (the whole list, Royal Mail)
_UK_AREAS = words("""
AB AL B BA BB BD BH BL BN BR BS BT CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT DY E
EC EH EN EX FK FY G GL GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA KT KW KY L LA LD LE LL
LN LS LU M ME MK ML N NE NG NN NP NR NW OL OX PA PE PH PL PO PR RG RH RM S SA SE SG SK SL SM
SN SO SP SR SS ST SW SY TA TD TF TN TQ TR TS TW UB W WA WC WD WF WN WR WS WV YO ZE
""")
# Both kinds are found from their second part, after a space: a UK inward code (a digit and
# two letters, never C I K M O V) or an Eircode's last four (letters and digits, both), which
# few notes hold; the first part before the space is then matched on the spot. (Searching
# from the first part tries every capital of a note: the rule took 96 ms on the nursing
# corpus that way, with a look-behind first.)
_SECOND = re.compile(
    r"\s(?:(?P<uk>\d[ABD-HJLNP-UW-Z]{2})"
    # a Canadian local delivery unit: digit, letter, digit (never D F I O Q U)
    r"|(?P<ca>\d[ABCEGHJ-NPRSTV-Z]\d)"
    r"|(?P<eir>(?=[0-9]{0,3}[AC-FHKNPRTV-Y])(?=[AC-FHKNPRTV-Y]{0,3}\d)[0-9AC-FHKNPRTV-Y]{4}))"
    r"(?![\w/-])")
# UK outward code ("NE8", "EH6", "SW1A") and Eircode routing key ("H91", "D6W"), ending where
# the space is
_UK_OUTWARD = re.compile(r"(?<![\w/-])(?P<a>[A-Z]{1,2})\d[A-Z\d]?\Z")
# a Canadian forward sortation area: one of the eighteen first letters, a digit, a letter
_CA_FORWARD = re.compile(r"(?<![\w/-])[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z]\Z")
_ROUTING_KEY = re.compile(r"(?<![\w/-])(?:[AC-FHKNPRTV-Y]\d\d|D6W)\Z")
# an Australian state and its four-digit postcode, after the suburb's capitalised word
# (found from the state, a literal; the lower-case letter and space before it are checked
# in Python: a look-behind first would have the pattern tried at every position)
_AU = re.compile(
    r"(?:NSW|VIC|Vic|QLD|Qld|SA|WA|TAS|Tas|NT|ACT),?\s(?P<pc>[0-9]\d{3})(?![\w/-]|\.\d)")
_AU_WORDS = words("nsw vic qld sa wa tas nt act")


@finder("postcode", LOCATION)
def postcodes(note: Note) -> Iterator[Span]:
    """A UK postcode in capitals whose area is a real postcode area and whose inward code has
    the letters Royal Mail uses ("GATESHEAD, NE8 2BL", "41 Leith Walk, EH6 8LS"); an Eircode
    whose last four hold a letter and a digit ("Knocknacarra, H91 R2W4"); a Canadian postal
    code with the letters Canada Post uses ("Ottawa K1V 6A4"); an Australian state
    abbreviation and four digits after a suburb ("Kingsford NSW 2032": the postcode
    only, the state is no identifier). Staging ("T2 N1"), lab codes and the many "A1 2"
    forms of clinical notes lack the shape; a state with a number after no place word
    ("the SA 2000 trial") is left alone."""
    text = note.text
    for m in _SECOND.finditer(text):
        space = m.start()
        if m.group("uk"):
            out = _UK_OUTWARD.search(text, max(0, space - 4), space)
            if out is not None and out.group("a") in _UK_AREAS:
                yield out.start(), m.end()
        elif m.group("ca"):
            forward = _CA_FORWARD.search(text, max(0, space - 3), space)
            if forward is not None:
                yield forward.start(), m.end()
        else:
            key = _ROUTING_KEY.search(text, max(0, space - 3), space)
            if key is not None:
                yield key.start(), m.end()
    if _AU_WORDS & note.words:
        for m in finditer_where(_AU, text, lambda s: (
                s >= 2 and text[s - 1] == " " and "a" <= text[s - 2] <= "z")):
            before = text[max(0, m.start() - 40):m.start()].split()
            if before and before[-1][:1].isupper() and before[-1].rstrip(",").isalpha():
                yield m.span("pc")
