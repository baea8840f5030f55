"""Registry of the style rules written as code, by the name the catalogue gives them."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from drafter.checks import style_numbers, style_references, style_spelling, style_typography
from drafter.checks.style_context import Hit, StyleContext

CodeRule = Callable[[StyleContext, str, str], Iterable[Hit]]

CODE_RULES: dict[str, CodeRule] = {
    **style_numbers.RULES,
    **style_references.RULES,
    **style_spelling.RULES,
    **style_typography.RULES,
}

__all__ = ["CODE_RULES", "CodeRule", "Hit", "StyleContext"]
