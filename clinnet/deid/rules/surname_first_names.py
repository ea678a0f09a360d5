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
_KOREAN_NAME = re.compile(rf"\b(?:{_KOREAN})\s[A-Z][a-z]{{1,5}}-[a-z]{{1,5}}\b")
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


@finder("surname_first_name", NAME, hints=("-", " "))
def surname_first_names(note: Note) -> Iterator[Span]:
    """A common Korean family name before a hyphenated given name ("Park Ji-hoon"), and a
    common Vietnamese family name before two or three more capitalised syllables ("Trần Văn
    Lộc"). "Lee-Enfield" and "Le Fort fracture" have neither shape."""
    for regex in (_KOREAN_NAME, _VIET_NAME):
        for m in regex.finditer(note.text):
            yield m.span()
