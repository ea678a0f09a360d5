"""Ages over 89 said of a person: "her mother, who is 96", "At 91, with recurrent UTIs",
"diagnosed at 99", "Mrs. Ashworth is 102"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..categories import AGE_OVER_89
from ..lexicons import words
from . import Note, Span, finder
from ._words import name_like

# found from the number (rare), then what stands before and after it is checked
_NUMBER = re.compile(r"(?:9\d|1[01]\d)(?![\d])")  # what stands before is checked in Python
_BEFORE = re.compile(
    r"(?:\b(?:who|she|he|they)\s(?:is|was|turned|turns|will\sbe)"
    r"|\b(?:she|he)['\u2019]?s(?:\snow)?"
    r"|\bI['\u2019]m(?:\snow)?|\bI\sam(?:\snow)?"
    # "Clarence Young, 101, on donepezil": right after a capitalised name and a comma
    r"|\b[A-Z][\w'\u2019-]+,"
    # "Karimi-Nejad, M, 93", "J.R., 101,", "New patient, 91,": a sex, initials, a patient
    r"|\b(?:[MF]|male|female|(?:[A-Z]\.){1,3}|patient|pt|resident|lady|gentleman),"
    r"|(?:^|[.!?]\s{1,2})At"
    r"|\b(?:diagnosed|widowed|retired|married|operated\son)\sat(?:\sage)?"
    r"|\b(?:Mr|Mrs|Ms|Miss)\.?\s[A-Z][\w'-]+\s(?:is|was|turned))\s$",
    re.MULTILINE,
)
_BEFORE_LAST = frozenset("smedwt,")
# "husband 93", "her mother, 97,": a relative named by the age alone (checked on the words
# before the number, not by a regex: most numbers have none of these before them)
_RELATIVES = words("""
wife husband spouse partner mother mom mum father dad grandmother grandfather grandma grandpa
granny aunt uncle sister brother widow widower
""")
_LINKS = words("is was now aged")
# "Ruth Kemp (94)": the age alone in brackets right after a name
_IN_BRACKETS_AFTER = re.compile(
    r"\)|\s?(?:y|yo|y/o|yrs|\u00e9\.?|\u00e9v|e\.|ev|a\.|anos|a\u00f1os|ans|J\.|Jahre|let|lat|\u00e5r|"
    r"ar|v\.|vuotta|jaar)\)|\s?/?[MF]\)|,\s")
# "DOB 01/15/1930 (94)", "1931.06.14. (93 e.)": the age in brackets right after a birth date
_DATE_THEN_BRACKET = re.compile(
    r"(?:\d{1,4}[./\-]\d{1,2}[./\-]\d{1,4}\.?|(?:19|20)\d\d)\s\($")
_BIRTH_WORD = re.compile(
    r"\b(?:DOB|dob|D\.O\.B|born|b\.|sz\u00fcl|szul|n\u00e9e?|geb|nac|f\u00f8dt|f\u00f6dd|"
    r"syntynyt|nar\.|ur\.)", re.IGNORECASE)
_NAME_THEN_BRACKET = re.compile(r"\b([A-Z][a-z'\u2019-]{1,30})\s\($")
# "Ernest Pike (his real name, he insists), 96, lives alone": a name, an aside, the age
_ASIDE_BEFORE = re.compile(r"\b([A-Z][a-z'\u2019-]{1,30})\s\([^()\n]{1,80}\),\s$")
_VALUE_AFTER = re.compile(
    r"[.,]\d|\s?[-\u2013]\s?\d|\s?(?:%|mg|mcg|kg|mm|cm|ml|bpm|beats|/|°|units|min\b|minutes|s\b|sec|"
    r"lbs?\b|h\b|hours|hrs|days|weeks|wks|months|times)",
    re.IGNORECASE,
)

# "at 93 I'd avoid tolvaptan", "she's turning 103 on Waitangi Day": the number after "at" or
# a turning verb, followed by the rest of a clause rather than a unit
_AT_BEFORE = re.compile(r"\b(?:at|turning|turns|turned|reaching|reaches)\s$", re.IGNORECASE)
_CLAUSE_AFTER = re.compile(
    r"\s?(?:[,;?!)]|\.(?:\s|$)|\s[-\u2013\u2014]\s|$|\s(?:and|or|but|if|when|so|with|I|I'd|I'm|we|we'd|you|she|he|"
    r"they|the|this|that|it|is|in\s(?:a|an|the|her|his|their)|frail|on\s(?![\d.])[A-Za-z]{3,})\b)")
# what makes "at 92" a reading: a vital sign, a value or a trend earlier in the clause
_MEASURED = words("""
sat sats spo2 sao2 o2 hr pulse rate bp map sbp dbp temp temperature tmax t fever febrile spiked
peaked glucose sugar sugars bm bms cbg bg bs weight wt level levels k na hb hgb plt inr count
score scale gcs rr resp saturating saturation stable steady hovering running sitting holding
dropped drop fell rose climbed went stayed remained plateaued trending down up set cut cutoff
threshold target goal limit capped dose dosed rpm degrees mmhg rhythm paced pacing measured rsbi
""")
_CLAUSE_START = re.compile(r"[.;:!?\n(]")
_PERSON_AFTER = re.compile(r"\s(?:I|I'd|I'm|I've|we|we'd|you|she|he|they)\b")
# a clause's words with their apostrophes ("wouldn't" is no "t" of a temperature)
_CLAUSE_WORD = re.compile(r"[A-Za-z0-9]+(?:['\u2019][A-Za-z]+)?")
# "Gladys Pennington is 93 and ...", "her sister Bridie is 99": a name, then the verb
_NAME_IS_BEFORE = re.compile(
    r"\b([A-Z][a-z'\u2019-]+)\s(?:is|was|turned|turns|is\snow)\s(?:(?:like|about|nearly|almost)\s)?$")
# "She's ninety-four and the neighbour ...": the words after a person and a verb
_PERSON_IS_BEFORE = re.compile(
    r"\b(?:she|he|who|they)(?:['\u2019]s|\sis|\swas|\sturned|\sturns)(?:\snow)?\s$",
    re.IGNORECASE)


# an age over 89 in words: "ninety-one", "a hundred and one"
_WORDS_ANYWHERE = re.compile(
    r"\b(?:ninety(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|"
    r"(?:a|one)\shundred(?:\s(?:and\s)?(?:one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen))?)\b",
    re.IGNORECASE,
)
# what makes the words an age wherever they stand: "ninety-one years", "ninety, lives alone"
_WORDS_AFTER = re.compile(
    r",|\s(?:years?|yo|y/o|and\s(?:still|lives|has)|on\s|with\s|brought|who|lives|is\b)|\.|"
    r"\s[-\u2014]", re.IGNORECASE)
_WORD_UNIT = re.compile(
    r"\s(?:percent|per|mg|mcg|ml|milli|units|minutes|mins|seconds|beats|over|feet|pounds|"
    r"kilos|times|days|weeks|months)\b", re.IGNORECASE)


@finder("age_said", AGE_OVER_89,
        hints=(" 9", " 10", " 11", "(9", "(10", "(11", "ninety", "hundred"))
def ages(note: Note) -> Iterator[Span]:
    """A number from 90 to 119 said of a person ("who is 96", "she's 93", "At 91,",
    "diagnosed at 99"). A value with a unit or a decimal ("HR is 96 bpm", "she is 96%")
    is a measurement, and "sats at 92" has no person before the verb; "At 91" must open a
    sentence and be followed by a comma. Inside a sentence, "at 93" and "turning 103" count
    when the rest of a clause follows ("at 93 I'd avoid it", "at 98 and frail") and nothing
    earlier in the clause is a reading ("sats stable at 92 and falling", "temp at 101, then")."""
    text = note.text
    if "ninety" in note.lower or "hundred" in note.lower:
        for m in _WORDS_ANYWHERE.finditer(text):
            s, e = m.span()
            if _VALUE_AFTER.match(text, e) or _WORD_UNIT.match(text, e):
                continue
            if _WORDS_AFTER.match(text, e) or (
                    _PERSON_IS_BEFORE.search(text, max(0, s - 16), s)
                    and _CLAUSE_AFTER.match(text, e)):
                yield s, e
    for m in _NUMBER.finditer(text):
        s, e = m.span()
        if s and (text[s - 1].isdigit() or text[s - 1] in ".,/:-"):
            continue
        # every _BEFORE phrase ends on one of these characters, then a space: most numbers
        # ("HR 96", "sats 92%") are ruled out before the regex is tried
        before = (_BEFORE.search(text, max(0, s - 40), s)
                  if s > 1 and text[s - 2] in _BEFORE_LAST and text[s - 1].isspace() else None)
        if before is None:
            said = (_relative_just_before(text, s) or _name_is_before(text, s, e)
                    ) and not _VALUE_AFTER.match(text, e)
            if said or _at_an_age(text, s, e) or _named_just_before(text, s, e):
                yield s, e
            continue
        if _VALUE_AFTER.match(text, e):
            continue
        if before.group().rstrip().endswith("At") and not (
                text.startswith(",", e) or _PERSON_AFTER.match(text, e)):
            continue  # "At 91, she ..." and "At 104 I'd ask her", never "At 95 the rate"
        yield s, e


def _at_an_age(text: str, s: int, e: int) -> bool:
    """"at 93 with no shocks", "turning 103 on Waitangi Day": no reading in the clause."""
    if not _AT_BEFORE.search(text, max(0, s - 11), s) or not _CLAUSE_AFTER.match(text, e):
        return False
    start = max(0, s - 80)
    for m in _CLAUSE_START.finditer(text, start, s):
        start = m.end()
    clause = _CLAUSE_WORD.findall(text, start, s)
    # "paced at 94", "sating at 100", "measured at 118": a participle before "at" reads a value
    if len(clause) > 1 and clause[-1].lower() == "at" and clause[-2].lower().endswith(
            ("ed", "ing")):
        return False
    return not any(ch.isdigit() for w in clause for ch in w) and _MEASURED.isdisjoint(
        w.lower() for w in clause)


def _name_is_before(text: str, s: int, e: int) -> bool:
    """"Gladys Pennington is 93 and ...": a word that could be a name, "is", the number, and
    the rest of a clause (never "Temperature is 99" or "Level is 95 today")."""
    m = _NAME_IS_BEFORE.search(text, max(0, s - 40), s)
    return m is not None and name_like(m.group(1)) and _CLAUSE_AFTER.match(text, e) is not None


def _relative_just_before(text: str, s: int) -> bool:
    if s < 4 or not text[s - 1].isspace():
        return False
    words_before = text[max(0, s - 24):s].split()
    if not words_before:
        return False
    last = words_before[-1].lower()
    if last in _LINKS and len(words_before) > 1:
        last = words_before[-2].lower()
    return last.rstrip(",") in _RELATIVES


def _named_just_before(text: str, s: int, e: int) -> bool:
    """"Ruth Kemp (94)" or "Ernest Pike (his real name), 96,": the word that stands before
    the bracket could be a name."""
    if s and text[s - 1] == "(" and _IN_BRACKETS_AFTER.match(text, e):
        if _DATE_THEN_BRACKET.search(text, max(0, s - 14), s) and \
                _BIRTH_WORD.search(text, max(0, s - 40), s):
            return True
        m = _NAME_THEN_BRACKET.search(text, max(0, s - 34), s)
    elif text.startswith(",", e) and text[max(0, s - 3):s] == "), ":
        m = _ASIDE_BEFORE.search(text, max(0, s - 120), s)
    else:
        return False
    return m is not None and name_like(m.group(1))
