"""Small helpers shared by every feature's forms."""

from __future__ import annotations

from collections.abc import Iterable

from wtforms.fields.choices import SelectChoice


def select_choices(pairs: Iterable[tuple[str, str]]) -> list[SelectChoice]:
    """(value, label) pairs as the SelectChoice objects WTForms ≥ 3.3 expects."""
    return [SelectChoice(value, label) for value, label in pairs]
