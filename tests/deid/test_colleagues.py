"""Members of the network spoken to or credited in a post are not patient identifiers; a
patient who shares a member's name still is (the words around the name decide)."""

from __future__ import annotations

import pytest

from clinnet.deid import NAME, Colleague, scan

MEMBERS = (Colleague("Oluwaseyi Brandtmeier", "seyi.brandtmeier"),
           Colleague("Gráinne Foxwell-Dunne"), Colleague("Tadeusz Wróblewicz", "tad.w"))


def names(text: str, colleagues=MEMBERS) -> list[str]:
    return [f.text for f in scan(text, colleagues) if f.category == NAME]


@pytest.mark.parametrize("text", [
    "Thanks Oluwaseyi for the ECG tips, the QT was 510.",
    "+1 to Dr. Brandtmeier: start the heparin now.",
    "Agree with dr brandtmeier on early cardioversion.",
    "Thank you @tad.w and Dr. Foxwell-Dunne for the protocol.",
    "**Tadeusz Wróblewicz** replied:\n> BCx first, then antibiotics.",
    "> **Gráinne Foxwell-Dunne** (nephrology) wrote: check the urine osm.",
    "**Oluwaseyi Brandtmeier:** I would scope her tomorrow.",
    "Picking up on Dr. Wroblewicz's question about ECPR, our criteria are age < 70.",
    "Grateful also to Dr. Brandtmeier and Dr. Foxwell-Dunne, both replies helped.",
])
def test_a_colleague_in_the_discussion_is_not_a_finding(text: str) -> None:
    assert names(text) == []


def test_a_members_handle_is_never_split_into_name_findings() -> None:
    assert scan("Looping in @seyi.brandtmeier for the echo read.", MEMBERS) == []


@pytest.mark.parametrize(("text", "name"), [
    # a patient who shares a member's name: nothing around it is about the discussion
    ("Pt Oluwaseyi Brandtmeier, 72M, admitted with syncope.", "Oluwaseyi Brandtmeier"),
    ("Her son Tadeusz Wróblewicz drives her to dialysis.", "Tadeusz Wróblewicz"),
    # a sentence ends between the thanks and the name
    ("Thank you all. Dr. Brandtmeier biopsied the lesion on Monday.", "Brandtmeier"),
])
def test_a_members_name_in_a_patient_context_is_still_found(text: str, name: str) -> None:
    assert name in " ".join(names(text))


def test_without_members_the_same_thanks_is_flagged() -> None:
    """The network's knowledge is what clears a name, not the word 'thanks'."""
    assert names("Thanks Dr. Brandtmeier for the ECG tips.", ()) == ["Brandtmeier"]


def test_someone_else_thanked_is_still_a_finding() -> None:
    assert names("Thanks Dr. Quarshie-Lindvall for the ECG tips.") == ["Quarshie-Lindvall"]


def test_an_unknown_handle_is_judged_like_any_other_text() -> None:
    text = "Her sister Colleen Harlowe posts updates as @colleen.harlowe7 on Instagram."
    assert scan(text, MEMBERS) == scan(text) != []
