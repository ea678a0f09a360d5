"""An ambulance service or fire department by its name: "Jasper County EMS", "Quitman County
EMS", "CHINLE EMS", "Arcola-Tuscola Fire", "Brockton Fire Department". Local services are
named for their town or county, so the name says where the patient was picked up; the
generic ones ("Volunteer EMS", "National Ambulance Service") name no place and are left."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .. import lexicons
from ..categories import LOCATION
from ..lexicons import words
from . import Note, Span, finder

# one to three capitalised words (a county's "County"/"Co" among them), then the service
_SERVICE = re.compile(
    r"(?<![\w'&.-])(?P<name>(?:[A-Z][\w'&-]*[ ]){1,3})"
    r"(?P<kind>EMS|Fire(?:[ ](?:Rescue|Department|Dept\.?|District))?|FIRE(?:[ ]DEPT\.?)?|"
    r"Ambulance(?:[ ]Service)?|AMBULANCE|Rescue[ ]Squad)(?![\w-])")
# words that say what kind of service it is, not whose: none of them names a place
_GENERIC = words("""
volunteer rural urban national state regional county co city municipal private tribal local
the our their his her a an via by from to with and or ems fire ambulance air ground critical
care advanced basic life support paramedic community public nhs emergency medical services
""")


@finder("emergency_service", LOCATION, hints=("ems", "fire", "ambulance", "rescue"))
def emergency_services(note: Note) -> Iterator[Span]:
    """One to three capitalised words before "EMS", "Fire", "Fire Department", "Ambulance" or
    "Rescue Squad", at least one of which is no generic word ("Volunteer", "Rural", "County",
    "National") and, unless the service is a county's, no English word of the lists: it
    names the town or county the service belongs to ("Jasper County EMS", "CHINLE EMS",
    "Arcola-Tuscola Fire"). Left alone: "Volunteer EMS", "via EMS", "Rural EMS/ED access",
    "National Ambulance Service", and a name broken by a full stop ("Salem. EMS took her")."""
    text = note.text
    english = lexicons.english()
    for m in _SERVICE.finditer(text):
        parts = m.group("name").split()
        lows = [p.lower().strip("'") for p in parts]
        named = [w for w in lows if w not in _GENERIC]
        # a county's service names its county whatever the word ("Jasper County EMS");
        # otherwise an English word alone names nothing ("Room Fire alarm")
        if not named or (not {"county", "co"} & set(lows)
                         and all(w in english for w in named)):
            continue
        yield m.start("name"), m.end()
