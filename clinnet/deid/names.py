"""Name and place detection: one tokenisation pass, set look-ups, and context rules.

Every word token gets a class from the vendored lexicons:

* ``N`` - in the census name lists and not an ordinary/medical word: a name anywhere;
* ``A`` - a name that is also an ordinary word ("Bill", "Hope", "Baker"): a name only
  in a name context;
* ``U`` - in no list at all (rare surname, foreign name, hospital name, or a misspelt
  clinical word): a name or place only in a strong context;
* ``W`` - an ordinary English or clinical word, an eponym, a state: never on its own;
* ``S`` - a stop word ("the", "and", "in"): ends every context run.

Name contexts are those the PhysioNet deid and Philter authors use: a title before
("Dr.", "Mrs"), a relation word before ("wife", "son", "dtr"), a credential after
("RN", "MD"), a reporting verb ("per X", "X aware", "seen by X"), and adjacency to
another name token ("Frances Baker"). Capitalisation is used only when the text is
mixed case, because many notes are written all upper or all lower case.

Places: US city/county lexicon, facility phrases ("... Hospital", "St. Agnes"), and
unknown words after a transfer/residence phrase ("transferred to X", "lives in X").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from . import lexicons
from .categories import LOCATION, NAME

Candidate = tuple[int, int, str, str]

_TOKEN = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)?")

STOP = frozenset("""
a an the and or but of in on at to for from by with without as is was are were be been being
has had have do does did not no yes this that these those it its he she his her him they them
their there here we our us you your i me my mine who whom which what when where why how all any
some each per via than then so if also into onto over under up down out off about after before
again once only very just still too more most less least same other such own both few many much
will would can could should may might must shall am pm s t re ll ve d m x w c o p q h f e b g n
""".split())

TITLES = frozenset("""
dr doctor drs mr mrs ms miss mister mx prof professor sr sister brother fr father rev nurse
madam sir dame lady lord np pa md rn
""".split())
_TITLE_STRONG = frozenset("dr doctor drs mr mrs ms miss mister mx prof professor rev".split())

RELATIONS = frozenset("""
wife husband spouse son sons daughter daughters dtr dtrs dau dghtr sister sisters brother brothers
sis bro mother mom mum mama father dad papa parent parents niece nieces nephew nephews grandson
granddaughter grandchild grandchildren grandmother grandfather grandma grandpa aunt uncle cousin
friend friends partner fiance fiancee boyfriend girlfriend proxy hcp neighbor neighbour roommate
caregiver guardian stepson stepdaughter stepmother stepfather widow widower companion sibling
siblings inlaw godson goddaughter relative relatives named name contact
""".split())

CREDENTIALS = frozenset("""
rn md np pa do rrt phd licsw lcsw msw cns crna pharmd rd slp ot lpn cna aprn fnp dnp mph
bsn msn ccrn cnm cnp emt paramedic resident intern fellow attending
""".split())

# Reporting verbs and phrases that put a name right after ("per X", "seen by X") or
# right before ("X aware", "X called").
_BEFORE_WEAK = frozenset("""
per by paged page called call notified notify informed inform told tell spoke speak
contacted contact asked ask updated update met visited see seen
""".split())
_AFTER_WEAK = frozenset("""
aware notified called calls paged informed updated visited visiting spoke says said states
stated reports reported explained agrees agreed wants wishes requests requested feels felt
is was will has who came comes arrived in
""".split())
_AFTER_STRONG_VERBS = frozenset("aware notified paged called informed".split())

# Words that turn a preceding eponym into a disease/sign/score, never a name.
_EPONYM_SUFFIX = frozenset("""
disease syndrome sign signs test maneuver manoeuvre score scale criteria classification
catheter cath tube line procedure operation repair reflex phenomenon tumor tumour lymphoma
palsy fracture ulcer node nodes space triad law murmur respiration respirations stain
position type grade bag valve dressing drain rating index
""".split())

FACILITY_WORDS = frozenset("""
hospital hosp hospitals medical med center centre ctr clinic clinics memorial regional rehab
rehabilitation infirmary institute hospice manor nursing health healthcare house home homes
university univ college sanitarium sanatorium pavilion campus
""".split())
# Words that may sit inside a facility name without being distinctive by themselves.
_FACILITY_JOINERS = frozenset("""
holy sacred heart cross mercy providence samaritan good general children's childrens veterans
va shriners saint st mount mt sinai presbyterian methodist baptist lutheran adventist episcopal
deaconess union community county city state hope valley river lake north south east west
new saints of the
""".split())
_GENERIC_ONLY = frozenset("""
the a our this that their local outside other nursing home rehab hospital medical center
general community county city state university acute chronic cardiac pulmonary long term care
skilled facility facilities inpatient outpatient va
""".split())

_PLACE_INTRO = re.compile(
    r"(?:\b(?:transfer(?:red|ring)?|xfer(?:red)?|trans|sent|admitted|admit|taken|brought|moved|"
    r"discharged?|d/?c'?d?|going|went|back|return(?:ed|ing)?|flown|flew|airlifted|medflighted|"
    r"came|arrived|transported|referred|bound)\s(?:back\s)?(?:to|from|at)"
    r"|\b(?:lives?|living|resides?|residing|resident|native|born|grew\sup|raised|located|based|"
    r"works?|worked|employed|stays?|staying)\s(?:in|at|of|on|for|near|by|with)"
    r"|\b(?:from|at|in|near|to)\s(?=[A-Z]))\s{1,3}$",
    re.IGNORECASE,
)

_CONTEXT_WORDS = TITLES | RELATIONS | CREDENTIALS | _BEFORE_WEAK | _AFTER_WEAK | FACILITY_WORDS

_CLASS_CACHE: dict[str, str] = {}
_CACHE_LIMIT = 200_000


def _classify(low: str) -> str:
    """Lexical class of a lower-case token (see the module docstring)."""
    cls = _CLASS_CACHE.get(low)
    if cls is not None:
        return cls
    if low in STOP:
        cls = "S"
    else:
        base = low[:-2] if low.endswith("'s") else low.replace("'", "")
        is_name = base in lexicons.first_names() or base in lexicons.surnames()
        common = (
            base in lexicons.english() or base in lexicons.medical() or base in lexicons.eponyms()
            or base in lexicons.not_names() or base in lexicons.not_places()
        )
        if is_name and not common and len(base) >= 3:
            cls = "N"
        elif is_name:
            cls = "A"
        elif common or base in _PLURAL_OK(base):
            cls = "W"
        else:
            cls = "U"
    if len(_CLASS_CACHE) > _CACHE_LIMIT:
        _CLASS_CACHE.clear()
    _CLASS_CACHE[low] = cls
    return cls


def _PLURAL_OK(base: str) -> frozenset[str]:  # noqa: N802 - reads like a set in the caller
    """Inflected forms the word list lacks: treat "stents"/"titrated" as known words."""
    eng, med = lexicons.english(), lexicons.medical()
    for suf in ("s", "es", "ed", "ing", "ly"):
        if base.endswith(suf) and len(base) > len(suf) + 2:
            stem = base[: -len(suf)]
            if stem in eng or stem in med:
                return frozenset((base,))
    return frozenset()


class _Tok:
    """A word token with what the rules need (kept tiny: one per word of the note)."""

    __slots__ = ("cap", "cls", "end", "low", "start", "upper")

    def __init__(self, start: int, end: int, word: str, glued: bool) -> None:
        self.start = start
        self.end = end
        self.low = word.lower()
        # a word glued to a number ("4L", "1st", "2mg") is a unit or suffix, never a name
        self.cls = "W" if glued else _classify(self.low)
        self.cap = word[0].isupper()
        self.upper = word.isupper()


def _case_mode(text: str) -> str:
    """'upper', 'lower' or 'mixed': capitalisation is evidence only in mixed-case text."""
    letters = len(re.findall(r"[A-Za-z]", text))
    if not letters:
        return "mixed"
    upper = len(re.findall(r"[A-Z]", text))
    if upper > 0.6 * letters:
        return "upper"
    if upper < 0.01 * letters:
        return "lower"
    return "mixed"


def find_names_and_places(text: str) -> Iterator[Candidate]:
    """Yield NAME and LOCATION candidates in ``text`` (normalised coordinates)."""
    toks = [_Tok(m.start(), m.end(), m.group(), m.start() > 0 and text[m.start() - 1].isdigit())
            for m in _TOKEN.finditer(text)]
    if not toks:
        return
    mode = _case_mode(text)
    mixed = mode == "mixed"
    n = len(toks)
    flag: list[str | None] = [None] * n  # rule name when flagged as NAME
    place: list[str | None] = [None] * n

    def gap(i: int) -> str:
        """Text between token i-1 and token i."""
        return text[toks[i - 1].end:toks[i].start] if i > 0 else text[: toks[0].start]

    def name_like(t: _Tok, strong: bool) -> bool:
        """Could this token be (part of) a name in a context of the given strength?"""
        if t.cls == "N":
            return True
        if t.cls == "A":
            return strong or not mixed or t.cap
        if t.cls == "U":
            if len(t.low) < 2:
                return False
            if mixed:
                return t.cap and (strong or not t.upper)
            return strong
        if t.cls == "W" and strong and t.low in lexicons.eponyms():
            return True
        return False

    def joined(i: int) -> bool:
        """Token i follows token i-1 as part of one name ("Frances Baker", "J. Yi")."""
        g = gap(i)
        return g in (" ", "-", ". ", "  ", ", ") and not (g == ", " and mixed)

    def eponym_use(i: int) -> bool:
        """Token i is an eponym in use ("Crohn's disease", "Babinski sign")."""
        t = toks[i]
        if t.low.endswith("'s") and i + 1 < n and toks[i + 1].low in _EPONYM_SUFFIX:
            return True
        return i + 1 < n and toks[i + 1].low in _EPONYM_SUFFIX and gap(i + 1) in (" ", "-")

    for i, t in enumerate(toks):
        c = t.cls
        # 1. unambiguous lexicon names
        if c == "N" and not eponym_use(i) and (not mixed or t.cap or len(t.low) > 3):
            flag[i] = flag[i] or "name_lexicon"
        if c in ("S", "W") and t.low not in TITLES and t.low not in RELATIONS and t.low not in CREDENTIALS \
                and t.low not in _BEFORE_WEAK:
            continue
        low = t.low
        # 2. titles: "Dr. Smith", "MRS JONES", "Dr. J. O'Rourke"
        if low in TITLES and i + 1 < n:
            strong = low in _TITLE_STRONG
            if low in ("pa", "np", "md", "rn", "sister", "brother", "nurse", "father") and not mixed:
                strong = False
            if (low == "ms" or low == "pa") and mixed and not toks[i].cap:
                continue
            g = gap(i + 1)
            if g.strip() in ("", ".", ":") and "\n" not in g:
                j = i + 1
                taken = 0
                while j < n and taken < 3:
                    tj = toks[j]
                    if len(tj.low) == 1 and tj.low not in ("a", "i") or len(tj.low) == 1 and strong and tj.cap:
                        flag[j] = flag[j] or "title_initial"
                    elif name_like(tj, strong):
                        flag[j] = flag[j] or "title"
                    else:
                        break
                    taken += 1
                    if j + 1 < n and joined(j + 1) and gap(j + 1) != ", ":
                        j += 1
                    else:
                        break
        # 3. relation words: "wife Mary", "son, David", "dtr-in-law Rita Hickey"
        if low in RELATIONS and i + 1 < n:
            j = i + 1
            while j < n and toks[j].low in ("in", "law", "s") and gap(j) in ("-", "'", " "):
                j += 1
            g = text[toks[j - 1].end:toks[j].start] if j < n else ""
            if j < n and (g.strip(" ,:(-\t") == "" or g.strip() in ("is", "was")) and "\n" not in g:
                taken = 0
                while j < n and taken < 3:
                    tj = toks[j]
                    if tj.low in ("and", "or") and taken and j + 1 < n and name_like(toks[j + 1], True):
                        j += 1
                        continue
                    if not name_like(tj, True) or (tj.cls == "U" and len(tj.low) < 3):
                        break
                    flag[j] = flag[j] or "relation"
                    taken += 1
                    j += 1
                    if j < n and not joined(j) and gap(j) not in (" and ", " & "):
                        break
        # 4. credentials after: "Patricia Nolan, RN", "J. Yi, MD"
        if low in CREDENTIALS and i > 0 and low not in ("resident", "intern", "fellow", "attending"):
            g = gap(i)
            weak_cred = low in ("do", "ot", "pa", "np", "slp", "rd", "cm")
            if weak_cred and "," not in g and toks[i - 1].cls != "N":
                continue
            if g in (" ", ", ", ",", "  ", " ,") and (mixed and t.upper or not mixed):
                j = i - 1
                taken = 0
                while j >= 0 and taken < 3:
                    tj = toks[j]
                    if len(tj.low) == 1 and tj.low != "a":
                        flag[j] = flag[j] or "credential_initial"
                    elif name_like(tj, True) and tj.cls != "W":
                        flag[j] = flag[j] or "credential"
                    else:
                        break
                    taken += 1
                    if j > 0 and joined(j):
                        j -= 1
                    else:
                        break
        # 5. weak contexts: "per X", "seen by X", "spoke with X" ...
        if low in _BEFORE_WEAK and i + 1 < n and gap(i + 1) == " ":
            tj = toks[i + 1]
            if (tj.cls == "A" and (mixed and tj.cap or tj.low in lexicons.first_names())
                    or tj.cls == "U" and mixed and tj.cap and not tj.upper):
                flag[i + 1] = flag[i + 1] or "after_" + low
    # 6. "X aware", "X notified": the token before a reporting word
    for i in range(1, n):
        if toks[i].low in _AFTER_STRONG_VERBS and gap(i) == " ":
            tj = toks[i - 1]
            if tj.low in RELATIONS or tj.low in TITLES or tj.low in CREDENTIALS:
                continue
            if tj.cls == "A" and (mixed and tj.cap or tj.low in lexicons.first_names()) or tj.cls == "U" and len(tj.low) > 2 and (
                (mixed and tj.cap) or (i > 1 and toks[i - 2].low in TITLES)):
                flag[i - 1] = flag[i - 1] or "before_" + toks[i].low
    # 7. adjacency: a name-ish token touching a flagged name is part of it
    for _ in range(2):
        for i in range(n):
            if flag[i]:
                continue
            t = toks[i]
            if t.cls not in ("A", "U", "N") and not (len(t.low) == 1 and t.low not in ("a", "i")):
                continue
            if t.low in _CONTEXT_WORDS:
                continue
            left = i > 0 and flag[i - 1] and joined(i)
            right = i + 1 < n and flag[i + 1] and joined(i + 1)
            if not (left or right):
                continue
            if len(t.low) == 1:
                # an initial next to a name: "J. Smith", "John Q Public"
                if (right and gap(i + 1) in (". ", " ")) and (not mixed or t.upper):
                    flag[i] = "adjacent_initial"
                continue
            if t.cls == "A" and (not mixed or t.cap) or t.cls == "U" and (mixed and t.cap or not mixed and (
                    (left and flag[i - 1] in ("title", "relation", "name_lexicon")) or
                    (right and flag[i + 1] in ("name_lexicon", "credential")))):
                flag[i] = "adjacent"
    # ---- places
    _places(text, toks, mixed, place, flag)

    # emit runs of flagged tokens as single spans
    i = 0
    while i < n:
        rule = flag[i]
        cat = NAME
        if not rule:
            rule = place[i]
            cat = LOCATION
        if not rule:
            i += 1
            continue
        j = i
        arr = flag if cat == NAME else place
        while j + 1 < n and arr[j + 1] and joined(j + 1) and gap(j + 1) != ", " and not (
                cat == LOCATION and flag[j + 1]):
            j += 1
        end = toks[j].end
        # keep a trailing period of an initial ("J.") inside the span
        if len(toks[j].low) == 1 and end < len(text) and text[end] == ".":
            end += 1
        yield toks[i].start, end, cat, rule
        i = j + 1


def _places(text: str, toks: list[_Tok], mixed: bool, place: list[str | None],
            flag: list[str | None]) -> None:
    """Mark LOCATION tokens: cities/counties, facilities, saints, transfer targets."""
    n = len(toks)
    cities = lexicons.cities()
    not_places = lexicons.not_places()
    medical = lexicons.medical()
    firsts = lexicons.first_names()

    def titled(t: _Tok) -> bool:
        return t.cap if mixed else True

    def gap(i: int) -> str:
        return text[toks[i - 1].end:toks[i].start]

    for i, t in enumerate(toks):
        low = t.low
        # cities and counties (multi-word names matched from their first word)
        opts = cities.get(low)
        if opts and low not in not_places and titled(t) and t.cls != "S":
            for full in opts:
                parts = full.split()
                k = len(parts)
                if i + k > n:
                    continue
                if not all(toks[i + q].low == parts[q] and (q == 0 or gap(i + q) == " ") for q in range(k)):
                    continue
                if k == 1:
                    # "Laurel", "Mobile", "Reading" are words first: a place only before a
                    # state ("Laurel, MD") or, for names, after "in/from/to"
                    if t.cls == "W" and not _STATE_AFTER.match(text[t.end:t.end + 8]):
                        break
                    if t.cls == "A" and not _place_context(text, toks, i):
                        break
                elif not all(titled(toks[i + q]) for q in range(k)) or (
                        all(toks[i + q].cls in ("W", "S") for q in range(k))
                        and not _place_context(text, toks, i)):
                    break
                for q in range(k):
                    place[i + q] = "city"
                break
        # facilities: "Calvert Hospital", "Greater Baltimore Med Ctr", "Sacred Heart Hospital"
        trigger = low in FACILITY_TRIGGERS or (
            low in ("center", "centre", "ctr", "home", "house") and i > 0
            and toks[i - 1].low in ("medical", "med", "health", "nursing", "rehab", "cancer", "heart",
                                    "rehabilitation", "care", "group", "treatment", "dialysis"))
        if trigger and i > 0 and titled(t):
            j = i - 1
            span: list[int] = []
            while j >= 0 and len(span) < 5 and gap(j + 1) in (" ", "-", ". ", " - ", "'s "):
                tj = toks[j]
                if tj.low in STOP and tj.low != "of":
                    break
                if not titled(tj) or tj.low in CONTEXT_BREAK:
                    break
                if tj.cls == "W" and tj.low not in _FACILITY_JOINERS and tj.low not in FACILITY_WORDS:
                    if not (mixed and tj.cap and not tj.upper) and not (tj.low in cities):
                        break
                span.append(j)
                j -= 1
            distinctive = [q for q in span if toks[q].low not in _GENERIC_ONLY
                           and toks[q].low not in FACILITY_WORDS and toks[q].low != "of"
                           and (toks[q].low not in medical or toks[q].low in cities)]
            if distinctive:
                for q in span:
                    if toks[q].low != "of" and (toks[q].low not in _GENERIC_ONLY or q > min(distinctive)):
                        place[q] = place[q] or "facility"
                        flag[q] = None
        # saints: "St. Agnes", "Saint Joseph's"
        if low in ("st", "saint", "ste") and i + 1 < n and gap(i + 1) in (" ", ". "):
            nxt = toks[i + 1]
            base = nxt.low[:-2] if nxt.low.endswith("'s") else nxt.low
            if (base in firsts or base in _SAINTS or mixed and nxt.cap and not nxt.upper and nxt.cls in ("N", "U")) \
                    and titled(nxt) and base not in medical:
                place[i + 1] = "saint_facility"
                flag[i + 1] = None
        # transfer targets: "transferred to Quartermain", "lives in Lansdowne"
        if t.cls in ("U", "N", "A") and titled(t) and len(low) > 3 and place[i] is None and (
                t.cls != "A" or mixed and t.cap and not t.upper) and low not in medical:
            before = text[max(0, t.start - 40):t.start]
            if _PLACE_INTRO.search(before) and (t.cls != "U" or not t.upper or not mixed):
                # in mixed text an unknown all-caps word after "to" is usually an acronym
                place[i] = "place_context"
                flag[i] = None
                j = i + 1
                while j < n and gap(j) == " " and toks[j].cls in ("U", "N") and titled(toks[j]):
                    place[j] = "place_context"
                    j += 1


FACILITY_TRIGGERS = frozenset("""
hospital hosp hospitals clinic memorial regional infirmary institute hospice manor sanitarium
sanatorium pavilion rehab rehabilitation
""".split())
_SAINTS = frozenset("""
agnes anne anthony barnabas clare elizabeth francis george joseph jude john luke mark mary
michael patrick paul peter raphael teresa thomas vincent catherine margaret rose lukes johns
josephs marys elizabeths vincents
""".split())
CONTEXT_BREAK = frozenset("""
to from at in transfer transferred admitted sent went go going back return returned begin start
poss possible possibly cardiac pulmonary inpatient outpatient acute short long
""".split())


_STATE_AFTER = re.compile(
    r"^,?\s{1,2}(?:AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|"
    r"NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|Mass|Calif|Fla|Penn)\b"
)
_PREP_BEFORE = re.compile(
    r"\b(?:in|from|to|near|of|at|lives|visiting|outside|moved)\s{1,2}$", re.IGNORECASE,
)


def _place_context(text: str, toks: list[_Tok], i: int) -> bool:
    """Does token i sit where a place name would ("lives in X", "X, MD")?"""
    t = toks[i]
    return bool(_STATE_AFTER.match(text[t.end:t.end + 8])
                or _PREP_BEFORE.search(text, max(0, t.start - 12), t.start))
