from __future__ import annotations

import pytest

from clinnet.deid import NAME
from clinnet.deid.rules import Note
from clinnet.deid.rules.journal_citations import journal_citations
from tests.deid.rules._helpers import found, spans


@pytest.mark.parametrize(("text", "title"), [
    ("The ORBIT trial (N Engl J Med 2019;380:1201-11) settled it.", "N Engl J Med"),
    ("See Am J Trop Med Hyg 2018;98:44 for the cohort.", "Am J Trop Med Hyg"),
    ("Outcomes were worse (Clin Infect Dis 2021).", "Clin Infect Dis"),
    ("Graft loss fell, Nephrol Dial Transplant 2014;29:3.", "Nephrol Dial Transplant"),
])
def test_a_journal_title_before_the_year_is_not_a_name(text: str, title: str) -> None:
    assert title in [text[a:b] for a, b in journal_citations(Note.of(text))]
    assert not any(w in f for f in found(text, NAME) for w in title.split() if len(w) > 1)


@pytest.mark.parametrize("text", [
    "Seen by Dr Okafor 2019, then lost to follow-up.",
    "Mrs Delacroix 2021; no abbreviation before the year.",
])
def test_a_person_before_a_year_is_left_alone(text: str) -> None:
    assert list(journal_citations(Note.of(text))) == []


@pytest.mark.parametrize(("text", "authors"), [
    ("3. EMPEROR-Preserved (Anker et al., NEJM 2021) and DELIVER", "Anker"),
    ("PROSEVA (Guérin et al. 2013) settled proning.", "Guerin"),
    ("as Hagan and Nienaber et al. showed", "Hagan and Nienaber"),
])
def test_cited_authors_are_not_names(text: str, authors: str) -> None:
    assert authors in spans("cited_authors", text)
    assert found(text, NAME) == []


def test_a_patient_without_et_al_is_still_found() -> None:
    assert "Anker" in " ".join(found("Seen with Mr Anker at the clinic today.", NAME))


@pytest.mark.parametrize("text", [
    "Kangaroo care at birth (Arya, NEJM 2021) cut mortality.",
    "Red flags (Waddell, Main & Morris, Scotland 1984) are still taught.",
])
def test_authors_cited_with_a_journal_and_year_are_no_identifiers(text: str) -> None:
    assert found(text, "NAME") == []
    assert found(text, "LOCATION") == []


def test_a_relative_in_brackets_with_a_town_and_year_is_no_citation() -> None:
    assert "Maria" in found("Her daughter (Maria, Lima 2019) visits weekly.", "NAME")
