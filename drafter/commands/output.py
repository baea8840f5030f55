"""How ``drafter check`` prints its findings: compiler-style lines or one JSON object per file.

Kept apart from the command so that other front ends (a batch script, the editor's
"copy report" action) can print the same lines without going through argparse.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from typing import Any

from drafter.core.diagnostics import Diagnostic, Severity
from drafter.core.model import Resolution
from drafter.core.negotiation_state import is_negotiation_draft, negotiation_counts
from drafter.core.negotiation_state import summary_line as negotiation_line


@dataclass(frozen=True)
class Recognised:
    """What was recognised in a file: all the output says about it besides the diagnostics.

    Small on purpose: a batch worker sends this back instead of the whole resolution.
    """

    language: str
    organ: str
    counts: dict[str, int]
    negotiation: dict[str, int]
    negotiation_line: str | None  # the summary of a negotiation draft, None for a clean text

    @classmethod
    def of(cls, resolution: Resolution | Recognised) -> Recognised:
        if isinstance(resolution, Recognised):
            return resolution
        line = negotiation_line(resolution) if is_negotiation_draft(resolution) else None
        return cls(resolution.meta.language, resolution.meta.organ.value, resolution.counts(),
                   negotiation_counts(resolution), line)


def diagnostic_line(file: str, diagnostic: Diagnostic) -> str:
    """``file:OP5: error: message [rule-id]`` — the form editors and CI logs understand."""
    severity = diagnostic.severity.value
    return f"{file}:{diagnostic.paragraph}: {severity}: {diagnostic.message} [{diagnostic.rule}]"


def plural(count: int, word: str) -> str:
    """``1 error``, ``2 errors``: the counts every batch output prints."""
    return f"{count} {word}{'' if count == 1 else 's'}"


def summary_line(file: str, resolution: Resolution | Recognised, diagnostics: list[Diagnostic]) -> str:
    """One line per file: counts by severity, then what was recognised."""
    by_severity = Counter(d.severity for d in diagnostics)
    facts = Recognised.of(resolution)
    counts = facts.counts
    return (
        f"{file}: {plural(by_severity[Severity.ERROR], 'error')}, "
        f"{plural(by_severity[Severity.WARNING], 'warning')}, "
        f"{by_severity[Severity.INFO]} info "
        f"({facts.language}, {facts.organ}: "
        f"{counts['preamble']} preambular, {counts['operative']} operative, "
        f"{counts['subparagraphs']} sub-paragraphs, {counts['footnotes']} footnotes)"
    )


def negotiation_summary(file: str, resolution: Resolution | Recognised) -> str | None:
    """``file: 12 open brackets in 7 paragraphs; 4 agreed ad ref`` for a negotiation draft."""
    line = Recognised.of(resolution).negotiation_line
    return f"{file}: {line}" if line is not None else None


def json_record(file: str, resolution: Resolution | Recognised, diagnostics: list[Diagnostic]
                ) -> dict[str, Any]:
    facts = Recognised.of(resolution)
    return {
        "file": file,
        "language": facts.language,
        "organ": facts.organ,
        "structure": facts.counts,
        "negotiation": facts.negotiation,
        "diagnostics": [d.to_json() for d in diagnostics],
    }


def json_line(file: str, resolution: Resolution | Recognised, diagnostics: list[Diagnostic]) -> str:
    return json.dumps(json_record(file, resolution, diagnostics), ensure_ascii=False)
