"""Pattern detectors: dates, ages over 89, contact details and identifying numbers.

Each detector is one (or a few) compiled regular expressions with alternations, run
once over the normalised text. Every quantifier is bounded or applies to a single
character class, and no group that can repeat contains another repeat, so matching
stays linear in the text length (no catastrophic backtracking).

A detector yields ``(start, end, category, rule)`` tuples in normalised coordinates.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .categories import (
    ACCOUNT, AGE_OVER_89, BIOMETRIC, DATE, DEVICE, EMAIL, FAX, HEALTH_PLAN, IP, LICENSE,
    LOCATION, MRN, OTHER_ID, PHONE, SSN, URL, VEHICLE,
)

Candidate = tuple[int, int, str, str]

# ---------------------------------------------------------------- dates
_MONTH = (
    r"(?:jan(?:uary|\.)?|feb(?:ruary|\.)?|mar(?:ch|\.)?|apr(?:il|\.)?|may|june?|july?|"
    r"aug(?:ust|\.)?|sept?(?:ember|\.)?|oct(?:ober|\.)?|nov(?:ember|\.)?|dec(?:ember|\.)?)"
)
_FULL_MONTH = r"(?:january|february|march|april|june|july|august|september|october|november|december)"
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s{1,3})"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:(?:19|20)\d\d|'\d\d)"
_HOLIDAY = (
    r"(?:christmas(?:\s(?:eve|day))?|thanksgiving(?:\sday)?|new\syear'?s(?:\s(?:eve|day))?|"
    r"easter(?:\ssunday)?|independence\sday|july\s4th|fourth\sof\sjuly|memorial\sday|"
    r"labor\sday|halloween|valentine'?s\sday|veterans\sday|hanukkah|yom\skippur|ramadan|"
    r"diwali|mlk\sday|presidents'?\sday)"
)

_DATE_RE = re.compile(
    r"(?<![\w/.])" + _WEEKDAY + r"?(?:"
    # 2023-01-15, 2023/1/5, 2023.01.15
    r"(?P<iso>(?:19|20)\d\d[-/.](?:0?[1-9]|1[0-2])[-/.](?:[12]\d|3[01]|0?[1-9]))"
    # 1/15/2023, 15-01-23, 1.15.2023 (any order of day and month)
    r"|(?P<dmy>\d{1,2}(?P<sep>[-/.])\d{1,2}(?P=sep)(?:\d{4}|\d{2}))"
    # 20230115
    r"|(?P<compact>(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))"
    # Jan 15, 2023 / January 15th / Jan. 15 '23 / Jan 2023
    r"|(?P<mdy>" + _MONTH + r"\s{0,2}(?:" + _DAY + r"(?:,?\s{0,2}" + _YEAR + r")?|,?\s{0,2}" + _YEAR + r"|-\d\d?-\d{2,4}))"
    # 15 Jan 2023 / 15th of January / 20th Oct, 1989
    r"|(?P<dmy2>" + _DAY + r"(?:\s{1,2}of)?[\s-]{1,2}" + _MONTH + r"(?:[\s,-]{1,3}" + _YEAR + r")?)"
    # Christmas 2019 / Thanksgiving Day, 2020
    r"|(?P<holiday>" + _HOLIDAY + r",?\s{1,2}(?:of\s)?(?:19|20)\d\d)"
    # the 3rd of the month
    r"|(?P<ordinal>(?:on|since|from|until|by)\sthe\s(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))"
    # month names standing alone (a month is an element more specific than the year)
    r"|(?P<month>" + _FULL_MONTH + r"|(?:jan|feb|apr|aug|sept?|oct|nov)\.)"
    r")(?![\w/%])",
    re.IGNORECASE,
)

# Bare month/day ("7/22") and month/year ("12/82"): checked by _valid_md().
_MD_RE = re.compile(r"(?<![\w/.:\-])(\d{1,2})/(\d{1,4})(?![\w/]|\.\d)")
_MD_BEFORE_NOT = re.compile(
    r"(?:\b(?:bp|b/p|nbp|abp|sbp|art|a-line|cvp|pap|pa|ps|peep|cpap|bipap|psv|imv|simv|"
    r"strength|strengths|power|grade|motor|ratio|i:e|ie|pulses?|reflexes|dtrs?|murmur|"
    r"sem|hsm|vent|settings?|x|mg|score|abg|vbg|gases|trach|ett|size|fio2|ips|eps|epap|"
    r"ipap|rate|ac|tv|pressures?|pap's)\s{0,2}[:=]?\s{0,2}$)|\d[\s,]{1,2}$",
    re.IGNORECASE,
)
_MD_AFTER_NOT = re.compile(
    r"^\s{0,2}(?:strength|murmur|sem|hsm|systolic|diastolic|holosystolic|mmhg|mm|"
    r"power|motor|pulses?|reflex|cm|mg|mcg|units?|ml|cc|tab|tabs|ns|weakness|"
    r"scale|score|bilat|bilaterally|b/l|grip|in\s(?:strength|upper|lower))\b",
    re.IGNORECASE,
)


_VENT_WINDOW = re.compile(
    r"\b(?:psv|cpap|bipap|peep|simv|imv|ips|eps|epap|ipap|ps|vent|settings?|trach\s?mask|mode|ac)\b[^.\n]{0,30}$",
    re.IGNORECASE,
)
_PAIN = re.compile(r"pain|scale|score|discomfort|ache", re.IGNORECASE)


def _valid_md(text: str, m: re.Match[str]) -> bool:
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
    before = text[max(0, m.start() - 14):m.start()]
    after = text[m.end():m.end() + 22]
    if _MD_BEFORE_NOT.search(before) or _MD_AFTER_NOT.match(after):
        return False
    wide = text[max(0, m.start() - 40):m.start()]
    if _VENT_WINDOW.search(wide) or d == 10 and _PAIN.search(text, max(0, m.start() - 25), m.end() + 25):
        return False
    # Fractions and grades: 1/2, 3/4, 2/6 murmur, 4/5 strength, 1+/4 pulses.
    if mo < d <= 6 and len(b) == 1:
        return bool(re.search(r"(?:on|since|from|until|of|dated?|by|thru|through)\s{1,2}$", before, re.I))
    return True


# ---------------------------------------------------------------- ages over 89
_AGE_NUM = r"(?P<n>(?:9\d|1[01]\d)(?:\.\d)?)"
_AGE_RE = re.compile(
    r"(?<![\w./:-])" + _AGE_NUM + r"(?:\+)?\s{0,2}-?\s{0,2}(?=(?:y/?o\b|y\.o\.?|yo\b|yrs?\b|years?\b|yr\b|y\b|"
    r"year-old|yr-old|-year|m\b|f\b|male|female|man|woman|gentleman|lady|yom|yof|ywm|ywf|"
    r"s/p\b))"
    r"|(?:\bage[ds]?\s{0,2}(?:of\s)?:?\s{0,2}|\bturned\s|\bturns\s|\bis\snow\s)" + r"(?P<n2>(?:9\d|1[01]\d))(?!\d)"
    r"|(?P<n3>(?:9\d|1[01]\d))(?:st|nd|rd|th)\sbirthday"
    r"|(?P<word>\bninety[\s-]?(?:one|two|three|four|five|six|seven|eight|nine)?(?=[\s-]{1,2}(?:years?|yr|y/?o))|"
    r"\bone\shundred(?:\sand\s\w+)?(?=[\s-]{1,2}(?:years?|yr|y/?o))|"
    r"\bnonagenarian\b|\bcentenarian\b|\bsupercentenarian\b|\b(?:in\s(?:his|her|their)\s)(?:early\s|mid\s|late\s)?nineties\b|"
    r"\b(?:early|mid|late)[\s-]nineties\b|\b(?:his|her)\s(?:early\s|mid\s|late\s)?90'?s\b)",
    re.IGNORECASE,
)

# ---------------------------------------------------------------- phones and faxes
_SEP = r"[\s.\-/]{0,3}"
_PHONE_RE = re.compile(
    r"(?<![\w/.])(?:(?:\+?1|001)[\s.\-]{0,2})?"
    r"(?:\(\s?\d{3}\s?\)|\d{3})" + _SEP + r"\d{3}" + _SEP + r"\d{4}"
    r"(?:\s{0,2}(?:,\s{0,2})?(?:x|ext\.?|extension|ex)\s{0,2}\.?\s{0,2}\d{1,6})?\)?(?![\w])"
    # +44 20 7946 0958 style international numbers
    r"|(?<![\w])\+\d{1,3}(?:[\s.\-]\d{1,4}){2,5}(?![\w])",
    re.IGNORECASE,
)
_PHONE_CTX_RE = re.compile(
    r"\b(?P<kw>pager|beeper|page|pg|pgr|bpr|beep|cell|mobile|tel|phone|ph|telephone|home|work|office|"
    r"ext|extension|x|fax|facsimile|f|number|reached\sat|call\sat|contact|reach)"
    r"\s{0,2}(?:#|no\.?|number|num|is)?\s{0,2}[:#]?\s{0,2}"
    r"(?P<num>\d{3}[-.\s]\d{4}|\d{4,7})(?![\w/]|[.\-]\d)",
    re.IGNORECASE,
)
_FAX_HINT = re.compile(r"fax|facsimile|\bf\s{0,2}[:#]", re.IGNORECASE)

# ---------------------------------------------------------------- internet
_EMAIL_RE = re.compile(
    r"[A-Za-z0-9][A-Za-z0-9._%+\-]{0,63}(?:@|\s[\[(]?at[\])]?\s)[A-Za-z0-9\-]{1,63}"
    r"(?:(?:\.|\s[\[(]?dot[\])]?\s)[A-Za-z0-9\-]{1,63}){1,4}",
)
_TLD = r"(?:com|org|net|edu|gov|mil|io|info|biz|health|app|co\.uk|org\.uk|ac\.uk|nhs\.uk)"
_URL_RE = re.compile(
    r"(?i:\b(?:https?|ftp)://[^\s<>\"']{1,2000}"
    r"|\bwww\.[^\s<>\"']{1,2000})"
    r"|\b(?:[a-z0-9](?:[a-z0-9\-]{0,61}[a-z0-9])?\.){1,4}" + _TLD + r"\b(?:/[^\s<>\"']{0,2000})?",
)
_IP_RE = re.compile(
    r"(?<![\w.])(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?![\w.]|\.\d)"
    r"|(?<![\w:])(?:[0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]{1,4}(?![\w:])"
    r"|(?<![\w:])(?:[0-9A-Fa-f]{1,4}:){1,6}:(?:[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4}){0,5})?(?![\w:])",
)
_HANDLE_RE = re.compile(r"(?<![\w@.])@[A-Za-z_][A-Za-z0-9_.]{1,29}(?![\w@])")

# ---------------------------------------------------------------- numbers with a label
_SSN_RE = re.compile(r"(?<![\w\-])(?!000|666|9\d\d)\d{3}[- ]\d{2}[- ]\d{4}(?![\w\-])")
_ID = r"(?P<id>(?=[A-Za-z0-9\-]{0,24}\d)[A-Za-z0-9](?:[A-Za-z0-9]|[\-/.](?=[A-Za-z0-9])){2,24})"
_LABEL_RE = re.compile(
    r"\b(?:"
    r"(?P<ssn>ssn|social\ssecurity(?:\snumber|\sno\.?|\s\#)?|soc\ssec)"
    r"|(?P<mrn>mrn|mr\#|mr\sno\.?|med(?:ical)?\s?rec(?:ord)?s?(?:\snumber|\sno\.?|\s\#)?|chart(?:\snumber|\sno\.?|\s\#)"
    r"|unit\s(?:no\.?|number|\#)|hospital\s(?:no\.?|number|\#)|patient\s(?:id|no\.?|number|\#)|pt\s(?:id|\#)"
    r"|hosp\s(?:id|\#)|emr\s(?:id|\#)|encounter\s(?:id|no\.?|number|\#)|admission\s(?:id|no\.?|number|\#))"
    r"|(?P<plan>medicare|medicaid|mbi|hicn|insurance|insurer|member\s(?:id|no\.?|number|\#)|subscriber|"
    r"policy|group\s(?:no\.?|number|\#)|health\splan|beneficiary|bcbs|blue\scross|aetna|cigna|humana|"
    r"united\s?healthcare|kaiser|tricare|medigap|payer\sid)"
    r"|(?P<acct>account|acct|a/c|billing|invoice|claim|credit\scard|card\s(?:no\.?|number|\#)|iban|routing|bank)"
    r"|(?P<lic>licen[cs]e|lic|dea|npi|certificate|cert|board\scertification|permit|passport|"
    r"driver'?s\slicen[cs]e|dl|state\sid)"
    r"|(?P<veh>license\splate|plate|tag|vin|vehicle(?:\sid)?|registration)"
    r"|(?P<dev>serial|s/n|sn|model|lot|udi|device\s(?:id|no\.?|number|\#)|implant\s(?:id|no\.?|number|\#)|"
    r"pacemaker\s(?:id|serial)|imei|mac\saddress)"
    r"|(?P<bio>fingerprint|retina(?:l)?\sscan|iris\sscan|voiceprint|voice\sprint|biometric|dna\sprofile|palm\sprint)"
    r"|(?P<other>ref|reference|case|file|record|req|requisition|order|confirmation|ticket|specimen|accession|"
    r"study\sid|subject\sid|trial\sid|id|identifier|employee|badge|member|customer|username|user\sname|"
    r"twitter|instagram|facebook|tiktok|linkedin|snapchat|handle|skype)"
    r")\s{0,2}(?:number|num|no\.?|id|\#|code)?\s{0,2}(?:is|was|of)?\s{0,2}[:#=]?\s{0,2}\#?\s{0,2}" + _ID,
    re.IGNORECASE,
)
_LABEL_CATEGORY = {
    "ssn": SSN, "mrn": MRN, "plan": HEALTH_PLAN, "acct": ACCOUNT, "lic": LICENSE,
    "veh": VEHICLE, "dev": DEVICE, "bio": BIOMETRIC, "other": OTHER_ID,
}
# Labels that are ordinary words need an id that looks like a code (letters+digits or
# 5+ digits) so that "policy 2", "case 3", "order 1", "lot 4" stay unflagged.
_WEAK_LABELS = re.compile(
    r"^(?:case|file|record|order|id|member|plate|tag|model|lot|sn|lic|cert|permit|policy|claim|"
    r"card|bank|ref|reference|registration|dl|req|employee|customer)",
    re.IGNORECASE,
)
_VIN_RE = re.compile(r"(?<![A-Za-z0-9])(?=[A-HJ-NPR-Z0-9]{0,16}[A-HJ-NPR-Z])(?=[A-HJ-NPR-Z0-9]{0,16}\d)[A-HJ-NPR-Z0-9]{17}(?![A-Za-z0-9])")
_MBI_RE = re.compile(r"(?<![A-Za-z0-9])[1-9][AC-HJKMNP-RT-Yac-hjkmnp-rt-y][AC-HJKMNP-RT-Yac-hjkmnp-rt-y0-9]\d[AC-HJKMNP-RT-Yac-hjkmnp-rt-y][AC-HJKMNP-RT-Yac-hjkmnp-rt-y0-9]\d[AC-HJKMNP-RT-Yac-hjkmnp-rt-y]{2}\d{2}(?![A-Za-z0-9])")
_CARD_RE = re.compile(r"(?<![\d\-])(?:\d{4}[ \-]){3}\d{1,7}(?![\d\-])|(?<!\d)\d{15,16}(?!\d)")
_LONG_NUM_RE = re.compile(r"(?<![\w.,])(?:\#\s?)?\d{7,}(?![\w]|[.,]\d)")
_HASH_ID_RE = re.compile(r"(?<![\w#])\#\s{0,1}(?=[A-Za-z]{0,4}\d)[A-Za-z]{1,4}\d[A-Za-z0-9\-]{1,20}(?![\w\-])")
_UDI_RE = re.compile(r"\(01\)\d{14}(?:\(\d{2}\)[A-Za-z0-9]{1,20}){0,4}")
_ZIP_RE = re.compile(
    r"(?:\b(?:AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|"
    r"NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY),?\s{1,2}(?P<zip>\d{5}(?:-\d{4})?)"
    r"|(?i:\bzip(?:\s?code)?|\bpostal\scode)\s{0,2}[:#]?\s{0,2}(?P<zip2>\d{5}(?:-\d{4})?|\d{3}(?:xx|\*\*)?))"
    r"(?![\w\-])",
)
_ADDRESS_RE = re.compile(
    r"(?<![\w\-/.])\d{1,6}[A-Za-z]?(?:\s{1,2}[NSEW]\.?)?(?P<words>(?:\s{1,2}[A-Z][A-Za-z'\-]{1,30}){1,4})\s{1,2}"
    r"(?:(?i:street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|highway|hwy|parkway|pkwy|terrace|"
    r"turnpike|tpke)|Court|Ct|Way|Place|Pl|Circle|Cir|Square|Sq|Trail|Trl|Alley|Row|Pike|Ter|COURT|WAY|PLACE|"
    r"CIRCLE|SQUARE|TRAIL)\b\.?"
    r"(?:,?\s{1,2}(?i:apt|apartment|unit|suite|ste|\#|fl|floor|room|rm)\.?\s{0,2}\#?\s{0,2}[A-Za-z0-9\-]{1,8})?"
    r"|(?i:\bp\.?\s?o\.?\s{0,2}box\s{0,2}\d{1,8})",
)
_ADDRESS_NOT = re.compile(
    r"\b(?:MM|MG|MCG|CC|ML|L|U|UNITS?|HR|HRS|X|IV|PO|PRBC'?S?|FFP|WAY|TIMES|CT|TRACH|FOLEY|IN|TO|ON|AT|"
    r"OF|THE|AND|WITH|FOR|PT|DR|MIN|MINS|DAYS?|HOURS?|WEEKS?|TABS?|PUFFS?|LITERS?|LPM|GTTS?|PERIPHERAL|"
    r"LUMEN|SITES?|IV'S|LINES?|PORTS?|SIDE|SIDED|CHEST|TUBES?|MEDIAS\w*|AMPS?)\b",
    re.IGNORECASE,
)


def find_patterns(text: str) -> Iterator[Candidate]:
    """Yield every pattern-based candidate in ``text`` (normalised coordinates)."""
    for m in _DATE_RE.finditer(text):
        kind = m.lastgroup or "date"
        if kind == "sep":
            kind = "dmy"
        if kind == "dmy" and not _valid_dmy(m.group("dmy")):
            continue
        if kind == "mdy" and m.group("mdy")[:3].lower() == "may" and not re.search(r"\d", m.group("mdy")):
            continue
        if kind == "dmy2" and not re.search(r"(?:19|20)\d\d|'\d\d|st|nd|rd|th|of", m.group("dmy2"), re.I) \
                and re.search(r"\b(?:dec|mar|may|jun|jan)\b\.?$", m.group("dmy2"), re.I):
            continue
        yield m.start(), m.end(), DATE, "date_" + kind
    for m in _MD_RE.finditer(text):
        if _valid_md(text, m):
            yield m.start(), m.end(), DATE, "date_md"
    for m in _AGE_RE.finditer(text):
        for g in ("n", "n2", "n3", "word"):
            if m.group(g):
                s, e = m.span(g)
                yield s, e, AGE_OVER_89, "age_" + g
                break
    for m in _PHONE_RE.finditer(text):
        s = m.start()
        cat = FAX if _FAX_HINT.search(text, max(0, s - 12), s) else PHONE
        yield s, m.end(), cat, "phone"
    for m in _PHONE_CTX_RE.finditer(text):
        kw = m.group("kw").lower()
        num = m.group("num")
        if kw in {"home", "work", "office", "page", "x", "f", "number", "contact"} and len(num) < 7:
            continue
        if kw in {"number", "contact"} and not re.search(r"\d{3}[-.\s]\d{4}", num):
            continue
        cat = FAX if kw in {"fax", "facsimile", "f"} else PHONE
        yield m.start("num"), m.end("num"), cat, "phone_" + kw
    for m in _EMAIL_RE.finditer(text):
        if "@" in m.group() or re.search(r"\sdot\s", m.group(), re.I):
            yield m.start(), m.end(), EMAIL, "email"
    for m in _URL_RE.finditer(text):
        s, e = m.start(), m.end()
        while e > s and text[e - 1] in ".,;:)]}!?'\"":
            e -= 1
        yield s, e, URL, "url"
    for m in _IP_RE.finditer(text):
        yield m.start(), m.end(), IP, "ip"
    for m in _HANDLE_RE.finditer(text):
        yield m.start(), m.end(), OTHER_ID, "social_handle"
    for m in _SSN_RE.finditer(text):
        yield m.start(), m.end(), SSN, "ssn"
    for m in _LABEL_RE.finditer(text):
        group = next(g for g in _LABEL_CATEGORY if m.group(g))
        ident = m.group("id")
        label = m.group(group)
        if _WEAK_LABELS.match(label) and not (
            re.search(r"[A-Za-z]", ident) and re.search(r"\d", ident) or re.search(r"\d{4}", ident)
        ):
            continue
        if group == "other" and not re.search(r"\d{2}", ident) and label.lower() not in {
            "twitter", "instagram", "facebook", "tiktok", "linkedin", "snapchat", "handle", "skype", "username",
        }:
            continue
        yield m.start("id"), m.end("id"), _LABEL_CATEGORY[group], "label_" + group
    for m in _VIN_RE.finditer(text):
        yield m.start(), m.end(), VEHICLE, "vin"
    for m in _MBI_RE.finditer(text):
        yield m.start(), m.end(), HEALTH_PLAN, "medicare_mbi"
    for m in _CARD_RE.finditer(text):
        digits = re.sub(r"\D", "", m.group())
        if 13 <= len(digits) <= 19 and _luhn(digits):
            yield m.start(), m.end(), ACCOUNT, "card_number"
    for m in _UDI_RE.finditer(text):
        yield m.start(), m.end(), DEVICE, "udi"
    for m in _LONG_NUM_RE.finditer(text):
        yield m.start(), m.end(), OTHER_ID, "long_number"
    for m in _HASH_ID_RE.finditer(text):
        yield m.start(), m.end(), OTHER_ID, "hash_code"
    for m in _ZIP_RE.finditer(text):
        g = "zip" if m.group("zip") else "zip2"
        yield m.start(g), m.end(g), LOCATION, "zip"
    for m in _ADDRESS_RE.finditer(text):
        if m.group("words") and _ADDRESS_NOT.search(m.group("words")):
            continue
        yield m.start(), m.end(), LOCATION, "street_address"


def _valid_dmy(s: str) -> bool:
    """A d/m/y or m/d/y triple with plausible parts (rejects 7.39/43/137 style runs)."""
    parts = re.split(r"[-/.]", s)
    a, b, y = int(parts[0]), int(parts[1]), parts[2]
    if len(y) == 2 and s[2:3] == "." and len(parts[0]) == 1:
        pass
    if not (1 <= a <= 31 and 1 <= b <= 31 and (a <= 12 or b <= 12)):
        return False
    if len(y) == 4 and not 1800 <= int(y) <= 2199:
        return False
    return True


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
