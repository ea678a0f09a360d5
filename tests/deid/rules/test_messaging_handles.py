from __future__ import annotations

import pytest

from tests.deid.rules._helpers import spans


@pytest.mark.parametrize(("text", "handle"), [
    ("He sends me questions on WeChat (zhou_li77) at night.", "zhou_li77"),
    ("Mum sent the form on LINE (mika.t0412) and called.", "mika.t0412"),
    ("via LINE (ID kenji_0707) on Monday", "kenji_0707"),
    ("only reachable on Messenger (tavita.fa.12).", "tavita.fa.12"),
    ("KakaoTalk id minsu.k77 works best", "minsu.k77"),
    ("Telegram @olena_k1 daily", "@olena_k1"),
    ("Viber: olena.k", "olena.k"),
])
def test_handles_after_an_app(text: str, handle: str) -> None:
    assert handle in spans("messaging_handle", text)


@pytest.mark.parametrize("text", [
    "she messages me on WhatsApp today",
    "the LINE group for the ward",
    "on the line (call 5) with him",
    "Facebook (3.5 h a day)",
    "Signal Transduction in sepsis",
])
def test_look_alikes_are_not_handles(text: str) -> None:
    assert spans("messaging_handle", text) == []


def test_a_note_in_capitals_has_no_app_names() -> None:
    assert spans("messaging_handle", "R FEMORAL PA LINE DC.NO BLEEDING") == []


@pytest.mark.parametrize(("text", "handle"), [
    ("he streams on twitch, moth_boi_99, most nights", "moth_boi_99"),
    ("his discord is rivetz#0271 and the group chat", "rivetz#0271"),
    ("Xbox gamertag: Sk8rPanda4", "Sk8rPanda4"),
])
def test_gaming_and_streaming_handles(text: str, handle: str) -> None:
    assert handle in spans("messaging_handle", text)


@pytest.mark.parametrize("text", [
    "eyelid twitch, left side, for a week",
    "Steam inhalation helped the croup",
    "a discord between the two teams",
])
def test_twitches_and_discord_as_words(text: str) -> None:
    assert spans("messaging_handle", text) == []
