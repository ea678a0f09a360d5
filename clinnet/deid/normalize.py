"""Evasion-resistant normalisation with an exact map back to the original text.

Detectors run on a normalised copy of the text; every finding is then mapped back so
its span covers the original characters (including any zero-width or bidi controls
inside it). Plain ASCII text without spaced-out digits takes a fast path: the
normalised text *is* the original and no offset map is built.

What is normalised, and why:

* Unicode NFKC per character: fullwidth letters/digits, ligatures, superscripts.
* Format characters (Unicode category ``Cf``: zero-width space/joiner, bidi controls,
  soft hyphen) are dropped, since they are invisible and only split tokens.
* Decimal digits of any script (Arabic-Indic, Devanagari, ...) become ASCII digits.
* Combining marks (Unicode ``Mn``/``Me``: accents, underlines, strike-throughs, enclosing
  circles) are dropped: ``J\u0332o\u0332h\u0332n\u0332`` reads as "John" to a person.
* Latin look-alike letters (Cyrillic, Greek, Armenian, Cherokee, dotless and stroked Latin)
  become their Latin twins.
* Odd spaces become a plain space, dashes become ``-``.
* ``O``/``o`` between digits becomes ``0`` and ``l``/``I`` between digits becomes ``1``.
* Spaced-out digits (``5 5 5 - 0 1 4 2``) lose the spaces between them.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Letters of other scripts that render like Latin ones (a deliberate subset of the Unicode
# confusables table: the ones a person can type to dodge a name lexicon), and Latin letters
# that NFKD does not take apart (dotless i, strokes). Pairs of (hex code point of the
# look-alike, Latin letter), kept as code points so the source holds no confusable characters.
_CONFUSABLE_PAIRS = """
0430a 0435e 043eo 0440p 0441c 0443y 0445x 0456i 0458j 0455s 0410A 0412B 0415E 041aK 041cM
041dH 041eO 0420P 0421C 0422T 0425X 0406I 0408J 0405S 0391A 0392B 0395E 0396Z 0397H 0399I
039aK 039cM 039dN 039fO 03a1P 03a4T 03a5Y 03a7X 03bfo 03bdv 04bbh 0501d 051bq 051dw
0585o 057Du 0578n 0570h 0581g 0566q 0561w 054dU 0555O 053fK
0131i 0237j 0251a 0261g 026ai 0269i 00f8o 00d8O 0142l 0141L 0111d 0110D 0127h 0126H 0167t
0166T 0268i 0180b 01b6z 0275o 1d00A 1d04C 1d05D 1d07E 0262G 029cH 026aI 1d0aJ 1d0bK 029fL
1d0dM 0274N 1d0fO 1d18P 0280R a731S 1d1bT 1d1cU 1d20V 1d21W 028fY 1d22Z
13a0D 13a1R 13a2T 13a9Y 13aaA 13abJ 13acE 13b3W 13b7M 13bbH 13c0G 13c2h 13c3Z 13cfb 13d2R
13d5S 13d9V 13daS 13deL 13dfC 13e2P 13e6K 13e7d 13f4B 13a5i 13b1r 13d4W
"""
_CONFUSABLE_MAP = {chr(int(p[:4], 16)): p[4:] for p in _CONFUSABLE_PAIRS.split()}
# Cherokee has lower-case twins of its capitals (U+AB70-ABBF) that look the same, smaller.
_CONFUSABLE_MAP.update({k.lower(): v for k, v in _CONFUSABLE_MAP.items()
                        if "\u13a0" <= k <= "\u13f4" and k.lower() != k})
_CONFUSABLE = str.maketrans(_CONFUSABLE_MAP)

# Lower-cases ASCII letters only, so every offset stays the same (str.lower() can change
# lengths for a few non-ASCII letters). Detectors match on this copy without IGNORECASE.
ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")

_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
# A digit, then at least four more "single digit" steps separated by one space (a
# separator such as '-' may stand between, itself spaced). Bounded repetition of
# fixed-width pieces: no nested quantifiers, so it runs in linear time. (The "no word
# character before" test comes after the first digit, so that ``re`` can skip from digit
# to digit instead of trying the pattern at every position.)
_SPACED_DIGITS = re.compile(r"\d(?<!\w\d)(?:[ \t]{1,2}(?:[-./)(][ \t]{1,2})?\d){4,}(?![\w])")
_O_IN_DIGITS = re.compile(r"(?<=\d)[Oo](?=[\d\-./ ]?\d)|(?<=\d[\-./ ])[Oo](?=\d)|(?<=\d)[Oo](?=\d)")
_L_IN_DIGITS = re.compile(r"(?<=\d)[lI|](?=\d)")


@dataclass(frozen=True)
class Normalized:
    """Normalised text plus, when it differs from the original, an offset map.

    ``starts[i]``/``ends[i]`` give the original span of normalised character ``i``.
    Both are ``None`` on the fast path (identity mapping).
    """

    text: str
    starts: list[int] | None = None
    ends: list[int] | None = None

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalised span ``[start, end)`` to the original text."""
        if self.starts is None or self.ends is None:
            return start, end
        if end <= start:
            return self.starts[start], self.starts[start]
        return self.starts[start], self.ends[end - 1]


def _map_char(ch: str) -> str:
    """Normalise one non-ASCII character (may return '' or several characters)."""
    cat = unicodedata.category(ch)
    if cat in ("Cf", "Mn", "Me"):
        return ""
    if cat == "Nd":
        return str(unicodedata.digit(ch))
    if cat == "Zs" or ch in "\u2028\u2029\x85":
        return " "
    if cat == "Pd" or ch in "\u2212":
        return "-"
    ch2 = ch.translate(_CONFUSABLE)
    if ch2 != ch:
        return ch2
    out = unicodedata.normalize("NFKC", ch)
    # NFKC keeps accented letters; strip the accent so lexicons still match.
    if not out.isascii():
        dec = unicodedata.normalize("NFKD", out)
        stripped = "".join(c for c in dec if not unicodedata.combining(c))
        if stripped:
            out = stripped
    return out


def normalize(text: str) -> Normalized:
    """Return the normalised form of ``text`` with an offset map back to it."""
    needs_unicode = not text.isascii()
    if not needs_unicode and not _SPACED_DIGITS_OR_HOMOGLYPH.search(text):
        return Normalized(text)

    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    for m in _NON_ASCII.finditer(text) if needs_unicode else ():
        a, b = m.span()
        if a > pos:
            pieces.append(text[pos:a])
            starts.extend(range(pos, a))
            ends.extend(range(pos + 1, a + 1))
        for i in range(a, b):
            rep = _map_char(text[i])
            if rep:
                pieces.append(rep)
                starts.extend([i] * len(rep))
                ends.extend([i + 1] * len(rep))
        pos = b
    if pos < len(text):
        pieces.append(text[pos:])
        starts.extend(range(pos, len(text)))
        ends.extend(range(pos + 1, len(text) + 1))
    norm = "".join(pieces)

    # Homoglyph digits: a one-for-one substitution keeps the offset map valid.
    norm = _O_IN_DIGITS.sub("0", norm)
    norm = _L_IN_DIGITS.sub("1", norm)

    # Spaced-out digits: drop the blanks inside each run (and their map entries).
    if _SPACED_DIGITS.search(norm):
        keep_pieces: list[str] = []
        new_starts: list[int] = []
        new_ends: list[int] = []
        pos = 0
        for m in _SPACED_DIGITS.finditer(norm):
            a, b = m.span()
            keep_pieces.append(norm[pos:a])
            new_starts.extend(starts[pos:a])
            new_ends.extend(ends[pos:a])
            for i in range(a, b):
                if norm[i] not in " \t":
                    keep_pieces.append(norm[i])
                    new_starts.append(starts[i])
                    new_ends.append(ends[i])
            pos = b
        keep_pieces.append(norm[pos:])
        new_starts.extend(starts[pos:])
        new_ends.extend(ends[pos:])
        norm, starts, ends = "".join(keep_pieces), new_starts, new_ends
    # Sentinel so that an empty span at the very end still maps.
    starts.append(len(text))
    return Normalized(norm, starts, ends)


# Letter look-alikes between digits (e.g. ``555-O142``).
_HOMOGLYPH_HINT = re.compile(r"\d[OoIl|]\d|\d[\-./ ][Oo]\d|\d[Oo][\-./ ]?\d")
# Either of the two, in one pass over the text (all the alternatives start with a digit).
_SPACED_DIGITS_OR_HOMOGLYPH = re.compile(_SPACED_DIGITS.pattern + "|" + _HOMOGLYPH_HINT.pattern)


def fold_word(word: str) -> str:
    """A word in lower case without diacritics, for comparing names as people spell them:
    "Zieliński", "ZIELINSKI" and "zielinski" are one word (the scanner's own normalisation
    keeps offsets; this one is for words already cut out)."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("ł", "l")
