"""Checks: every family that finds problems in a resolution, and the pipeline that runs them.

Each family is a module exposing ``check(resolution, options) -> list[Diagnostic]``:
structure, Word formatting (only for Word sources), style and placeholders; grammar
(opt-in, needs a LanguageTool source) lives in :mod:`drafter.grammar` below this layer and
is finished by the same pipeline (:mod:`drafter.checks.pipeline`): failures isolated,
suppression applied once for all families, text order.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from drafter.checks.pipeline import FAMILY_MODULES, CheckRun, run_checks
from drafter.core.diagnostics import Diagnostic
from drafter.core.model import Resolution
from drafter.core.suppression import is_ignored, occurrence_key

FAMILIES = tuple(FAMILY_MODULES)


@dataclass
class CheckOptions:
    ui_language: str = "en"  # language of the messages
    disabled_rules: set[str] = field(default_factory=set)  # user settings: off everywhere
    families: tuple[str, ...] = FAMILIES


def check(resolution: Resolution, options: CheckOptions | None = None) -> list[Diagnostic]:
    """Every family's diagnostics in text order, suppressions applied.

    For scripts and the API, a failing family is a bug to see: its exception is raised.
    The command line and the editor use :func:`run_checks` and report failures instead.
    """
    run = run_checks(resolution, options or CheckOptions())
    for error in run.errors.values():
        raise error
    return run.diagnostics


__all__ = [
    "FAMILIES", "FAMILY_MODULES", "CheckOptions", "CheckRun", "check", "is_ignored",
    "occurrence_key", "run_checks",
]
