"""What a code style rule receives and returns.

Data rules are a pattern and a template; code rules are functions
``(context, text, address) -> iterable of Hit`` for what a pattern cannot say
alone (first mentions across the document, quote pairing, number words). The
context carries the document language and a per-run memory for rules that look
at the document in order.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from drafter.core.model import Resolution


@dataclass(frozen=True)
class Hit:
    """One finding: the span ``[start, end)`` in the unit's text and an optional fix."""

    start: int
    end: int
    replacement: str | None = None
    values: dict[str, Any] = field(default_factory=dict)


@dataclass
class StyleContext:
    language: str
    resolution: Resolution
    memory: dict[str, Any] = field(default_factory=dict)

    def remember(self, key: str) -> set[str]:
        """A set kept for the whole run under ``key`` (e.g. resolutions already cited)."""
        return self.memory.setdefault(key, set())
