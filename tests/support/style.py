"""Helpers shared by the style tests: one-paragraph documents and applying fixes."""

from __future__ import annotations

from drafter.checks import CheckOptions
from drafter.checks import check as run_all
from drafter.checks.style.family import check as style_check
from drafter.core.diagnostics import Diagnostic
from drafter.core.model import Metadata, Paragraph, ParagraphKind, Resolution, assign_addresses


def document(*texts: str, language: str = "en", kind: ParagraphKind = ParagraphKind.OPERATIVE) -> Resolution:
    """A resolution whose body is ``texts`` (operative paragraphs unless told otherwise)."""
    resolution = Resolution(
        meta=Metadata(language=language),
        paragraphs=[Paragraph(kind, text) for text in texts],
    )
    assign_addresses(resolution.paragraphs)
    return resolution


def style(resolution: Resolution, ui: str = "en", rule: str | None = None) -> list[Diagnostic]:
    found = style_check(resolution, CheckOptions(ui_language=ui, families=("style",)))
    return [d for d in found if rule is None or d.rule == rule]


def checked(resolution: Resolution, **options: object) -> list[Diagnostic]:
    """Through the runner, so that suppression applies."""
    return run_all(resolution, CheckOptions(families=("style",), **options))  # type: ignore[arg-type]


def apply_fix(text: str, diagnostic: Diagnostic) -> str:
    assert diagnostic.fix is not None, f"{diagnostic.rule} offers no fix"
    fix = diagnostic.fix
    return text[: fix.start] + fix.replacement + text[fix.end :]
