"""Journal titles in a citation are not names: "(N Engl J Med 2020;383:1305)", "Nephrol Dial
Transplant 2016", "Am J Trop Med Hyg 2019"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..categories import LOCATION, NAME
from ..lexicons import words
from . import Note, Span, veto

# ISO 4 abbreviations of the words of medical journal titles (and the titles cited bare)
ABBREVIATIONS = words("""
j am br engl med clin nephrol dial transplant int rev res ann arch intern pediatr paediatr
surg obstet gynecol gynaecol cardiol neurol neurosurg infect dis sci proc natl acad eur
hepatol gastroenterol endocrinol metab respir crit care oncol hematol haematol immunol
microbiol rheumatol dermatol ophthalmol otolaryngol urol radiol anesth anaesth anesthesiol
pharmacol ther epidemiol trop hyg syst lancet jama bmj nat lett physiol biochem mol genet
pathol orthop pract fam gen geriatr nutr hypertens psychiatry emerg neurosci allergy
circulation chest thorax gut blood stroke kidney diabetes cochrane database rep soc assoc
health public glob chemother antimicrob agents lab invest vasc thromb haemost hemost
reprod fertil perinatol neonatol child fetal neonatal adolesc psychol behav
""")
_YEAR = re.compile(r"(?:19|20)\d\d(?=[;),:.]|\s\d)")
# the capitalised abbreviations just before the year ("N Engl J Med ")
_RUN = re.compile(r"((?:[A-Z][A-Za-z]{0,13}\.?\s){1,8})$")


@veto("journal_citation", (NAME, LOCATION))
def journal_citations(note: Note) -> Iterator[Span]:
    """The title of a journal before the year of a citation ("N Engl J Med 2022;386:911",
    "(Nephrol Dial Transplant 2016)"): the run of capitalised words right before the year,
    kept from the last word back while each is an ISO 4 abbreviation of a title word or a
    single letter, with at least one such abbreviation. A person before a year ("Dr Okafor
    2019") has no abbreviation and stays with the other rules."""
    if not ABBREVIATIONS & note.words:
        return
    text = note.text
    for m in _YEAR.finditer(text):
        if m.start() and text[m.start() - 1] != " ":
            continue
        run = _RUN.search(text, max(0, m.start() - 120), m.start())
        if not run:
            continue
        parts = run.group(1).split()
        start = m.start() - 1
        kept = 0
        for part in reversed(parts):
            word = part.rstrip(".")
            if word.lower() not in ABBREVIATIONS and len(word) > 1:
                break
            start -= len(part) + 1
            kept += word.lower() in ABBREVIATIONS
        if kept:
            yield start + 1, m.start() - 1


# one to three capitalised surnames (joined by "and", "&" or a comma) right before "et al"
_AUTHORS = re.compile(
    r"(?:[A-Z][\w'\u2019-]{1,30}(?:\s(?:and|&)\s|,\s|\s)){0,2}[A-Z][\w'\u2019-]{1,30}\s"
    r"(?=et\.?\sal\b)")


@veto("cited_authors", (NAME, LOCATION), hints=("et al",))
def cited_authors(note: Note) -> Iterator[Span]:
    """The authors of a cited paper: the surname (or two or three) right before "et al"
    ("EMPEROR-Preserved (Anker et al., NEJM 2021)", "Guérin et al."). A patient is never
    written with "et al." after the name."""
    for m in _AUTHORS.finditer(note.text):
        yield m.start(), m.end() - 1


# "(Harris, Lancet 2013)", "(Osmond, CMAJ 2010)", "(Kendall, Linton & Main, 1997)": authors'
# surnames first in brackets, then the journal, then the year and the bracket's end
_AUTHOR_YEAR = re.compile(
    r"\((?P<authors>[A-Z][\w'\u2019-]{1,30}(?:(?:,\s|\s&\s|\sand\s)[A-Z][\w'\u2019-]{1,30}){0,3}),"
    r"\s(?P<journal>(?:[A-Z][A-Za-z]{0,13}\.?\s){0,6})(?:19|20)\d\d\)")
_ACRONYM_TITLE = re.compile(r"[A-Z]{3,6}")


@veto("cited_author_year", (NAME, LOCATION), hints=("(",))
def cited_author_years(note: Note) -> Iterator[Span]:
    """The authors of a paper cited in brackets with its journal and year ("Sugar Babies
    (Harris, Lancet 2013)", "CATCH (Osmond, CMAJ 2010)"), or with anything before the year
    after two or more authors ("(Kendall, Linton & Main, New Zealand 1997)"). After one
    author the journal must be a title abbreviation or an acronym ("CMAJ"): "(Maria, Lima
    2019)" is not a citation."""
    text = note.text
    for m in _AUTHOR_YEAR.finditer(text):
        journal = m.group("journal").split()
        several = "," in m.group("authors") or "&" in m.group("authors") or \
            " and " in m.group("authors")
        if several or any(
                w.rstrip(".").lower() in ABBREVIATIONS or _ACRONYM_TITLE.fullmatch(w)
                for w in journal):
            yield m.span("authors")
