"""What a test of one registered rule needs: the rule's own spans, and the scanner's findings."""

from __future__ import annotations

from clinnet.deid import scan
from clinnet.deid.normalize import normalize
from clinnet.deid.rules import REGISTRY, Note


def spans(rule_id: str, text: str) -> list[str]:
    """The texts the rule itself finds (it runs whatever its hints say)."""
    norm = normalize(text).text
    return [norm[s:e] for s, e in REGISTRY[rule_id].run(Note.of(norm))]


def found(text: str, category: str) -> list[str]:
    return [f.text for f in scan(text) if f.category == category]
