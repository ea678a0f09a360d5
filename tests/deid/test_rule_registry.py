"""The rule registry keeps its promise to a newcomer: every rule says what it does and has
its own test module, ids are unique, and a rule that cannot apply to a note costs nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from clinnet.deid import CATEGORIES
from clinnet.deid.rules import REGISTRY, Kind, Note, finder

RULE_TESTS = Path(__file__).parent / "rules"


@pytest.mark.parametrize("rule", REGISTRY.values(), ids=list(REGISTRY))
def test_every_rule_is_documented_categorised_and_tested(rule) -> None:
    assert rule.doc, f"{rule.id}: say what it finds and what it leaves alone"
    assert set(rule.categories) <= set(CATEGORIES)
    module = rule.run.__module__.rsplit(".", 1)[-1]
    assert (RULE_TESTS / f"test_{module}.py").exists(), f"{rule.id}: no test_{module}.py"


def test_a_rule_id_is_registered_once() -> None:
    rule_id = next(iter(REGISTRY))
    with pytest.raises(ValueError, match="registered twice"):
        finder(rule_id, "NAME")(lambda note: ())


def test_hints_keep_a_rule_from_running_on_notes_it_cannot_touch() -> None:
    rule = REGISTRY["street_corner"]
    assert rule.kind is Kind.FIND
    assert not rule.applies(Note.of("Troponin negative twice, discharge."))
    assert rule.applies(Note.of("Found at Elm and 18th."))


def test_a_fallback_finder_speaks_only_where_the_others_were_silent() -> None:
    from clinnet.deid import rules

    text = "Seen by Dr. Quarshie at Brimlow."
    cands = [(8, 20, "NAME", "title")]  # "Dr. Quarshie" from another pass
    finder("test_fallback_inside", "LOCATION", fallback=True)(lambda note: [(12, 20), (24, 31)])
    try:
        out = rules.apply(text, list(cands))
    finally:
        del REGISTRY["test_fallback_inside"]
    assert (12, 20, "LOCATION", "test_fallback_inside") not in out  # held whole by "title"
    assert (24, 31, "LOCATION", "test_fallback_inside") in out  # nothing else found "Brimlow"


def test_a_tail_grows_a_finding_that_stops_before_it_and_nothing_else() -> None:
    from clinnet.deid.rules import apply, tail

    asked = []

    def kiosk(note, at):
        asked.append(at)
        return at + 5 if note.text.startswith("kiosk", at) else None

    tail("test_tail", ("LOCATION",))(kiosk)
    try:
        text = "At Lucky kiosk, and at the kiosk here then"
        out = apply(text, [(3, 8, "LOCATION", "test_place"), (0, 2, "NAME", "test_name")])
    finally:
        del REGISTRY["test_tail"]
    assert (3, 14, "LOCATION", "test_place") in out  # "Lucky" grew over "kiosk"
    assert 9 in asked  # asked where the place stops
    assert 3 not in asked  # never where the NAME stops
    assert not any(c[0] == 27 for c in out)  # the other "kiosk", after no finding: nothing
