"""Lists of eponyms and place-named systems are not people or places: "Bloom, Cockayne and
Werner syndromes", "Rochester (low-risk criteria, no LP)", "**Boston** criteria"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .. import lexicons, names
from ..categories import LOCATION, NAME
from ..lexicons import words
from . import Note, Span, veto
from ._words import eponym_or_clinical, occurrences

# What the named things are (check_words uses it too): a noun like these right after a list
# of capitalised words (or inside a bracket just after one) makes every word of it an eponym
SYSTEMS = (
    r"syndromes?|diseases?|signs?|tests?|criteria|classifications?|rules?|scores?|scales?|"
    r"staging|stages?|fractures?|murmurs?|bodies|nodes|nodules|antigens?|blood\sgroups?|"
    r"groups?|lines?|curves?|zones?|equations?|formulas?|incisions?|maneuvers?|manoeuvres?|"
    r"procedures?|operations?|repairs?|reflexes?|phenomena|phenomenon|triads?|pentads?|"
    r"protocols?|algorithms?|units|grading|grades?|types?|workshop|definitions?|nomenclature|"
    r"pathway|classification\ssystem|paresis|paralysis|palsy|spots|striae|cells|granules|"
    r"shunts?|canals?|pouch|pouches|virus|viruses|fevers?|conduits?|charts?|nails|sutures?|"
    r"flaps?|splints?|strains?|serovars?|anastomosis|fundoplications?|myotomy|pull-through|"
    # measures, devices and findings named after someone ("Breslow thickness and Clark level",
    # "Simpson biplane", "Frenzel goggles", "Cabot rings", "Becker naevus", "Cohen's kappa")
    r"levels?|biplane|positions?|goggles|rings|naevus|naevi|nevus|nevi|tremor|residuals|chromosomes?|"
    r"kappa|matrix|medium|indicator|dictum|razor|bludgeon|competence|guidelines?|stains?|"
    r"intermediate|grid|method|technique|index|ratio|law|principle|effect|equilibrium"
)
_CAP = r"(?:\*\*|__)?[A-Z][\w'\u2019]{0,30}(?:-[A-Z][\w'\u2019]{0,30}){0,3}(?:\*\*|__)?"
# found from the noun (rare); the list before it is checked by _LIST_BEFORE
_NOUN = re.compile(rf"(?:{SYSTEMS})\b")  # starts on the word (fast); the boundary before is checked
# the first word of each noun as the note's word set holds it ("fractures?": both numbers),
# derived from SYSTEMS so that the gate and the regex cannot drift apart
_NOUN_WORDS = frozenset(
    form
    for alternative in SYSTEMS.split("|")
    for word in alternative.split(r"\s")[:1]
    for form in ((word[:-2], word[:-1]) if word.endswith("s?") else (word,))
)
_LIST_BEFORE = re.compile(
    rf"{_CAP}(?:(?:,\s|\s(?:and|or|vs\.?|&)\s|/){_CAP}){{0,6}}(?:\s\([^()\n]{{0,40}}?\s?|\s)$"
)

# "Ottawa ankle and knee rules", "Lichtenstein vs Shouldice hernia repairs", "Semliki Forest
# virus": one or two lower-case words (or two joined by "and") may stand between the list and
# its noun, if they are not small words of a sentence ("Ms Lopez had tests")
_MODIFIERS = re.compile(
    r"(?:\s[a-z][a-z\-]{2,20}(?:\s(?:and|or|&)\s[a-z][a-z\-]{2,20})?){1,2}\s$"
)
_NOT_MODIFIERS = words("""
the for with from had has have was were are is his her their our your its this that
these those who which when where whom whose then also about after before all any some more most new
repeat further again got gets get needs need wants said says did does done ordered
requested sent send had into onto over under between without within per via not
""")
_TITLE_BEFORE = re.compile(r"(?:\b(?:Dr|Mr|Mrs|Ms|Miss|Prof|Mx)\.?|[A-Z][\w'\u2019-]{1,30})\s$")


def _list_with_modifiers(text: str, noun_start: int) -> re.Match[str] | None:
    mods = _MODIFIERS.search(text, max(0, noun_start - 60), noun_start)
    if not mods or any(w in _NOT_MODIFIERS for w in mods.group().split()
                       if w not in ("and", "or", "&")):
        return None
    before = _LIST_BEFORE.search(text, max(0, mods.start() - 160), mods.start() + 1)
    if not before:
        return None
    # one capitalised word after a title or another capitalised word may be a person
    # ("Jane Doe liver tests"); a list of two or more is not
    single = not re.search(r",\s|\s(?:and|or|vs\.?|&)\s|/", before.group())
    if single and _TITLE_BEFORE.search(text, max(0, before.start() - 32), before.start()):
        return None
    return before

# "Ross River virus", "Kyasanur Forest disease", "Rift Valley fever", "Rocky Mountain spotted
# fever": a capitalised word and a landform before an infection are the place it was named after
_INFECTIONS = words("virus viruses fever disease encephalitis")
_GEO_BEFORE = re.compile(
    r"[A-Z][\w'\u2019-]{1,30}\s(?:Forest|River|Valley|Mountain|Lake|Creek|Hills?|Springs?|"
    r"Canyon|Island|Bay)(?:\s[a-z]{3,15})?\s$"
)


# nouns a person's own name may also stand before ("Dr Clark level with the patient"):
# a lone word after a title is then left to the name rules
_PERSONAL_NOUNS = words("""
level levels position positions method technique index ratio effect principle law
""")


def _after_title(text: str, before: re.Match[str]) -> bool:
    return bool(_TITLE_BEFORE.search(text, max(0, before.start() - 32), before.start())
                and not re.search(r",\s|\s(?:and|or|vs\.?|&)\s|/", before.group()))


# "naevus of Ota", "loop of Henle", "circle of Willis": a structure or finding of someone's
_OF_NAME = re.compile(
    r"\b(?:naevus|nevus|naevi|nevi|loop|circle|ligament|canal|pouch|space|islets?|organ|"
    r"tetralogy|sphincter|ampulla|bundle|crypts?|triangle|foramen|duct|fissure|glands?|"
    r"plexus|valve)"
    r"\sof\s((?:\*\*|__)?[A-Z][\w'\u2019]{1,30}(?:-[A-Z][\w'\u2019]{1,30})?)(?![\w'-])"
)
_OF_WORDS = words("""
naevus nevus naevi nevi loop circle ligament canal pouch space islet islets organ tetralogy
sphincter ampulla bundle crypt crypts triangle foramen duct fissure gland glands plexus valve
""")
# "Hb Lepore", "Hb Bart's", "HbE", "haemoglobin Constant Spring": variants named after a place
_HB = re.compile(
    r"(?<![\w-])(?:Hb|haemoglobin|hemoglobin|Haemoglobin|Hemoglobin)\s(?:\*\*|__)?"
    r"[A-Z][\w'\u2019]{1,30}(?:\s[A-Z][\w'\u2019]{1,30})?")


@veto("eponym_of", (NAME, LOCATION), hints=(" of ", "hb ", "haemoglobin", "hemoglobin"))
def eponyms_after_of(note: Note) -> Iterator[Span]:
    """The name after a structure or sign "of" someone ("naevus of Ito", "loop of Henle",
    "circle of Willis") and haemoglobin variants, named after the place or family they
    were found in ("Hb Lepore", "Hb Bart's", "Hb Constant Spring"). A person "of" a place
    ("Mr Doyle of Kilkenny") is not a structure, and stays with the other rules."""
    text = note.text
    if _OF_WORDS & note.words:
        for m in _OF_NAME.finditer(text):
            yield m.start(1), m.end(1)
    if "hb " in note.lower or "globin" in note.lower:
        for m in _HB.finditer(text):
            yield m.start(), m.end()


def _nouns(text: str, present: set[str] | frozenset[str]) -> Iterator[re.Match[str]]:
    """The nouns at word starts, in text order: each noun word the note holds is found with
    str.find and matched there. Most notes hold a common one ("levels", "lines", "tests"), and
    the alternation of every noun, tried at every position of the note, cost more than the
    rest of the rule."""
    starts = set()
    for word in present:
        for at in occurrences(text, word, overlapping=True):
            if not at or not text[at - 1].isalnum():
                starts.add(at)
    end = -1
    for at in sorted(starts):
        if at >= end and (m := _NOUN.match(text, at)):
            end = m.end()
            yield m


_SENTENCE_WORDS = words("on in at of to by from with for he she him they them is was had has")


def _sentence_in_bracket(listed: str) -> bool:
    """"Buck (Lyle Ostrander on the chart)": the bracket after the word holds a sentence, not
    what an eponym names ("Rochester (low-risk criteria)")."""
    _, bracket, inside = listed.rpartition("(")
    return bool(bracket) and any(w in _SENTENCE_WORDS for w in inside.lower().split())


@veto("eponym_list", (NAME, LOCATION))
def eponym_lists(note: Note) -> Iterator[Span]:
    """A run of capitalised words joined by commas, "and", "or", "vs" or "/" and followed by
    what they name ("syndromes", "criteria", or a bracket that says so) is a list of
    eponyms or systems, whatever the words are. A person is never followed by "criteria";
    "Mrs. Bloom and Mr. Werner syndromes" is not written. One or two lower-case words may
    come between ("Ottawa ankle rules", "Lichtenstein vs Shouldice hernia repairs"), unless
    they are words of a sentence ("had", "for") or a lone word follows a title or another
    capitalised word ("Jane Doe liver tests" is a person), or the bracket holds a sentence
    ("goes by Buck (Lyle on the chart)"). A word and a landform before an
    infection ("Ross River virus", "Rift Valley fever") name where it was first found."""
    text = note.text
    for m in _nouns(text, _NOUN_WORDS & note.word_starts):
        before = (_LIST_BEFORE.search(text, max(0, m.start() - 160), m.start())
                  or _list_with_modifiers(text, m.start()))
        if before and not (m.group() in _PERSONAL_NOUNS and _after_title(text, before)) and \
                not _sentence_in_bracket(before.group()):
            yield before.start(), m.end()
        if m.group() in _INFECTIONS:
            geo = _GEO_BEFORE.search(text, max(0, m.start() - 60), m.start())
            if geo:
                yield geo.start(), m.end()


@veto("eponym_phrase", (NAME, LOCATION))
def eponym_phrases(note: Note) -> list[Span]:
    """The multi-word eponyms and named products the name pass already knows ("Sister Mary
    Joseph nodule", "St. Jude Medical leads", "Valley fever"), for every other finder too:
    a word of one of them is never a person or a place, whoever finds it."""
    return names.eponym_phrases(note.lower, note.words)


# an item of a list: a capitalised word (hyphenated parts too, "pseudo-Jones"), up to two
# words after it
# ("Kocher clamp", "DeBakey forceps") and a short bracket ("Paris (urine cytology)")
_ITEM = r"[A-Z][\w'\u2019]{1,30}(?:-[A-Z][\w'\u2019]{1,30})?(?:\s[A-Za-z][\w'\u2019-]{1,20}){0,2}" \
        r"(?:\s\([^()\n]{1,60}\))?"
_RICH_LIST = re.compile(rf"{_ITEM}(?:(?:,\s|;\s|\s(?:vs\.?|and|or)\s){_ITEM}){{3,}}")
_HEAD = re.compile(r"[A-Z][\w'\u2019]{1,30}(?:-[A-Z][\w'\u2019]{1,30})?")


@veto("eponym_rich_list", (NAME, LOCATION), hints=(", ", "; "))
def eponym_rich_lists(note: Note) -> Iterator[Span]:
    """A list of four or more capitalised items of which at least three, and a third, are
    eponyms or clinical words or are followed by one ("Mayo scissors, Metzenbaum, Kelly,
    Allis, Babcock, Kocher clamp", "Kell, Duffy, Kidd, Lewis, Lutheran", "Bethesda, Paris
    (urine cytology), Milan (salivary), Sydney") names instruments, antigens or systems,
    and so do the items no list knows. A list of people ("Rose, Frank, Joy and Hope")
    holds few eponyms and is left to the name rules."""
    for items in _lists(note.text):
        named = sum(_eponymous(m.group()) for m in items)
        if len(items) >= 4 and named >= 3 and 3 * named >= len(items):
            yield items[0].start(), items[-1].end()


# an item of a list: a capitalised word (hyphenated parts too, "pseudo-Jones"), up to two
# words after it
# ("Kocher clamp", "DeBakey forceps") and a short bracket ("Paris (urine cytology)")
_ITEM = re.compile(
    r"(?:[a-z]{2,10}-)?[A-Z][\w'\u2019]{1,30}(?:-[A-Z][\w'\u2019]{1,30})?"
    r"(?:\s(?!(?:and|or|vs)\b)[A-Za-z][\w'\u2019-]{1,20}){0,2}"
    r"(?:\s\([^()\n]{1,60}\))?")
# a comma or semicolon before a capital: what the items of a list are found from (a regex of
# the whole list, tried at every capital of every note, cost 0.3 s over the nursing corpus)
_SEPARATOR = re.compile(r"[,;] (?=[A-Z])")
_JOINED = re.compile(r"\s(?:vs\.?|and|or)\s")


def _lists(text: str) -> Iterator[list[re.Match[str]]]:
    """Each run of capitalised items joined by ", " or "; " (or by "and", "or", "vs" after
    an item), as the items' matches: the text between two separators must be one item whole.
    The item before the first separator is looked for only once three items follow it."""
    after: list[re.Match[str]] = []  # the items after the run's separators
    first_sep = end = -1
    for sep in _SEPARATOR.finditer(text):
        if sep.start() < end:
            continue  # inside the last item's bracket ("(malignant HTN, Keith-Wagener ...)")
        if sep.start() != end:  # not right after the last item: a new run
            yield from _whole(text, first_sep, after)
            after, first_sep = [], sep.start()
        item = _ITEM.match(text, sep.end())
        if item is None:
            yield from _whole(text, first_sep, after)
            after, end = [], -1
            continue
        after.append(item)
        end = item.end()
        joined = _JOINED.match(text, end)
        if joined and (also := _ITEM.match(text, joined.end())):
            after.append(also)
            end = also.end()
    yield from _whole(text, first_sep, after)


def _whole(text: str, first_sep: int, after: list[re.Match[str]]
           ) -> Iterator[list[re.Match[str]]]:
    if len(after) >= 3:
        items = [*_items_before(text, first_sep), *after]
        if len(items) >= 4:
            yield items


_JOINED_BEFORE = re.compile(r"\s(?:vs\.?|and|or)\s$")


def _items_before(text: str, sep: int) -> list[re.Match[str]]:
    """The item that ends right before the first separator of a list, and those joined to
    it by "and", "or" or "vs" ("Monteggia vs Galeazzi, Bennett ..."), in text order."""
    out: list[re.Match[str]] = []
    end = sep
    while (item := _item_ending_at(text, end)) is not None:
        out.append(item)
        joined = _JOINED_BEFORE.search(text, max(0, item.start() - 5), item.start())
        if joined is None:
            break
        end = joined.start()
    return out[::-1]


def _item_ending_at(text: str, end: int) -> re.Match[str] | None:
    for at in range(max(0, end - 121), end):
        if text[at].isalpha() and (at == 0 or not text[at - 1].isalnum()):
            m = _ITEM.match(text, at)
            if m and m.end() == end:
                return m
    return None


def _eponymous(item: str) -> bool:
    """The item's head is an eponym or clinical word, or a clinical word follows it in the
    item ("Kocher clamp", "Paris (urine cytology)")."""
    head, _, rest = item.partition(" ")
    medical = lexicons.medical()
    return eponym_or_clinical(head) or any(
        w in medical or w in _THINGS_NAMED for w in _LOWER_WORD.findall(rest))


_LOWER_WORD = re.compile(r"[a-z][a-z'-]+")
# what a surgeon's or a lab's list names after a person (with the name pass's nouns)
_THINGS_NAMED = names.INSTRUMENT_NOUNS | words("""
scissors clamp clamps forceps retractor retractors sump blade needle hook elevator speculum
cytology antigen antigens phenotype
""")
