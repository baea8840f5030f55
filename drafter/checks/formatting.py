"""Check family 'formatting' (being written; see its issue)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from drafter.checks import CheckOptions
    from drafter.core.diagnostics import Diagnostic
    from drafter.core.model import Resolution


def check(resolution: Resolution, options: CheckOptions) -> list[Diagnostic]:
    return []
