"""Names written family name first in Korean and Vietnamese: "Park Ji-hoon", "Kim Soon-ja",
"Lee Dong-su", "Nguyễn Thị Hoa", "Trần Văn Lộc"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..categories import NAME
from . import Note, Span, finder

# the commonest family names; a given name after them has its own shape
_KOREAN = (r"Kim|Lee|Yi|Park|Pak|Choi|Choe|Jung|Jeong|Chung|Kang|Cho|Jo|Yoon|Yun|Jang|Chang|Lim|"
           r"Im|Han|Oh|Seo|Suh|Shin|Kwon|Hwang|Ahn|An|Song|Yoo|Yu|Hong|Jeon|Chun|Ko|Go|Moon|"
           r"Mun|Yang|Son|Bae|Baek|Paik|Heo|Huh|Nam|Sim|Shim|Noh|Roh|Ha|Kwak|Sung|Cha|Joo|Ju|"
           r"Woo|Koo|Gu|Min|Ryu|Yoo|Na|Jin|Ji|Eom|Um|Chae|Won|Bang|Gong|Hyun|Byun|Yeom|Yeo|Do")
# Korean given names are romanised as two syllables joined by a hyphen, the second in lower
# case ("Ji-hoon", "Soon-ja"); a clinical word is never shaped so
# found from the given name's hyphen and lower-case second syllable (rare); the family name
# before it is checked on a short window
_KOREAN_GIVEN = re.compile(r"[A-Z][a-z]{1,5}-[a-z]{1,5}\b")
_KOREAN_BEFORE = re.compile(rf"\b(?:{_KOREAN})\s$")
_VIET = (r"Nguy[eễ]n|Tr[aầ]n|L[eê]|Ph[aạ]m|Ho[aà]ng|Hu[yỳ]nh|Phan|V[uũ]|V[oõ]|[DĐ][aặ]ng|"
         r"B[uù]i|[DĐ][oỗ]|H[oồ]|Ng[oô]|D[uư][oơ]ng|L[yý]|Tr[uư][oơ]ng|[DĐ]inh|L[aâ]m|Mai|"
         r"T[oô]|H[aà]|Cao|L[uư][uơ]ng|Qu[aá]ch|Ki[eề]u|T[aạ]|Th[aá]i|Ch[aâ]u|Tr[iị]nh")
_VIET_WORD = r"[A-Z\u00c0-\u1ef9\u0110][a-z\u00e0-\u1ef9\u0111]{0,6}"
# "Nguyễn Thị Hoa", "Trần Văn Lộc": a family name, then a middle name Vietnamese writes
# (Thị, Văn, Đức, Hữu, Minh, Ngọc...) or two more capitalised syllables
_VIET_NAME = re.compile(
    rf"\b(?:{_VIET})\s(?:Th[iị]|V[aă]n|[DĐ][uứ]c|H[uữ]u|Minh|Ng[oọ]c|Qu[oố]c|Gia|Xu[aâ]n|"
    rf"Thanh|Kim|Anh|Ho[aà]i|Quang|Th[uù]y|B[aả]o|{_VIET_WORD})(?:\s{_VIET_WORD}){{1,2}}\b"
)


_KOREAN_WORDS = frozenset(w.lower() for w in _KOREAN.split("|"))
# Vietnamese family names written without their marks; otherwise a note with no letter
# outside ASCII holds no Vietnamese name to find
_VIET_ASCII = frozenset(("nguyen", "tran", "pham", "hoang", "huynh", "phan", "dang", "bui",
                         "duong", "truong", "dinh", "quach", "trinh"))


@finder("surname_first_name", NAME)
def surname_first_names(note: Note) -> Iterator[Span]:
    """A common Korean family name before a hyphenated given name ("Park Ji-hoon"), and a
    common Vietnamese family name before two or three more capitalised syllables ("Trần Văn
    Lộc"). "Lee-Enfield" and "Le Fort fracture" have neither shape."""
    text = note.text
    if "-" in text and _KOREAN_WORDS & note.words:
        for m in _KOREAN_GIVEN.finditer(text):
            before = _KOREAN_BEFORE.search(text, max(0, m.start() - 8), m.start())
            if before:
                yield before.start(), m.end()
    if not text.isascii() or _VIET_ASCII & note.words:
        for m in _VIET_NAME.finditer(text):
            yield m.span()
