"""Report [placeholders] a template left for the drafter to fill."""

from __future__ import annotations

from typing import TYPE_CHECKING

from drafter.core.diagnostics import Diagnostic, rule_message, rule_severity
from drafter.core.new_document import placeholders

if TYPE_CHECKING:
    from drafter.checks import CheckOptions
    from drafter.core.model import Resolution

RULE = "placeholder-unfilled"


def check(resolution: Resolution, options: CheckOptions) -> list[Diagnostic]:
    found = []
    severity = rule_severity("placeholders", RULE)
    for paragraph in resolution.paragraphs:
        for start, end in placeholders(paragraph.text):
            message = rule_message(
                "placeholders", RULE, options.ui_language, placeholder=paragraph.text[start:end]
            )
            found.append(
                Diagnostic(RULE, severity, paragraph.address, start, end, message, source="structure")
            )
    meta = resolution.meta
    for field_name in ("symbol", "title", "session", "agenda_item"):
        value = getattr(meta, field_name)
        for start, end in placeholders(value):
            message = rule_message("placeholders", RULE, options.ui_language, placeholder=value[start:end])
            found.append(Diagnostic(RULE, severity, f"META:{field_name}", start, end, message))
    return found
