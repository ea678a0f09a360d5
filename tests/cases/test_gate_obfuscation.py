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

# Marks drawn on or under a letter: underline, acute, diaeresis, long stroke, keycap, circle.
COMBINING = ["\u0332", "\u0301", "\u0308", "\u0336", "\u20e3", "\u20dd"]
# Letters of other scripts (and dotless or stroked Latin) that a reader takes for these.
LOOK_ALIKES = {
    "a": "\u0430\u0251", "c": "\u0441", "d": "\u0501\u0111", "e": "\u0435", "g": "\u0261\u0581",
    "h": "\u04bb\u0570", "i": "\u0131\u0456\u0268", "j": "\u0458\u0237", "l": "\u0142",
    "n": "\u0578", "o": "\u043e\u0585\u00f8", "p": "\u0440", "q": "\u051b", "s": "\u0455",
    "t": "\u0167", "u": "\u057d", "w": "\u051d", "x": "\u0445", "y": "\u0443",
    "A": "\u0410\u13aa", "B": "\u0412\u13f4", "C": "\u0421\u13df", "D": "\u13a0",
    "E": "\u0415\u13ac", "G": "\u13c0", "H": "\u041d\u13bb", "J": "\u0408\u13ab\uab7b",
    "K": "\u041a\u13e6", "L": "\u13de", "M": "\u041c\u13b7", "O": "\u041e\u0555",
    "P": "\u0420\u13e2", "R": "\u13a1", "S": "\u0405\u13da", "T": "\u0422\u13a2",
    "V": "\u13d9", "W": "\u13b3", "Y": "\u13a9", "Z": "\u13c3",
}


def _look_alike(ch: str, rng: random.Random) -> str:
    return rng.choice(LOOK_ALIKES[ch]) if ch in LOOK_ALIKES else ch


def _fullwidth(ch: str, rng: random.Random) -> str:
    return chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ch


# Each disguise changes how one character is written, never what a reader sees.
CHARACTER_DISGUISES = {
    "decimal reference": lambda ch, rng: f"&#{ord(ch)};",
    "hex reference": lambda ch, rng: f"&#x{ord(ch):X};",
    "named reference": lambda ch, rng: NAMED.get(ch, ch),
    "backslash escape": lambda ch, rng: "\\" + ch if ch in "-.()@/:!#" else ch,
    "invisible character": lambda ch, rng: ch + rng.choice(INVISIBLE),
    "typed invisible character": lambda ch, rng: ch + rng.choice(TYPED_INVISIBLE),
    "combining mark": lambda ch, rng: ch + rng.choice(COMBINING) if ch.isalnum() else ch,
    "look-alike letter": _look_alike,
    "fullwidth character": _fullwidth,
}
# Typed Unicode: a plain field (title, timeline) shows these exactly as a Markdown one does.
TYPED_DISGUISES = ["typed invisible character", "combining mark", "look-alike letter",
                   "fullwidth character"]
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
# "Str&#8203;eet" there, not "Street"), so they hide nothing; typed Unicode could.
PLAIN_DISGUISES = TYPED_DISGUISES
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
