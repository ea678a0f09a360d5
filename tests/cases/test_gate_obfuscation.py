"""Property test: identifiers of every Safe Harbor category, disguised every way Markdown or
Unicode allows (and several ways at once), in every field members read, are still found by the
gate - because the gate reads what members read.

Member-visible text that is not a post field cannot carry a disguised identifier past the gate:
a moderator's note is never shown to members (they are told a fixed reason,
tests/cases/test_what_members_see.py), a flag's note is shown to staff only, and display names
come from the verified licence application, not from free text.
"""

from __future__ import annotations

import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from clinnet.cases import gate
from clinnet.cases.models import Case, Reply
from clinnet.core.rendering import clean_source

# Each is found in plain text by today's detector, in CONTEXT; the property is that no
# disguise makes it invisible to the gate.
PHI = [
    ("NAME", "Mr. Robert Johnson"), ("NAME", "his wife Evelyn"), ("DATE", "03/14/1962"),
    ("DATE", "March 14, 2024"), ("AGE_OVER_89", "aged 94"), ("PHONE", "617-555-0142"),
    ("FAX", "fax 617-555-0199"), ("EMAIL", "rjohnson@example.org"),
    ("SSN", "SSN 123-45-6789"), ("MRN", "MRN 4471982"), ("HEALTH_PLAN", "Medicaid ID 88812345"),
    ("ACCOUNT", "account number 55512345"), ("LICENSE", "driver's license D1234567"),
    ("VEHICLE", "VIN 1HGCM82633A004352"), ("DEVICE", "pacemaker serial PX4471982"),
    ("URL", "https://www.facebook.com/jane.roe.1962"), ("IP", "192.0.2.44"),
    ("LOCATION", "12 Elm Street"), ("OTHER_ID", "badge number 44719"),
]
CONTEXT = "The patient was seen today. {} She has chest pain on exertion."
NAMED = {".": "&period;", "@": "&commat;", "-": "&hyphen;", "(": "&lpar;", ")": "&rpar;",
         ",": "&comma;", ":": "&colon;", "/": "&sol;", "'": "&apos;", " ": "&#32;"}
TYPED_INVISIBLE = ["\u200b", "\u200d", "\u00ad", "\u2060", "\u202e", "\u3164"]
INVISIBLE = [*TYPED_INVISIBLE, "&#8203;", "&#xAD;", "&#x202E;", "&#x3164;"]

# Each disguise changes how one character is written, never what a reader sees.
CHARACTER_DISGUISES = {
    "decimal reference": lambda ch, rng: f"&#{ord(ch)};",
    "hex reference": lambda ch, rng: f"&#x{ord(ch):X};",
    "named reference": lambda ch, rng: NAMED.get(ch, ch),
    "backslash escape": lambda ch, rng: "\\" + ch if ch in "-.()@/:!#" else ch,
    "invisible character": lambda ch, rng: ch + rng.choice(INVISIBLE),
    "typed invisible character": lambda ch, rng: ch + rng.choice(TYPED_INVISIBLE),
}
# Markup around the characters: emphasis inside a word, a link around or under the words.
STRUCTURE_DISGUISES = ("emphasis inside words", "link text", "link destination")


def disguise(identifier: str, names: list[str], rng: random.Random) -> str:
    """Write `identifier` with the chosen disguises, each applied to some of its characters."""
    character = [CHARACTER_DISGUISES[n] for n in names if n in CHARACTER_DISGUISES]
    out = []
    for word_index, word in enumerate(identifier.split(" ")):
        cut = rng.randrange(1, len(word)) if len(word) > 2 else None
        mark = rng.choice(["*", "**"])
        chars = []
        for i, ch in enumerate(word):
            written = ch
            # Emphasis markers next to a reference are not emphasis (CommonMark's flanking
            # rules): keep the letters beside them plain, so the markers really are markup.
            beside_mark = "emphasis inside words" in names and i in (cut, (cut or 0) - 1,
                                                                      len(word) - 1)
            if character and not beside_mark and rng.random() < 0.7:
                written = rng.choice(character)(ch, rng)
            if "emphasis inside words" in names and word.isalnum() and i == cut:
                written = mark + written
            chars.append(written)
        if "emphasis inside words" in names and word.isalnum() and cut is not None:
            chars.append(mark)
        out.append(("" if word_index == 0 else " ") + "".join(chars))
    text = "".join(out)
    if "link text" in names:
        text = f"[{text}](https://example.org/notes)"
    if "link destination" in names and " " not in identifier:
        text = f"[the notes](https://example.org/{identifier})"
    return text


FIELDS = [(Case, "title", "plain"), (Case, "body", "markdown"), (Case, "question", "markdown"),
          (Case, "timeline", "plain"), (Reply, "body", "markdown")]


# A plain field (title, timeline) shows references, escapes and markup as typed (a reader sees
# "Str&#8203;eet" there, not "Street"), so they hide nothing; typed invisible characters could.
PLAIN_DISGUISES = ["typed invisible character"]
MARKDOWN_DISGUISES = [*CHARACTER_DISGUISES, *STRUCTURE_DISGUISES]


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(phi=st.sampled_from(PHI), field=st.sampled_from(FIELDS), data=st.data(),
       seed=st.integers(0, 10**6))
def test_no_disguise_gets_an_identifier_past_the_gate(phi, field, data, seed):
    category, identifier = phi
    model, name, fmt = field
    choices = MARKDOWN_DISGUISES if fmt == "markdown" else PLAIN_DISGUISES
    names = data.draw(st.lists(st.sampled_from(choices), min_size=1, max_size=3, unique=True))
    stored = clean_source(CONTEXT.format(disguise(identifier, names, random.Random(seed))))
    if name == "timeline":
        stored = f"day 0: {stored}"
    findings = gate.scan_fields({name: stored}, model.text_formats(), kind=model.kind)
    assert findings, (category, names, stored)
