"""The span index answers what a scan of every span would (random spans, every query)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from clinnet.deid.rules._spans import SpanIndex

_SPAN = st.tuples(st.integers(0, 60), st.integers(0, 20)).map(lambda p: (p[0], p[0] + p[1]))


@given(st.lists(_SPAN, max_size=30), _SPAN)
def test_holds_and_overlaps_agree_with_a_scan_of_every_span(spans, query) -> None:
    index = SpanIndex(spans)
    a, b = query
    assert index.holds(a, b) == any(s <= a and b <= e for s, e in spans)
    assert index.overlaps(a, b) == any(s < b and a < e for s, e in spans)
