r"""Pattern detectors: dates, ages over 89, contact details and identifying numbers.

Each detector is one (or a few) compiled regular expressions with alternations, run
once over the normalised text. Every quantifier is bounded or applies to a single
character class, and no group that can repeat contains another repeat, so matching
stays linear in the text length (no catastrophic backtracking).

A detector yields ``(start, end, category, rule)`` tuples in normalised coordinates.

Speed: ``re`` skips quickly to the next possible start only when a pattern begins with a
literal, a single character class (``\d``, not the repeat ``\d{3}``: written ``\d\d{2}``),
or alternatives that each begin with a literal. Any other start (a repeat, a look-behind,
``\b``, alternatives beginning with classes) makes it try the whole pattern at every
position of the note, several times slower; so patterns run over whole notes are spelled
to begin in one of the fast ways.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from . import lexicons
from .categories import (
    ACCOUNT,
    AGE_OVER_89,
    BIOMETRIC,
    DATE,
    DEVICE,
    EMAIL,
    FAX,
    HEALTH_PLAN,
    IP,
    LICENSE,
    LOCATION,
    MRN,
    OTHER_ID,
    PHONE,
    SSN,
    URL,
    VEHICLE,
)
from .lexicons import by_first_letter, words
from .normalize import ASCII_LOWER

Candidate = tuple[int, int, str, str]


# ---------------------------------------------------------------- dates
_MONTH = (
    r"(?:jan(?:uary|\.)?|feb(?:ruary|\.)?|mar(?:ch|\.)?|apr(?:il|\.)?|may|june?|july?|"
    r"aug(?:ust|\.)?|sept?(?:ember|\.)?|oct(?:ober|\.)?|nov(?:ember|\.)?|dec(?:ember|\.)?)"
)
_FULL_MONTH = (
    r"(?:january|february|march|april|june|july|august|september|october|november|december)"
)
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s{1,3})"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:(?:1[89]|20)\d\d|'\d\d)"
# (grouped by first letter: ``re`` then rejects most places after one test)
_HOLIDAY = by_first_letter(
    r"""christmas(?:\s(?:eve|day))? thanksgiving(?:\sday)? new\syear'?s(?:\s(?:eve|day))?
    easter(?:\ssunday)? independence\sday july\s4th fourth\sof\sjuly memorial\sday
    labor\sday halloween valentine'?s\sday veterans\sday hanukkah yom\skippur ramadan
    diwali mlk\sday presidents'?\sday mother'?s\sday father'?s\sday juneteenth good\sfriday
    x-?mas(?:\s(?:eve|day))? chuseok seollal lunar\snew\syear chinese\snew\syear tet
    eid(?:\s(?:al-?|ul-?)?(?:fitr|adha))? passover rosh\shashanah? holi onam pongal
    durga\spuja songkran boxing\sday st\.?\spatrick'?s\sday canada\sday bastille\sday
    cinco\sde\smayo carnival carnaval hari\sraya vesak obon nowruz kwanzaa midsummer
    baisakhi vaisakhi dashain tihar losar meskel timkat enkutatash navratri"""
)

# Numeric dates. Like most patterns here it starts with a plain character class and
# leaves the "what came before" test to Python (see the module docstring).
_DATE_NUM_FULL = re.compile(
    # 2023-01-15, 2023/1/5, 2023.01.15
    r"(?P<iso>(?:19|20)\d\d[-/.](?:0?[1-9]|1[0-2])[-/.](?:[12]\d|3[01]|0?[1-9]))(?![\w/%])"
    # 1/15/2023, 15-01-23, 1.15.2023 (any order of day and month)
    r"|(?P<dmy>\d{1,2}(?P<sep>[-/.])\d{1,2}(?P=sep)(?:\d{4}|\d{2}))(?![\w/%])"
    # 11/21.93 (a dot before the year)
    r"|(?P<mdy_dot>(?:0?[1-9]|1[0-2])/(?:[12]\d|3[01]|0?[1-9])\.\d\d)(?![\w/%])"
    # 2023-01 (year and month)
    r"|(?P<year_month>(?:19|20)\d\d-(?:0[1-9]|1[0-2]))(?![\w/%])"
    # 20230115
    r"|(?P<compact>(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))(?![\w/%])"
)
# Coarse first pass: cheap to run over the whole note; the rare hits are then checked
# against _DATE_NUM_FULL.
_DATE_NUM_RE = re.compile(
    # n/n/n, 19xxxxxx or 20xxxxxx, 19xx-mm or 20xx-mm; the first digit is taken before
    # the alternatives (hence the look-behinds for "19" and "20")
    r"\d(?:\d{0,3}[-/.]\d{1,2}[-/.]\d{2,4}(?![\w/%])"
    r"|(?:(?<=1)9|(?<=2)0)(?:\d{6}(?!\w)|\d\d-(?:0[1-9]|1[0-2])(?![\w/%-]))"
    # The same pass notes ordinals ("12th"), which _ORDINAL_RE needs. They never overlap
    # the dates above: those neither start on a digit followed by a letter nor end just
    # before a letter.
    r"|(?P<ordinal>st|nd|rd|th)\b)"
)

# Month names, with an optional day and year after them: "Jan 15, 2023", "January 15th",
# "Jan. 15 '23", "Jan 2023". A day written before the month ("15 Jan", "20th of Oct")
# is found by looking back from the month (see _DAY_BEFORE).
_DATE_MONTH_RE = re.compile(
    r"(?P<month>"
    + _MONTH
    + r")(?P<rest>\s{0,2}(?:(?:the\s)?"  # "November the 4th 2023"
    + _DAY
    + r"(?:,?\s{0,2}"
    + _YEAR
    + r")?|,?\s{0,2}"
    + _YEAR
    + r"|\s{1,2}of\s{1,2}"  # "March of 2021"
    + _YEAR
    + r"|-\d\d?-\d{2,4}|[\s,-]{1,3}(?:"
    + _YEAR
    + r"|\d\d(?![\d:])))?)(?![\w/%])"
)
_DAY_BEFORE = re.compile(
    # "15 Jan", "20th of Oct", and day ranges "1-2 Nov", "1->2 nov", "3rd to 5th of May"
    r"(?<![\w/.])(?:(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s?(?:->|-|to|thru|through|&|and)\s?)?"
    r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?:\s{1,2}of)?[\s-]{1,2}$"
)
_WEEKDAY_BEFORE = re.compile(_WEEKDAY + r"$")
_HOLIDAY_WORDS = words(
    "christmas xmas thanksgiving new halloween valentine valentines independence chuseok seollal"
)
_HOLIDAY_DAY_RE = re.compile(
    r"(?:christmas(?:\s(?:eve|day))?|x-?mas(?:\s(?:eve|day))?|thanksgiving(?:\sday)?|"
    r"new\syear'?s(?:\s(?:eve|day))|independence\sday|halloween|valentine'?s\sday|chuseok|seollal)"
    # "Christmas disease" (haemophilia B), "Christmas factor", "Christmas tree" are no days
    r"(?![\w'])(?!\s(?:disease|factor|tree|island|cactus|rose))"
)
# A bare abbreviated month after a date word: "seen in Jan", "since feb" ("mar", "may",
# "dec" are words and stay out)
_BARE_MONTH = words("jan feb apr jun jul aug sep sept oct nov")
_BARE_MONTH_BEFORE = re.compile(
    r"\b(?:in|since|from|until|till|by|last|next|early|late|mid|before|after|of)[\s-]$"
)
# A day and a month named in Polish, Spanish, Italian, French, German or Portuguese
# (diacritics are gone after normalisation): "3 pazdziernika", "12 marzo 2024"
_FOREIGN_MONTHS = words(
    """stycznia lutego marca kwietnia maja czerwca lipca sierpnia wrzesnia pazdziernika listopada
    grudnia enero febrero marzo abril junio julio agosto septiembre setiembre octubre noviembre
    diciembre gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre janvier
    fevrier avril mai juin juillet aout septembre octobre novembre decembre januar februar
    marz juni juli oktober dezember janeiro fevereiro maio junho julho setembro outubro novembro
    dezembro"""
)
_FOREIGN_DATE_RE = re.compile(
    r"(?<![\w/.\-])(?:(?:[12]\d|3[01]|0?[1-9])\.?\s{1,2}(?:de\s)?(?:"
    + "|".join(sorted(_FOREIGN_MONTHS, key=len, reverse=True))
    + r")(?:,?\s{1,2}(?:de\s)?(?:19|20)\d\d)?"
    # a month and a year alone: "depuis mars 2021", "desde marzo de 2020"
    + r"|(?:mars|"
    + "|".join(sorted(_FOREIGN_MONTHS, key=len, reverse=True))
    + r")\s{1,2}(?:de\s)?(?:19|20)\d\d)(?![\w])"
)
_HOLIDAY_RE = re.compile(_HOLIDAY + r",?\s{1,2}(?:of\s)?(?:19|20)\d\d(?![\w/])")
_ORDINAL_RE = re.compile(
    # "on 12th" without "the" only when nothing follows that the ordinal could count
    # ("on 12th, ...", "since 3rd at noon"; not "on 1st step mattress", "on 2nd trial")
    r"(?:on|since|until|dated?)\s(?P<bare>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))"
    r"(?=\s{0,2}(?:[.,;:)]|$)|\s(?:at|for|in|and|when|with|or|am|pm|morning|evening|night|afternoon)\b)|"
    r"(?:on|since|from|until|till|by|is|it's|its|was|before|after|around|for|through|thru|born|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"\sthe\s(?P<day>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))\b"
    r"(?!\s(?:degree|percentile|ics|intercostal|rib|toe|finger|grade|cranial|nerve|time|day|week|hour|"
    r"dose|attempt|try|trial|cycle|round|floor|lumbar|thoracic|cervical|sacral|digit|"
    r"ventricle|quarter|trimester|metatarsal|metacarpal|percent|place|line|generation))"
    # "his brother's birthday, the 19th, after the party": a day set off by commas
    r"|,\sthe\s(?P<apos>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)),(?!\s{0,2}\d)"
)
_YEAR_HINT = re.compile(r"(?:19|20)\d\d")
_STANDALONE_MONTH = words(
    "january february march april june july august september october november december "
    "jan. feb. apr. aug. "
    "sep. sept. oct. nov."
)

# Month-day with a hyphen after a date preposition, when what follows cannot be a unit
# or a count: "returned to the OR on 7-8 for coiling", "cultures from 3-5 grew GPCs"
# (not "on 2-3 L NC", "from 3-5 mg", "on 1-2 pressors").
# (starts on the hyphen, which ``re`` finds fast; the month and the word before it are
# checked by _MD_DASH_BEFORE)
_MD_DASH_RE = re.compile(
    r"-(?P<md>[12]\d|3[01]|0?[1-9])"
    r"(?P<after>\s{0,2}(?:[.,;)](?!\d)|$)|\s(?:for|with|at|when|grew|showed|revealed|was|were|pending|"
    r"negative|positive|neg|pos)\b)"
)
_FROM_RESULT = re.compile(
    r"\s(?:grew|showed|revealed|was|were|pending|negative|positive|neg|pos)\b"
)
_MD_DASH_BEFORE = re.compile(
    r"\b(?:(?P<on>on|since|until|dated?)|(?P<from>from))\s(?:1[0-2]|0?[1-9])$"
)
# Two month/day dates written back to back: "treatments 10/03/10/04" (checked in Python:
# both valid, in order, at most a month apart)
# (the regex starts on the second slash, which ``re`` finds fast; the first date is
# checked by _MD_PAIR_HEAD on the five characters before it)
_MD_PAIR_RE = re.compile(r"/(\d\d)/(\d\d)(?![\w/%]|\.\d)")
_MD_PAIR_HEAD = re.compile(r"(\d\d)/(\d\d)")
# Bare month/day ("7/22") and month/year ("12/82"): checked by _valid_md().
_MD_RE = re.compile(r"(\d\d?)/(\d{1,4})(?![\w/%]|\.\d)")
_MD_BEFORE_NOT = re.compile(
    r"(?:\b(?:bp|b/p|nbp|abp|sbp|art|a-line|cvp|pap|pa|ps|peep|cpap|bipap|psv|imv|simv|"
    r"strength|strengths|power|grade|motor|ratio|i:e|ie|pulses?|reflexes|dtrs?|murmur|"
    r"sem|hsm|vent|settings?|mg|score|abg|vbg|gases|size|fio2|ips|eps|epap|apgars?|"
    r"ipap|rate|tv|pressures?|pap's|rales|crackles|co/ci|ci|fick|perrla|"
    r"perrl|pupils|up|index|weakness|activity|iadls?|adls?|plates|chronicity|timi|ice|scale|"
    r"classification|criteria|ilo)\s{0,2}[:=,]?\s{0,2}$)",
    re.IGNORECASE,
)
_TITLE_WORD_BEFORE = re.compile(r"(?<![\w-])(?:[A-Z][a-z]+-)?([A-Z][a-z]+)\s$")
_MINUTES_AFTER = re.compile(r"\s?min(?:ute)?s?\b")
_MD_AFTER_NOT = re.compile(
    r"^\s{0,2}(?:strength|murmur|sem|hsm|systolic|diastolic|holosystolic|mmhg|mm|"
    r"power|motor|pulses?|reflex|cm|mg|mcg|units?|ml|cc|tab|tabs|ns|weakness|"
    r"scale|score|bilat|bilaterally|b/l|grip|in\s(?:strength|upper|lower|left|right|both|all|[blr][ul]e|ue|le|[blr]?[ul]e?x)|up|str|st|bottles?|bl|blood|"
    r"bcx|cx|cp|pain|of|peep|fio2|flow|flowby|ps|psv|cpap|days?|weeks?|wks?|months?|times|"
    r"tablets?|doses?|vision|acuity|criteria|[blr]?[ul]ex?|min|mins|minutes?|cores?)\b",
    re.IGNORECASE,
)


_VENT_WINDOW = re.compile(
    r"\b(?:psv|cpap|bipap|peep|simv|imv|ips|eps|epap|ipap|ps|settings?|mode|psv/cpap|cpap/psv|fio2|vent)"
    r"\b[\s\d/.%:,x&=+\-]{0,24}$",
    re.IGNORECASE,
)
_VENT_NEAR = re.compile(
    # setting words only: "extubated 10/3" and "weaned 4/2" are dates
    r"fio2|peep|\bpsv|cpap|bipap|flowby|\bps\b|\bips\b|\beps\b|pressure\ssupport|\bpip\b|plat|"
    r"mask\sventilation|weaning\strial|"
    r"(?:trial(?:ed)?|wean(?:ed)?|tolerat\w*|change[ds]?)\s(?:on|to)\s[\d/]+$",
    re.IGNORECASE,
)
_PAIN = re.compile(r"pain|scale|score|discomfort|ache|\bcp\b|angina|\bha\b|sore", re.IGNORECASE)


def _word_end(text: str, i: int) -> int:
    """Move a window end past the rest of a word it would cut ("ps|eudomonas" is no "ps")."""
    n = len(text)
    while i < n and text[i].isalnum():
        i += 1
    return i


# A slash pair that is a ratio or a score, not a date: after a comparison sign (">8/24 h",
# "≥6/10", "in up to 1/3"), before a count noun or a time unit ("3/22 nodes",
# "2/22 pelvic nodes", "8/24 h"), or after a receptor label with the Allred scale's
# denominator ("ER 8/8", "PR 6/8").
_RATIO_BEFORE = re.compile(r"(?:[<>\u2264\u2265]=?|\bup\sto)\s?$")
_RECEPTOR_BEFORE = re.compile(r"\b(?:er|pr|allred(?:\sscore)?)\s{0,2}[:=]?\s{0,2}$")
_RATIO_AFTER = re.compile(
    r"\s{0,2}(?:(?:positive|negative|pos|neg|involved|pelvic|axillary|para-?aortic|sentinel|"
    r"lymph|resected|retrieved|examined|harvested)\s)?"
    r"(?:nodes?|lns?|lymph\snodes?|biopsies|samples|specimens|slides|patients|pts|cases|"
    r"sessions|points|items|fields|hpfs?|vessels|hours?|hrs?|h)\b(?!/)"
)
# MRC strength grades after a muscle or movement: "deltoid 4/5", "hip flexors 3/5"
_MUSCLE_BEFORE = re.compile(
    r"\b(?:deltoids?|biceps|triceps|grip|quads?|quadriceps|hamstrings?|flexors?|extensors?|"
    r"abductors?|adductors?|dorsiflexion|plantarflexion|df|pf|ehl|iliopsoas|gastrocs?|"
    r"wrist|elbow|shoulder|hip|knee|ankle|toe|finger)\s{0,2}[:=]?\s{0,2}$"
)
# "Apgars 7/8 and 6/9": a second pair coordinated with the first is what the first is
_RATIO_PAIR_BEFORE = re.compile(
    r"(?<![\d/])(\d\d?)/(\d\d?)\s{0,2}(?:,\s{0,2})?(?:and|&|or|then|vs\.?|,)\s{1,2}$"
)


def _valid_md(text: str, m: re.Match[str], depth: int = 2) -> bool:
    """Is ``m`` (a ``n/n`` match) a month/day or month/year rather than a ratio or grade?"""
    a, b = m.group(1), m.group(2)
    mo, d = int(a), int(b)
    if not 1 <= mo <= 12:
        return False
    if len(b) == 4:
        ok = 1900 <= d <= 2099
    elif len(b) <= 2:
        ok = 1 <= d <= 31 or (len(b) == 2 and d >= 32)
    else:
        return False
    if not ok:
        return False
    before = text[max(0, m.start() - 18) : m.start()]  # "classification 2/1"
    after = text[m.end() : m.end() + 22]
    if (
        before.endswith("-")
        and before[-2:-1].isdigit()
        and not re.search(r"\d/\d{1,2}\s?-$", before)
    ):
        return False  # "2-3/5" is a range of grades, "6/30-7/2" a range of dates
    if _MD_BEFORE_NOT.search(before) or _MD_AFTER_NOT.match(after):
        return False
    if _RATIO_BEFORE.search(before) or _RATIO_AFTER.match(after):
        return False
    if d == 8 and len(b) == 1 and _RECEPTOR_BEFORE.search(before):
        return False  # "ER 8/8 (Allred)": the Allred score is out of 8
    if d == 5 and mo <= 5 and len(b) == 1 and _MUSCLE_BEFORE.search(before):
        return False  # "deltoid 4/5": a strength grade
    if mo <= 10 and d <= 10:
        # "Apgars 7/8 and one with 6/9": Apgar scores are out of 10 (same sentence)
        w = text[max(0, m.start() - 40) : m.start()]
        i = w.rfind("apgar")
        if i >= 0 and not re.search(r"[.;!?](?:\s|$)", w[i:]):
            return False
    if depth:
        pair = _RATIO_PAIR_BEFORE.search(before)
        if pair:
            first = _MD_RE.match(text, m.start() - len(before) + pair.start())
            if (
                first
                and first.end() == m.start() - len(before) + pair.end(2)
                and not _valid_md(text, first, depth - 1)
            ):
                return False
    if mo < d <= 4 and re.match(r"-\d/\d\b", after):
        return False  # "crackles 1/3-1/2 up": a range of fractions
    wide = text[max(0, m.start() - 40) : m.start()]
    if (
        mo >= d
        and d <= 10
        and _VENT_NEAR.search(text, max(0, m.start() - 35), _word_end(text, m.end() + 35))
    ):
        return False  # pressure support / PEEP pairs: "PSV 10/5", "trialed on 5/5"
    if _VENT_WINDOW.search(wide) or (
        d == 10 and _PAIN.search(text, max(0, m.start() - 25), _word_end(text, m.end() + 25))
    ):
        return False
    # "1 1/2", "2 3/4": a mixed number.
    if d in (2, 3, 4, 8) and mo < d and re.search(r"(?<![\d.])\d\s$", before):
        return False
    # "1/2 NS", "1/2 tab": a half, unless a date word comes first.
    if mo == 1 and d == 2 and len(b) == 1:
        return bool(
            re.search(r"(?:on|since|from|until|of|dated?|by|thru|through)\s{1,2}$", before, re.I)
        )
    return True


# ---------------------------------------------------------------- ages over 89
_AGE_NUM_RE = re.compile(
    r"(?P<n>(?:9\d|1[01]\d)(?:\.\d)?)\+?\s{0,2}-?\s{0,2}(?=(?:y/?o\b|y\.o\.?|yo\b|yrs?\b|years?\b|yr\b|y\b|"
    r"year-old|yr-old|-year|m\b|f\b|male|female|man|woman|gentleman|lady|yom|yof|ywm|ywf|s/p\b))"
)
_AGE_CTX_RE = re.compile(
    r"(?=[atin9]|1[01])(?:age[ds]?\s{0,2}(?:of\s)?:?\s{0,2}|turned\s|turns\s|is\snow\s)(?P<n>(?:9\d|1[01]\d))(?!\d)"
    r"|(?P<b>(?:9\d|1[01]\d))(?:st|nd|rd|th)\sbirthday"
)
# every _AGE_PRONOUN_BEFORE phrase with the first digit of an age of 90 to 119 (one
# search: the substring tests it replaced grew with the phrases)
_AGE_SAID_HINT = re.compile(
    by_first_letter(
        r"""he's he\sis he\swas he\sturns he\sturned n\sof y\sof who's who\sis who\swas
        who\sturns who\sturned diagnosed\sat died\sat"""
    )
    + r"\s[91]"
)
# "F/93", "93/M," ("mcg/kg/min" is no hint)
_AGE_SLASH_HINTS = ("m/9", "f/9", "m/1", "f/1", "/m ", "/f ", "/m,", "/f,", "/m.", "/f.")
_AGE_SEX_SLASH_RE = re.compile(
    r"[mf]/(?P<n>9\d|1[01]\d)(?![\w/%]|\.\d)|(?P<n2>9\d|1[01]\d)/[mf](?![\w/])"
)
_AGE_BARE_RE = re.compile(r"(?:9\d|1[01]\d)(?![\d%/]|\.\d|\s?(?:%|mm|mg|kg|lb|bpm|beats)\b)")
_AGE_PRONOUN_BEFORE = re.compile(
    # "He's 90", "a woman of 93", "her mother, who is 96", "diagnosed at 99"
    r"\b(?:(?:he|she|who)(?:'s|\sis|\swas|\sturns|\sturned)|(?:man|woman|gentleman|lady)\sof|"
    r"(?:diagnosed|died)\sat)\s$"
)
# "At 91, with recurrent UTIs, ...": an age opening a sentence
_AGE_AT_RE = re.compile(r"at\s(?P<n>9\d|1[01]\d),")
_AGE_WORD_RE = re.compile(
    r"ninety[\s-]?(?:one|two|three|four|five|six|seven|eight|nine)?(?=[\s-]{1,2}(?:years?|yr|y/?o))|"
    r"(?<=age\s)ninety(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|"
    r"(?<=aged\s)ninety(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|"
    r"(?<=is\s)ninety(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?(?![\w-])|"
    r"(?<=turned\s)ninety(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|"
    r"(?:(?<=man\sof\s)|(?<=lady\sof\s))ninety(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|"
    r"one\shundred(?:\sand\s\w+)?(?=[\s-]{1,2}(?:years?|yr|y/?o))|"
    r"nonagenarian\b|centenarian\b|supercentenarian\b|in\s(?:his|her|their)\s(?:early\s|mid\s|late\s)?nineties\b|"
    r"(?:early|mid|late)[\s-]nineties\b|(?:his|her)\s(?:early\s|mid\s|late\s)?90'?s\b"
)
_AGE_WORD_HINT = ("ninet", "hundred", "narian")
# "her 90s" also needs the pronoun: "SBP 90's" is common
_AGE_90S_HINT = re.compile(r"(?:his|her)\s(?:early\s|mid\s|late\s)?90'?s")

# ---------------------------------------------------------------- phones and faxes
_SEP = r"[\s.\-/]{0,3}"
_PHONE_RE = re.compile(
    # "(555)" or "555", its first character taken before the alternatives
    r"[(\d](?:(?<=\()\s?\d{3}\s?\)|(?<=\d)\d\d)" + _SEP + r"\d{3}" + _SEP + r"\d{4}"
    r"(?:\s{0,2}(?:,\s{0,2})?(?:x|ext\.?|extension|ex)\s{0,2}\.?\s{0,2}\d{1,6})?(?![\w])"
)
# A whole number in parentheses grouped like a phone, even with a digit too many in the
# last group (a typo must not let a phone through): "(301 273 45166)"
_PAREN_PHONE_RE = re.compile(r"\(\d{3}[\s.\-]\d{3}[\s.\-]\d{4,5}\)")
_LOCAL_PHONE_RE = re.compile(r"([2-9]\d\d)-(\d{4})(?![\w\-/%]|\.\d)")
_COUNTRY_BEFORE = re.compile(r"(?:\+1|\b1|\b001)[\s.\-]{0,2}$")
# +44 20 7946 0958, +44 7700 900461, +82 10-5555-2817
_INTL_PHONE_RE = re.compile(r"\+\d{1,3}(?:[\s.\-]\d{1,6}){2,5}(?![\w])")
# A national number with its trunk 0, outside North America: Nigeria "0803 555 6621",
# Ireland "087 123 4567", UK "07700 900461", Korea "010-5555-2817", Australia "0491 570 156"
_TRUNK_PHONE_RE = re.compile(
    r"0(?<![\d\-/.,:+]0)(?:\d{2,3}[\s\-]\d{3,4}[\s\-]\d{4}|\d{4}[\s\-]\d{6}|\d{3}[\s\-]\d{3}[\s\-]\d{3})"
    r"(?![\w\-]|[.,:/]\d|\s\d)"
)
_PHONE_CTX_RE = re.compile(
    r"(?P<kw>"
    + by_first_letter(
        r"""pager beeper page pg pgr bpr bleep beep cell mobile tel phone ph telephone home work
        office ext extension x fax facsimile f number reached\sat call\sat contact reach call text
        dial cellphone"""
    )
    + r")\.?\s{0,2}(?:#|no\.?|number|num|is)?\s{0,2}[:#]?\s{0,2}\#?\s{0,2}"
    # "pager 4-1234": a campus exchange digit before a 4-digit extension
    r"(?P<num>\d{3}[-.\s]\d{4}|\d{4,7}|\d-\d{4})(?![\w/]|[.\-]\d)"
)
_PAGER_WORDS = frozenset(
    ("pager", "beeper", "page", "pg", "pgr", "bpr", "bleep", "beep", "ext", "extension", "x")
)
# words after which a number must have seven digits or more to be a phone
_LONG_NUMBER_WORDS = words("home work office page x f number contact call text dial reach")
_EXCHANGE_LINE = re.compile(r"\d{3}[-.\s]\d{4}")
_FOUR_DIGITS = re.compile(r"\d\d\d\d")
_FIVE_DIGITS = re.compile(r"\d\d\d\d\d")
# "call x4567", "reach her at ext. 4412": an extension after a calling word
_EXT_AFTER_CALL = re.compile(r"(?:x|ext\.?|extension)\s{0,2}(?P<num>\d{3,6})(?![\w/]|[.\-]\d)")
_EXT_CALL_BEFORE = re.compile(
    r"\b(?:call|page|reach|reached|contact|at|phone|ph|tel|office|desk|line|number)\s{1,2}"
    r"(?:her\s|him\s|them\s|me\s)?(?:at\s)?$"
)
_FAX_HINT = re.compile(r"fax|facsimile|\bf\s{0,2}[:#]", re.IGNORECASE)

# ---------------------------------------------------------------- internet
_EMAIL_RE = re.compile(
    r"[A-Za-z0-9][A-Za-z0-9._%+\-]{0,63}(?:\s[\[(]?dot[\])]?\s[A-Za-z0-9_%+\-]{1,63}){0,3}"
    r"(?:@|\s[\[(]?at[\])]?\s)[A-Za-z0-9\-]{1,63}"
    r"(?:(?:\.|\s[\[(]?dot[\])]?\s)[A-Za-z0-9\-]{1,63}){1,4}",
)
# an email's "@" and domain up to the first dot (or spelled-out dot)
_EMAIL_AT_RE = re.compile(
    r"[a-z0-9][a-z0-9._%+\-]{0,63}@[a-z0-9\-]{1,63}(?:\.[a-z0-9\-]{1,63}){1,4}"
)
_EMAIL_AT_HINT = re.compile(r"@[a-z0-9\-]{1,63}(?:\.|\s[\[(]?dot[\])]?\s)[a-z0-9\-]")
_SPELLED_DOT = re.compile(r"\sdot\s", re.IGNORECASE)
# besides "://" and "www.": the patterns below need one of these endings
_URL_TLD_HINT = re.compile(
    r"\.(?:com|org|net|edu|gov|mil|io|info|biz|health|app|uk|co|ly|me|us|tv|ai|gg)\b"
)
# a country's second level first: "nice.org.uk" is one host, never "nice.org" and ".uk"
_TLD = (r"(?:(?:co|com|org|ac|gov|govt|nhs|net|edu|health)\.(?:uk|au|nz|za|in|ie|sg|my|ca|jm|tt)"
        r"|com|org|net|edu|gov|mil|io|info|biz|health|app)")
_URL_RE = re.compile(
    r"(?i:\b(?:https?|ftp)://[^\s<>\"']{1,2000}"
    r"|\bwww\.[^\s<>\"']{1,2000})"
    r"|\b(?:[a-z0-9](?:[a-z0-9\-]{0,61}[a-z0-9])?\.){1,4}" + _TLD + r"\b(?:/[^\s<>\"']{0,2000})?"
    # short country/vanity domains need a 3+ letter name: "bit.ly/x", "drjane.co"
    r"|(?i:\b(?:[a-z0-9\-]{0,61}\.)?[a-z][a-z0-9\-]{2,61}\.(?:co|ly|me|us|tv|ai|gg)/[^\s<>\"']{1,2000})",
)
_SOCIAL_NEAR = re.compile(
    r"twitter|instagram|insta|tiktok|facebook|snapchat|reddit|handle|\big\b|x\.com|follow|"
    r"\bdm\b|profile|username|user|posted|tweet|account|by\s|from\s"
)
# Social-media handles written as paths: "u/throwaway_md", "r/medicine" is not one
# (the look-behind comes after "u/" so that ``re`` can search for that literal)
_REDDIT_RE = re.compile(r"u/(?<![\w/]u/)[A-Za-z0-9_\-]{3,20}(?![\w/])")
_IP_RE = re.compile(
    r"(?<![\w./])(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?!\w|\.\d)"
    r"|(?<![\w:])(?:[0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]{1,4}(?![\w:])"
    r"|(?<![\w:])(?:[0-9A-Fa-f]{1,4}:){1,6}:(?:[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4}){0,5})?(?![\w:])",
)
_HANDLE_RE = re.compile(r"@(?<![\w@.]@)[A-Za-z_][A-Za-z0-9_.]{1,29}(?![\w@])")

# ---------------------------------------------------------------- numbers with a label
_SSN_RE = re.compile(r"\d\d\d[- ]\d\d[- ]\d{4}(?![\w\-])")
_ID = r"(?P<id>(?=[A-Za-z0-9\-]{0,24}\d)[A-Za-z0-9](?:[A-Za-z0-9]|[\-/.](?=[A-Za-z0-9])){2,24})"
# Labels, by the kind of number they introduce; the alternatives of each kind are
# separated by spaces and tried in order (the first that fits wins).
_LABELS = {
    "ssn": r"ssn  social\ssecurity(?:\snumber|\sno\.?|\s\#)?  soc\ssec",
    "mrn": r"""
        mrn  mr\#  mr\sno\.?  med(?:ical)?\s?rec(?:ord)?s?(?:\snumber|\sno\.?|\s\#)?
        chart(?:\snumber|\sno\.?|\s\#)  unit\s(?:no\.?|number|\#)  hospital\s(?:no\.?|number|\#)
        patient\s(?:id|no\.?|number|\#)  pt\s(?:id|\#)  hosp\s(?:id|no\.?|\#)  emr\s(?:id|\#)
        encounter\s(?:id|no\.?|number|\#)  admission\s(?:id|no\.?|number|\#)
    """,
    "plan": r"""
        medicare  medicaid  mbi  hicn  insurance  insurer  member\s(?:id|no\.?|number|\#)
        subscriber  policy  group\s(?:no\.?|number|\#)  group  health\splan  beneficiary  bcbs
        blue\scross  aetna  cigna  humana  united\s?healthcare  kaiser  tricare  medigap
        payer\sid
    """,
    "acct": r"""
        account  acct  billing  invoice  claim  credit\scard  card\s(?:no\.?|number|\#)  iban
        routing  bank
    """,
    "lic": r"""
        licen[cs]e  lic  dea  npi  certificate  cert  board\scertification  permit  passport
        driver'?s\slicen[cs]e  dl  cdl  state\sid
    """,
    "veh": r"license\splate  plate  tag  vin  vehicle(?:\sid)?  registration",
    "dev": r"""
        serial  s/n  sn  model  lot  udi  device\s(?:id|no\.?|number|\#)
        implant\s(?:id|no\.?|number|\#)  pacemaker\s(?:id|serial)  imei  mac\saddress  device
    """,
    "bio": r"""
        fingerprint  retina(?:l)?\sscan  iris\sscan  voiceprint  voice\sprint  biometric
        dna\sprofile  palm\sprint
    """,
    "other": r"""
        ref  reference  case  file  record  req  requisition  order  confirmation  ticket
        inmate  booking  docket  doc  acc  pre-?auth(?:orization)?  prior\sauth  job  bib
        specimen  accession  study\sid  subject\sid  trial\sid  subject  participant
        run\s?(?:\#|no\.?|number)  id  identifier  employee  badge  label
        prison\s(?:no\.?|number|\#)
        member  customer  username  user\sname  twitter  instagram  facebook  tiktok  linkedin
        snapchat  handle  skype
    """,
}


_LABEL_RE = re.compile(
    # a quick first-letter test before \b
    r"(?=["
    + "".join(sorted({alt[0] for alt in " ".join(_LABELS.values()).split()}))
    + r"])\b(?P<label>"
    + by_first_letter(" ".join(_LABELS.values()))
    # "acct. no. 5543", "plate number CA 7XYZ123": a period after the label, a state code
    + r")(?![a-z])\.?\s{0,2}(?:number|num|no\.?|id|\#|code)?\s{0,2}(?:is|was|of|reads)?\s{0,2}"
    # "driver's license (S530-4417-8821)": a value in parentheses
    r"[:#=(]?\s{0,2}\#?\s{0,2}(?:[a-z]{2}\s{1,2}(?=[a-z0-9\-]{0,24}\d))?" + _ID
)
# A matched label's kind is the first kind with an alternative spelling it whole: had an
# earlier alternative fitted, ``re`` would have taken that one.
_LABEL_KIND = {kind: re.compile("|".join(alts.split())) for kind, alts in _LABELS.items()}
_LABEL_CATEGORY = {
    "ssn": SSN,
    "mrn": MRN,
    "plan": HEALTH_PLAN,
    "acct": ACCOUNT,
    "lic": LICENSE,
    "veh": VEHICLE,
    "dev": DEVICE,
    "bio": BIOMETRIC,
    "other": OTHER_ID,
}
# Labels that are ordinary words need an id that looks like a code (letters+digits or
# 5+ digits) so that "policy 2", "case 3", "order 1", "lot 4" stay unflagged.
_WEAK_LABELS = re.compile(
    r"^(?:case|file|record|order|id|member|plate|tag|model|lot|sn|lic|cert|permit|policy|claim|"
    r"device|label|"
    r"inmate|booking|docket|doc|acc|job|bib|"
    r"card|bank|ref|reference|registration|dl|req|employee|customer|group(?!\s)|subject(?!\s)|"
    r"participant)",
    re.IGNORECASE,
)
_AGE_OR_SPAN = re.compile(
    r"\d{1,3}\s?(?:m|f|yo|y|yr|yrs|mo|wk|wks|d)|\d{1,3}-(?:yr|year|mo|month|wk|week|day)s?(?:-old)?",
    re.IGNORECASE,
)
_VIN_RE = re.compile(r"[A-HJ-NPR-Z0-9]{17}(?![A-Za-z0-9])")
_MBI_RE = re.compile(
    r"[1-9][AC-HJKMNP-RT-Yac-hjkmnp-rt-y][AC-HJKMNP-RT-Yac-hjkmnp-rt-y0-9]\d[AC-HJKMNP-RT-Yac-hjkmnp-rt-y][AC-HJKMNP-RT-Yac-hjkmnp-rt-y0-9]\d[AC-HJKMNP-RT-Yac-hjkmnp-rt-y]{2}\d{2}(?![A-Za-z0-9])"
)
_CARD_RE = re.compile(r"(?<![\d\-])(?:\d{4}[ \-]){3}\d{1,7}(?![\d\-])|(?<!\d)\d{15,16}(?!\d)")
_LONG_NUM_RE = re.compile(r"\d\d{6,}(?![\w]|[.,]\d)")
_HASH_ID_RE = re.compile(
    r"\#(?<![\w#]\#)\s{0,1}(?P<id>(?=[A-Za-z]{0,4}\d)[A-Za-z]{1,4}\d[A-Za-z0-9\-]{1,20})(?![\w\-])"
)
_UDI_RE = re.compile(r"\(01\)\d{14}(?:\(\d{2}\)[A-Za-z0-9]{1,20}){0,4}")
_ZIP_RE = re.compile(r"\d\d{4}(?:-\d{4})?(?![\w\-])")
_STATE_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|"
    r"NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY),?\s{1,2}$"
)
_ZIP_WORD_RE = re.compile(
    r"(?:zip(?:\s?code)?|postal\scode)\s{0,2}[:#]?\s{0,2}(?P<zip>\d{5}(?:-\d{4})?|\d{3}(?:xx|\*\*)?)(?![\w\-])"
)
_ADDRESS_RE = re.compile(
    # (possessive "+": a digit given back would face "[A-Za-z]?" or a space, a letter given
    # back a space; neither can ever match, so backtracking there only wastes time)
    r"\d\d{0,5}+[A-Za-z]?(?:\s{1,2}[NSEW]\.?)?(?P<words>(?:\s{1,2}[A-Z][A-Za-z'\-]{1,30}+){1,4})"
    r"\s{1,2}"
    r"(?:(?i:street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|highway|hwy|parkway|pkwy|terrace|"
    r"turnpike|tpke)|Court|Ct|Way|Place|Pl|Circle|Cir|Square|Sq|Trail|Trl|Alley|Row|Pike|Ter|COURT|WAY|PLACE|"
    r"CIRCLE|SQUARE|TRAIL"
    # after a house number "Dr" is the drive, unless a name follows ("Dr Okafor")
    r"|Dr\b(?!\.?\s{0,2}[A-Z][a-z]))\b\.?"
    r"(?:,?\s{1,2}(?i:apt|apartment|unit|suite|ste|\#|fl|floor|room|rm)\.?\s{0,2}\#?\s{0,2}[A-Za-z0-9\-]{1,8})?",
)
# Lower-case notes: "42 maple street". Only unambiguous suffixes (not "st", "dr", "way").
_ADDRESS_LOWER_RE = re.compile(
    r"\d{1,6}(?:\s{1,2}[nsew]\.?)?(?:\s{1,2}[a-z][a-z'\-]{1,30}){1,3}\s{1,2}"
    r"(?:street|avenue|ave|road|boulevard|blvd|lane|drive|terrace|court|circle|parkway|highway)\b"
)
_LOWER_STATE_ZIP = re.compile(
    r"(?<![a-z])(?:al|ak|az|ar|ca|co|ct|de|dc|fl|ga|ia|ks|ky|la|md|ma|mi|mn|ms|mo|mt|ne|nv|nh|nj|"
    r"nm|ny|nc|nd|pa|ri|sc|sd|tn|tx|ut|vt|va|wa|wv|wi|wy|il),?\s{1,2}$"
)
# "lives in DC": a city (Washington) where "DC" is otherwise discharge/discontinue
_DC_RE = re.compile(
    r"\b(?:lives?|living|resides?|residing|moved|relocated|visiting|native\sof|grew\sup)\s"
    r"(?:in|to|from|of|near)\s(?P<dc>d\.c\.|dc)(?![\w/'])"
)
_PO_BOX_RE = re.compile(r"\bp\.?\s?o\.?\s{0,2}box\s{0,2}\d{1,8}")
_ADDRESS_NOT = re.compile(
    r"\b(?:MM|MG|MCG|CC|ML|L|U|UNITS?|HR|HRS|X|IV|PO|PRBC'?S?|FFP|WAY|TIMES|CT|TRACH|FOLEY|IN|TO|ON|AT|"
    r"OF|THE|AND|WITH|FOR|PT|DR|MIN|MINS|DAYS?|HOURS?|WEEKS?|TABS?|PUFFS?|LITERS?|LPM|GTTS?|PERIPHERAL|"
    r"LUMEN|SITES?|IV'S|LINES?|PORTS?|SIDE|SIDED|CHEST|TUBES?|MEDIAS\w*|AMPS?)\b",
    re.IGNORECASE,
)


# Lower-casing ASCII letters only keeps every offset; case-sensitive matching on the
# lower-cased copy is several times faster in ``re`` than IGNORECASE on the original.
_LOWER = ASCII_LOWER
# (hints start on the punctuation, a literal that ``re`` searches for fast)
_IPV4_HINT = re.compile(r"\.(?<=\d\.)\d{1,3}\.\d{1,3}\.\d")
_IPV6_HINT = re.compile(r":(?<=[0-9a-f]:)[0-9a-f]{0,4}:")
_CARD_HINT = re.compile(r"\d\d{3}[ \-]?\d{4}[ \-]?\d{4}")


_WORDS = re.compile(r"[a-z]+")
MONTH_WORDS = words("""
jan january feb february mar march apr april may jun june jul july aug august sep sept september
oct october nov november dec december
""")
_AGE_WORDS = words("age aged ages turned turns birthday")
_PHONE_WORDS = words("""
pager beeper page pg pgr bpr bleep beep cell mobile tel phone ph telephone home work office ext
extension x fax facsimile f number reached call contact reach text dial cellphone
""")
_NUM_BEFORE_BAD = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_/.")
_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")


def _prev(text: str, i: int) -> str:
    """The character before position i ('' at the start)."""
    return text[i - 1] if i > 0 else ""


# before a form's number read as a road: "Form I-693" ("the I-589" may be an interstate too:
# "on the I-95")
_FORM_BEFORE = re.compile(r"\b[Ff]orms?\s$")


def find_patterns(
    text: str,
    low: str | None = None,
    words_in: set[str] | None = None,
    public: list[tuple[int, int]] | None = None,
) -> Iterator[Candidate]:
    """Yield every pattern-based candidate in ``text`` (normalised coordinates).

    ``low`` (``text`` with ASCII letters lower-cased) and ``words_in`` (its set of
    letter words) may be passed in when the caller has them already; word-led
    patterns are skipped when none of their leading words occur. ``public``, when
    given, receives the spans of references to the public literature (links to listed
    sites, DOIs, PMIDs, trial numbers): no identifier lies inside one.
    """
    if low is None:
        low = text.translate(_LOWER)
    if words_in is None:
        words_in = set(_WORDS.findall(low))
    four_digits = _has_four_digits(low)  # searched once for the three detectors
    yield from _dates(text, low, words_in, four_digits)
    yield from _ages(low, words_in)
    yield from _contacts(text, low, words_in, four_digits, public)
    yield from _identifiers(text, low, words_in, four_digits)


def _has_four_digits(low: str) -> bool:
    """Four digits in a row: needed by years, phones, SSNs, ZIPs, card and long numbers."""
    return _FOUR_DIGITS.search(low) is not None


def _dates(
    text: str, low: str, words_in: set[str], four_digits: bool | None = None
) -> Iterator[Candidate]:
    """Every date form more specific than a year."""
    if four_digits is None:
        four_digits = _has_four_digits(low)
    has_ordinal = False
    for c in _DATE_NUM_RE.finditer(low):
        if c.group("ordinal"):
            has_ordinal = True
            continue
        p = _prev(low, c.start())
        if p in _NUM_BEFORE_BAD and not (p.isalpha() and _prev(low, c.start() - 1).isalpha()):
            continue  # glued to a number or a single letter; "on10/14/82" is still a date
        m = _DATE_NUM_FULL.fullmatch(c.group())
        if not m:
            continue
        kind = m.lastgroup or "date"
        if kind == "sep":
            kind = "dmy"
        if kind == "dmy" and not _valid_dmy(m.group("dmy")):
            continue
        if kind == "dmy" and _MINUTES_AFTER.match(low, c.end()):
            continue  # "Apgars 3/6/8 at 1/5/10 min"
        yield _with_weekday(low, c.start()), c.end(), DATE, "date_" + kind
    for m in _DATE_MONTH_RE.finditer(low) if not MONTH_WORDS.isdisjoint(words_in) else ():
        s, e = m.start(), m.end()
        if _prev(low, s) in _WORD_CHARS:
            continue
        month, rest = m.group("month"), m.group("rest")
        has_digit = any(ch.isdigit() for ch in rest)
        day = _DAY_BEFORE.search(low, max(0, s - 24), s)
        if day:
            if (
                not has_digit
                and month in ("dec", "mar", "may")
                and not re.search(r"st|nd|rd|th|of", day.group())
                # "14-Mar": a day joined to the month by a hyphen
                and not re.fullmatch(r"\d\d?-", day.group())
            ):
                day = None  # "02 dec" is "O2 decreased"; "20 may" is a verb
            else:
                s = day.start()
        if not day and not has_digit:
            if month not in _STANDALONE_MONTH and not (
                month in _BARE_MONTH and _BARE_MONTH_BEFORE.search(low, max(0, s - 7), s)
            ):
                continue  # "may", "mar", "dec" alone are words, not months
            e = s + len(month)
        yield _with_weekday(low, s), e, DATE, "date_month" if not (day or has_digit) else "date_mdy"
    if four_digits and _YEAR_HINT.search(low):
        for m in _HOLIDAY_RE.finditer(low):
            if _prev(low, m.start()) not in _WORD_CHARS:
                yield m.start(), m.end(), DATE, "date_holiday"
    if not _HOLIDAY_WORDS.isdisjoint(words_in):
        # a fixed-date holiday alone names a day: "fell on Christmas Eve", "since Thanksgiving"
        for m in _HOLIDAY_DAY_RE.finditer(low):
            if _prev(low, m.start()) not in _WORD_CHARS:
                yield m.start(), m.end(), DATE, "date_holiday"
    if not _FOREIGN_MONTHS.isdisjoint(words_in) or "mars" in words_in:
        for m in _FOREIGN_DATE_RE.finditer(low):
            yield m.start(), m.end(), DATE, "date_foreign"
    if has_ordinal:
        for m in _ORDINAL_RE.finditer(low):
            if _prev(low, m.start()) not in _WORD_CHARS or low[m.start()] == ",":
                g = "day" if m.group("day") else "apos" if m.group("apos") else "bare"
                # "Sunday the 17th": the weekday is part of the date
                s = m.start() if low[m.start()] in "mtwfs" and "day" in m.group() else m.start(g)
                yield s, m.end(g), DATE, "date_ordinal"
    for m in _MD_PAIR_RE.finditer(low):
        s = m.start() - 5
        head = _MD_PAIR_HEAD.fullmatch(low, s, m.start()) if s >= 0 else None
        if not head:
            continue
        a, b, c, d = (int(x) for x in head.groups() + m.groups())
        if (
            _prev(low, s) not in _NUM_BEFORE_BAD
            and 1 <= a <= 12
            and 1 <= c <= 12
            and 1 <= b <= 31
            and 1 <= d <= 31
            and (a, b) < (c, d)
            and c - a <= 1
        ):
            yield s, m.end(), DATE, "date_md_pair"
    if "-" in low:
        for m in _MD_DASH_RE.finditer(low):
            b = _MD_DASH_BEFORE.search(low, max(0, m.start() - 9), m.start())
            s = b.end() - (2 if low[b.end() - 2].isdigit() else 1) if b else 0
            # after "from" only before a result verb: "from 3-5 grew", not "from 3-5."
            if (
                b
                and (b.group("on") or _FROM_RESULT.match(m.group("after")))
                and not _prev(low, s).isdigit()
            ):
                yield s, m.end("md"), DATE, "date_md_dash"
    for m in _MD_RE.finditer(low):
        s = m.start()
        p = _prev(low, s)
        if p.isdigit() or p == "/" or (p in ".:" and _prev(low, s - 1).isdigit()):
            continue
        if p.isalpha() and not _prev(low, s - 1).isalpha():
            continue  # "C5/6", "L4/5": spinal levels
        if _valid_md(low, m) and not _score_name_before(text, s):
            yield _with_weekday(low, s), m.end(), DATE, "date_md"  # "Fri 11/3"


def _score_name_before(text: str, s: int) -> bool:
    """Is the m/d at ``s`` a score after a named scale ("Katz 5/6", "Mini-Cog 2/5")?

    Only an eponym counts: "Cath 3/15" and "Coumadin 6/18" are dates.
    """
    m = _TITLE_WORD_BEFORE.search(text, max(0, s - 24), s)
    return bool(m) and m.group(1).lower() in lexicons.eponyms()


def _with_weekday(low: str, s: int) -> int:
    """Extend a date's start over a weekday written before it ("Monday, Jan 5")."""
    m = _WEEKDAY_BEFORE.search(low, max(0, s - 14), s)
    return m.start() if m and _prev(low, m.start()) not in _WORD_CHARS else s


def _ages(low: str, words_in: set[str]) -> Iterator[Candidate]:
    """Ages of 90 and over, in digits or words."""
    for m in _AGE_NUM_RE.finditer(low):
        if _prev(low, m.start()) not in _AGE_BEFORE_BAD:
            yield m.start("n"), m.end("n"), AGE_OVER_89, "age_n"
    if any(h in low for h in _AGE_SLASH_HINTS):
        for m in _AGE_SEX_SLASH_RE.finditer(low):  # "F/93", "93/M"
            if _prev(low, m.start()) not in _WORD_CHARS:
                g = "n" if m.group("n") else "n2"
                yield m.start(g), m.end(g), AGE_OVER_89, "age_n"
    said_of = _AGE_SAID_HINT.search(low) is not None
    for m in _AGE_BARE_RE.finditer(low) if said_of else ():
        # "He's 90, CHA2DS2-VASc 5": a bare number said of the patient
        if _AGE_PRONOUN_BEFORE.search(low, max(0, m.start() - 14), m.start()):
            yield m.start(), m.end(), AGE_OVER_89, "age_context"
    for m in _AGE_AT_RE.finditer(low) if "at" in words_in else ():
        s = m.start()
        if s == 0 or low[s - 1] == "\n" or low[max(0, s - 2) : s] in (". ", "? ", "! "):
            yield m.start("n"), m.end("n"), AGE_OVER_89, "age_context"
    for m in _AGE_CTX_RE.finditer(low) if not _AGE_WORDS.isdisjoint(words_in) else ():
        if _prev(low, m.start()) not in _WORD_CHARS:
            g = "n" if m.group("n") else "b"
            yield m.start(g), m.end(g), AGE_OVER_89, "age_context"
    if any(h in low for h in _AGE_WORD_HINT) or (
        ("90s" in low or "90's" in low) and _AGE_90S_HINT.search(low)
    ):
        for m in _AGE_WORD_RE.finditer(low):
            if _prev(low, m.start()) not in _WORD_CHARS:
                yield m.start(), m.end(), AGE_OVER_89, "age_word"


_AGE_BEFORE_BAD = _WORD_CHARS | frozenset("./:-")


def _contacts(
    text: str,
    low: str,
    words_in: set[str],
    four_digits: bool | None = None,
    public: list[tuple[int, int]] | None = None,
) -> Iterator[Candidate]:
    """Phones, faxes, pagers, emails, URLs, IP addresses and social-media handles.

    Links to public literature and guideline sites, DOIs, PMIDs and trial numbers are no
    identifiers: their spans are appended to ``public`` (when given) instead.
    """
    # a phone, local phone or number after a phone word ends in four digits in a row
    if four_digits is None:
        four_digits = _has_four_digits(low)
    for m in _PHONE_RE.finditer(low) if four_digits else ():
        s = m.start()
        cc = _COUNTRY_BEFORE.search(low, max(0, s - 6), s)
        if cc:
            s = cc.start()  # "+1 (555) 010-0142", "1-800-...", "001 ..."
        if _prev(low, s) in _NUM_BEFORE_BAD:
            continue
        cat = FAX if _FAX_HINT.search(low, max(0, s - 12), s) else PHONE
        yield s, m.end(), cat, "phone"
    if "(" in low:
        for m in _PAREN_PHONE_RE.finditer(low):
            yield m.start() + 1, m.end() - 1, PHONE, "phone_parenthesised"
    for m in _LOCAL_PHONE_RE.finditer(low) if four_digits else ():
        # "555-0199": a 7-digit number whose second part is smaller than the first (or
        # starts with 0) is not a range of values like "954-1183"
        if _prev(low, m.start()) in _NUM_BEFORE_BAD or _prev(low, m.start()) == "-":
            continue
        a, b = m.group(1), m.group(2)
        if b[0] == "0" or int(b) < int(a):
            yield m.start(), m.end(), PHONE, "phone_local"
    if "+" in low:
        for m in _INTL_PHONE_RE.finditer(low):
            digits = sum(c.isdigit() for c in m.group())
            if _prev(low, m.start()) not in _WORD_CHARS and digits >= 8:
                yield m.start(), m.end(), PHONE, "phone_intl"
    for m in _TRUNK_PHONE_RE.finditer(low) if four_digits else ():
        if not clock_times(re.split(r"[\s\-]", m.group())):
            yield m.start(), m.end(), PHONE, "phone_national"
    phone_words = four_digits and not _PHONE_WORDS.isdisjoint(words_in)
    for m in _PHONE_CTX_RE.finditer(low) if phone_words else ():
        if _prev(low, m.start()) in _WORD_CHARS:
            continue
        kw = m.group("kw")
        num = m.group("num")
        if kw in _LONG_NUMBER_WORDS and len(num) < 7:
            continue
        if kw in ("number", "contact") and not _EXCHANGE_LINE.search(num):
            continue
        if "-" in num and len(num) == 6 and kw not in _PAGER_WORDS:
            continue
        cat = FAX if kw in ("fax", "facsimile", "f") else PHONE
        yield m.start("num"), m.end("num"), cat, "phone_" + kw
    if "x" in words_in or "ext" in words_in or "extension" in words_in:
        for m in _EXT_AFTER_CALL.finditer(low):
            s = m.start()
            if _prev(low, s) not in _WORD_CHARS and _EXT_CALL_BEFORE.search(low, max(0, s - 24), s):
                yield m.start("num"), m.end("num"), PHONE, "phone_extension"
    # an email kept below has "@" and a domain, or a spelled-out " dot "
    if ("@" in text or " dot " in low) and (
        _EMAIL_AT_HINT.search(low) or ("dot" in low and _SPELLED_DOT.search(low))
    ):
        # "@" addresses first: the spelled-out form could start a word early and swallow
        # the local part ("reached at efua.ba@outlook.com")
        for m in _EMAIL_AT_RE.finditer(low) if "@" in text else ():
            yield m.start(), m.end(), EMAIL, "email"
        for m in _EMAIL_RE.finditer(low) if " dot " in low else ():
            if _SPELLED_DOT.search(m.group()):  # lower-cased: "JANE DOT DOE AT GMAIL DOT COM"
                yield m.start(), m.end(), EMAIL, "email"
    if "@" in text:
        for m in _HANDLE_RE.finditer(text):
            h = m.group()
            # "@" also means "at" in notes ("@ goal", "@KVO"): a handle needs a digit or
            # underscore, an inner capital, or a social-media word nearby
            if (
                any(c.isdigit() or c == "_" for c in h)
                or (any(c.isupper() for c in h[2:]) and any(c.islower() for c in h))
                or _SOCIAL_NEAR.search(low, max(0, m.start() - 30), m.start())
            ):
                e = m.end() - len(h) + len(h.rstrip("."))  # "@marisol_rides." ends a sentence
                yield m.start(), e, OTHER_ID, "social_handle"
    if "://" in low or "www." in low or _URL_TLD_HINT.search(low):
        for m in _URL_RE.finditer(text):
            s, e = m.start(), m.end()
            while e > s and text[e - 1] in ".,;:)]}!?'\"":
                e -= 1
            if _public_host(low, s, e):
                if public is not None:
                    # names or numbers typed into a query ("?term=...") are still found
                    q = low.find("?", s, e)
                    h = low.find("#", s, e)
                    cut = min(x for x in (q, h, e) if x >= 0)
                    public.append((s, cut))
                continue
            yield s, e, URL, "url"
    if public is not None and ("doi" in low or "pmid" in low or "pmc" in low or "nct" in low):
        for m in _LITERATURE_ID_RE.finditer(low):
            if _prev(low, m.start()) not in _WORD_CHARS:
                e = m.end()
                while low[e - 1] in ".,;:)]}!?'\"" and low.count("(", m.start(), e) < low.count(
                    ")", m.start(), e
                ):
                    e -= 1
                while low[e - 1] in ".,;:]}!?'\"":
                    e -= 1
                public.append((m.start(), e))
    if "u/" in low:
        for m in _REDDIT_RE.finditer(low):
            if _SOCIAL_NEAR.search(low, max(0, m.start() - 30), m.start()):
                yield m.start(), m.end(), OTHER_ID, "social_handle"
    if _IPV4_HINT.search(text) or _IPV6_HINT.search(low):
        for m in _IP_RE.finditer(text):
            yield m.start(), m.end(), IP, "ip"


# A reference to the literature: "doi:10.1056/NEJMoa1305727", "PMID: 36688507",
# "PMC7104321", "NCT05123987" (a trial's registry number)
_LITERATURE_ID_RE = re.compile(
    r"doi\s{0,2}:?\s{0,2}10\.\d{4,9}/[^\s<>\"']{1,300}"
    r"|pmid\s{0,2}:?\s{0,2}\d{1,9}(?!\w)|pmc(?:id\s{0,2}:?\s{0,2}pmc)?\d{4,9}(?!\w)|nct\d{8}(?!\w)"
)
_URL_SCHEME = re.compile(r"[a-z][a-z0-9+.\-]{0,9}://")
_GOVERNMENT = frozenset(("gov", "govt", "gouv", "gob", "nhs", "mil"))


def _public_host(low: str, s: int, e: int) -> bool:
    """Is the URL at ``low[s:e]`` on a public literature or guideline site?

    The host must be a listed domain or a subdomain of one ("www.nejm.org",
    "pubmed.ncbi.nlm.nih.gov"); "nejm.org.example.com" and "user@nejm.org" are not.
    """
    scheme = _URL_SCHEME.match(low, s, e)
    i = scheme.end() if scheme else s
    j = i
    while j < e and low[j] not in "/?#":
        j += 1
    host = low[i:j]
    if "@" in host:
        return False
    host = host.split(":", 1)[0].rstrip(".")
    parts = host.split(".")
    allowed = lexicons.public_domains()
    if any(".".join(parts[k:]) in allowed for k in range(len(parts) - 1)):
        return True
    # a government's own hosts publish for the public ("health.gov.au", "cdc.gov",
    # "health.govt.nz", "nhs.uk"): no person has a page there
    return len(parts) > 1 and (parts[-1] in _GOVERNMENT or parts[-2] in _GOVERNMENT)


def clock_times(groups: list[str]) -> bool:
    """Are digit groups a rising series of 24-hour times ("0700 900 1100")?"""
    times = [int(g) for g in groups]
    return all(len(g) in (3, 4) and int(g[:-2]) < 24 and int(g[-2:]) < 60 for g in groups) and (
        times == sorted(times)
    )


def _identifiers(
    text: str, low: str, words_in: set[str], four_digits: bool | None = None
) -> Iterator[Candidate]:
    """SSNs, labelled record/plan/account/licence/device numbers, VINs, ZIPs and addresses."""
    # SSNs and card numbers have four digits in a row, ZIPs and long numbers five
    if four_digits is None:
        four_digits = _has_four_digits(low)
    five_digits = four_digits and _FIVE_DIGITS.search(text) is not None
    for m in _SSN_RE.finditer(text) if four_digits else ():
        area = m.group()[:3]
        if area in ("000", "666") or area[0] == "9":
            continue  # never issued as SSN areas
        if _prev(text, m.start()) not in _WORD_CHARS and _prev(text, m.start()) != "-":
            yield m.start(), m.end(), SSN, "ssn"
    for m in _LABEL_RE.finditer(low):
        if _prev(low, m.start()) in _WORD_CHARS:
            continue
        label = m.group("label")
        group = next(g for g, spelling in _LABEL_KIND.items() if spelling.fullmatch(label))
        ident = m.group("id")
        if _WEAK_LABELS.match(label) and not (
            (re.search(r"[a-z]", ident) and re.search(r"\d", ident)) or re.search(r"\d{4}", ident)
        ):
            continue
        # "other" numbers need two digits together, or two among five characters or more
        # ("transmitter ID 8KJ4TZ"); "case 3B", "bed 4" stay words
        if group == "other" and label not in _SOCIAL and not re.search(r"\d{2}", ident) and not (
                len(ident) >= 5 and sum(ch.isdigit() for ch in ident) >= 2):
            continue
        if _AGE_OR_SPAN.fullmatch(ident):
            continue  # "case: 58M" is an age and sex, "Model 1-yr" a time span
        end = m.end("id")
        if ident.isdigit() and len(ident) <= 5 and not _WEAK_LABELS.match(label):
            more = _DIGIT_GROUPS.match(low, end)  # "Medicare no. 2953 41017 1"
            end = more.end() if more else end
        yield m.start("id"), end, _LABEL_CATEGORY[group], "label_" + group
    has_code = _CODE_HINT.search(text) is not None
    for m in _VIN_RE.finditer(text) if has_code else ():
        v = m.group()
        if not (_prev(text, m.start()).isalnum() or v.isdigit() or v.isalpha()):
            yield m.start(), m.end(), VEHICLE, "vin"
    for m in _MBI_RE.finditer(text) if has_code else ():
        if not _prev(text, m.start()).isalnum():
            yield m.start(), m.end(), HEALTH_PLAN, "medicare_mbi"
    card_hint = four_digits and _CARD_HINT.search(text) is not None
    if card_hint:
        for m in _CARD_RE.finditer(text):
            digits = re.sub(r"\D", "", m.group())
            if 13 <= len(digits) <= 19 and _luhn(digits):
                yield m.start(), m.end(), ACCOUNT, "card_number"
    if "(01)" in text:
        for m in _UDI_RE.finditer(text):
            yield m.start(), m.end(), DEVICE, "udi"
    for m in _LONG_NUM_RE.finditer(text) if five_digits else ():
        p = _prev(text, m.start())
        if p not in _WORD_CHARS and p not in ".,":
            yield m.start(), m.end(), OTHER_ID, "long_number"
    if "#" in text:
        for m in _HASH_ID_RE.finditer(text):
            yield m.start("id"), m.end("id"), OTHER_ID, "hash_code"
    for m in _ZIP_RE.finditer(text) if five_digits else ():
        s = m.start()
        if _prev(text, s) in _WORD_CHARS:
            continue
        if _STATE_BEFORE.search(text, max(0, s - 6), s):
            yield s, m.end(), LOCATION, "zip"
        else:
            # lower-case notes: "springfield, il 62704", "cambridge ma 02139"
            w = _LOWER_STATE_ZIP.search(low, max(0, s - 6), s)
            ws = w.start() if w else 0
            if w and ws > 1 and low[ws - 1] in " ," and low[ws - 2] in _CITY_END:
                yield s, m.end(), LOCATION, "zip"
    if "zip" in low or "postal" in low:
        for m in _ZIP_WORD_RE.finditer(low):
            yield m.start("zip"), m.end("zip"), LOCATION, "zip"
        for m in _ZIP_BEFORE_WORD_RE.finditer(low):  # "from the 60623 ZIP code"
            if _prev(low, m.start()) not in _WORD_CHARS:
                yield m.start(), m.end("zip"), LOCATION, "zip"
    if "postcode" in low or "post code" in low:
        for m in _POSTCODE_RE.finditer(low):
            yield m.start("zip"), m.end("zip"), LOCATION, "postcode"
    # the street's name is capitalised: a note without capitals (text == low) has none
    for m in _ADDRESS_RE.finditer(text) if text != low else ():
        p = _prev(text, m.start())
        if p in _WORD_CHARS or p in "-/.":
            continue
        if m.group("words") and _ADDRESS_NOT.search(m.group("words")):
            continue
        yield m.start(), m.end(), LOCATION, "street_address"
    if not _STREET_WORDS.isdisjoint(words_in) or _STREET_ABBREVIATION.search(text) or \
            ("dr" in words_in and _DRIVE_HINT.search(text)):
        # a street named without its number: "on Elm Street", "near W. 26th Street"
        for m in _STREET_NAMED_RE.finditer(text):
            # (its own "Dr" is the street's: the words before it are read)
            if not _ADDRESS_NOT.search(_DRIVE_END.sub("", m.group("st"))) and not \
                    _DOCTOR_BEFORE_DR.search(m.group("st")):
                yield m.start("st"), m.end("st"), LOCATION, "street_name"
    if not _ROUTE_WORDS.isdisjoint(words_in) or "I-" in text:
        for m in _ROUTE_RE.finditer(text):
            # "Form I-693": an immigration form, not an interstate
            if _prev(text, m.start()) not in _WORD_CHARS and not _FORM_BEFORE.search(
                    text, max(0, m.start() - 6), m.start()):
                yield m.start(), m.end(), LOCATION, "route"
    lower_suffix = not _LONG_STREET_WORDS.isdisjoint(words_in)
    for m in _ADDRESS_LOWER_RE.finditer(text) if lower_suffix else ():
        p = _prev(text, m.start())
        if p in _WORD_CHARS or p in "-/.":
            continue
        if _ADDRESS_NOT.search(m.group()[m.group().index(" ") :]):
            continue
        yield m.start(), m.end(), LOCATION, "street_address"
    if "plate" in words_in or "reg" in words_in or "registration" in words_in:
        for m in _PLATE_RE.finditer(low):  # "OH plate HZT 4418", "plate is TK 44812"
            if _prev(low, m.start()) in _WORD_CHARS:
                continue
            v = m.group("id")
            if any(c.isdigit() for c in v) and any(c.isalpha() for c in v):
                yield m.start("id"), m.end("id"), VEHICLE, "plate"
    if not _HANDLE_LABELS.isdisjoint(words_in):
        for m in _HANDLE_LABEL_RE.finditer(low):  # "(username kinz.nana.mo)"
            v = m.group("id")
            # "handle" is also a verb ("how do you handle the...", "bucket-handle tear"):
            # a plain word after it is a handle only when introduced ("handle: kiki")
            introduced = m.group("label") == "username" or (
                m.group("label") == "handle"
                and re.search(r"(?:is|:)\s?$", low[m.end("label") : m.start("id")]) is not None
            )
            if introduced or any(c in v for c in "._@0123456789"):
                yield m.start("id"), m.end("id"), OTHER_ID, "social_handle"
    if "dc" in words_in or "d.c" in low:
        for m in _DC_RE.finditer(low):
            yield m.start("dc"), m.end("dc"), LOCATION, "residence_dc"
    if "box" in low:
        for m in _PO_BOX_RE.finditer(low):
            yield m.start(), m.end(), LOCATION, "po_box"
    if "eircode" in low:
        for m in _EIRCODE_RE.finditer(low):  # "Eircode for the ambulance is F45 KX29"
            yield m.start("code"), m.end("code"), LOCATION, "postcode"
    if five_digits and ", " in text:
        for m in _COMMA_ZIP_RE.finditer(text):  # "301 Harmon Ave, Cedar Bluff, 52241"
            town = _TOWN_BEFORE.search(text, max(0, m.start() - 40), m.start())
            if town and _is_town(town.group(1)):
                yield m.start("zip"), m.end("zip"), LOCATION, "zip"
    yield from _coded_ids(text, five_digits, card_hint)


# An identifier with a letter prefix and groups of digits: "NHIA/LAG/0448213/B",
# "H/2024/01877", "LRB-20931-77", "PMJAY-TN-7710-0298-4", "WL-339812" (checked by
# _coded_id: a group of 3+ digits, 5+ digits in all, and three groups or one of 6+ digits;
# "ICD-10-CM", "KEYNOTE-189", "ISO-13485", "CD3/CD20/CD45" are not ids)
# (starts on the separator, found fast; the prefix is checked by looking back)
_CODE_GROUPS_RE = re.compile(
    r"[-/](?<=[A-Z0-9][-/])[A-Z0-9]{1,12}(?:[-/][A-Z0-9]{1,12}){0,4}(?![\w\-]|[/.,]\w)"
)
_CODE_PREFIX = re.compile(r"(?<![\w\-/.*:+])[A-Z][A-Z0-9]{0,7}$")
# Numbers in several digit groups: a Korean resident number "950312-1548221" (a valid
# birth date, then a digit for sex and century), "12-050418877-3"; and twelve digits in
# three groups of four ("9821 4476 3305"); letter-and-digit ids: "H41882107", "7734512TA"
_NUM_GROUPS_RE = re.compile(
    r"\d(?:(?<![\d\-/.,:]\d)\d{5}-[1-8]\d{6}(?P<rrn>)"
    r"|(?<![\d\-/.,:]\d)\d{0,3}-\d{6,12}-\d{1,4}(?P<mid>)"
    r"|(?<![\d\-/.,:]\d)\d{3}(?P<sep>[ \-])\d{4}(?P=sep)\d{4}(?P<four>))"
    r"(?![\w\-]|[.,:/]\d|\s\d)"
)
# (starts on a run of six digits or more; the letter before it is checked in Python)
_LETTER_DIGITS_RE = re.compile(r"\d\d{6,9}(?P<suffix>[A-Z]{0,2})(?![\w\-]|[.,]\d)")
_DASH_SIX = re.compile(r"-\d\d\d\d\d\d")
_LETTER_BEFORE_BAD = _WORD_CHARS | frozenset("-/.")
_UNIT_SUFFIX = words("u iu l ml mg g k m mm kg mcg ug ng pg mmol meq units mu ku")
_CODE_HINT_DIGITS = re.compile(r"\d\d\d")


def _coded_ids(text: str, five_digits: bool, card_hint: bool) -> Iterator[Candidate]:
    """Ids written as codes: letter prefixes with digit groups, grouped national numbers.

    ``five_digits``: the text has five digits in a row; ``card_hint``: it has twelve digits
    in groups of four.
    """
    if not _CODE_HINT_DIGITS.search(text):
        return
    if "-" in text or "/" in text:
        for m in _CODE_GROUPS_RE.finditer(text):
            pre = _CODE_PREFIX.search(text, max(0, m.start() - 8), m.start())
            if pre and _coded_id(text[pre.start() : m.end()]):
                yield pre.start(), m.end(), OTHER_ID, "code_groups"
    groups = card_hint or (five_digits and _DASH_SIX.search(text) is not None)
    for m in _NUM_GROUPS_RE.finditer(text) if groups else ():
        g = m.group()
        if m.group("rrn") is not None:
            mm, dd = int(g[2:4]), int(g[4:6])
            if not (1 <= mm <= 12 and 1 <= dd <= 31):
                continue
        elif m.group("four") is not None:
            parts = [int(x) for x in re.split(r"[ \-]", g)]
            if all(1900 <= x <= 2099 for x in parts) or all(x % 10 == 0 for x in parts):
                continue  # years, or round values in a row ("1200 1350 1100")
        yield m.start(), m.end(), OTHER_ID, "number_groups"
    for m in _LETTER_DIGITS_RE.finditer(text) if five_digits else ():
        # "H41882107" (a capital, 7-10 digits) or "7734512TA" (7-9 digits, 1-2 capitals)
        s, suffix = m.start(), m.group("suffix")
        n = m.end() - s - len(suffix)
        p = _prev(text, s)
        if p.isdigit() or p in "-/.":
            continue
        if suffix:
            ok = 7 <= n <= 9 and p not in _WORD_CHARS and suffix.lower() not in _UNIT_SUFFIX
        else:
            ok = 7 <= n <= 10 and "A" <= p <= "Z" and _prev(text, s - 1) not in _LETTER_BEFORE_BAD
            s -= 1
        if ok:
            yield s, m.end(), OTHER_ID, "letter_digits"


def _coded_id(code: str) -> bool:
    """Does a letter-led code with separators look like an identifier?

    One kind of separator, and a group of four digits or more (or ten digits in all):
    vent settings "AC/450/14/40", ranges "HR-110-133" and scales "ICD-10-CM" are not ids.
    """
    if "-" in code and "/" in code:
        return False
    groups = re.split(r"[-/]", code)
    digits = sum(ch.isdigit() for ch in code)
    numeric = [len(g) for g in groups if g.isdigit()]
    if digits < 5 or not numeric or max(numeric) < 3:
        return False
    if max(numeric) < 4 and digits < 10:
        return False
    return len(groups) >= 3 or max(numeric) >= 6


_EIRCODE_RE = re.compile(
    r"eircode(?:\s{1,2}[a-z]{1,12}){0,5}?\s{0,2}[:#,]?\s{0,2}"
    r"(?P<code>[a-z]\d[\dw]\s?[a-z0-9]{4})(?![\w\-])"
)
# a ZIP after a town and a comma (the town checked by looking back)
_COMMA_ZIP_RE = re.compile(
    r",\s{1,2}(?P<zip>\d\d{4}(?:-\d{4})?)"
    r"(?![\w\-/%]|[.,]\d|\s?(?:mg|ml|mcg|units?|cells|copies|iu)\b)"
)
_TOWN_BEFORE = re.compile(r"(?<![\w'\-])([A-Z][a-z'\-]{2,25}(?:\s[A-Z][a-z'\-]{2,25}){0,2})$")


def _is_town(name: str) -> bool:
    """A town before a ZIP: two or three capitalised words, or one that is not a word."""
    parts = name.lower().split()
    if len(parts) > 1:
        return not any(p in lexicons.medical() for p in parts)
    w = parts[0]
    return w not in lexicons.english() and w not in lexicons.medical()


_PLATE_RE = re.compile(
    # "OH plate HZT 4418", "plate is TK 44812", "ran the plate, 8DKR417"
    # (starts on the word itself, which ``re`` finds fast; the word start is checked in Python)
    r"(?:plate|car\sreg(?:istration)?|van\sreg(?:istration)?|vehicle\sreg(?:istration)?|"
    r"truck\sreg(?:istration)?|lorry\sreg(?:istration)?)(?![a-z])"
    r"(?:\s(?:number|no\.?|\#))?\s{0,2}(?:is\s|was\s|reads?\s|\#\s?|:\s?|,\s?)?"
    r"(?:[a-z]{2}\s)??(?P<id>[a-z0-9]{2,4}[\s-][a-z0-9]{2,5}|[a-z0-9]{5,8})(?![\w-])"
)
_HANDLE_LABEL_RE = re.compile(
    r"\b(?P<label>username|user\sname|handle|snapchat|instagram|tiktok|twitter|ig|"
    r"kakaotalk|kakao|wechat|whatsapp|telegram|viber|discord|skype|venmo|cash\s?app|paypal|zelle)"
    # "KakaoTalk, ID haeun.k88", "WeChat (her ID is lin_0815)", "a Venmo @Jo-Ann-Smith-7"
    r"(?:\s{0,2}[,(]?\s{0,2}(?:(?:his|her|their|my)\s)?(?:id|user\s?name|handle)(?![a-z]))?"
    r"\s{0,2}(?:is\s|:\s?|name\s)?(?P<id>@?[a-z0-9_][a-z0-9_.\-]{2,29})(?<![.\-])(?![\w@])"
)
_HANDLE_LABELS = words(
    "username handle snapchat instagram tiktok twitter ig user kakaotalk kakao wechat whatsapp "
    "telegram viber discord skype venmo cash cashapp paypal zelle"
)
_CITY_END = frozenset("abcdefghijklmnopqrstuvwxyz,")
# Needed by VINs and Medicare MBIs: a digit with ten more letters or digits after it, or
# seven before it (an MBI starts with a digit; a VIN kept has 17 with at least one digit).
_CODE_HINT = re.compile(r"\d(?:[A-Za-z0-9]{10}|(?<=[A-Za-z0-9]{7}\d))")
_ZIP_BEFORE_WORD_RE = re.compile(r"\d\d{4}(?:-\d{4})?(?P<zip>)\s{1,2}(?:zip|postal)\b")
# (a period belongs to an abbreviation, not to a whole word ending a sentence)
_STREET_SUFFIX = (
    r"(?:(?i:street|avenue|road|boulevard|lane|drive|parkway|terrace|highway)\b"
    r"|(?:St|Ave|Rd|Blvd|Ln|Pkwy|Hwy)\b\.?)"
)
_STREET_NAMED_RE = re.compile(
    # a place preposition first: "Main Street" alone is also a way of saying "downtown"
    r"(?:\b(?i:on|near|off|along|at|to|from|of|and|corner)|,)\s{1,2}(?P<st>(?:(?:[NSEW]\.?|North|South|East|West)\s{1,2})?"
    r"(?:[A-Z][A-Za-z'\-]{1,30}|\d{1,3}(?:st|nd|rd|th))(?:\s{1,2}[A-Z][A-Za-z'\-]{1,30}){0,2}"
    r"\s{1,2}(?:" + _STREET_SUFFIX
    # "on Memorial Dr": a drive when no name follows ("Dr Smith" is a doctor)
    + r"|Dr\b(?!\.?\s{0,2}[A-Z])\.?))"
)
# the drive's abbreviation after a word in title case, with no name after it
_DRIVE_HINT = re.compile(r"[a-z] Dr\b(?!\.?\s{0,2}[A-Z])")
# ... and never after a word that makes "Dr" a doctor ("Night Dr", "Duty Dr")
_DOCTOR_BEFORE_DR = re.compile(
    r"(?i:night|day|duty|ward|locum|junior|senior|admitting|covering|treating|family|team|"
    r"new|old|surgical|medical|ed|er|icu|gp|reg|registrar|house|on-call|oncall)\sDr\.?$")
_DRIVE_END = re.compile(r"\sDr\.?$")
_STREET_WORDS = words("street avenue road boulevard lane drive parkway terrace highway")
# (abbreviations count only as written in title case: "ST" is sinus tachycardia)
_STREET_ABBREVIATION = re.compile(r" (?:St|Ave|Rd|Blvd|Ln|Pkwy|Hwy)\b")
# "Route 9W", "Hwy 101", "I-95", "Route 30 and Pine Hollow Rd"
_ROUTE_RE = re.compile(
    r"(?:(?i:rural\sroute|route|rte|highway|hwy|interstate)\.?\s?|I-)\d\d{0,2}[A-Z]?\b"
    r"(?:,?\s(?i:box)\s\d{1,5}\b)?"  # "Rural Route 2, Box 88"
    r"(?:\s(?:and|&|at)\s(?:[A-Z][A-Za-z'\-]{1,30}\s){1,3}" + _STREET_SUFFIX + r")?"
)
_ROUTE_WORDS = words("route rte highway hwy interstate")
_DIGIT_GROUPS = re.compile(r"(?:\s\d{1,6}){1,5}(?![\w/]|\.\d)")
# after "postcode": UK ("M21 9PQ") and Canadian ("K1A 0B1") codes, lower-cased
_POSTCODE_RE = re.compile(
    r"post\s?code\s{0,2}[:#]?\s{0,2}(?P<zip>[a-z]{1,2}\d[a-z\d]?\s?\d[a-z]{2}|[a-z]\d[a-z]\s?\d[a-z]\d)\b"
)
_LONG_STREET_WORDS = words(
    "street avenue ave road boulevard blvd lane drive terrace court circle parkway highway"
)
_SOCIAL = words("twitter instagram facebook tiktok linkedin snapchat handle skype username")


def _valid_dmy(s: str) -> bool:
    """A d/m/y or m/d/y triple with plausible parts (rejects 7.39/43/137 style runs)."""
    parts = re.split(r"[-/.]", s)
    a, b, y = int(parts[0]), int(parts[1]), parts[2]
    if not (1 <= a <= 31 and 1 <= b <= 31 and (a <= 12 or b <= 12)):
        return False
    return len(y) != 4 or 1800 <= int(y) <= 2199


def _luhn(digits: str) -> bool:
    """Luhn checksum, used by payment card numbers."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0
