"""Diagnostics: what every check returns, whatever its source.

A diagnostic names a rule (stable id), a severity, the paragraph address and the
character span in that paragraph's text, a message already rendered in the user's
interface language, and optionally a mechanical fix. Messages live in rule
catalogues (``resources/rules/*.json``), not in code.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Any

from drafter.resources import load_json


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"error": 0, "warning": 1, "info": 2}[self.value]


@dataclass(frozen=True)
class Fix:
    """Replace ``text[start:end]`` of the paragraph at ``address`` with ``replacement``.

    ``address`` "" means the formula line; "META:<field>" a metadata field.
    """

    description: str
    start: int
    end: int
    replacement: str


@dataclass
class Diagnostic:
    rule: str
    severity: Severity
    paragraph: str  # address: "PP3", "OP5(b)", "FORMULA", "FN2", "DOC"
    start: int
    end: int
    message: str
    fix: Fix | None = None
    source: str = "structure"  # structure | format | style | grammar | reader
    data: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        out = {
            "rule": self.rule,
            "severity": self.severity.value,
            "paragraph": self.paragraph,
            "start": self.start,
            "end": self.end,
            "message": self.message,
            "fix": asdict(self.fix) if self.fix else None,
        }
        return out


def rule_message(catalogue: str, rule: str, ui_language: str = "en", **values: Any) -> str:
    """Render a rule's message from ``resources/rules/<catalogue>.json`` in the UI language.

    Falls back to English when the catalogue has no text in ``ui_language``.
    """
    rules = load_json(f"rules/{catalogue}.json")["rules"]
    texts = rules[rule]["message"]
    template = texts.get(ui_language) or texts["en"]
    return template.format(**values)


def rule_severity(catalogue: str, rule: str) -> Severity:
    return Severity(load_json(f"rules/{catalogue}.json")["rules"][rule]["severity"])
