"""The place a form's label asks for, after the label: "Village: Kagwa", "Home community:
Pangnirtung", "Locality: Kothrud", "Sub-location: Nyamninia", "Barangay: Malinta", "GN
division: Eriyawa". A form names the patient's village, town or neighbourhood in a field
of its own; the label says what the words are, whatever they are."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..categories import LOCATION
from ..lexicons import words
from . import Note, Span, finder
from ._words import generic_words

# labels of places smaller than a state, as a form writes them (states, provinces, regions
# and districts are left out: the bench sets' writers do not tag them)
_LABEL = re.compile(
    r"(?<![\w/-])(?i:village(?:/lc1)?|lc1|town|city|locality|home\scommunity|community|suburb|"
    r"hamlet|settlement|parish|sub-?location|location|sub-?county|barangay|brgy|purok|colonia|"
    r"bairro|mohalla|tehsil|taluka?|union\scouncil|upazila|kebele|gn\sdivision|"
    r"municipality|municipio|comuna|commune|place\sof\sbirth|birthplace|hometown|home\stown|"
    # the same fields on forms in other languages: Spanish and Portuguese, French, Swahili,
    # German, Dutch, Czech, Polish, Romanian, Swedish and Finnish
    r"localidad|aldea|caser[ií]o|vereda|corregimiento|comunidad|comunidade|povoado|"
    r"lieu\sde\snaissance|lieu-dit|quartier|kijiji|mtaa|wohnort|geburtsort|woonplaats|"
    r"obec|bydli[sš]t[eě]|miejscowo[sś][cć]|localitate|ort|hemort|kotipaikka|asuinpaikka)"
    r"\s{0,2}:[ \t]{0,3}")
# one to four words in title case or capitals (a joiner or a roman numeral between them)
_VALUE = re.compile(
    r"(?:[A-Z\u00c0-\u00de][\w'\u2019.-]*)(?:[ \t](?:[A-Z\u00c0-\u00de][\w'\u2019.-]*|"
    r"de|del|da|do|la|el|[IVX]{1,4}|\d{1,3}(?:st|nd|rd|th)?)(?![\w'\u2019-]*:)){0,3}")
_HINT_WORDS = words("""
village lc1 town city locality community suburb hamlet settlement parish location sub-location
sublocation subcounty sub-county barangay brgy purok colonia bairro mohalla tehsil taluk
taluka union upazila kebele division municipality municipio comuna commune
birthplace hometown birth home
localidad aldea caserio caserío vereda corregimiento comunidad comunidade povoado naissance
lieu-dit quartier kijiji mtaa wohnort geburtsort woonplaats obec bydliste bydliště
miejscowosc miejscowość localitate ort hemort kotipaikka asuinpaikka
""")


@finder("place_label", LOCATION, hints=(":",))
def place_labels(note: Note) -> Iterator[Span]:
    """The capitalised words after a label of a place smaller than a state and a colon, up
    to the next label ("Village: Kagwa  Sub-location: Nyamninia"), a comma or the line's
    end or a full stop. Left alone: a value in lower case ("City: unknown", "Location: left
    forearm"), a ward or unit of the hospital after "Location:" ("PICU", "INPT"), and labels
    of states, districts and countries, and of ambiguous units ("cell", "sector")."""
    if _HINT_WORDS.isdisjoint(note.words):
        return
    text = note.text
    generic = generic_words()
    for m in _LABEL.finditer(text):
        value = _VALUE.match(text, m.end())
        if value is None:
            continue
        s, e = value.span()
        stop = text.find(". ", s, e)  # a sentence ends inside: "KANAGAPURAM. GN MR ..."
        e = stop if stop > 0 else e
        words_in = text[s:e].split()
        if m.group().lower().startswith("location") and (
                all(w.lower().strip(".") in generic for w in words_in)
                or (len(words_in) == 1 and words_in[0].isupper() and len(words_in[0]) <= 5)):
            continue  # a hospital's own "Location: PICU", "LOCATION: INPT / OUTPT"
        yield s, e
