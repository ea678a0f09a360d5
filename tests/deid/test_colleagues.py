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


SPOKEN_TO = (Colleague("Oluwaseyi Brandtmeier"), Colleague("Min-jun Castellanos"),
             Colleague("Tadeusz Wróblewicz"), Colleague("Miriam Haldane"))


@pytest.mark.parametrize("text", [
    # a first name said to a member at the start of a sentence or a reply
    "Is the QT the issue here? Oluwaseyi, you have seen more of these than I have.",
    "**Reply from Tadeusz Wróblewicz:** Oluwaseyi, agree, scope her first.",
    "**Min-jun Castellanos:** no spoilers please.",
    "**Oluwaseyi Brandtmeier:** Min-jun don't give away the answer yet.",
    # what is said of a member taking part
    "**Min-jun Castellanos:** Tadeusz is right about the potassium.",
    "As Tadeusz suggested last week, we started the infusion earlier.",
    "Oluwaseyi and I wrote the audit last year.",
    "Merci Tadeusz for the protocol.",
    # a member signing the post
    "Any experience with this dose in dialysis?\n\u2014 Tadeusz\n",
])
def test_a_member_spoken_to_by_first_name_is_not_a_finding(text: str) -> None:
    assert names(text, SPOKEN_TO) == []


@pytest.mark.parametrize(("text", "name"), [
    # the same first name describing a patient: an age or an apposition after the comma
    ("Miriam, 54F, admitted with syncope overnight.", "Miriam"),
    ("Miriam, her granddaughter, calls the ward every night.", "Miriam"),
    ("Seen in clinic today. Miriam, who is 61, has CKD 4.", "Miriam"),
    # a name in the middle of a sentence is not spoken to
    ("We admitted Miriam, aged 40, from the clinic.", "Miriam"),
])
def test_a_patient_who_shares_a_members_first_name_is_found(text: str, name: str) -> None:
    assert name in " ".join(names(text, SPOKEN_TO))


@pytest.mark.parametrize("text", [
    "[07:40] Tadeusz Wróblewicz: morning all, the K was 6.1 again",
    "Dr. Oluwaseyi Brandtmeier: B, honestly. The rule is the rule.",
    "Replies:\nGráinne Foxwell-Dunne (nephrology): agree, and check the urine osm.",
    "Reply from Tadeusz Wróblewicz: add tularemia to the list.",
    "Réponse de Oluwaseyi Brandtmeier: merci, bon point.",
    "@Oluwaseyi Brandtmeier envious, our CT is two floors away.",
    "Dr. Tadeusz Wróblewicz: Oluwaseyi, would love to see your pathway.",
    "lol Gráinne. Also add Murphy's sign.",
])
def test_members_speaking_and_spoken_to_in_a_pasted_thread(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(("text", "patient"), [
    # a first name alone as a speaker may be a relative in a pasted family chat
    ("[19:02] Oluwaseyi: is dad ok to eat tonight?", "Oluwaseyi"),
    # a label that is not a member's: a patient who shares a member's first name
    ("Pt: Tadeusz, male, lives alone, fell twice.", "Tadeusz"),
])
def test_a_label_that_is_not_a_members_whole_name_stays_a_finding(text: str, patient: str) -> None:
    assert any(patient in found for found in names(text))


@pytest.mark.parametrize("text", [
    "any onco here who has done this with PET? - Oluwaseyi",
    "can dad donate directly? — Oluwaseyi (@seyi.brandtmeier)",
    "is there a standard reply for this? - Dr Brandtmeier, PGY2 medicine",
])
def test_a_members_own_sign_off_is_not_a_finding(text: str) -> None:
    assert names(text) == []


def test_a_list_item_that_shares_a_members_name_is_still_found() -> None:
    text = "Bay 3:\n- Rose, 60M, DKA\n- Omar, 45F"
    assert "Omar" in names(text, (Colleague("Omar Siddiqui"),))


@pytest.mark.parametrize("text", [
    "Reviewers read that line.\n↳ Oluwaseyi Brandtmeier, DO: Has anyone asked her about it?",
    "Posted by Oluwaseyi Brandtmeier, MD · Emergency Medicine\nGot this letter today.",
])
def test_a_member_in_a_reply_or_post_header_is_not_a_finding(text: str) -> None:
    assert names(text) == []


def test_a_members_name_read_as_a_place_is_still_the_member() -> None:
    """"Fergus" is a town too: the speaker's full name was a place finding, which members'
    names did not clear."""
    text = "Rota chat:\nFergus Quinlan: can anyone swap their Friday night?\nDerry Hale: I can."
    assert [f.text for f in scan(text)] == ["Fergus Quinlan"]
    assert scan(text, [Colleague("Fergus Quinlan"), Colleague("Derry Hale")]) == []
