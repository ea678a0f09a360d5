"""Clean clinical text a physician writes must not be sent to review: acronyms after a bare
preposition, eponyms used alone, things named after people. Each case has its look-alike that
must still be found (own examples, not taken from any bench set)."""

from __future__ import annotations

import pytest

from clinnet.deid import LOCATION, NAME, PHONE, scan


def flagged(text: str) -> list[str]:
    return [f.text for f in scan(text)]


@pytest.mark.parametrize("text", [
    "Biopsy shows FSGS; she has been in CKD stage 4 since, now on MMF.",
    "Started on LMWH and later switched to apixaban, no bleeding on DOAC.",
    "Remains on NIV overnight, weaned in the morning.",
    "Classic presentation in SJS with mucosal involvement, SCORTEN 2.",
    "Diagnosed on EBUS, staging done in PET.",
])
def test_an_unknown_acronym_after_in_or_on_is_not_a_place(text: str) -> None:
    assert not [f for f in scan(text) if f.category == LOCATION]


def test_an_acronym_a_patient_is_moved_to_or_seen_at_is_still_a_facility() -> None:
    assert "KRMC" in flagged("Flown to KRMC for PCI, then seen at KRMC clinic in June.")


@pytest.mark.parametrize("text", [
    "Low urine calcium and hypomagnesaemia: think Gitelman before Bartter.",
    "She needed McRoberts and suprapubic pressure, then delivery of the posterior arm.",
    "Dix-Hallpike positive on the right, so we did an Epley in the ED.",
    "Schiller-Duval bodies on the biopsy: a yolk sac tumour.",
    "Creatinine clearance by Cockcroft-Gault was 38.",
    "Russell's viper bites cause AKI with TMA.",
    "Reynolds pentad with shock and confusion, so straight to ERCP.",
    "Todd paralysis after the seizure resolved by the evening.",
])
def test_an_eponym_used_alone_is_not_a_name(text: str) -> None:
    assert not [f for f in scan(text) if f.category == NAME]


@pytest.mark.parametrize(("text", "name"), [
    ("Seen by Dr. Gitelman in clinic on Tuesday.", "Gitelman"),
    ("Mrs. Epley, 71, fell at home.", "Epley"),
    ("Her neighbour Todd Russell found her on the floor.", "Todd Russell"),
])
def test_a_person_who_shares_an_eponym_is_still_a_name(text: str, name: str) -> None:
    assert name in " ".join(f.text for f in scan(text) if f.category == NAME)


@pytest.mark.parametrize("text", [
    "Presented at grand rounds. Case: 47-year-old woman with syncope on the treadmill.",
    "Message from the family: Doctor good evening, papa is breathless since noon.",
    "She wrote: doctor please call me back, the swelling is worse.",
])
def test_an_age_after_case_and_a_title_spoken_to_are_no_identifiers(text: str) -> None:
    assert flagged(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Case: QX-88213 referred from the clinic.", "QX-88213"),
    ("Seen with Doctor Goodwin on the ward round.", "Goodwin"),
])
def test_a_labelled_id_and_a_named_doctor_are_still_found(text: str, expected: str) -> None:
    assert expected in " ".join(flagged(text))


@pytest.mark.parametrize("text", [
    "Handed over to the Night Dr at 2200, who called the Duty Dr for a surgical review.",
    "Junctional bleed: REBOA in Zone 1 for 20 minutes, then Zone 3 once the pelvis was bound.",
    "She is 17 and in Grade 11; the tumour was in Stage 2 when it was found.",
])
def test_a_doctor_on_a_shift_and_a_numbered_part_are_not_places(text: str) -> None:
    assert not [f for f in scan(text) if f.category == LOCATION]


@pytest.mark.parametrize(("text", "place"), [
    ("Transferred to Quartermain 2 overnight for telemetry.", "Quartermain"),
    ("She's a housegirl in Area 43 and misses doses when the family travel.", "Area"),
])
def test_a_ward_or_neighbourhood_named_before_its_number_is_still_a_place(
        text: str, place: str) -> None:
    assert any(place in f.text and f.category == LOCATION for f in scan(text))


@pytest.mark.parametrize("text", [
    "Advice from Poison Control (1-800-222-1222) was to continue NAC.",
    "She called the National DV Hotline 1-800-799-7233 from the ward.",
    "We pointed him to Shelter's helpline (0808 800 4444).",
])
def test_a_toll_free_line_is_no_identifier(text: str) -> None:
    assert not [f for f in scan(text) if f.category == PHONE]


def test_a_personal_number_beside_a_hotline_is_still_found() -> None:
    text = "Hotline 1-800-799-7233 gave her a bed; her cell is (304) 555-0142."
    assert [f.text for f in scan(text) if f.category == PHONE] == ["(304) 555-0142"]


@pytest.mark.parametrize("text", [
    "His mom filed a Marchman Act petition last week.",
    "Kendra's Law allows assisted outpatient treatment.",
    "The civil surgeon signs Form I-693 after the exam.",
])
def test_a_law_or_a_form_named_like_a_person_or_a_road_is_no_identifier(text: str) -> None:
    assert not [f for f in scan(text) if f.category in (NAME, LOCATION)]


@pytest.mark.parametrize("text", [
    "Ablation by the Solomon technique, as in the Solomon trial, lowers recurrence.",
    "After the Hartwell trial most units stopped routine drains.",
])
def test_a_name_before_trial_or_technique_is_the_thing_named(text: str) -> None:
    assert flagged(text) == []


@pytest.mark.parametrize("text", [
    "Which tongue-tie assessment do people use? Hazelbaker is long, the Bristol one quick.",
    "The 2024 Cochrane update settles it: magnesium before 30 weeks.",
    "Ribavirin early for Lassa; Shaffer grading for the angle.",
])
def test_a_lone_surname_in_a_post_about_no_one_is_an_eponym_or_an_author(text: str) -> None:
    assert [f.text for f in scan(text) if f.category == NAME] == []


@pytest.mark.parametrize(("text", "name"), [
    ("Her GP, Dr Hazelbaker, called about her.", "Hazelbaker"),
    ("Paciente referida por su médico, apellido Riquelme, sin datos.", "Riquelme"),
    ("Teaching point from today: Tomas asked about the Shaffer grade.", "Tomas"),
])
def test_a_post_about_a_person_or_a_given_name_keeps_the_name(text: str, name: str) -> None:
    assert any(name in f.text for f in scan(text) if f.category == NAME)
