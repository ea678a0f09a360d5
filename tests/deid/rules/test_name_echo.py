"""A name found once is found wherever the note writes it again (own examples)."""

from __future__ import annotations

import pytest

from clinnet.deid import NAME, scan


def names_at(text: str, word: str) -> int:
    """How many times ``word`` is inside a NAME finding."""
    return sum(f.text.count(word) for f in scan(text) if f.category == NAME)


@pytest.mark.parametrize(("text", "word", "times"), [
    # an ordinary word a relation named, again before a verb at a sentence start
    ("Lives with his wife Opal on the farm. Discharged home. Opal texted a photo.", "Opal", 2),
    # the first word of a full name, again mid-sentence
    ("Seen with Hope Kaleikini, 19, from Kailua. Later that night Hope emailed me.", "Hope", 2),
    # a given name no word list knows spreads anywhere
    ("Daughter Wisline Jean-Baptiste is at the bedside. Wisline asks about hospice.",
     "Wisline", 2),
])
def test_a_name_is_found_again_where_the_note_repeats_it(text: str, word: str,
                                                          times: int) -> None:
    assert names_at(text, word) == times


@pytest.mark.parametrize(("text", "word", "times"), [
    # an ordinary word at a sentence start before no verb is the word itself
    ("His wife Opal is here. Hope this helps with the plan.", "Hope", 0),
    # a word only a word list took for a name spreads nothing
    ("Murray was on call. The Murray Valley encephalitis case is in the journal.",
     "Murray", 1),
    # a note typed in capitals: every word looks like every other
    ("WIFE ROSE AT BEDSIDE. ROSE WATER SPRAY FOR THE SKIN.", "ROSE", 1),
])
def test_what_no_context_made_a_name_is_not_spread(text: str, word: str, times: int) -> None:
    assert names_at(text, word) <= times


def test_an_eponym_list_still_holds_a_word_the_note_named_someone() -> None:
    text = ("Scrub nurse Kelly Orton counted twice. Instruments: Mayo scissors, Metzenbaum, "
            "Kelly, Allis, Babcock, Kocher clamp.")
    found = [f.text for f in scan(text) if f.category == NAME]
    assert "Kelly Orton" in found
    assert "Kelly" not in found
