"""The editor's second tier: proper-noun-like words nothing flagged and nothing explains are
listed for a second look; ordinary, clinical and flagged words are not."""

from __future__ import annotations

from clinnet.deid import Colleague, check_words, scan
from clinnet.deid.check_words import LIMIT


def listed(text: str, colleagues=()) -> list[str]:
    return [w.text for w in check_words(text, scan(text, colleagues), colleagues)]


def test_an_unexplained_capitalised_word_inside_a_sentence_is_listed() -> None:
    # listed when no finding covers it (the context model now finds this one itself)
    text = "Bed 12 (Quarrendon) desatted to 84 on 2 L overnight."
    assert "Quarrendon" in [w.text for w in check_words(text)]


def test_a_first_name_capitalised_mid_sentence_is_listed_even_when_it_is_a_word() -> None:
    # listed when no finding covers it (the context model trained on sets 1-42 finds it)
    text = "Her daughter said that Joy prefers tea."
    assert "Joy" in [w.text for w in check_words(text)]


def test_ordinary_clinical_and_abbreviated_words_are_not_listed() -> None:
    text = ("Started apixaban for AF. Repeat QTc and HbA1c tomorrow. The Ottawa ankle rule was "
            "negative, so no X-ray. Cancer Center follow-up in June.")
    assert listed(text) == []


def test_a_sentence_starts_with_a_capital_anyway() -> None:
    assert listed("Troponin flat. Discharge home.") == []


def test_words_already_found_colleagues_and_links_are_left_out() -> None:
    member = Colleague("Ysolde Kerrigan-Amadi", "ysolde.ka")
    text = ("Thanks Ysolde for https://example.org/Wexcombe, and see Mr. Brannigan, 71, who "
            "lives near Tallowmere.")
    words = listed(text, (member,))
    assert "Ysolde" not in words
    assert "Wexcombe" not in words
    assert "Brannigan" not in words  # a finding already, not a word to check


def test_each_word_once_and_the_list_stays_short() -> None:
    text = " ".join(f"and Zorvath{chr(97 + k)}ix" for k in range(26)) + " and Zorvathaix again"
    words = listed("It was " + text + ".")
    assert len(words) == LIMIT
    assert len(set(words)) == len(words)
