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
from bisect import bisect_left
from collections.abc import Iterator
from functools import cache
from itertools import compress

from . import lexicons
from .categories import AGE_OVER_89, LOCATION, NAME
from .lexicons import by_first_letter, words
from .normalize import ASCII_LOWER
from .word_start import WordStart

Candidate = tuple[int, int, str, str]

# (possessive: letters given back could never be followed by anything else that matches)
_TOKEN = re.compile(r"[A-Za-z][A-Za-z]*+(?:'[A-Za-z]+)?")

STOP = words("""
a an the and or but of in on at to for from by with without as is was are were be been being
has had have do does did not no yes this that these those it its he she his her him they them
their there here we our us you your i me my mine who whom which what when where why how all any
some each per via than then so if also into onto over under up down out off about after before
again once only very just still too more most less least same other such own both few many much
will would can could should may might must shall am pm s t re ll ve d m x w c o p q h f e b g n
""")

TITLES = words("""
dr doctor drs mr mrs ms miss mister mx prof professor sr sister brother fr father rev nurse
madam sir dame lady lord np md rn fellow resident intern attending surgeon physician
hospitalist intensivist cardiologist oncologist nephrologist neurologist pulmonologist
radiologist anesthesiologist psychiatrist pharmacist therapist chaplain pastor rabbi imam
reverend coach
""")
_TITLE_STRONG = words("dr doctor drs mr mrs ms miss mister mx prof professor rev")
# Titles after which even an ordinary English word is a surname ("Dr. Tyro", "Mr. Hope").
_TITLE_BEFORE_WORD = words("dr doctor drs mr mrs miss mister prof professor")
# Clinical roles before a name ("cardiology fellow Rajesh Venkataraman"): weaker than
# "Dr." but enough for an unknown word in an all-caps or all-lower note.
_TITLE_ROLE = words("""
fellow resident intern attending surgeon physician hospitalist intensivist cardiologist
oncologist nephrologist neurologist pulmonologist radiologist anesthesiologist psychiatrist
pharmacist therapist chaplain nurse coach pastor rabbi imam reverend
""")

RELATIONS = words("""
wife husband spouse son sons daughter daughters dtr dtrs dau dghtr sister sisters brother brothers
sis bro mother mom mum mama father dad papa parent parents niece nieces nephew nephews grandson
granddaughter grandchild grandchildren grandmother grandfather grandma grandpa aunt uncle cousin
friend friends partner fiance fiancee boyfriend girlfriend proxy hcp neighbor neighbour roommate
caregiver guardian stepson stepdaughter stepmother stepfather widow widower companion sibling
siblings inlaw godson goddaughter relative relatives named spokesperson lawyer
attorney poa conservator neice other husbands wifes contact
lola lolo tita tito kuya baba iya nne smt shri abuela abuelo tia tio halmeoni harabeoji
""")

CREDENTIALS = words("""
rn md np pa do rrt phd licsw lcsw msw cns crna pharmd rd slp ot lpn cna aprn fnp dnp mph
bsn msn ccrn cnm cnp emt paramedic resident intern fellow attending pgy mbbs frcp frcpc facc
facs facp facep dds dmd dpm psyd lpc rph mrcp crt esq
""")

# Reporting verbs and phrases that put a name right after ("per X", "seen by X") or
# right before ("X aware", "X called").
_BEFORE_WEAK = words("""
per by paged page called call notified notify informed inform told tell spoke speak reach reached
contacted contact asked ask updated update met visited see seen dear aka nicknamed
""")
_AFTER_WEAK = words("""
aware notified called calls paged informed updated visited visiting spoke says said states
stated reports reported explained agrees agreed wants wishes requests requested feels felt
is was will has who came comes arrived in
""")
_AFTER_STRONG_VERBS = words("aware notified paged called informed ordered")

# Words that turn a preceding eponym into a disease/sign/score, never a name.
_EPONYM_SUFFIX = words("""
disease syndrome sign signs test maneuver manoeuvre score scale criteria classification
catheter cath tube line procedure operation repair reflex phenomenon tumor tumour lymphoma
rule rules tear tears
palsy fracture ulcer node nodes space triad law murmur respiration respirations stain
position type grade bag valve dressing drain rating index fractures angle formula tables
chromosome diseases
bodies papules papule pentad tetrad waves paralysis shunt fistula viper regimen proteinuria
incision incisions maneuvers manoeuvres equation murmurs nodules granules membrane pouch
gland glands cyst cysts anomaly malformation deformity contracture hernia plexus ganglion
phenomena reaction hypothesis staging scoring fever virus stool striae pupil spots rosettes
fundoplication esophagectomy oesophagectomy gastrectomy anastomosis splint harness
""")

FACILITY_WORDS = words("""
hospital hosp hospitals medical med center centre ctr clinic clinics memorial regional rehab
rehabilitation infirmary institute hospice manor nursing health healthcare house home homes
university univ college sanitarium sanatorium pavilion campus
""")
# Words that may sit inside a facility name without being distinctive by themselves.
_FACILITY_JOINERS = words("""
holy sacred heart cross mercy providence samaritan good general children's childrens veterans
va shriners saint st mount mt sinai presbyterian methodist baptist lutheran adventist episcopal
deaconess union community county city state hope valley river lake north south east west
new saints of the
""")
_GENERIC_ONLY = words("""
the a our this that their local outside other nursing home rehab hospital center
general community county city state university acute chronic cardiac pulmonary long term care
skilled facility facilities inpatient outpatient va
""")

# Verbs that move a patient between places or name where care happened; an unknown word
# after "<verb> to/from/at" is a place. Common misspellings and shorthand are part of how
# notes are written ("transfered", "tx to", "w/u at", "f/u at").
_MOVE_VERBS = (
    r"transfer(?:r?ed|r?ing|s)?|tran?sf(?:er)?(?:r?ed|'d)|xfer(?:r?ed|'d)?|tx(?:'?d)?|trans|sent|"
    r"admitted|admit|readmitted|taken|brought|moved|discharged?|d/?c'?d?|going|went|back|"
    r"return(?:ed|ing)?|flown|flew|airlifted|medflighted|med-?flighted|came|arrived|arrival|"
    r"transported|referred|bound|presented|presents|followed|f/u|evaluated|treated|c/o|"
    r"call(?:ed)?\sout|"
    r"hospitali[sz]ed|intubated|cathed|cath'd|stented|w/u|worked\sup"
)
# who was moved, between the verb and the place: "transferred him to Mercy General"
_MOVED_WHO = r"(?:(?:him|her|them|pt|patient|the\spatient)\s)?"
# Employers are written where places are: "CEO of IBM", "works for Genentech", "his
# business, Acme"
_EMPLOYER_WORDS = (
    r"|\b(?:ceo|cfo|coo|president|owner|founder|vp|partner)\s(?:of|at)"
    r"|\b(?:works?|worked|working|employed|retired|job)\s(?:for|at|by|from)"
    r"|\b(?:business|company|employer|firm)(?:,|\sis|\scalled|\snamed)?"
)
_EMPLOYER_INTRO = _EMPLOYER_WORDS.replace(r")|\b", r")\s{1,3}|\b") + r"\s{1,3}"
_PLACE_INTRO = re.compile(
    r"(?:\b(?:" + _MOVE_VERBS + r")\s" + _MOVED_WHO + r"(?:back\s)?(?:to|from|at)"
    r"|\b(?:lives?|living|resides?|residing|resident|native|born|grew\sup|raised|located|based|"
    r"works?|worked|employed|stays?|staying)\s(?:in|at|of|on|for|near|by|with)"
    r"|\b(?:go|goes|going|went|be|been|is|was|come|ready|accepted|excepted|seen|bed)\s(?:back\s)?(?:to|from|at|by|in)"
    r"|\bvisit(?:ing|ed)?\sfrom|\b(?:from|at|to)\sthe"
    + _EMPLOYER_WORDS
    + r")\s{1,3}(?:\d{1,4}\s{1,2})?$",
    re.IGNORECASE,
)

# The last word of every _PLACE_INTRO and _TRANSFER_INTRO phrase: a cheap test that
# spares the regex search for most tokens.
_INTRO_LAST = words("""
to from at in of on for near by with the leave leaving business company employer firm is
called named
""")

_CONTEXT_WORDS = TITLES | RELATIONS | CREDENTIALS | _BEFORE_WEAK | _AFTER_WEAK | FACILITY_WORDS
_TRIGGERS_BASE = (
    TITLES
    | RELATIONS
    | CREDENTIALS
    | _BEFORE_WEAK
    | frozenset(("cell", "phone", "home", "tel", "work", "pager", "beeper", "mobile", "office"))
)
_DISCUSS_VERBS = words(
    "discussed discuss spoke spoken talked talk met conferred consulted reviewed signed updated"
)
_TRIGGERS = _TRIGGERS_BASE | _DISCUSS_VERBS
_CONTACT_WORDS = words("cell phone home tel work pager beeper mobile office ph")
_CONTACT_AFTER = re.compile(r"\s?(?:#|no\.?|number|phone|ph)?\s?[:#-]?\s?\(?\d{3}")
# Words that follow "Dr." without being a name ("Dr. aware", "DR ORDERED").
_TITLE_FOLLOWERS = words("""
aware notified called paged ordered order orders here there in at to was is has had will would
said says wants spoke saw seen examined evaluated made feels felt notes note team service office
on call covering ok okay informed updated came come the a an of and or but who which that this
""")
_AFTER_NAME_VERBS = words("""
states stated says said wishes wants agrees agreed verbalizes verbalized understands reports
reported visited visiting calls requests requested asked came arrived reached spoke explained
does did has had was is were will would understands wish
""")

# Generic drug-name stems (INN suffixes): an unknown word ending so is a drug, not a name.
_DRUG_SUFFIX = re.compile(
    r"(?:mab|tinib|pril|sartan|olol|alol|statin|azole|cillin|mycin|micin|floxacin|oxacin|parin|"
    r"prazole|tidine|dipine|semide|thiazide|gliptin|gliflozin|glutide|caine|azepam|azolam|"
    r"barbital|profen|cycline|penem|platin|taxel|rubicin|lukast|terol|olone|triptan|setron|"
    r"dronate|xaban|gatran|grel|teplase|fungin|poetin|grastim|mustine|trexate|citabine|phylline|"
    r"peridol|iapine|oxetine|ipramine|triptyline|azepine|ciclovir|amivir|navir)$"
)
# "w/ MD X", "per NP X": the title is who was told or asked, so a name follows
_REPORTED_TO = re.compile(r"(?:\bw/|\bd/w|\bper|\bwith|\bcalled|\bpaged|\bnotified)\s?$")
_RELATION_PREFIXES = words("grand great step half ex god")
_SIGN_OFF = words("thanks thank regards cheers best sincerely signed cc attn note")
_AUX_VERBS = words("does did has had was is were will would wish came arrived reached")
_LOWER = ASCII_LOWER
_CACHE_LIMIT = 200_000


class _ClassCache(dict[str, str]):
    """Lexical class by lower-case token, classified on first sight."""

    def __missing__(self, low: str) -> str:
        return _classify(low)


_CLASS_CACHE = _ClassCache()
# classes the rules look at: names, unknown words, and any word that triggers a rule
_INTERESTING = frozenset(("N", "A", "U", "N*", "A*", "U*", "W*", "S*"))


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
            base in lexicons.english()
            or base in lexicons.medical()
            or base in lexicons.eponyms()
            or base in lexicons.not_names()
            or base in lexicons.not_places()
        )
        if is_name and not common and len(base) >= 3:
            cls = "N"
        elif is_name:
            cls = "A"
        elif common or _inflected_known(base) or _DRUG_SUFFIX.search(base):
            cls = "W"
        else:
            cls = "U"
    if low in _special() or (low.endswith("'s") and low[:-2] in _special()):
        cls += "*"  # a context or place word: the rules must look at it
    if len(_CLASS_CACHE) > _CACHE_LIMIT:
        _CLASS_CACHE.clear()
    _CLASS_CACHE[low] = cls
    return cls


@cache
def _special() -> frozenset[str]:
    """Words that trigger a rule even though they are ordinary words themselves."""
    return (
        _TRIGGERS
        | _AFTER_STRONG_VERBS
        | _AFTER_NAME_VERBS
        | FACILITY_TRIGGERS
        | _ORG_HEADS
        | _SAINT_WORDS
        | frozenset(lexicons.cities())
        | frozenset(("center", "centre", "ctr", "home", "house", "university", "univ", "u"))
        | _BUILDING_WORDS
    )


def _inflected_known(base: str) -> bool:
    """An inflected form the word list lacks: "stents", "titrated" are known words."""
    eng, med = lexicons.english(), lexicons.medical()
    for suf in ("s", "es", "ed", "ing", "ly"):
        if base.endswith(suf) and len(base) > len(suf) + 2:
            stem = base[: -len(suf)]
            if stem in eng or stem in med:
                return True
    return False


class _Tok:
    """A word token with what the rules need (kept tiny: one per word of the note)."""

    __slots__ = ("cap", "cls", "end", "low", "start", "upper")

    def __init__(self, m: re.Match[str], low: str, info: str, glued: bool) -> None:
        self.start, self.end = m.span()
        self.low = low
        # a word glued to a number ("4L", "1st", "2mg") is a unit or suffix, never a name
        self.cls = "W" if glued else info[0]
        word = m.group()
        self.cap = word[0].isupper()
        self.upper = word.isupper()


class _Toks:
    """Token list that builds :class:`_Tok` objects only for the tokens a rule inspects.

    Most words of a note are ordinary words no rule looks at; not building objects for
    them is what keeps the name pass fast.
    """

    __slots__ = ("_built", "infos", "lows", "ms", "text")

    def __init__(
        self, text: str, ms: list[re.Match[str]], lows: list[str], infos: list[str]
    ) -> None:
        self.text = text
        self.ms = ms
        self.lows = lows
        self.infos = infos
        self._built: dict[int, _Tok] = {}

    def __len__(self) -> int:
        return len(self.ms)

    def __getitem__(self, i: int) -> _Tok:
        t = self._built.get(i)
        if t is None:
            m = self.ms[i]
            s = m.start()
            t = _Tok(m, self.lows[i], self.infos[i], s > 0 and self.text[s - 1].isdigit())
            self._built[i] = t
        return t


# One pass counts both kinds of capitalised word: an all-capitals word ("CCU") captures
# its tail, a title-case word ("Smith") captures nothing. The word start is checked by the
# look-behind after the capital, not by a leading \b: a pattern that starts with a letter set
# is searched for in C, one that starts with \b is tried at every position (measured).
_CAPITAL_WORD = re.compile(r"[A-Z](?<!\w[A-Z])(?:([A-Z]+)\b|[a-z])")


def _case_mode(text: str, ltext: str, n_words: int) -> str:
    """'upper', 'lower' or 'mixed': capitalisation is evidence only in mixed-case text.

    Counted over words, not letters: a lower-case note with a few upper-case
    abbreviations ("bp", "CCU") is still a lower-case note, and sentence-initial capitals
    alone do not make it mixed.
    """
    if text == ltext:  # no capital letter at all
        return "lower" if n_words else "mixed"
    caps = _CAPITAL_WORD.findall(text)
    title = caps.count("")
    upper = len(caps) - title
    lower = n_words - upper - title  # the rest of the words (a close enough count)
    total = upper + title + lower
    if not total:
        return "mixed"
    if upper > 0.6 * total:
        return "upper"
    if title < 0.07 * (title + lower):
        return "lower"
    return "mixed"


def find_names_and_places(
    text: str,
    ltext: str | None = None,
    lows: list[str] | None = None,
    lowset: set[str] | None = None,
) -> Iterator[Candidate]:
    """Yield NAME and LOCATION candidates in ``text`` (normalised coordinates).

    ``ltext`` (ASCII-lower-cased ``text``) and ``lows`` (its word tokens, see
    :func:`word_tokens`) may be passed in when the caller has them already.
    """
    ms = list(_TOKEN.finditer(text))
    if not ms:
        return
    if ltext is None:
        ltext = text.translate(_LOWER)  # same offsets; lets phrase regexes skip IGNORECASE
    if lows is None:
        lows = _TOKEN.findall(ltext)
    if lowset is None:
        lowset = set(lows)
    infos = list(map(_CLASS_CACHE.__getitem__, lows))
    toks = _Toks(text, ms, lows, infos)
    # Only tokens that could be a name or that trigger a rule are visited below.
    interesting = list(compress(range(len(infos)), map(_INTERESTING.__contains__, infos)))
    mode = _case_mode(text, ltext, len(lows))
    mixed = mode == "mixed"
    n = len(toks)
    flag: list[str | None] = [None] * n  # rule name when flagged as NAME
    place: list[str | None] = [None] * n
    firsts = lexicons.first_names()
    medical = lexicons.medical()
    eponyms = lexicons.eponyms()
    not_names = lexicons.not_names()
    _known_sorted()  # built with the other lexicons on the first scan, not mid-way

    def gap(i: int) -> str:
        """Text between token i-1 and token i."""
        return text[ms[i - 1].end() : ms[i].start()] if i > 0 else text[: ms[0].start()]

    def initial(t: _Tok) -> bool:
        """A single-letter initial ("J." or "J"); "A."/"I." only when capital with a period."""
        if t.end - t.start != 1 or not (t.upper or not mixed):
            return False
        if t.low in ("a", "i"):
            return t.upper and text[t.end : t.end + 1] == "."
        return True

    def name_like(t: _Tok, strong: int) -> bool:
        """Could this token be (part of) a name in a context of the given strength?"""
        if t.low in _CONTEXT_WORDS or (strong < 3 and t.low in _NOT_A_NAME):
            return False
        if t.low.endswith("'s") and t.low[:-2] in _CONTEXT_WORDS:
            return False  # "Son's cell 616-..."
        if t.cls == "N":
            return True
        # strength: 3 after "Dr."/"Mrs."; 2 after a relation or before a credential;
        # 1 after a role word ("fellow", "nurse"); 0 after a reporting word ("per")
        if t.cls == "A":
            if strong >= 3:
                return True  # "Dr. griffin", "DR GREEN": a title makes it a name in any case
            if strong == 2:
                return t.cap if mixed else True  # "SON BILL", "son, Bill" but not "son left"
            if t.low in firsts and (strong > 0 or t.cap or not mixed):
                return True  # "NP grace", "nurse VIRGINIA"
            if strong == 1:  # after a role word: "fellow Baker" but not "RESIDENT ROUNDS"
                return mixed and t.cap and not t.upper
            return t.cap if mixed else False
        if t.cls == "U":
            if len(t.low) < 2 or t.low in medical:
                return False
            if mixed:
                # "Dr. rourke": after a title an unknown word is a name in any case
                return (t.cap and (strong or not t.upper)) or strong >= 3
            return strong > 0
        if t.cls == "W" and strong >= 2:
            if t.low in _NOT_A_NAME:
                return False
            if t.low in eponyms:
                return True
            # an ordinary word written as a name in mixed-case text ("son Smokey")
            return mixed and t.cap and not t.upper and t.low not in medical
        return False

    def joined(i: int) -> bool:
        """Token i follows token i-1 as part of one name ("Frances Baker", "J. Yi")."""
        g = gap(i)
        if g == ". ":  # only after an initial: "J. Yi", not "Dr. O'Brien. Patient's"
            return i > 0 and (toks[i - 1].end - toks[i - 1].start == 1 or lows[i - 1] == "st")
        if g == ".":  # "J.D."
            return toks[i - 1].end - toks[i - 1].start == 1 and toks[i].end - toks[i].start == 1
        return g in (" ", "-", "  ", "'")

    def eponym_use(i: int) -> bool:
        """Token i is an eponym in use ("Crohn's disease", "Babinski sign")."""
        if i + 1 < n and toks[i + 1].low in _EPONYM_SUFFIX and gap(i + 1) in (" ", "-", "'s "):
            return True
        if i + 3 < n and lows[i + 1] in ("and", "or") and lows[i + 3] in _EPONYM_SUFFIX:
            return True  # "Bennett's and Rolando fractures"
        # "Mallory-Weiss", "Salter-Harris": a name hyphenated to an eponym is one too
        return (i + 1 < n and gap(i + 1) == "-" and lows[i + 1] in eponyms) or (
            i > 0 and gap(i) == "-" and lows[i - 1] in eponyms
        )

    def capitalised_word(t: _Tok) -> bool:
        """An ordinary word written with a capital in mixed-case text ("son Smokey")."""
        return (
            t.cls == "W"
            and mixed
            and t.cap
            and not t.upper
            and t.low not in medical
            and t.low not in _CONTEXT_WORDS
        )

    def forward(j: int, strong: int, rule: str, limit: int = 3) -> None:
        """Flag up to ``limit`` name-like tokens starting at j (initials included)."""
        taken = 0
        while j < n and taken < limit:
            tj = toks[j]
            if (
                initial(tj)
                and j + 1 < n
                and gap(j + 1) in (". ", " ", ".")
                and name_like(toks[j + 1], strong)
            ):
                flag[j] = flag[j] or rule + "_initial"
            elif (
                tj.low in _PARTICLES
                and j + 1 < n
                and gap(j + 1) == " "
                and (name_like(toks[j + 1], max(strong, 2)) or toks[j + 1].low in _PARTICLES)
            ):
                flag[j] = flag[j] or rule  # "van der Berg", "de la Cruz", "del Toro"
                taken -= 1  # particles do not count toward the limit
            elif not taken and strong >= 3 and tj.end - tj.start == 1 and text[tj.start].isupper():
                flag[j] = flag[j] or rule + "_initial"  # "Mr I remained...", "Ms S." alone
            elif (
                # after the first word a title vouches less: "Mr. Okonjo found him"
                name_like(tj, strong if not taken or not mixed else min(strong, 2))
                or (taken and capitalised_word(tj))
                or ((taken or strong >= 3) and tj.low in firsts and tj.cls == "S" and tj.cap)
            ):
                flag[j] = flag[j] or rule
            else:
                break
            taken += 1
            if j + 1 < n and joined(j + 1):
                j += 1
            else:
                break

    def backward(j: int, rule: str, limit: int = 4) -> None:
        """Flag up to ``limit`` name-like tokens ending at j, walking left."""
        taken = 0
        while j >= 0 and taken < limit:
            tj = toks[j]
            if initial(tj):
                flag[j] = flag[j] or rule + "_initial"
            elif (name_like(tj, 2) and tj.cls != "W") or (
                # "Anil Venkataraman, MD": a capitalised word before a signed surname is
                # its first name, even when it is also an English word
                taken == 1
                and rule == "credential"
                and capitalised_word(tj)
                and not tj.low.endswith(("ed", "ing", "ly"))
                and tj.low not in _SIGN_OFF
            ):
                flag[j] = flag[j] or rule
            else:
                break
            taken += 1
            if j > 0 and joined(j):
                j -= 1
            else:
                break

    for i in interesting:
        low = lows[i]
        if infos[i][0] != "N" and low not in _TRIGGERS:
            continue  # cheap exit before building the token object
        t = toks[i]
        c = t.cls
        # 1. unambiguous lexicon names
        # (in mixed-case text an all-capitals word is an acronym or gene: "KRAS", "BRAF")
        if c == "N" and not eponym_use(i) and (not mixed or (t.cap and not t.upper)):
            flag[i] = flag[i] or "name_lexicon"
        if c in ("S", "W") and low not in _TRIGGERS:
            continue
        # 2. titles: "Dr. Smith", "MRS JONES", "Dr. J. O'Rourke"
        if low in TITLES and i + 1 < n:
            strong = 3 if low in _TITLE_STRONG else 1 if low in _TITLE_ROLE else 0
            if low in ("ms", "pa", "np", "md", "rn") and mixed and not t.upper and not t.cap:
                continue
            if low == "ms" and (t.upper or not t.cap):
                strong = 0  # "MS"/"ms" is also mental status and morphine sulfate
            elif (
                low in ("md", "np")
                and _REPORTED_TO.search(ltext, max(0, t.start - 12), t.start)
                and i + 1 < n
                and lows[i + 1] in lexicons.surnames()
                and lows[i + 1] not in _TITLE_FOLLOWERS
                and lows[i + 1] not in _CONTEXT_WORDS
                and lows[i + 1] not in medical
            ):
                strong = 2  # "checked w/MD Spears", "d/w NP Lamb": a clinician by name
            g = gap(i + 1)
            ok_gap = g.strip() in ("", ".") if strong == 3 else g in (" ", "  ")
            if ok_gap and "\n" not in g:  # not "MS:" (mental status), not "fellow. Next"
                nxt = toks[i + 1]
                if mixed and not nxt.cap and not nxt.upper and nxt.low in _SPOKEN_TO_TITLE:
                    continue  # "Doctor good morning", "doctor please call": a title spoken to
                if (
                    low in _TITLE_BEFORE_WORD
                    and nxt.cls == "W"
                    and nxt.low not in _TITLE_FOLLOWERS
                    and nxt.low not in medical
                    and (not mixed or nxt.cap)
                    and len(nxt.low) > 2
                ):
                    # "Dr. Tyro", "DR LAVELY": after a title an ordinary word is a name
                    flag[i + 1] = flag[i + 1] or "title"
                    forward(i + 2, strong, "title", 2) if i + 2 < n and joined(i + 2) else None
                else:
                    forward(i + 1, strong, "title")
        # 3. relation words: "wife Mary", "son, David", "dtr-in-law Rita Hickey"
        # ("contact" only as "contact person"; "contact precautions" is no name)
        if (
            low in RELATIONS
            and i + 1 < n
            and (low != "contact" or (lows[i + 1] == "person" and gap(i + 1) == " "))
        ):
            if low == "other":
                if not (i > 1 and toks[i - 1].low == "significant"):
                    continue
                gb = gap(i - 1)
                if gb.strip() in ("(", "-", ",", ", (") and "\n" not in gb:
                    backward(i - 2, "relation")  # "Charlie (significant other)"
            j = i + 1
            # "son-in-law", "dtr in law", "sisters'": but "son in Europe" is not a name
            while (
                j + 1 < n
                and lows[j] == "in"
                and lows[j + 1] in ("law", "laws")
                and gap(j) in ("-", " ")
            ):
                j += 2
            while j < n and toks[j].low in ("law", "laws", "s") and gap(j) in ("-", "'", " "):
                j += 1
            if low == "contact":
                j += 1  # "contact person (X)"
            if (
                j + 1 < n
                and toks[j].low in ("is", "was", "named", "called")
                and gap(j) in (" ", ", ")
                and (toks[j + 1].cls == "N" or lows[j + 1] in firsts or (mixed and toks[j + 1].cap))
            ):
                j += 1  # "spokesperson is Nancy", "a son named Theo"; not "daughter called during"
            g = text[toks[j - 1].end : toks[j].start] if j < n else ""
            if (
                j < n
                and (g.strip(" ,:(-\t") == "" or g.strip(" ,") in ("is", "was", "named"))
                and "\n" not in g
            ):
                taken = 0
                while j < n and taken < 4:
                    tj = toks[j]
                    if (
                        tj.low in ("and", "or")
                        and taken
                        and j + 1 < n
                        and (toks[j + 1].cls == "N" or toks[j + 1].low in firsts)
                        and name_like(toks[j + 1], 2)
                    ):
                        j += 1
                        continue
                    # "brother Will is the proxy": a capitalised first name that is also a
                    # stop word, right after the relation word in mixed-case text
                    stop_name = (
                        not taken
                        and mixed
                        and tj.cls == "S"
                        and tj.cap
                        and not tj.upper
                        and tj.low in firsts
                        and len(tj.low) > 2
                    )
                    if stop_name:
                        pass
                    elif not name_like(tj, 2) or (tj.cls == "U" and len(tj.low) < 3):
                        break
                    if (
                        not mixed
                        and not taken
                        and (
                            (tj.cls == "A" and tj.low not in firsts)
                            or (tj.cls == "U" and _looks_like_typo(tj.low))
                        )
                    ):
                        # "SON WENT HOME", "WIFE AGRESS": in a one-case note an ordinary word or
                        # a misspelt one after a relation word is not a name
                        break
                    flag[j] = flag[j] or "relation"
                    taken += 1
                    j += 1
                    if j < n and not joined(j) and gap(j) not in (" and ", " & ", ", ", ","):
                        break
            # "Hank Przybylo (son)", "Mary Smith - daughter" (but not "Grand-niece")
            gb = gap(i)
            if (
                i > 0
                and gb.strip() in ("(", "-", ",", ", (")
                and "\n" not in gb
                and not (gb == "-" and lows[i - 1] in _RELATION_PREFIXES)
            ):
                backward(i - 1, "relation")
        # 4. credentials after: "Patricia Nolan, RN", "J. Yi, MD", "WARREN KAVALIUNAS NP"
        if (
            low in CREDENTIALS
            and i > 0
            # "crt" is also cardiac resynchronisation: it ends a name, it does not start one
            and low not in ("resident", "intern", "fellow", "attending", "crt")
        ):
            g = gap(i)
            weak_cred = low in ("do", "ot", "pa", "np", "slp", "rd", "cm", "md", "rn")
            prev = toks[i - 1]
            if (
                weak_cred
                and "," not in g
                and not (
                    prev.cls == "N"
                    or (prev.cls == "U" and len(prev.low) > 3 and prev.low not in medical)
                    # "Stord-Painter MD", "anita morris rn": a name word, or a first name before
                    or (prev.cls == "A" and mixed and prev.cap and not prev.upper)
                    or (i > 1 and toks[i - 2].cls == "N" and toks[i - 2].low in firsts)
                )
            ):
                continue
            if g in (" ", ", ", ",", "  ", " ,", "., ") and (t.upper or not mixed):
                backward(i - 1, "credential")
            elif g in (" ", ", ", ",") and _signature_line(text, t.start, t.end):
                # a lower-case signature in a mixed-case note: "anita morris rn"
                ls = text.rfind("\n", 0, t.start) + 1
                sig = [j for j in (i - 3, i - 2, i - 1) if j >= 0 and toks[j].start >= ls]
                if (
                    sig
                    and all(
                        toks[j].cls in ("N", "A", "U")
                        and lows[j] not in medical
                        and lows[j] not in _CONTEXT_WORDS
                        for j in sig
                    )
                    and any(toks[j].cls == "N" or lows[j] in firsts for j in sig)
                ):
                    for j in sig:
                        flag[j] = flag[j] or "credential"
        # 5. weak contexts: "per X", "seen by X", "discussed with X" ...
        k = i + 1
        if low in _DISCUSS_VERBS and i + 2 < n and lows[i + 1] in ("with", "to") and gap(k) == " ":
            k = i + 2  # "discussed with Hope", "spoke to Grant"
        if (low in _BEFORE_WEAK or k == i + 2) and k < n and gap(k) == " ":
            tj = toks[k]
            if (
                (
                    (tj.cls == "A" and ((mixed and tj.cap and not tj.upper) or tj.low in firsts))
                    or (tj.cls == "U" and mixed and tj.cap and not tj.upper)
                )
                and tj.low not in _CONTEXT_WORDS
                and tj.low not in medical
            ):
                forward(k, 0, "after_" + low, 2)
        # 6. contact lists: "Lopie Certusi cell# ...", "Frances Baker- 212-..."
        if (
            low in _CONTACT_WORDS
            and i > 0
            and gap(i) in (" ", "  ", ", ", " - ", "- ")
            and _CONTACT_AFTER.match(text, t.end)
        ):
            backward(i - 1, "contact")
    # 7. "X aware", "X notified", "John states": the token before a reporting word
    for i in interesting:
        lo = lows[i]
        if i and (lo in _AFTER_STRONG_VERBS or lo in _AFTER_NAME_VERBS) and gap(i) == " ":
            tj = toks[i - 1]
            if tj.low in _CONTEXT_WORDS or tj.low in medical or tj.low in not_names:
                continue
            strong_verb = lo in _AFTER_STRONG_VERBS
            after_initial = i > 1 and initial(toks[i - 2]) and gap(i - 1) in (" ", ". ")
            if lo in _AUX_VERBS and not (mixed and tj.cap and not tj.upper):
                continue  # "the van was late": an auxiliary is evidence only after a capital
            if (
                (
                    tj.cls == "A"
                    and ((mixed and tj.cap) or tj.low in firsts or after_initial)
                    and (
                        strong_verb
                        or tj.low in firsts
                        or after_initial
                        # "... and Smith said": a capitalised surname inside a sentence
                        or (
                            lo not in _AUX_VERBS
                            and mixed
                            and not tj.upper
                            and (text[max(0, tj.start - 3) : tj.start].rstrip() or ".")[-1]
                            not in ".!?:;\n"
                        )
                    )
                )
                or (
                    tj.cls == "U"
                    and len(tj.low) > 2
                    and (
                        (mixed and tj.cap and not tj.upper) or (i > 1 and toks[i - 2].low in TITLES)
                    )
                )
            ):
                flag[i - 1] = flag[i - 1] or "before_" + lo
                if i > 1 and joined(i - 1):
                    backward(i - 2, "before_" + lo, 2)
    # 7b. mixed-case text: an unknown capitalised word inside a sentence is most likely a
    # name ("we asked Oluwaseun to ...") - names missing from the 1990 census lists
    if mixed:
        for i in interesting:
            if infos[i][0] != "U" or flag[i] or len(lows[i]) < 4 or lows[i] in medical:
                continue
            t = toks[i]
            if not t.cap or t.upper or t.cls != "U" or eponym_use(i):
                continue
            if not _mid_sentence(text, t.start):
                continue  # sentence or list-item start: capitalised anyway
            if i + 1 < n and lows[i + 1] in _EPONYM_SUFFIX:
                continue
            word = text[t.start : t.end]
            if not word[1:].islower():
                continue  # "PAline", "BiLevel", "UE's": shorthand, not a name

            def proper(j: int) -> bool:
                tj = toks[j]
                w = text[tj.start : tj.end]
                return (
                    tj.cls in ("U", "N", "A")
                    and tj.cap
                    and w[1:].islower()
                    and tj.low not in medical
                    and tj.low not in _CONTEXT_WORDS
                )

            # a single capitalised unknown word is often a brand or a typo; two proper
            # words in a row ("Oluwaseun Adeyemi", "Priya Raman") are a name
            if (i + 1 < n and gap(i + 1) == " " and proper(i + 1)) or (
                i > 0 and gap(i) == " " and proper(i - 1)
            ):
                flag[i] = "capitalized_unknown"
    # 7c. a first name that is also a word ("John", "Grace"), capitalised on its own inside
    # a sentence of a lower-case note: "supportive to pt, John." Mixed-case writers
    # capitalise for emphasis ("Nausea and Hope for discharge"), so only a note that
    # otherwise never capitalises counts; neighbouring capitals mean a title-case phrase
    # ("MRI Brain", "Major Depression").
    if mode == "lower":
        for i in interesting:
            if infos[i][0] != "A" or flag[i] or lows[i] not in firsts or len(lows[i]) < 3:
                continue
            t = toks[i]
            if not t.cap or t.upper or t.low in _CONTEXT_WORDS or t.low in medical:
                continue
            if t.low in eponyms or t.low in not_names or t.low in lexicons.not_places():
                continue  # "Foley", "May", "Florida"
            if not _mid_sentence(text, t.start):
                continue
            if (i > 0 and toks[i - 1].cap and gap(i).strip(" ") == "") or (
                i + 1 < n and toks[i + 1].cap and gap(i + 1).strip(" ") == ""
            ):
                continue
            flag[i] = "capitalized_first_name"
    # 7d. a one-case note has no capitals to go by, but a first name followed by a word in
    # no list at all is a full name: "pat rixford", "WILL OKONJO"
    if not mixed:
        for i in interesting:
            if infos[i][0] != "A" or flag[i] or lows[i] not in firsts or i + 1 >= n:
                continue
            nxt = toks[i + 1]
            if (
                nxt.cls == "U"
                and len(nxt.low) >= 4
                and gap(i + 1) == " "
                and nxt.low not in medical
                and lows[i] not in not_names
                and not _looks_like_typo(nxt.low)
                and not _shortened_word(nxt.low)
            ):
                flag[i] = flag[i + 1] = flag[i + 1] or "first_and_unknown"
    # 8. an initial with a period before a name-like word: "E. Welsh aware", "B. KARGAS PA"
    for m in _INITIAL_NAME.finditer(text):
        before = text[m.start() - 1] if m.start() else " "
        if not (before.isspace() or before in "(,;"):
            continue
        q = bisect_left(toks.ms, m.start(), key=_start)
        if q + 1 >= n:
            continue
        nm = toks[q + 1]
        if nm.low in medical or nm.low in _CONTEXT_WORDS or nm.cls in ("W", "S"):
            continue
        if mixed and not nm.cap:
            continue
        if q and lows[q - 1] in _LETTER_CLASSES:
            continue  # "class B. Leflunomide", "hepatitis B. Started ..."
        list_item = text[: m.start()].rstrip(" ").endswith(",")  # "Rm 17, A. Oyelowo, DKA"
        if lows[q] in _HEADING_LETTERS and nm.cls != "N" and not list_item:
            continue
        flag[q] = flag[q] or "initial_name"
        flag[q + 1] = flag[q + 1] or "initial_name"
    # 8b. labelled fields: "Name: Desmond Tutu", "Patient: Kowalski, Stanley"
    for m in _NAME_LABEL.finditer(ltext) if _LABEL_GATE.search(ltext) else ():
        q = bisect_left(toks.ms, m.end(), key=_start)
        if q >= n or toks[q].start - m.end() > 2:
            continue
        if m.group("field"):
            # a form field ("Name: Desmond Tutu  DOB: ..."): the whole value is the name
            stop = _FIELD_END.search(text, m.end(), m.end() + 60)
            end = stop.start() if stop else min(len(text), m.end() + 60)
            value = []
            while q < n and toks[q].end <= end:
                value.append(q)
                q += 1
            # "Name: Unknown" is no name: the value needs one name-like word
            if any(
                toks[v].cls in ("N", "U") or lows[v] in firsts
                for v in value
                if lows[v] not in medical and lows[v] not in _NOT_A_NAME
            ):
                for v in value:
                    if lows[v] not in STOP and lows[v] not in medical:
                        flag[v] = flag[v] or "name_label"
        elif (toks[q].cls in ("N", "U") or lows[q] in firsts) and lows[q] not in _NOT_A_NAME:
            # "Patient: Eleanor Vance" (but "Patient: Alert" and "PT: ALERT" are findings)
            forward(q, 1, "name_label", 3)
            if q + 2 < n and gap(q + 1) in (", ", ",") and flag[q]:
                forward(q + 1, 1, "name_label", 2)  # "Kowalski, Stanley"
    # 9. adjacency: a name-ish token touching a flagged name is part of it
    for _ in range(2) if any(flag) else ():
        near = sorted({k for j, f in enumerate(flag) if f for k in (j - 1, j + 1) if 0 <= k < n})
        for i in near:
            if flag[i]:
                continue
            t = toks[i]
            if t.low in _CONTEXT_WORDS or (t.low in not_names and not (mixed and t.cap)):
                continue  # "st. agnes last year"
            if t.low in medical:
                # an eponym is a surname first: "Bernard Foley" after a first name, unless
                # it is in use ("Mary Foley catheter" is not written)
                if not (
                    t.low in eponyms
                    and mixed
                    and t.cap
                    and not t.upper
                    and i > 0
                    and flag[i - 1]
                    and joined(i)
                    and lows[i - 1] in firsts
                    and toks[i - 1].cls == "N"
                    and not eponym_use(i)
                ):
                    continue
                flag[i] = "adjacent"
                continue
            if t.upper and len(t.low) == 2 and t.low in _STATE_CODES:
                continue  # "Cambridge MA": a state code, not part of a name
            if t.cls not in ("A", "U", "N") and not initial(t):
                continue
            left = i > 0 and flag[i - 1] and joined(i)
            right = i + 1 < n and flag[i + 1] and joined(i + 1)
            if not (left or right):
                continue
            if initial(t):
                # an initial next to a name: "J. Smith", "John Q Public"
                if right and gap(i + 1) in (". ", " ") and t.low not in ("l", "r"):
                    flag[i] = "adjacent_initial"
                continue
            neighbour = flag[i - 1] if left else flag[i + 1]
            nb_tok = toks[i - 1] if left else toks[i + 1]
            strong_n = (
                neighbour is not None
                and not neighbour.startswith(("after_", "before_", "adjacent"))
            ) or (nb_tok.low in firsts and nb_tok.cls in ("N", "A"))  # "KAREN ANN YANULIS"
            if (
                (
                    t.cls == "A"
                    and ((mixed and t.cap) or (not mixed and (strong_n or t.low in firsts)))
                )
                or (
                    t.cls == "U"
                    and len(t.low) > 2
                    and ((mixed and t.cap) or (not mixed and strong_n))
                )
                or t.cls == "N"
            ):
                flag[i] = "adjacent"
    # 10. run-together initials standing for a person: "J.D.", "call him R. T."
    for m in _INITIALS.finditer(text):
        if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "_."):
            continue
        # dotted letters are usually abbreviations ("C.O.", "G.I."); initials only after
        # words that introduce a person: "call him J.D.", "patient R.T."
        if (
            _INITIALS_INTRO.search(text, max(0, m.start() - 20), m.start())
            or _AGE_AFTER_INITIALS.match(text, m.end())
        ) and (m.group().replace(".", "").replace(" ", "").lower() not in _NOT_INITIALS):
            q = bisect_left(toks.ms, m.start(), key=_start)
            while q < n and toks[q].start < m.end():
                flag[q] = flag[q] or "initials"
                q += 1
    # 11. coordination: "Suzette and Hank", "sister & Charlie"
    for i in [j for j in range(n) if flag[j]] if any(flag) else ():
        k = i + 1
        if (
            k + 1 < n
            and lows[k] in ("and", "or")
            and gap(k) == " "
            and gap(k + 1) == " "
            and not flag[i].startswith(("after_", "before_"))
        ):
            k += 1  # "and"/"or" are word tokens themselves: "Suzette and Hank"
        elif not (k < n and gap(k) in (" & ", "/", " &", "& ")):
            continue
        if not flag[k]:
            t = toks[k]
            first_name = t.low in firsts and t.cls in ("N", "A")
            # "daughters Mary and Ngozi": an unknown word joined to a name given by a
            # relation or title, or to an unambiguous first name, is the second name
            unknown_name = (
                (
                    flag[i].startswith(_STRONG_NAME_RULES)
                    or (toks[i].cls == "N" and lows[i] in firsts)
                )
                and t.cls == "U"
                and len(t.low) >= 3
                and t.low not in medical
                and not _looks_like_typo(t.low)
            )
            if (first_name or unknown_name) and (t.cap or not mixed):
                flag[k] = "coordinated"
    # 12. a word flagged once is flagged everywhere in the note ("Radu" ... "Radu wishes")
    _propagate(toks, flag, mixed, lows, medical)
    # ---- places
    _places(text, toks, mixed, place, flag, interesting, (ltext, lowset))
    _propagate(toks, place, mixed, lows, medical)

    # A first name that is also a town ("Elizabeth") is a name; so is a town-named token
    # inside a person's name ("Patricia Nolan").
    any_place = any(place)
    if not any_place and not any(flag):
        return
    both = [j for j in range(n) if place[j] == "city" and flag[j]] if any_place else []
    for j in both:
        if toks[j].low in firsts:
            place[j] = None
    for j in both:
        if place[j] == "city" and flag[j]:
            left = j > 0 and flag[j - 1] and not place[j - 1] and joined(j)
            right = j + 1 < n and flag[j + 1] and not place[j + 1] and joined(j + 1)
            if left or right:
                place[j] = None
    # a particle between two name words belongs to the name: "Juan del Toro"
    particles = () if _PARTICLES.isdisjoint(lowset) else enumerate(lows)
    for j in [k for k, w in particles if w in _PARTICLES and not flag[k]]:
        if 0 < j < n - 1 and flag[j - 1] and gap(j) == " " and gap(j + 1) == " ":
            nxt = j + 1
            while nxt < n - 1 and lows[nxt] in _PARTICLES and gap(nxt + 1) == " ":
                nxt += 1
            if flag[nxt]:
                for q in range(j, nxt):
                    flag[q] = flag[j - 1]
    # multi-word eponyms are never identifiers ("Sister Mary Joseph nodule")
    for phrase_start, phrase_end in eponym_phrases(ltext, lowset):
        q = bisect_left(toks.ms, phrase_start, key=_start)
        while q < n and toks[q].end <= phrase_end:
            flag[q] = place[q] = None
            q += 1

    def _named_system(i: int, j: int, rule: str, cat: str) -> bool:
        """Do the words after tokens i..j make them a named system, sign or score?"""
        if any(
            q < n and lows[q] in _CLASSIFICATION_WORDS and _SYSTEM_GAP.fullmatch(gap(q))
            for q in (j + 1, j + 2)
        ):
            return True  # "Dutch Lipid Clinic criteria", "Los Angeles classification"
        if rule in _INSTITUTION_RULES:
            return False  # "U Maryland scale", "the MGH protocol" name the hospital
        # a name or a town with no context before a sign or a score: "Roth spots",
        # "Katz 5/6", "Rankin 1", "Gartland III" (but "moved to Boston 2 years ago")
        if (cat != NAME and rule != "city") or rule.startswith(("after_", "before_")):
            return False  # "per Quartermain 3 RN" was said of someone
        if j + 1 < n and gap(j + 1) in (" ", "-") and lows[j + 1] in INSTRUMENT_NOUNS:
            return True
        if j > i and _ROMAN.fullmatch(text, toks[j].start, toks[j].end):
            j -= 1  # "Fitzpatrick VI": the grade was taken into the name
        return bool(
            _SCORE_AFTER.match(text, toks[j].end)
            and not (i and lows[i - 1] in _PREV_PLACE and gap(i) == " ")
            and text[toks[i].start].isupper()
        )

    # in a post about no one (a teaching post, a question), a lone word a surname list knows
    # and no context chose is an eponym or an author ("Hazelbaker", "Cochrane"): not a name
    impersonal = ABOUT_A_PERSON.isdisjoint(lowset)
    # emit runs of flagged tokens as single spans
    marked = [j for j in range(n) if flag[j] or place[j]]
    k = 0
    while k < len(marked):
        i = marked[k]
        k += 1
        rule = flag[i]
        cat = NAME
        if place[i] and (not rule or rule == "name_lexicon"):
            rule, cat = place[i], LOCATION
        if not rule:
            continue
        j = i
        while j + 1 < n and (
            (
                cat == NAME
                and joined(j + 1)
                and flag[j + 1]
                and not (place[j + 1] and flag[j + 1] == "name_lexicon")
            )
            or (cat == LOCATION and place[j + 1] and gap(j + 1) in (" ", "-", ". ", "  ", " & "))
        ):
            j += 1
        while k < len(marked) and marked[k] <= j:
            k += 1
        if not rule.startswith(_STRONG_NAME_RULES) and _named_system(i, j, rule, cat):
            continue  # "Ottawa ankle rules", "Katz 5/6", "Fitzpatrick IV": not a person
        if impersonal and i == j and rule == "name_lexicon" and cat == NAME and (
                lows[i].split("'")[0] not in firsts):
            continue
        end = toks[j].end
        # keep a trailing period of an initial ("J.") inside the span
        if len(toks[j].low) == 1 and end < len(text) and text[end] == ".":
            end += 1
        yield toks[i].start, end, cat, rule
        if cat == NAME:
            # "Eunice Thibodeaux, 96, ..." - an age right after a name
            am = _AGE_AFTER_NAME.match(text, end)
            if am:
                yield am.start(1), am.end(1), AGE_OVER_89, "age_after_name"


def eponym_phrases(ltext: str, lowset: set[str] | frozenset[str]) -> list[tuple[int, int]]:
    """Spans of the multi-word eponyms and named products of the lower-cased ``ltext``
    ("sister mary joseph", "st jude medical", "valley fever"), whose words are ``lowset``."""
    if _EPONYM_FIRST.isdisjoint(lowset):
        return []
    return [m.span() for m in _EPONYM_PHRASE.finditer(ltext)]


_EPONYM_PHRASE = re.compile(
    r"\b"
    + by_first_letter(
        r"""
        sister\smary\sjoseph  stevens[\s-]johnson  wolff[\s-]parkinson[\s-]white
        guillain[\s-]barr[e\u00e9]  brown[\s-]s[e\u00e9]quard  creutzfeldt[\s-]jakob
        osgood[\s-]schlatter  legg[\s-]calv[e\u00e9][\s-]perthes  jackson[\s-]pratt
        mallory[\s-]weiss  chediak[\s-]higashi  wiskott[\s-]aldrich  peutz[\s-]jeghers
        arnold[\s-]chiari  dandy[\s-]walker  charcot[\s-]marie[\s-]tooth  kimmelstiel[\s-]wilson
        zollinger[\s-]ellison  waterhouse[\s-]friderichsen  budd[\s-]chiari  swan[\s-]ganz
        austin\sflint  graham\ssteell  argyll\srobertson  kussmaul  cheyne[\s-]stokes
        hunt\sand\shess  glasgow\scoma  john\scunningham  epstein[\s-]barr  von\swillebrand
        de\squervain  lou\sgehrig  rocky\smountain  tommy\sjohn  swiss\scheese  west\snile
        la\scrosse  st\.?\slouis\sencephalitis  jamestown\scanyon  new\syork\sheart\sassociation
        seattle\sheart\sfailure\smodel  boston\sbowel\sprep(?:aration)?\sscale  seattle\sprotocol
        declaration\sof\s[a-z]+  ryan\swhite  murray\slung  bush[\s-]francis  rumack[\s-]matthew
        marcus\sgunn  simpson[\s-]angus  barnes\sakathisia  boston\ssci(?:entific)?
        st\.?\sjude\smedical  st\.?\sjohn'?s\swort  san\sjoaquin\svalley\sfever  valley\sfever
        grey\sturner'?s?  duct\sof\sluschka
        """
    )
)
# the last word of every _NAME_LABEL label before its ":" or "=": a cheap test first
_LABEL_GATE = re.compile(r"(?:name|patient|pt|contact|person|kin|nok|guardian)\s?[:=]")
# Words after a place or name that make it a published classification, not an
# identifier. ("scale", "protocol" stay out: a hospital's own insulin scale or protocol
# names the hospital.)
_CLASSIFICATION_WORDS = words("""
criteria classification classifications rule rules score scores staging definition grading
consensus guidelines guideline category model nomogram system
""")
# ... and after a person's name or a town, the things named after them
INSTRUMENT_NOUNS = _EPONYM_SUFFIX | words("""
spots striae pupil fingers hump dystrophy guide akathisia encephalitis virus fever lesion
lesions nodule nodules sphincter ligament approach incision technique questionnaire
inventory nomogram trial trials calculation back-calculation
""")
# rules that name an institution, not a person or town
_INSTITUTION_RULES = frozenset(("facility", "university", "facility_name", "employer"))
# between a name and its system's noun: "Ottawa ankle rules", "McDonald 2017 criteria"
_SYSTEM_GAP = re.compile(r"[ -]|\s\d{4}\s")
# a score or grade right after a word: "5/6", "1", "IV", "IIa", "0-IIa"
_ROMAN = re.compile(r"(?:I{1,3}|IV|VI{0,3}|IX|X)[a-c]?")
_SCORE_AFTER = re.compile(
    r"[ -](?:\d{1,3}(?:/\d{1,3})?|(?:I{1,3}|IV|VI{0,3}|IX|X)[a-c]?)(?![\w/])(?!\.\d)"
)
# first words of the phrase regexes: a regex runs only when the note has one of them
_EPONYM_FIRST = words("""
sister stevens wolff guillain brown creutzfeldt osgood legg jackson mallory chediak wiskott peutz
arnold dandy charcot kimmelstiel zollinger waterhouse budd swan austin graham argyll kussmaul
cheyne hunt glasgow john epstein von de lou rocky san valley st boston tommy swiss west la
jamestown new seattle declaration ryan murray bush rumack marcus simpson barnes grey duct
""")
_FACILITY_FIRST = words("""
holy sacred good mount mt beth cedars johns john mayo cleveland kaiser shriners mass massachusetts
brigham lahey dana sloan md our st
""")
_AGE_AFTER_NAME = re.compile(
    r",?\s{1,2}\(?((?:9\d|1[01]\d))(?:\s?(?:y|yo|y/o|yrs?|years?(?:\sold)?))?\)?(?=[,;)]|\s(?:and|who|with|is|was)\b)"
)
# Values of name-ish fields that are not names ("Name: Unknown", "Guardian: State").
_NOT_A_NAME = words("""
unknown none self state social work family patient friend staff team nurse doctor declined
refused pending same na n/a unk unable stable alert awake young old elderly male female man
woman gentleman lady boy girl child infant baby adult
""")
_PARTICLES = words("van der den de la le du del della da di von bin ibn al el ten ter o")
_NAME_LABEL = re.compile(
    r"\b(?:(?P<field>(?:(?:patient|pt|client|resident|member|insured|subscriber)(?:'s)?\s"
    r"(?:full\s)?)?name)|patient|pt|emergency\scontact|contact\sperson|next\sof\skin|nok|"
    r"guardian)\s?[:=]\s{0,3}"
)
_FIELD_END = re.compile(r"\s{2,}|\n|[,;(]|\s\w+:|\s(?:dob|mrn|age|sex)\b", re.IGNORECASE)
_INITIALS_INTRO = re.compile(
    r"(?:\b(?:him|her|them|patient|pt|initials|named|called|mr|mrs|ms|miss|dr|son|daughter|wife|"
    r"husband|mother|father|brother|sister|friend)\.?|\b(?:rm|room|bed)\s?\d{1,4}),?\s{1,2}$",
    re.IGNORECASE,
)
# "J.M., 34 yo", "R.M., 80s F", "K.T. (72M)": initials written where a patient is named
_AGE_AFTER_INITIALS = re.compile(
    r",?\s{1,2}\(?\d{1,3}(?:\s?(?:yo|y/o|y\.o\.|yr|years?)\b|-year|\s?[MF]\b|s\s?[MF]\b)"
)
# (the character before a match is tested in code: a lookbehind here would make the
# regex engine try every position of the note instead of jumping to capitals)
_INITIALS = re.compile(r"[A-Z]\. ?[A-Z]\.(?: ?[A-Z]\.)?(?![\w])")
# dotted abbreviations that are not a person's initials
_NOT_INITIALS = words(
    "us uk pm am po md do rn np pa bp dc dr mr ms ok ie eg nb ad bc pc hs qd id ft pt"
)
_INITIAL_NAME = re.compile(r"[A-Z]\. (?=[A-Za-z][a-z'A-Z\-]+)")  # after a space or "(,;"
# Words a single letter belongs to: "class B", "hepatitis C", "vitamin D", "type A"
_LETTER_CLASSES = words("""
class grade type stage group hepatitis hep vitamin vit phase category zone level factor fragile
lead leads plan option part section schedule
""")
# Note-structure letters: S./O./A./P. (SOAP headings) and I./O. (intake/output).
_HEADING_LETTERS = frozenset("soapilr")  # and L/R (sides)


def _start(m: re.Match[str]) -> int:
    return m.start()


def _propagate(
    toks: _Toks, marks: list[str | None], mixed: bool, lows: list[str], medical: frozenset[str]
) -> None:
    """Mark every other occurrence of a marked name-like word (same note).

    Only words that are not ordinary words (classes N and U) spread freely; an ordinary
    word that is also a name (class A: "Bill", "Grace") spreads only to occurrences
    written the same way with a capital, so "dr green" does not mark "green sputum".
    """
    if not any(marks):
        return
    seen: dict[str, str] = {}
    seen_a: set[str] = set()
    for j in [k for k, r in enumerate(marks) if r]:
        if len(lows[j]) > 1:
            t = toks[j]
            if t.cls in ("N", "U") and lows[j] not in medical:
                seen.setdefault(lows[j], marks[j] or "")
            elif (
                mixed
                and t.cls == "A"
                and t.cap
                and not t.upper
                and (marks[j] or "").startswith(_STRONG_NAME_RULES)
                and lows[j] not in medical
            ):
                seen_a.add(lows[j])  # "wife Rose ... discussed with Rose"
    if seen_a:
        text = toks.text
        for j in [k for k, w in enumerate(lows) if w in seen_a]:
            if marks[j]:
                continue
            t = toks[j]
            if not t.cap or t.upper:
                continue
            if _mid_sentence(text, t.start):
                marks[j] = "same_word"  # capitalised mid-sentence, like where it was named
    if not seen:
        return
    for j in [k for k, w in enumerate(lows) if w in seen]:
        if not marks[j]:
            t = toks[j]
            # unknown words spread in any case ("Quartermain" ... "quartermain 2")
            if t.cls == "U" or (t.cls == "N" and (t.cap or not mixed)):
                marks[j] = "same_word"


# lower-case words that follow a title said to someone rather than a name after it
_SPOKEN_TO_TITLE = frozenset((
    "good", "morning", "afternoon", "evening", "night", "hello", "hi", "please", "pls", "plz",
    "thank", "thanks", "sorry", "yes", "no", "ok", "okay", "sir", "madam", "maam", "dear", "can",
    "could", "would", "will", "is", "are", "i", "we", "my", "our", "help", "come",
))
# words that say a note is about a person, in English: a pronoun, a title, "pt", a relative,
# an event of care ("patients", "they" and "started" are what teaching posts say too)
PERSON_WORDS = words("""
he she his her him hers mr mrs ms miss pt dob d.o.b yo y/o admitted discharged born died
husband wife son daughter mother father boy girl baby
""")
# the same with "patient", ages and the words of the other languages the bench sets' writers
# use (a teaching post or a question to colleagues has none)
ABOUT_A_PERSON = PERSON_WORDS | words("""
patient paciente pacientes pasien patiente patientin sr sra srta dona señor señora senhor
senhora anos años ans anni jahre jr yrs madre padre hijo hija mae pai filho filha mère père
fils fille madame monsieur mme mlle signora signor figlio figlia frau herr sohn tochter ibu
bapak pak anak
""")
# Rules whose name an ordinary-word name ("Rose", "Hope") keeps elsewhere in the note
_STRONG_NAME_RULES = ("relation", "title", "credential", "name_label", "coordinated")


def _unflag(flag: list[str | None], i: int) -> None:
    """A place rule takes a token from the name rules only when no name context chose it."""
    if flag[i] in (None, "name_lexicon", "same_word", "adjacent"):
        flag[i] = None


def _places(
    text: str,
    toks: _Toks,
    mixed: bool,
    place: list[str | None],
    flag: list[str | None],
    interesting: list[int],
    lowered: tuple[str, set[str]],
) -> None:
    """Mark LOCATION tokens: cities/counties, facilities, saints, transfer targets.

    ``lowered`` is the ASCII-lower-cased text and the set of its words.
    """
    ltext, lowset = lowered
    n = len(toks)
    cities = lexicons.cities()
    not_places = lexicons.not_places()
    medical = lexicons.medical()
    firsts = lexicons.first_names()
    eponyms = lexicons.eponyms()
    generic = lexicons.facility_generic()

    def titled(t: _Tok) -> bool:
        return t.cap if mixed else True

    def gap(i: int) -> str:
        return text[ms[i - 1].end() : ms[i].start()]

    lows, infos, ms = toks.lows, toks.infos, toks.ms
    seconds = _city_seconds()
    has_at = "@" in text
    place_kw, prev_place, unit_after = _PLACE_KEYWORDS, _PREV_PLACE, _UNIT_AFTER
    for i in interesting:
        low = lows[i]
        c = infos[i][0]
        # an organisation's head word ("Diner", "Prison") matters only after a capital
        keyword = low in place_kw and (
            low not in _ORG_ONLY or (i > 0 and (not mixed or text[ms[i - 1].start()].isupper()))
        )
        if not keyword:
            if c in "WS":
                sec = seconds.get(low)
                if (
                    not (sec and i + 1 < n and lows[i + 1] in sec)
                    and not (
                        low in cities
                        and (
                            text.startswith(",", ms[i].end())
                            # "an OSH in Framingham": a capitalised town after a preposition
                            or (
                                mixed
                                and i
                                and lows[i - 1] in prev_place
                                and text[ms[i].start()].isupper()
                                and not text[ms[i].start() + 1 : ms[i].end()].isupper()
                            )
                            or (
                                i
                                and lows[i - 1] in ("from", "in", "near")
                                and low in eponyms
                                and low not in lexicons.english()
                            )
                        )
                    )
                ):
                    continue  # an ordinary word that starts no place name here
            elif low not in cities:
                # N/U/A words are places only after a preposition, before a unit word
                # ("GH ER") or before a ward number ("Quartermain 2"): test that cheaply
                if c == "A" and not (mixed and text[ms[i].start()].isupper()):
                    continue
                if not (
                    (i and lows[i - 1] in prev_place)
                    or (i + 1 < n and lows[i + 1] in unit_after)
                    or text[ms[i].end() : ms[i].end() + 2].strip()[:1].isdigit()
                    or (has_at and "@" in text[max(0, ms[i].start() - 3) : ms[i].start()])
                ):
                    continue
        t = toks[i]
        # cities and counties (multi-word names matched from their first word)
        opts = cities.get(low)
        if opts and low not in not_places and titled(t) and t.cls != "S":
            for parts in opts:
                k = len(parts)
                if i + k > n:
                    continue
                if k > 1 and (
                    tuple(lows[i + 1 : i + k]) != parts[1:]
                    or not all(gap(i + q) == " " for q in range(1, k))
                ):
                    continue
                if k == 1 and (
                    (i + 1 < n and lows[i + 1] in _EPONYM_SUFFIX)
                    or (i + 1 < n and gap(i + 1) == "-" and lows[i + 1] in eponyms)
                    or (i > 0 and gap(i) == "-" and lows[i - 1] in eponyms)
                ):
                    break  # "Ottawa rules", "Salter-Harris fracture"
                if k == 1:
                    # "Laurel", "Mobile", "Reading" are words first: a place only before a
                    # state ("Laurel, MD") or, for names, after "in/from/to"
                    state = _STATE_AFTER.match(text[t.end : t.end + 8])
                    # "LIVES IN LAUREL", "transferred from Warren": a residence or transfer
                    # phrase right before is as good as capitals
                    strong_intro = (
                        ((mixed and t.cap) or not mixed)
                        and i > 0
                        and lows[i - 1] in _INTRO_LAST
                        and _PLACE_INTRO.search(text[max(0, t.start - 40) : t.start])
                    )
                    if t.cls == "W" and not (
                        state
                        or strong_intro
                        # "a hospital in Phoenix": a capitalised town after a preposition
                        or (
                            mixed
                            and t.cap
                            and not t.upper
                            and low not in _not_town_words()
                            and _place_context(text, toks, i)
                        )
                        # "MAN FROM FRAMINGHAM": a town that is only an eponym (no English
                        # word) after from/in/near, in any case
                        or (
                            low in eponyms
                            and low not in lexicons.english()
                            and low not in _not_town_words()
                            and i
                            and lows[i - 1] in ("from", "in", "near")
                        )
                    ):
                        break
                    if t.cls == "A" and not (
                        state
                        or strong_intro
                        or (
                            mixed
                            and t.cap
                            and not t.upper
                            and low not in _not_town_words()
                            and _place_context(text, toks, i)
                        )
                    ):
                        break
                elif not all(titled(toks[i + q]) for q in range(k)) or (
                    all(toks[i + q].cls in ("W", "S") for q in range(k))
                    and not _place_context(text, toks, i)
                ):
                    break
                for q in range(k):
                    place[i + q] = "city"
                break
        # facilities: "Calvert Hospital", "Greater Baltimore Med Ctr", "Sacred Heart Hospital"
        # (a name word or capital before a head word like "Center" or "Daycare" makes it
        # one; "Co"/"Inc" only as written in mixed case, "CO" is cardiac output)
        trigger = low in FACILITY_TRIGGERS or (
            low in _ORG_HEADS
            and i > 0
            and titled(toks[i - 1])
            and (
                low not in _COMPANY_SUFFIXES or (mixed and t.cap and (low == "llc" or not t.upper))
            )
            and (mixed or low not in _SPECIALTY_HEADS)
        )
        if trigger and i > 0 and titled(t):
            j = i - 1
            span: list[int] = []
            while j >= 0 and len(span) < 5 and gap(j + 1) in _FACILITY_GAPS:
                tj = toks[j]
                if gap(j + 1) == ". " and len(tj.low) > 2 and tj.low not in _SAINT_WORDS:
                    break  # "WNL. Cardiology": a sentence ends; "St. Mary's" goes on
                if (
                    tj.low == "and"
                    and j > 0
                    and (toks[j - 1].low in FACILITY_WORDS or (mixed and toks[j - 1].cap))
                    and ((mixed and toks[j + 1].cap) or toks[j - 1].low in FACILITY_WORDS)
                ):
                    span.append(j)  # "Maple Grove Nursing and Rehabilitation"
                    j -= 1
                    continue
                if tj.low in STOP and tj.low != "of":
                    break
                if not titled(tj) or tj.low in CONTEXT_BREAK:
                    break
                if (
                    tj.cls == "W"
                    and tj.low not in _FACILITY_JOINERS
                    and tj.low not in FACILITY_WORDS
                    and not (mixed and tj.cap and not tj.upper)
                    # "from MD Hospital", "NYU Hospital": an acronym right before the word
                    and not (mixed and tj.upper and j == i - 1 and 2 <= len(tj.low) <= 5)
                    and tj.low not in cities
                    # "HEBREW REHAB", "jewish home": a people or language names a facility
                    and not (tj.low in _NATIONALITY_WORDS and gap(j + 1) in (" ", "-"))
                ):
                    break
                span.append(j)
                j -= 1
            # a one-case note that writes a facility in title case marks it as a proper
            # name: "pt knows she is in General Hospital"
            proper_name = not mixed and all(toks[q].cap and not toks[q].upper for q in (*span, i))
            # "Heart Failure Clinic", "Children's Hospital" say what kind, not which one
            distinctive = [
                q
                for q in span
                if (
                    (toks[q].low not in _GENERIC_ONLY and toks[q].low not in generic)
                    or (proper_name and toks[q].low != "the")
                )
                and (toks[q].low not in FACILITY_WORDS or toks[q].low in ("memorial", "general"))
                and toks[q].low not in ("of", "and", "&")
                and (
                    toks[q].low not in medical
                    or toks[q].low in cities
                    or (toks[q].upper and q == i - 1 and mixed)
                )
            ]
            if distinctive:
                first = min(distinctive)
                for q in span:
                    if q >= first or (toks[q].low not in _GENERIC_ONLY and toks[q].low != "of"):
                        place[q] = place[q] or "facility"
                        _unflag(flag, q)
                # the whole name, generic head included: "St. Brendan's Hospital"
                place[i] = place[i] or "facility"
        # buildings and campuses: "North Campus", "mackenzie campus", "ELLERY BUILDING"
        if low in _BUILDING_WORDS and i > 0 and gap(i) == " ":
            pv = toks[i - 1]
            if (
                place[i - 1] is None
                and pv.low not in _NOT_BUILDING_NAME
                and pv.low not in STOP
                and pv.low not in medical
                and len(pv.low) > 1
                and (
                    pv.cls in ("U", "N")
                    or (pv.cls == "A" and (pv.cap or not mixed))
                    or (pv.cls == "W" and mixed and pv.cap and not pv.upper)
                )
            ):
                place[i - 1] = "building"
                _unflag(flag, i - 1)
        # saints: "St. Agnes", "Saint Joseph's"
        if low in _SAINT_WORDS and i + 1 < n and gap(i + 1) in (" ", ". "):
            nxt = toks[i + 1]
            base = nxt.low[:-2] if nxt.low.endswith("'s") else nxt.low
            if (
                # "Mrs. Evelyn St. Clair": after a person's first name it is a surname
                i > 0
                and (flag[i - 1] or "").startswith(_STRONG_NAME_RULES)
                and gap(i) == " "
                and titled(nxt)
                and (i + 2 >= n or lows[i + 2] not in FACILITY_WORDS)
            ):
                flag[i] = flag[i + 1] = flag[i - 1]
            elif (
                (
                    base in firsts
                    or base in _SAINTS
                    or (mixed and nxt.cap and not nxt.upper and nxt.cls in ("N", "U"))
                )
                and titled(nxt)
                and base not in medical
            ):
                place[i + 1] = "saint_facility"
                _unflag(flag, i + 1)
            elif (
                # "a bed at St E's", "@ St A.": a saint's hospital shortened to its initial
                mixed
                and t.cap
                and not t.upper
                and nxt.end - nxt.start == 1
                and nxt.upper
                and text[nxt.end : nxt.end + 1] in (".", "'")
            ):
                place[i] = place[i + 1] = "saint_facility"
                _unflag(flag, i + 1)
        # transfer targets: "transferred to Quartermain", "lives in Lansdowne", "sent to MGH".
        # Every such context ends in a preposition (or "@"), a unit word follows an acronym,
        # or a ward number follows: test those cheaply before any regex.
        end = ms[i].end()
        lower_moved = False
        if not (
            (i and lows[i - 1] in _PREV_PLACE)
            or "@" in text[max(0, t.start - 3) : t.start]
            or (i + 1 < n and lows[i + 1] in _UNIT_AFTER)
            or text[end : end + 2].strip()[:1].isdigit()
        ):
            pass
        elif (
            place[i] is None
            # "handed over to the Night Dr": a doctor known by the shift, not a drive
            and not (i and lows[i - 1] == "the" and i + 1 < n and lows[i + 1] in _DOCTOR_WORDS)
            # "REBOA in Zone 1", "was in Stage 2": a part of something, numbered ("Quartermain
            # 2", a ward, is a place)
            and not (low in _NUMBERED_PARTS and _WARD_AFTER.match(text, t.end))
            and (titled(t) or (lower_moved := _lower_moved(text, t, low, lows[i - 1] if i else "")))
            and low not in medical
            and low not in not_places
            and low not in generic  # "at the Cancer Center", "seen at Student Health"
            and (t.cls in ("U", "N") or (t.cls == "A" and mixed and (t.upper or t.cap)))
        ):
            # an unknown short word: an acronym in mixed text when upper case; in all-caps or
            # all-lower notes case cannot tell, so any unknown short word qualifies. Three to
            # five capitals that spell a name ("KATH", "LUTH") are an acronym too in mixed text
            acronym = 2 <= len(low) <= 6 and (
                (t.cls == "U" and (t.upper or not mixed or lower_moved))
                # ... but only after "at" or a movement verb ("at KATH", "sent to LUTH")
                or (mixed and t.upper and 3 <= len(low) <= 5 and i > 0
                    and (lows[i - 1] == "at" or bool(_TRANSFER_INTRO.search(
                        text, max(0, t.start - 64), t.start))))
            )
            if len(low) > 3 or acronym or (not mixed and t.cls == "U" and len(low) >= 2):
                before = text[max(0, t.start - 64) : t.start]
                intro = (
                    i > 0
                    and lows[i - 1] in _INTRO_LAST
                    and _PLACE_INTRO.search(text, max(0, t.start - 40), t.start)
                )
                if acronym:
                    # "at the LUSB": an acronym after a bare preposition is anatomy; after a
                    # movement verb ("w/u by GBMC", "tx to GH") it is a facility
                    intro = i > 0 and lows[i - 1] in _INTRO_LAST and _TRANSFER_INTRO.search(before)
                intro = intro or lower_moved
                if (
                    intro
                    or (
                        _PREP_ONLY.search(before)
                        and (
                            # "at SMMC", "flown to GH"; not "in FSGS", "on FNA", "c/o RUQ"
                            (acronym and (_ACRONYM_PREP if mixed else _ACRONYM_PREP_CAPS)
                             .search(before))
                            or _WARD_AFTER.match(text, t.end)
                        )
                    )
                    or (
                        # "the VA in Balt", "a rehab near Kessington": a capitalised unknown word
                        # after "in/from/near" in mixed-case text
                        mixed
                        and t.cap
                        and not t.upper
                        and len(low) >= 4
                        and i
                        and flag[i] is None
                        and "'" not in low
                        and (
                            (
                                t.cls == "U"
                                and lows[i - 1] in ("in", "from", "near")
                                and not _looks_like_typo(low, eponyms=True)
                            )
                            # "a surgeon from Harbor": a word-like place name, capitalised
                            # inside a sentence; a first name there is more likely a person
                            or (
                                t.cls == "A"
                                and lows[i - 1] in ("from", "near", "at")
                                and gap(i) == " "
                                and low not in firsts
                                and low not in _not_town_words()
                                and _mid_sentence(text, toks[i - 1].start)
                            )
                        )
                    )
                ):
                    place[i] = "place_context"
                    _unflag(flag, i)
                    j = i + 1
                    while (
                        j < n
                        and gap(j) == " "
                        and toks[j].cls in ("U", "N")
                        and titled(toks[j])
                        and toks[j].low not in medical
                    ):
                        place[j] = "place_context"
                        j += 1
            # "GH ER", "MGH cath lab": an unknown acronym naming where a unit is
            if (
                acronym
                and place[i] is None
                and i + 1 < n
                and toks[i + 1].low in _UNIT_AFTER
                and gap(i + 1) == " "
            ):
                place[i] = "facility_acronym"
                _unflag(flag, i)
            # "Quartermain 2": an unknown word followed by a ward/floor number
            if (
                t.cls == "U"
                and len(low) > 4
                and place[i] is None
                and _WARD_AFTER.match(text, t.end)
                and _PREP_ONLY.search(text, max(0, t.start - 30), t.start)
            ):
                place[i] = "ward"
                _unflag(flag, i)
        # "University of Maryland", "U of MD Medical Center"
        if low in ("university", "univ", "u") and i + 1 < n and gap(i + 1) == " ":
            j = i + 1
            if toks[j].low == "of" and j + 1 < n:
                j += 1
            if (
                toks[j].low in not_places or toks[j].low in cities or toks[j].low in _STATE_CODES
            ) and toks[j].low not in generic:  # "University of Maryland", not "...Hospital"
                for q in range(i, j + 1):
                    if toks[q].low != "of" or q > i:
                        place[q] = place[q] or "university"
    # employers: "works for vista health", "employed by Acme Freight"
    if "work" in ltext or "employ" in ltext:
        _employers(text, ltext, toks, mixed, place, flag)
    # a town written before its state: "Marble, CO 81623", "Truth or Consequences, NM"
    if "," in text:
        _towns_before_states(text, toks, mixed, place, flag)
    # counties: "Harlan County", "HARLAN COUNTY", "St. Tammany Parish"
    if not _COUNTY_WORDS.isdisjoint(lowset):
        for i in [j for j, w in enumerate(lows) if w in _COUNTY_WORDS and j and gap(j) == " "]:
            pv = toks[i - 1]
            if (
                titled(pv)
                and titled(toks[i])
                and pv.low not in STOP
                and pv.low not in lexicons.not_places()
                and pv.low not in medical
                and (pv.cls in ("N", "U", "A") or pv.low in cities or (mixed and pv.cap))
            ):
                for q in (i - 1, i):
                    place[q] = place[q] or "county"
                    _unflag(flag, q)
    # named landscape features in mixed-case text: "the Eastern Shore", "Cape Cod"
    if mixed and not _GEO_WORDS.isdisjoint(lowset):
        _geo_features(text, toks, place, flag)
    # well-known multi-word facility names ("Holy Cross", "Sacred Heart", "Mount Sinai")
    for m in _KNOWN_FACILITY.finditer(ltext) if not _FACILITY_FIRST.isdisjoint(lowset) else ():
        q = bisect_left(toks.ms, m.start(), key=_start)
        while q < n and toks[q].end <= m.end():
            place[q] = place[q] or "facility_name"
            _unflag(flag, q)
            q += 1
    if any(place):
        _place_chains_and_aliases(text, toks, mixed, place, flag)
    # a place goes on over following proper-name words: "Warren Grant", "Glen Burnie Manor"
    # and over the facility words that end its name: "Sacred Heart Memorial", "Kessler-
    # Adventist Hosp" (the whole name is flagged; a generic tail costs a little precision)
    for i0 in [j for j, p in enumerate(place) if p] if any(place) else ():
        i = i0
        while (
            i + 1 < n
            and place[i]
            and not place[i + 1]
            and gap(i + 1) in (" ", "-")
            and flag[i + 1] in (None, "name_lexicon", "same_word")
            and flag[i] in (None, "name_lexicon", "same_word")
            and toks[i + 1].low in _FACILITY_TAIL
        ):
            place[i + 1] = "facility_tail"
            i += 1
        if (
            i + 1 < n
            and not place[i + 1]
            and gap(i + 1) in (" ", "-")
            and flag[i + 1] in (None, "name_lexicon", "same_word")
            and flag[i] in (None, "name_lexicon", "same_word")
        ):
            nx = toks[i + 1]
            if nx.low in medical or nx.low in _CONTEXT_WORDS or nx.low in STOP:
                continue
            if (
                (mixed and nx.cap and not nx.upper and nx.cls in ("N", "U", "A"))
                or (not mixed and nx.cls in ("N", "U"))
                # a lower-case note that writes the place in title case: "Warren Grant EW"
                or (
                    not mixed
                    and nx.cls == "A"
                    and nx.cap
                    and not nx.upper
                    and toks[i].cap
                    and not toks[i].upper
                )
            ):
                place[i + 1] = "place_run"
                _unflag(flag, i + 1)


def _place_chains_and_aliases(
    text: str, toks: _Toks, mixed: bool, place: list[str | None], flag: list[str | None]
) -> None:
    """Places written next to a place already found.

    "in Nyalenda, Kisumu": a capitalised unknown word after a place and a comma is the
    larger place; "Briar Ridge Medical Center (BRMC)": an acronym in brackets right after
    a facility is its short name.
    """
    if not mixed:
        return
    lows, ms, n = toks.lows, toks.ms, len(toks)
    medical, not_places = lexicons.medical(), lexicons.not_places()
    for j in [k for k, p in enumerate(place) if p]:
        if j + 1 >= n or place[j + 1]:
            continue
        g = text[ms[j].end() : ms[j + 1].start()]
        nxt = toks[j + 1]
        word = text[nxt.start : nxt.end]
        if (
            g == ", "
            and nxt.cls in ("U", "N")
            and word[0].isupper()
            and word[1:].islower()
            and lows[j + 1] not in medical
            and lows[j + 1] not in not_places
            and (j + 2 >= n or text[ms[j + 1].end() : ms[j + 2].start()].strip() in (",", ".", ";"))
        ):
            place[j + 1] = "place_chain"  # "Nima, Accra."
            _unflag(flag, j + 1)
        elif (
            g.strip() == "("
            and place[j] in ("facility", "facility_name", "saint_facility")
            and nxt.upper
            and 2 <= len(nxt.low) <= 6
            and nxt.low not in medical
        ):
            place[j + 1] = "facility_alias"  # "Cumberland Regional (CRMC)"
            _unflag(flag, j + 1)


def _towns_before_states(
    text: str, toks: _Toks, mixed: bool, place: list[str | None], flag: list[str | None]
) -> None:
    """Mark the words before ", ST" as a town, even when no town list knows them.

    Evidence is needed beyond the comma, because two-letter codes are also clinical
    ("CAD, MI", "lung, ca"): a ZIP after the code, an unambiguous code in capitals, or a
    preposition before the town ("from paradise, ca").
    """
    lows, ms, n = toks.lows, toks.ms, len(toks)
    medical, generic = lexicons.medical(), lexicons.facility_generic()
    cities = lexicons.cities()
    # mixed-case writers capitalise state codes; one-case notes may write "ca"
    for m in (_STATE_TAIL_CAPS if mixed else _STATE_TAIL).finditer(text):
        q = bisect_left(ms, m.start(), key=_end)  # the word right before the comma
        if q >= n or ms[q].end() != m.start():
            continue
        run: list[int] = []
        j = q
        while j >= 0 and len(run) < 4:
            w = text[ms[j].start() : ms[j].end()]
            proper = (w[0].isupper() and not w.isupper()) if mixed else True
            joiner = lows[j] in _TOWN_JOINERS and run and j > 0
            if not joiner and not (
                proper
                and lows[j] not in STOP
                and lows[j] not in medical
                and lows[j] not in generic
                and lows[j] not in _CONTEXT_WORDS
            ):
                break
            run.append(j)
            if j == 0 or text[ms[j - 1].end() : ms[j].start()] not in (" ", "-"):
                break
            j -= 1
        while run and lows[run[-1]] in _TOWN_JOINERS:
            run.pop()
        if not run:
            continue
        code = m.group("code")
        clear_code = code.isupper() and code.lower() not in _AMBIGUOUS_STATES
        before = lows[run[-1] - 1] if run[-1] > 0 else ""
        after_prep = (
            before in _TOWN_PREPS and text[ms[run[-1] - 1].end() : ms[run[-1]].start()] == " "
        )
        # "from paradise, ca" but not "titrate to continue, ct": with an ambiguous code
        # the words must be a known town or in no list at all
        town = tuple(lows[j] for j in reversed(run))
        known = town in cities.get(town[0], ()) or all(
            lows[j] in cities or toks.infos[j][0] in "NU"
            for j in run
            if lows[j] not in _TOWN_JOINERS
        )
        if not (m.group("zip") or (mixed and clear_code) or (after_prep and (clear_code or known))):
            continue
        for j in run:
            place[j] = place[j] or "town_state"
            _unflag(flag, j)


# codes that are also clinical words or abbreviations: a ZIP or a preposition is needed
_AMBIGUOUS_STATES = words("""
al ak ar ca co ct dc de ga hi ia id in la ma md me mi mo ms mt nc nd ne nm ok or pa sc sd tn
tx va vt wa
""")
_TOWN_JOINERS = words("or of de la del on upon")
_TOWN_PREPS = words("from in near of to at lives moved")


def _end(m: re.Match[str]) -> int:
    return m.end()


def _employers(
    text: str,
    ltext: str,
    toks: _Toks,
    mixed: bool,
    place: list[str | None],
    flag: list[str | None],
) -> None:
    """Mark the name after "works for/at", "employed by": an employer narrows who the
    patient is as much as a town does, whatever words it is made of."""
    n, lows, ms = len(toks), toks.lows, toks.ms
    medical = lexicons.medical()
    for m in _EMPLOYER_RE.finditer(ltext):
        q = bisect_left(ms, m.end(), key=_start)
        if q >= n or ms[q].start() != m.end():
            continue
        run: list[int] = []
        while q < n and len(run) < 3:
            low = lows[q]
            if low in STOP or low in _NOT_EMPLOYER:
                break
            if (low in _CONTEXT_WORDS or low in medical) and not (run and low in FACILITY_WORDS):
                break  # but "Vista Health", "Acme Home Care" keep their generic tail
            if mixed and run and not text[ms[q].start()].isupper():
                break  # "works at Acme Corp delivering": the name ends at the lower-case word
            run.append(q)
            if q + 1 < n and text[ms[q].end() : ms[q + 1].start()] in (" ", "-", " & "):
                q += 1
            else:
                break
        for q in run:
            place[q] = place[q] or "employer"
            _unflag(flag, q)


_EMPLOYER_RE = re.compile(r"\b(?:works|worked|working|employed)\s(?:for|at|by)\s{1,3}")
# Words after "works at" that are not an employer ("works at night", "works for himself")
_NOT_EMPLOYER = words("""
home night nights nighttime day days weekend weekends school hospital himself herself myself
themselves family parents living church present times time since until now full part
least most odd multiple several various local his her their our own
""")


def _geo_features(text: str, toks: _Toks, place: list[str | None], flag: list[str | None]) -> None:
    """Mark "Eastern Shore", "Myrtle Beach", "Lake Tahoe": capitalised words with a
    landscape word after ("Shore") or before ("Lake"), inside a sentence.

    Such a phrase names a region small enough to be a Safe Harbor location; a state in it
    ("Rhode Island", "Ohio Valley") makes it too large.
    """
    n, lows = len(toks), toks.lows
    states = lexicons.not_places()

    def proper(j: int) -> bool:
        w = text[toks.ms[j].start() : toks.ms[j].end()]
        return (
            len(w) > 1
            and w[0].isupper()
            and w[1:].islower()
            and lows[j] not in STOP
            and lows[j] not in lexicons.medical()
            and (lows[j] not in states or lows[j] in _DIRECTIONS)
        )

    def spaced(j: int) -> bool:
        return text[toks.ms[j - 1].end() : toks.ms[j].start()] == " "

    for i, low in enumerate(lows):
        if low in _GEO_HEADS and i and spaced(i) and proper(i - 1):
            w = text[toks.ms[i].start() : toks.ms[i].end()]
            if not (w[0].isupper() and w[1:].islower()):
                continue
            j = i - 1
            if j and spaced(j) and proper(j - 1):
                j -= 1  # "Palm Beach", "North Myrtle Beach"
            if not _mid_sentence(text, toks.ms[j].start()):
                continue
            for q in range(j, i + 1):
                place[q] = place[q] or "geo_feature"
                _unflag(flag, q)
        elif (
            low in _GEO_LEADS
            and i + 1 < n
            and spaced(i + 1)
            and proper(i + 1)
            and text[toks.ms[i].start()].isupper()
            and lows[i + 1] not in _DIRECTIONS
        ):
            for q in (i, i + 1):
                place[q] = place[q] or "geo_feature"
                _unflag(flag, q)


_GEO_HEADS = words("""
shore shores bay beach harbor harbour island islands lake lakes river valley mountain mountains
hills heights falls springs coast cape creek canyon peninsula keys vineyard
fork forks flats gap landing bluff bluffs crossing hollow junction ridge grove glen bend ferry
prairie mesa rapids corners township reservation forest
""")
_GEO_LEADS = words("lake cape")
_COUNTY_WORDS = words("county parish borough")
_GEO_WORDS = _GEO_HEADS | _GEO_LEADS
_DIRECTIONS = words("north south east west northern southern eastern western central upper lower")


def _mid_sentence(text: str, s: int) -> bool:
    """Does the word starting at ``s`` follow other words of its sentence?"""
    before = text[max(0, s - 3) : s].rstrip(" \t\"'(")
    return bool(before) and before[-1] not in ".!?:;\n-*#>" and not before[-1].isdigit()


def _signature_line(text: str, s: int, e: int) -> bool:
    """Does the credential at s:e end a short line of its own ("anita morris rn")?"""
    nl = text.find("\n", e)
    if text[e : nl if nl >= 0 else len(text)].strip(" \t.") != "":
        return False
    return len(text[text.rfind("\n", 0, s) + 1 : s].split()) <= 3


def _lower_moved(text: str, t: _Tok, low: str, prev: str) -> bool:
    """A lower-case unknown word written where a place goes, in mixed-case text.

    "transfered to gh", "transfer to quartermain 2": the movement verb before (or a
    ward number after a preposition) is evidence enough without a capital. ``prev`` is
    the word before.
    """
    if t.cls not in ("U", "N") or len(low) < 2:
        return False
    m = prev in _INTRO_LAST and _TRANSFER_INTRO.search(text, max(0, t.start - 40), t.start)
    if m and not m.group().rstrip().lower().endswith(" by"):
        return True  # ("followed by nephrology": a service or a person follows "by")
    return bool(
        len(low) > 4
        and _WARD_AFTER.match(text, t.end)
        and _PREP_ONLY.search(text, max(0, t.start - 30), t.start)
    )


_TRANSFER_INTRO = re.compile(
    # a room number may come first: "transferred to 209 Ellery"
    r"(?:\b(?:"
    + _MOVE_VERBS
    + r"|accepted|seen)\s"
    + _MOVED_WHO
    + r"(?:back\s)?(?:to|from|at|in|by)\s{1,3}"
    # "transferred from St. Vincent's to BWH": the second place of a from/to pair
    r"(?:\d{1,4}\s{1,2}|[a-z0-9.'\- ]{2,40}\s(?:to|from)\s{1,3})?"
    # orientation and leaving: "knows he is in GH", "I'm at KMH", "would need to leave GH"
    r"|\b(?:(?:he|she|they|i|we)\s(?:is|was|am|are|were)|i'm|im|we're)\s(?:in|at)\s{1,3}(?:the\s)?"
    r"|\b(?:leave|leaving)\s{1,3}" + _EMPLOYER_INTRO + r")$",
    re.IGNORECASE,
)
# "at/to/from (the) GH" but not "in AF", "in SM amts" (rhythms and amounts follow "in")
_PREV_PLACE = words(
    "to from at on in into of for near by with the plan transfer xfer tx o leave leaving "
    "business company employer firm"
)
_ACRONYM_PREP = re.compile(
    r"\b(?:at|to|from|into|transfer|xfer|tx|call\sout\sto)(?:\sthe)?\s{1,2}$", re.IGNORECASE
)
# in a note without case, where every word looks like an acronym, fewer prepositions count
_ACRONYM_PREP_CAPS = re.compile(
    r"\b(?:at|from|to\sthe|at\sthe|from\sthe|in\sthe)\s{1,2}$", re.IGNORECASE
)
_PREP_ONLY = re.compile(
    r"(?:\b(?:to|from|at|on|in|into|plan:?|transfer|xfer|tx|c/o|call\sout\sto)(?:\sthe)?|@)\s{1,3}$",
    re.IGNORECASE,
)
_WARD_AFTER = re.compile(
    r"\s?\d{1,2}(?![\d,/:]|\.\d|\s?(?:mg|mcg|ml|cc|l|u|units?|%|x|hrs?|min|am|pm)\b)",
    re.IGNORECASE,
)
_UNIT_AFTER = words("er ed ew micu ccu icu sicu csru pacu cath ob tcu campus hospital clinic")
_DOCTOR_WORDS = words("dr doc doctor")
# words a number follows to name a part of something, not a place of its own ("Area 43"
# and "Sector 15" are neighbourhoods of Lilongwe and Noida)
_NUMBERED_PARTS = words(
    "zone zones level stage phase grade region segment lobe floor bay bed room pod step type class")
_STATE_CODES = words("""
al ak az ar ca co ct de dc fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt ne nv nh
nj nm ny nc nd oh ok or pa ri sc sd tn tx ut vt va wa wv wi wy
""")
_STATE_ALTERNATION = "|".join(sorted(_STATE_CODES)).upper()  # "AK|AL|AR|..."
_STATE_TAIL = re.compile(
    r",\s?(?P<code>" + _STATE_ALTERNATION + r")(?P<zip>\s{1,2}\d{5}(?:-\d{4})?)?(?![A-Za-z0-9])",
    re.IGNORECASE,
)
_STATE_TAIL_CAPS = re.compile(_STATE_TAIL.pattern)
_KNOWN_FACILITY = WordStart(
    by_first_letter(
        r"""
        holy\s(?:cross|family|name|redeemer|spirit)  sacred\sheart  good\s(?:samaritan|shepherd)
        mount\ssinai  mt\.?\ssinai  beth\sisrael  cedars[\s-]sinai  johns?\shopkins  mayo\sclinic
        cleveland\sclinic  kaiser\spermanente  shriners  mass(?:achusetts)?\sgeneral  brigham
        lahey  dana[\s-]farber  sloan[\s-]kettering  md\sanderson  our\slady\sof\s[a-z]+
        st\.?\s(?:mary|joseph|luke|john|francis|vincent|elizabeth|agnes|anthony|jude|michael|patrick|peter|paul|catherine|margaret|thomas|clare|barnabas|raphael)'?s?
        """
    )
    + r"\b"
)


_NATIONALITY_WORDS = words("""
hebrew jewish yiddish german irish italian polish greek french swedish norwegian danish dutch
scottish chinese japanese korean armenian ukrainian russian portuguese spanish catholic
""")
_SAINT_WORDS = frozenset(("st", "saint", "ste"))
_FACILITY_TAIL = words("""
memorial regional general adventist presbyterian methodist baptist lutheran episcopal deaconess
""")
# Generic words left out of a facility span: "Calvert [Hospital]"
# A practice named after its specialty ("Coastal Bend Rheumatology"); in an all-caps or
# all-lower note the same words name a service ("ORAL MAXILLOFACIAL SURGERY")
_SPECIALTY_HEADS = words("""
medicine surgery rheumatology cardiology dermatology oncology orthopedics urology neurology
gastroenterology pulmonology nephrology endocrinology ophthalmology psychiatry
""")
# Words that end an institution's name after a capitalised word, but are ordinary
# words elsewhere ("home", "school", "health")
_ORG_HEADS = (
    words("""
center centre ctr home homes house health pediatrics daycare elementary academy college school
living facility aid dialysis pharmacy church ltach ltac co corp inc llc company diner
authority prep fabrication partners prison associates nursery logistics gardens growers
parlor parlour subacute ward farms farm ranch bakery restaurant cafe salon foods industries
manufacturing construction motors mills temple mosque synagogue chapel library hotel roofing
grocers grocery plaza mission district university
pork poultry meats seafood dairy orchard orchards freight trucking castings foundry
tannery terminal depot club tavern pub grill market mart drugs practice jail convent monastery
utilities camp assembly fellowship tabernacle ministries
""")
    | _SPECIALTY_HEADS
)
_COMPANY_SUFFIXES = words("co corp inc llc")
# what may stand between the words of a facility's name ("Ink & Iron Tattoo Parlor")
_FACILITY_GAPS = frozenset((" ", "-", ". ", " - ", "'s ", " & "))
_PLACE_KEYWORDS_EXTRA = words("center centre ctr home house university univ u")
FACILITY_TRIGGERS = words("""
hospital hosp hospitals clinic memorial regional infirmary institute hospice manor sanitarium
sanatorium pavilion rehab rehabilitation
""")
# Parts of a hospital named after a person or place: "North Campus", "Ellery Building"
_BUILDING_WORDS = words("campus building bldg pavilion wing tower annex")
_NOT_BUILDING_NAME = words("""
main new old the a an this that our their its hospital medical outpatient inpatient parking
office research clinical patient same other left right
""")
_ORG_ONLY = _ORG_HEADS - (
    FACILITY_TRIGGERS | _SAINT_WORDS | _PLACE_KEYWORDS_EXTRA | _BUILDING_WORDS
)
_PLACE_KEYWORDS = (
    FACILITY_TRIGGERS | _ORG_HEADS | _SAINT_WORDS | _PLACE_KEYWORDS_EXTRA | _BUILDING_WORDS
)
_SAINTS = words("""
agnes anne anthony barnabas clare elizabeth francis george joseph jude john luke mark mary
michael patrick paul peter raphael teresa thomas vincent catherine margaret rose lukes johns
josephs marys elizabeths vincents
""")
CONTEXT_BREAK = words("""
to from at in transfer transferred admitted sent went go going back return returned begin start
poss possible possibly cardiac pulmonary inpatient outpatient acute short long
""")


@cache
def _not_town_words() -> frozenset[str]:
    """Clinical and body words that are also towns ("Hand", "Back", "Bath")."""
    return lexicons.medical() | lexicons.not_names()


def _looks_like_typo(w: str, eponyms: bool = False) -> bool:
    """Is ``w`` one edit away from a known word ("presnt", "visisted")? Long words only.

    With ``eponyms`` a misspelt eponym counts too ("Trendelenberg").
    """
    if len(w) < 6:
        return False
    known = lexicons.english()
    med = lexicons.medical() | lexicons.eponyms() if eponyms else lexicons.medical()
    letters = "abcdefghijklmnopqrstuvwxyz"
    splits = [(w[:k], w[k:]) for k in range(len(w) + 1)]
    for a, b in splits:
        cands = []
        if b:
            cands.append(a + b[1:])  # deletion
        if len(b) > 1:
            cands.append(a + b[1] + b[0] + b[2:])  # transposition
        for c in letters:
            if b:
                cands.append(a + c + b[1:])  # substitution
            cands.append(a + c + b)  # insertion
        for cand in cands:
            if cand != w and (cand in known or cand in med):
                return True
    return False


def _shortened_word(w: str) -> bool:
    """Is ``w`` the start of a known word ("spont", "resid"): clinical shorthand?"""
    known = _known_sorted()
    k = bisect_left(known, w)
    return k < len(known) and known[k].startswith(w)


@cache
def _known_sorted() -> list[str]:
    return sorted(lexicons.english() | lexicons.medical())


def word_tokens(ltext: str) -> list[str]:
    """The word tokens of an ASCII-lower-cased text, as the name pass sees them."""
    return _TOKEN.findall(ltext)


@cache
def _city_seconds() -> dict[str, frozenset[str]]:
    """For each first word of a multi-word place name, the words that can follow it."""
    out: dict[str, set[str]] = {}
    for k, v in lexicons.cities().items():
        for parts in v:
            if len(parts) > 1:
                out.setdefault(k, set()).add(parts[1])
    return {k: frozenset(v) for k, v in out.items()}


_STATE_AFTER = re.compile(
    # a comma is required: "Laurel, MD" is a place, "FOLEY IN PLACE" and "DAY OR NIGHT" are not
    r",\s?(?:" + _STATE_ALTERNATION + r"|Mass|Calif|Fla|Penn)\b"
)
_PREP_BEFORE = re.compile(
    r"\b(?:in|from|to|near|of|at|lives|visiting|outside|moved)\s{1,2}$",
    re.IGNORECASE,
)


def _place_context(text: str, toks: list[_Tok], i: int) -> bool:
    """Does token i sit where a place name would ("lives in X", "X, MD")?"""
    t = toks[i]
    return bool(
        _STATE_AFTER.match(text[t.end : t.end + 8])
        or _PREP_BEFORE.search(text, max(0, t.start - 12), t.start)
    )
