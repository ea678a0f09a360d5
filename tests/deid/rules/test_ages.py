from __future__ import annotations

import pytest

from tests.deid.rules._helpers import spans


@pytest.mark.parametrize(("text", "age"), [
    ("She cares for her father, who is 97 and blind.", "97"),
    ("Lovely man. At 93, he still drives.", "93"),
    ("Breast cancer diagnosed at 99, now on letrozole.", "99"),
    ("Mrs. Penhallow is 101 this spring.", "101"),
    ("I know, she's 94 and frail.", "94"),
])
def test_an_age_over_89_said_of_a_person_is_found(text: str, age: str) -> None:
    assert spans("age_said", text) == [age]


@pytest.mark.parametrize("text", [
    "HR is 96 bpm and regular.",
    "She is 96% on room air.",
    "Sats at 92 on 2 L.",
    "At 95 degrees the probe alarms.",
    "He was 98.6 F this morning.",
])
def test_measurements_are_not_ages(text: str) -> None:
    assert spans("age_said", text) == []


@pytest.mark.parametrize(("text", "age"), [
    ("bed 7: Grant Ashby, ninety-one, fall + subdural", "ninety-one"),
    ("Mrs. Oduya, a hundred and one, came by ambulance", "a hundred and one"),
    ("Clarence Ashby, 101, on donepezil", "101"),
    ("no wait hes 95, the retired pharmacist", "95"),
])
def test_ages_after_a_name_or_in_words_are_found(text: str, age: str) -> None:
    assert age in spans("age_said", text)


@pytest.mark.parametrize("text", [
    "ninety percent of them recovered",
    "CV: HR 95-110 with PACs",
    "a hundred mg of thiamine",
])
def test_words_and_ranges_that_are_values_are_not_ages(text: str) -> None:
    assert spans("age_said", text) == []


@pytest.mark.parametrize(("text", "age"), [
    ("Couple admitted together: wife 88, husband 94.", "94"),
    ("She lives with her mother, 97, in a flat.", "97"),
    ("Morwenna Tregear (95) fell again overnight.", "95"),
    ("Pt is Alwyn Pryce (yes, really), 98, lives alone.", "98"),
])
def test_an_age_over_89_right_after_a_person_is_found(text: str, age: str) -> None:
    assert spans("age_said", text) == [age]


@pytest.mark.parametrize("text", [
    "SpO2 (95) on air.",
    "Her husband 95 kg, she 60 kg.",
    "Mother 92 hours post-partum.",
    "In the cohort (n=310), 95, or 31%, relapsed.",
    "She is 96 hours post-op.",
])
def test_numbers_after_a_person_word_that_are_no_age(text: str) -> None:
    assert spans("age_said", text) == []


@pytest.mark.parametrize(("text", "age"), [
    ("Re: J. Doe, DOB 03/02/1930 (94), 12 Elm St", "94"),
    ("szül. 1929.05.11. (95 é.), lakcím", "95"),
    ('She said "I\'m 91, I have had enough."', "91"),
])
def test_ages_after_a_birth_date_or_said_by_the_patient(text: str, age: str) -> None:
    assert age in spans("age_said", text)


@pytest.mark.parametrize("text", ["I'm 95% sure", "measured 2021.03.04 (92)",
                                  "since 2019 (95 patients)"])
def test_ages_look_alikes(text: str) -> None:
    assert spans("age_said", text) == []


@pytest.mark.parametrize(("text", "age"), [
    ("Honestly, my view: at 93 with no shocks in 8 years I would not replace it.", "93"),
    ("She wants a party - she's turning 103 on Waitangi Day.", "103"),
    ("No surgery. Good palliative care at 98 and frail is the kinder plan.", "98"),
    ("Fluid restriction at 92 in a hot summer is risky.", "92"),
])
def test_at_an_age_inside_a_sentence(text: str, age: str) -> None:
    assert spans("age_said", text) == [age]


@pytest.mark.parametrize("text", [
    "sats stable at 92 and falling on 4 L",
    "HR at 95 with AF, temp at 101, then paracetamol",
    "MAP at 90 with norad at 0.1",
    "Spiked at 101 and rigors overnight.",
    "Turned 90 degrees in bed for the film.",
    "Target at 95 and above.",
])
def test_readings_at_a_value_are_no_age(text: str) -> None:
    assert spans("age_said", text) == []


@pytest.mark.parametrize(("text", "age"), [
    ("Her neighbour Winifred Okafor is 94 and still drives", "94"),
    ("Uncle Tavita was 97 when he had the same op", "97"),
    ("Could we still offer TAVI at 91 or is that futile?", "91"),
    ("He's ninety-six and the family want everything done", "ninety-six"),
])
def test_an_age_after_a_name_and_its_verb(text: str, age: str) -> None:
    assert spans("age_said", text) == [age]


@pytest.mark.parametrize("text", [
    "Temperature is 99 and climbing",
    "Ferritin was 93 and transferrin sat low",
    "Glucose is 95 or so after the insulin",
    "the ninety minutes after arrival",
    "We waited ninety and then gave up",
])
def test_a_reading_after_its_name_is_no_age(text: str) -> None:
    assert spans("age_said", text) == []


@pytest.mark.parametrize(("text", "age"), [
    ("I wouldn't start a statin at 94 with that frailty.", "94"),
    ("Delirium resolved. At 99 I'd rather she went home.", "99"),
    ("Mrs Ileana Moreau (92, NHS 485 777 3321), fall at home", "92"),
    ("Pt: Dariush Farahani, M, 96 Adm: 03/02", "96"),
    ("Case 3: K.M., 103, hip fracture", "103"),
    ("New resident, 95, from the coast", "95"),
])
def test_ages_after_a_sex_initials_a_patient_or_a_bracket(text: str, age: str) -> None:
    assert spans("age_said", text) == [age]


@pytest.mark.parametrize("text", [
    "At 95 the rate settled. HR 112, F, 92% on air.",
    "Troponin (92, 110, 140) rising; creat (98, 104)",
])
def test_a_reading_after_at_or_a_list_in_brackets_is_no_age(text: str) -> None:
    assert spans("age_said", text) == []
