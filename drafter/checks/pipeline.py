"""The one check pipeline: run the families, isolate failures, drop what is suppressed, sort.

The command line, the editor's incremental checker and the grammar bridge all finish
their diagnostics here, so a family that crashes costs only its own findings everywhere,
and suppression and text order mean the same thing in every view.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from importlib import import_module
from typing import TYPE_CHECKING

from drafter.checks.negotiation_views import MARKUP_FAMILIES, negotiation_views
from drafter.core.diagnostics import Diagnostic
from drafter.core.model import Resolution
from drafter.core.suppression import drop_suppressed

if TYPE_CHECKING:
    from drafter.checks import CheckOptions

FamilyRunner = Callable[[Resolution, "CheckOptions"], list[Diagnostic]]

# Family name -> module with ``check(resolution, options)``. A name missing here is looked up
# as ``drafter.checks.<name>``, so a new family is one module (and one line here if nested).
FAMILY_MODULES: dict[str, str] = {
    "structure": "drafter.checks.structure.family",
    "formatting": "drafter.checks.formatting",
    "style": "drafter.checks.style.family",
    "placeholders": "drafter.checks.placeholders",
    "citations": "drafter.checks.citations.family",
    "negotiation": "drafter.checks.negotiation",
}


@dataclass
class CheckRun:
    """What one pass of the pipeline found, and which families failed (family -> reason)."""

    diagnostics: list[Diagnostic]
    failures: dict[str, str] = field(default_factory=dict)
    errors: dict[str, Exception] = field(default_factory=dict)


def family_runner(family: str) -> FamilyRunner:
    """The ``check`` function of a family, by name."""
    return import_module(FAMILY_MODULES.get(family, f"drafter.checks.{family}")).check


def run_families(
    resolution: Resolution,
    options: CheckOptions,
    runners: Mapping[str, FamilyRunner] | None = None,
) -> CheckRun:
    """Each family of ``options.families`` on its own; ``runners`` overrides some (the editor's
    cached style runner). A family that raises is recorded and the others still run.
    In a negotiation draft the families check each alternative (``negotiation_views``)."""
    run = CheckRun(diagnostics=[])
    views = negotiation_views(resolution)
    for family in options.families:
        try:
            runner = (runners or {}).get(family) or family_runner(family)
            if views is None or family in MARKUP_FAMILIES:
                run.diagnostics.extend(runner(resolution, options))
            else:
                run.diagnostics.extend(views.run(runner, options))
        except Exception as error:  # one broken family must not hide the others
            run.failures[family] = f"{type(error).__name__}: {error}"
            run.errors[family] = error
    return run


def in_text_order(diagnostics: Iterable[Diagnostic], resolution: Resolution) -> list[Diagnostic]:
    """Diagnostics by paragraph position, then offset, then severity (errors first)."""
    position = {p.address: i for i, p in enumerate(resolution.paragraphs)}
    return sorted(diagnostics, key=lambda d: (position.get(d.paragraph, -1), d.start, d.severity.rank))


def finish(
    diagnostics: Iterable[Diagnostic], resolution: Resolution, disabled_rules: Iterable[str] = ()
) -> list[Diagnostic]:
    """Suppression, then text order: the last step of every view of the diagnostics."""
    return in_text_order(drop_suppressed(diagnostics, resolution, disabled_rules), resolution)


def run_checks(
    resolution: Resolution,
    options: CheckOptions,
    runners: Mapping[str, FamilyRunner] | None = None,
) -> CheckRun:
    """The whole pipeline: families, failures isolated, suppression, order."""
    run = run_families(resolution, options, runners)
    run.diagnostics = finish(run.diagnostics, resolution, options.disabled_rules)
    return run
