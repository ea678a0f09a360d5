"""What ends a workplace's or a place's name after its capitalised words: a head in lower
case ("Lucky Dragon casino", "Red River Poultry plant", "Grace Harbor shelter") or its
number ("Harold's Chicken #62", "Siam Garment Factory 3", "VFW Post 8812", "Plant No. 2")."""

from __future__ import annotations

import re
from functools import cache

from .. import lexicons
from ..categories import LOCATION
from ..lexicons import words
from . import Note, tail

# heads a name's owner writes in lower case after it (the capitalised words before them are
# already a place or a workplace: this rule only lets that finding grow). Not "village",
# "market", "mill" or "clinic": after a town they say what stands there ("Brahmagacha
# village", "Baalbek clinic"), and the bench sets' writers leave them out of the name
_HEADS = words("""
casino plant mine mines shelter mall factory farm ranch park store shop depot yard camp kiln
terminal warehouse quarry sawmill garage salon church chapel mosque temple surgery school
college campus estate site works refinery cannery abattoir dairy orchard vineyard station
hostel motel hotel lodge pub bar tavern restaurant diner cafe bakery laundromat settlement
compound township marae sykehus sykehjem helsesenter legekontor sjukhus sygehus plejehjem
beach island hills plateau flats
""")
# two words in lower case that name where someone was found or works ("Gandhipuram bus
# stand", "Stourton Road custody suite", "Xaxli'p band office")
_TWO_WORD_HEADS = re.compile(
    r"(?:bus (?:stand|stop|station|depot|park)|taxi rank|truck stop|custody suite|band office|"
    r"police station|fire station|petrol station|gas station)(?![\w'-])")
_WORD = re.compile(r"[a-z]+(?![\w'-])")
# kinds of facility written as an acronym after the place's name (and, for those of South
# Asia and Africa, before it: "SDH Mahua", "CHC Barwani", read by place_heads)
KIND_ACRONYMS = words("""
snf racf alf ltc ltcf ihs arh chc phc thq dhq bhu rhu cboc vamc fqhc rhc rrh chps chu lga
dh sdh hsc uhc mps
""")
# a Ugandan health centre by its level: "Kalangala HC IV", "Kasensero HC II", and after the
# words written out ("Kabalagala Health Centre" + "IV")
_HC_LEVEL = re.compile(r"HC\s?(?:II|III|IV)(?![\w'-]|\.\w)")
_LEVEL_ALONE = re.compile(r"(?:II|III|IV)(?![\w'-]|\.\w)")
_HEALTH_CENTRE_BEFORE = re.compile(r"Health\sCent(?:re|er)\s$")
_ACRONYM = re.compile(r"[A-Z]{2,5}(?![\w'-])")
_LEVEL = re.compile(r"Level\s[2-6](?![\w.,]\d|\w)")
_CAPITALS = re.compile(r"[A-Z][A-Z'&-]+")
# what the last of a run of capitals must be to end a facility's name
_CAPITAL_HEADS = words("hospital hospitals clinic centre center infirmary dispensary hospice")


@cache
def _facility_words() -> frozenset[str]:
    """The words of a facility's name after its place ("National Referral Hospital")."""
    return lexicons.facility_generic() | words("""
    national referral regional district general teaching university county provincial
    memorial specialist community mission military royal state federal main central
    """)


def _capitals_head(text: str, at: int) -> int | None:
    """The end of a run of up to five words in capitals after ``at``, each a word of kinds
    of facility, that ends on a facility's head ("NATIONAL REFERRAL HOSPITAL")."""
    generic = _facility_words()
    end, pos = None, at
    for _ in range(5):
        m = _CAPITALS.match(text, pos)
        if m is None or m.group().lower() not in generic:
            break
        if m.group().lower() in _CAPITAL_HEADS:
            end = m.end()
        if text[m.end():m.end() + 1] != " ":
            break
        pos = m.end() + 1
    return end
# a number that ends a name: "#62", "No. 2", "nr 7", "N° 48", "3" (not a year, not a count)
_NUMBER = re.compile(
    r"(?:#\s?\d{1,5}|(?:No\.|Nr\.?|nr\.?|[Nn]°)\s?\d{1,4}|\d{1,4})(?![\w/.:,-]\d|[\w/-])")
_NOT_AFTER_NUMBER = re.compile(
    r"\s?(?:days?|d\b|weeks?|wks?|months?|mo\b|years?|yrs?|y\b|hours?|hrs?|h\b|min|am|pm|x\b|"
    r"times|mg|ml|kg|km|miles?|mi\b|%|people|patients|beds?)", re.IGNORECASE)


# words in title case that end a workplace's name after the words another rule found
# ("Monterey Bay Claims" + "Services", "Grand Shores Sleep" + "Lab", "GREAT PLAINS & WESTERN"
# + "RAILWAY COMPANY"): what the place is, never which one, so no rule found them alone
_TITLED_HEADS = words("""
services service lab labs laboratory laboratories company railway railroad lines agency law
group partners associates office clinic clinics center centre hospital institute school
college academy church station society foundation trust council authority transit hauling
shipping logistics medical healthcare pharmacy
""")
_TITLED_WORD = re.compile(r"[A-Z][a-z]+(?![\w'-])|[A-Z]{2,}(?![\w'-])")


def _titled_heads(text: str, at: int) -> int | None:
    """The end of up to three words right at ``at`` that say what kind of place it is and
    end on a head word ("Services", "Sleep Lab", "RAILWAY COMPANY"), in capitals only after
    a name in capitals."""
    end = None
    pos = at
    caps_before = text[max(0, at - 12):at - 1].isupper()
    kinds = _facility_words()
    for _ in range(3):
        m = _TITLED_WORD.match(text, pos)
        low = m.group().lower() if m else ""
        if m is None or (low not in _TITLED_HEADS and low not in kinds) or (
                m.group().isupper() and not caps_before):
            break
        if low in _TITLED_HEADS:
            end = m.end()
        if text[m.end():m.end() + 1] != " ":
            break
        pos = m.end() + 1
    return end


@tail("workplace_tail", (LOCATION,))
def workplace_tail(note: Note, at: int) -> int | None:
    """A kind of facility as an acronym ("Maple Grove SNF", "Chinle IHS", "Dowa DH"), a tier ("Thika
    Level 5", "Kalangala HC IV", "Rubondo Health Centre III"), words in capitals that end on a
    facility's head ("MULAGO NATIONAL REFERRAL HOSPITAL"), one or two head words in title case
    ("Claims Services", "Sleep Lab"; in capitals after capitals: "RAILWAY COMPANY"), a workplace
    head in lower case ("casino", "plant", "shelter", "mine", "sykehus"), or a number ("#62", "No.
    2", "3") after a word in title case, right after a place or a workplace another rule found: the
    finding takes it in. A year ("Leeds 2019"), a clock time, a count ("Mercy 2 days ago"), a number
    after capitals ("PLAB 2", "SMMC 0836") and a number before a month ("UHG 3 Feb") stay out."""
    text = note.text
    if (m := _ACRONYM.match(text, at)) and m.group().lower() in KIND_ACRONYMS:
        return m.end()  # "Maple Grove SNF", "Chinle IHS", "Whitesburg ARH"
    if (m := _HC_LEVEL.match(text, at)) or (
            (m := _LEVEL_ALONE.match(text, at))
            and _HEALTH_CENTRE_BEFORE.search(text, max(0, at - 16), at)):
        return m.end()
    if (m := _LEVEL.match(text, at)):
        return m.end()  # "Thika Level 5": a county hospital by its tier
    if (end := _capitals_head(text, at)) is not None:
        return end  # "MULAGO NATIONAL REFERRAL HOSPITAL"
    if (end := _titled_heads(text, at)) is not None:
        return end  # "Monterey Bay Claims Services", "Grand Shores Sleep Lab"
    if (m := _TWO_WORD_HEADS.match(text, at)) or (
            (m := _WORD.match(text, at)) and m.group() in _HEADS):
        # after the name's capitalised words, never after another head ("church compound")
        return m.end() if _CAPITALISED_BEFORE.search(text, max(0, at - 32), at) else None
    if (m := _NUMBER.match(text, at)) and not _NOT_AFTER_NUMBER.match(text, m.end()):
        if m.group()[0] in "#Nn":
            return m.end()
        if _titled_before(text, at) and _NAME_ENDS.match(text, m.end()) and not _year_or_time(
                m.group()):
            return m.end()
    return None


# after a name's number: the end of a phrase or a small word ("Factory 3 in Mae Sot")
_NAME_ENDS = re.compile(r"\s?(?:[,.;:)!?]|$|\n|\s(?:in|on|at|near|and|since|for|with)\b)")
_CAPITALISED_BEFORE = re.compile(r"(?<![\w'\u2019.-])[A-Z][\w'\u2019.&-]* $")
_TITLED_WORD_BEFORE = re.compile(r"(?<![\w'\u2019.-])[A-Z][a-z][\w'\u2019.-]* $")


def _titled_before(text: str, at: int) -> bool:
    """A word in title case before ("Factory 3"); after capitals it is an exam or a code."""
    return _TITLED_WORD_BEFORE.search(text, max(0, at - 32), at) is not None


def _year_or_time(digits: str) -> bool:
    """"2019", "0836": a year or a clock time, not a branch's number."""
    return len(digits) == 4 and (digits[:2] in ("19", "20") or (
        int(digits[:2]) < 24 and int(digits[2:]) < 60))
