"""Registry of the style rules written as code, by the name the catalogue gives them."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from drafter.checks.style import numbers, spelling, typography
from drafter.checks.style.context import Hit, StyleContext

CodeRule = Callable[[StyleContext, str, str], Iterable[Hit]]

CODE_RULES: dict[str, CodeRule] = {
    **numbers.RULES,
    **spelling.RULES,
    **typography.RULES,
}

__all__ = ["CODE_RULES", "CodeRule", "Hit", "StyleContext"]
