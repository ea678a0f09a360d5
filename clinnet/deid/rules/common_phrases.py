"""Capitalised phrases that name no one and no place: an "Advance Health Directive", a
"Webster pack", an "MR Conditional" implant, a people or language before the group it
describes ("Pacific families", "the French centre", "Somali speakers"), a weekday after
"by" or "on" ("a letter by Monday"), and the names of Chinese herbal formulas ("Xiao Chai
Hu Tang", "Liu Wei Di Huang Wan")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..categories import LOCATION, NAME
from ..lexicons import words
from . import Note, Span, veto
from ._words import WEEKDAYS, occurrences

_DIRECTIVE = re.compile(r"\bAdvance(?:d)?\s(?:Health\s|Care\s)?(?:Directive|Decision|Statement|"
                        r"Plan(?:ning)?)s?\b", re.IGNORECASE)
# the MRI safety labels of implants and devices ("MR Conditional", "MR Unsafe"): "MR" is
# no title there
_MR_LABEL = re.compile(r"\bMR\s(?:Safe|Unsafe|Conditional)\b")
_MR_LABELS = frozenset(("safe", "unsafe", "conditional"))
_WEBSTER = re.compile(r"\bWebster[\s-]?(?:pak|pack|packs|packed|packing|list|blister|card)s?\b",
                      re.IGNORECASE)
# peoples, nationalities, regions of origin and languages, as adjectives (general vocabulary;
# one word each, none that is also a common surname or given name: "Cook", "Karen",
# "Welsh", "English")
_PEOPLES = words("""
african american asian european pacific caribbean latin latino latina hispanic arab arabic
eastern indigenous aboriginal maori polynesian melanesian micronesian samoan tongan
fijian islander niuean tokelauan tuvaluan kiribati nauruan hawaiian filipino chinese
japanese korean vietnamese thai lao laotian cambodian khmer burmese hmong malay malaysian
indonesian indian pakistani bangladeshi nepali nepalese lankan tamil sinhalese afghan
iranian persian iraqi syrian lebanese turkish kurdish armenian georgian russian ukrainian
polish czech slovak hungarian romanian bulgarian serbian croatian bosnian albanian greek
italian spanish portuguese french dutch belgian swiss austrian danish swedish
norwegian finnish icelandic irish scottish british canadian mexican brazilian
colombian peruvian chilean argentinian venezuelan cuban haitian jamaican dominican
rican somali ethiopian eritrean sudanese kenyan ugandan nigerian ghanaian congolese
rwandan zimbabwean zulu xhosa amharic swahili yoruba igbo hausa akan twi berber
moroccan algerian tunisian egyptian libyan jewish muslim hindu sikh roma romani inuit
métis metis cree ojibwe navajo
""")
_GROUPS = (r"families|patients|people|peoples|islands?|cent(?:re|er)s?|communit(?:y|ies)|"
           r"ancestry|origin|descent|heritage|speakers|populations?|households|cohorts|clients|"
           r"mothers|elders|migrants|descendants|neighbou?rhoods")
_PEOPLE_BEFORE = re.compile(
    rf"\b(?P<w>[A-Z][a-z]{{2,15}})(?:-[A-Z][a-z]{{2,15}})?\s(?:{_GROUPS})\b")
# (the plural or collective words: "family", "patient", "group" alone are too common to test
# the word before each of them)
_GROUP_WORDS = words("""
families patients people peoples island islands centre center centres centers community
communities ancestry origin descent heritage speakers population populations households
cohorts clients mothers elders migrants descendants neighbourhoods neighborhoods
""")
_WORD_BEFORE = re.compile(r"\b(?P<w>[A-Z][a-z]{2,15})(?:-[A-Z][a-z]{2,15})?$")
_WEEKDAY = re.compile(
    r"\b(?:by|on|until|till|before|after|next|this|last|every|from|since|each)\s"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?\b")
# the last word of a classical formula: decoction, pill, powder, drink, tablet, paste, pellet
_FORMULA = re.compile(
    r"\b(?:[A-Z][a-z]{1,6}\s){2,6}(?:Tang|Wan|San|Yin|Pian|Gao|Dan|Jian|Jiao\sNang)\b"
    r"|\b(?:[A-Z][a-z]{2,8}\s)?Baiyao\b")
_FORMULA_HINTS = words("tang wan san yin pian gao dan jian baiyao")
_HERBAL = ("herbal", "formula", "decoction", "tcm", "chinese medicine", "herb")


@veto("common_phrase", (NAME, LOCATION))
def common_phrases(note: Note) -> Iterator[Span]:
    """No name or place inside an advance health directive or care plan, a Webster pack or
    list, an MRI safety label ("MR Conditional", "MR Unsafe"), a people or language word
    before the group it describes ("Pacific families", "French centre", "Somali speakers";
    not "Ward 4 patients" or "Smith family", whose first word is no people), a weekday
    after "by", "on", "until", "next" ..., or a Chinese formula name of three or more
    syllable words ending in Tang/Wan/San/Yin ("Xiao Yao San" needs a herbal word in the
    note; four or more words stand alone) or "Baiyao"."""
    text, low = note.text, note.lower
    if "advance" in note.words or "advanced" in note.words:
        for m in _DIRECTIVE.finditer(text):
            yield m.span()
    if "webster" in note.words:
        for m in _WEBSTER.finditer(text):
            yield m.span()
    if "mr" in note.words and not _MR_LABELS.isdisjoint(note.words):
        for m in _MR_LABEL.finditer(text):
            yield m.span()
    for group in _GROUP_WORDS & note.words:
        # found from the group word (fewer to test than the peoples), the word before checked
        for at in occurrences(text, " " + group, overlapping=True):
            before = _WORD_BEFORE.search(text, max(0, at - 32), at)
            if before and before.group("w").lower() in _PEOPLES:
                m = _PEOPLE_BEFORE.match(text, before.start())
                if m:
                    yield m.span()
    if WEEKDAYS & note.words:
        for m in _WEEKDAY.finditer(text):
            yield m.span()
    if _FORMULA_HINTS & note.words:
        herbal = any(h in low for h in _HERBAL)
        for m in _FORMULA.finditer(text):
            if "Baiyao" in m.group() or herbal or len(m.group().split()) >= 4:
                yield m.span()
