"""Comparing two versions of a resolution: matched by content, described by address.

``compare(base, new)`` gives the list of :class:`Change` negotiators circulate;
``build_comparison(base, new)`` gives the full alignment the redline writer
(:mod:`drafter.redline.writer`) turns into Word tracked changes.
"""

from __future__ import annotations

from drafter.comparison.engine import build_comparison
from drafter.comparison.model import Change, ChangeKind, Comparison, FootnoteDiff, ParagraphDiff, Piece
from drafter.core.model import Resolution


def compare(base: Resolution, new: Resolution, language: str = "en") -> list[Change]:
    """The changes from ``base`` to ``new``, in the order of the new text, described in
    ``language`` (the six UN languages; English for a language without phrases)."""
    return build_comparison(base, new, language).changes


__all__ = [
    "Change", "ChangeKind", "Comparison", "FootnoteDiff", "ParagraphDiff", "Piece",
    "build_comparison", "compare",
]
