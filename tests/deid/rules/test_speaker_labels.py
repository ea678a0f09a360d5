from __future__ import annotations

import pytest

from tests.deid.rules._helpers import spans


@pytest.mark.parametrize(("text", "name"), [
    ("[23:41] priyanka s: BP 80/40 after the second bolus", "priyanka s"),
    ("[12/03/24, 06:10] Chidinma SHO: repeat lactate is 4.1", "Chidinma"),
    ("Wojciech Nowak 09:15: INR 6.2, holding warfarin", "Wojciech Nowak"),
    ("07:55 - Tamsin R.: night was quiet", "Tamsin R."),
])
def test_the_speaker_of_a_timestamped_chat_line_is_a_name(text: str, name: str) -> None:
    assert spans("speaker_label", text) == [name]


@pytest.mark.parametrize("text", [
    "[23:41] ED reg: BP 80/40 after the second bolus",
    "[06:10] Charge nurse: repeat lactate is 4.1",
    "Plan: 09:15: recheck INR",
    "[07:55] Pharmacy: vanc level due at 10",
    "Dose: 10:00: paracetamol 1 g",
])
def test_a_label_of_roles_or_words_is_no_name(text: str) -> None:
    assert spans("speaker_label", text) == []


def test_a_weekday_in_the_time_stamp() -> None:
    assert spans("speaker_label", "[Tue 22:40] Rua: BP dropping") == ["Rua"]
    assert spans("speaker_label", "[Thursday 07:05] Mirela K: handover done") == ["Mirela K"]


def test_a_role_in_brackets_after_the_speaker_stays_outside() -> None:
    assert spans("speaker_label", "[01:55] Tobin Marsh (gen surg): how far from OR?") == [
        "Tobin Marsh"]
    assert spans("speaker_label", "Ilse Varga (NP) 09:20: CAM-ICU positive") == ["Ilse Varga"]


def test_a_surname_first_speaker_is_a_name() -> None:
    assert spans("speaker_label", "[9:02 AM] Varga, Ilse (RN): bed 3 febrile again") == [
        "Varga, Ilse"]


def test_a_listed_name_that_is_also_a_clinical_word_is_a_speaker() -> None:
    assert spans("speaker_label", "[04:10] Petra Foley (ICU): pressors up") == ["Petra Foley"]


def test_an_ordinary_word_is_a_speaker_only_with_a_person_role_in_brackets() -> None:
    assert spans("speaker_label", "Dawn (ICU R2) 06:12: lactate 4") == ["Dawn"]
    assert spans("speaker_label", "Pharmacy (on call) 06:12: vanc level due") == []
    assert spans("speaker_label", "Radiology (reg) 06:15: CT reported") == []


def test_specialty_and_grade_labels_stay_clean() -> None:
    for text in ("[21:05] Paeds SHO: O2 via prongs", "Anaes SpR 01:16: vaso is fine",
                 "Cons on call 01:25: give hydrocortisone", "[02:00] Haem reg: FFP now"):
        assert spans("speaker_label", text) == [], text


def test_the_speaker_named_again_in_the_note_is_found_there_too() -> None:
    text = ("[06:12] Dawn (ICU R2): bed 4 lactate 4\n[06:20] Dr. Ola: fluids\n\n"
            "Dawn asked me to post this; dawn rounds are busy.")
    assert spans("speaker_label", text) == ["Dawn", "Ola", "Dawn"]


@pytest.mark.parametrize("text", [
    "[21:40] Halima Sefton: is it ok\n[21:42] me: yes, give the sugar now",
    "[03:10] adjunto: activate the cath lab",
    "[04:12] dezhurny vrach: temp 39.5\n[04:20] zav. otdeleniem: start IVIG",
    "[05:01] UZD-vrach: coronaries dilated",
])
def test_the_writer_and_roles_in_other_languages_are_no_speakers(text: str) -> None:
    assert "me" not in spans("speaker_label", text)
    assert all(w not in " ".join(spans("speaker_label", text))
               for w in ("adjunto", "vrach", "otdeleniem"))
