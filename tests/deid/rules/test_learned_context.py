"""What the shipped context model finds and leaves alone, on invented sentences. After a
retrain (`clinnet deid train`) a failure here is a change to look at in the bench numbers,
not an example to patch."""

from __future__ import annotations

import pytest

from clinnet.deid import scan
from clinnet.deid.categories import NAME
from tests.deid.rules._helpers import spans


@pytest.mark.parametrize(("text", "place"), [
    ("He drinks at Mulcahys most evenings.", "Mulcahys"),
    ("Grew up in Kilcorrig, moved to Dunmore East in 2019.", "Dunmore East"),
    ("came from Tarnowe Wielkie, a village two hours out", "Tarnowe Wielkie"),
    ("transferred to Ridgeback Valley Hospital overnight", "Ridgeback Valley Hospital"),
    ("Plays for Stonebridge Rovers on Saturdays.", "Stonebridge Rovers"),
])
def test_places_named_in_passing(text: str, place: str) -> None:
    assert place in spans("context_place", text)


def test_a_name_among_names() -> None:
    # the model trained on sets 1-29 no longer judges a bare surname after "X and" (those
    # sets name many members so, who are no finding); after a relation the rules find both
    found = [f.text for f in scan("Her sons Kevin and Oduya found her on the floor.")
             if f.category == NAME]
    assert found == ["Kevin", "Oduya"]


@pytest.mark.parametrize("text", [
    "Ottawa ankle rules negative, Wells score 2, started Apixaban.",
    "We stopped Dopamine and started Noradrenaline.",
    "Trialled on Levosimendan, then the Impella was placed in the Cath Lab.",
    "Thanks all, great discussion. Cheers.",
    "Progress: afebrile, eating, walking the ward.",
    "PATIENT SEEN BY DR AT BEDSIDE, FAMILY AT HOME",  # capitals are left to the rules
])
def test_clinical_words_and_capitals_are_not_judged_identifiers(text: str) -> None:
    assert spans("context_place", text) == []
    assert spans("context_name", text) == []


@pytest.mark.parametrize("text", [
    "Transferred to Children's Hospital; seen in the Movement Disorders Clinic.",
    "Lives in Maryland; moved from Texas.",
    "placed in Trendelenberg, then Klonapin and Lobetalol overnight",  # mistyped terms
])
def test_generic_places_and_mistyped_terms_are_dropped(text: str) -> None:
    assert spans("context_place", text) == []
    assert spans("context_name", text) == []


def test_the_model_does_not_overrule_a_rule_on_the_same_words() -> None:
    # the model alone would call these two words a place; the title rule knows a person
    found = scan("Plan discussed with Elizabeth Warrington.")
    assert [(f.text, f.category) for f in found] == [("Elizabeth Warrington", NAME)]


def test_a_place_the_model_ends_on_no_takes_its_number() -> None:
    from clinnet.deid.rules.learned_context import _numbered

    text = "a gastroschisis from Hospital General de Zona No. 89. Referral sheet"
    start, end = text.index("Hospital"), text.index(". 89")
    assert text[slice(*_numbered(text, start, end))] == "Hospital General de Zona No. 89"
    assert _numbered("seen at Leeds No. 1", 8, 13) == (8, 13)
