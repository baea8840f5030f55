"""How ``drafter check`` prints its findings: compiler-style lines or one JSON object per file.

Kept apart from the command so that other front ends (a batch script, the editor's
"copy report" action) can print the same lines without going through argparse.
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

from drafter.core.diagnostics import Diagnostic, Severity
from drafter.core.model import Resolution
from drafter.core.negotiation_state import is_negotiation_draft, negotiation_counts
from drafter.core.negotiation_state import summary_line as negotiation_line


def diagnostic_line(file: str, diagnostic: Diagnostic) -> str:
    """``file:OP5: error: message [rule-id]`` — the form editors and CI logs understand."""
    severity = diagnostic.severity.value
    return f"{file}:{diagnostic.paragraph}: {severity}: {diagnostic.message} [{diagnostic.rule}]"


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def summary_line(file: str, resolution: Resolution, diagnostics: list[Diagnostic]) -> str:
    """One line per file: counts by severity, then what was recognised."""
    by_severity = Counter(d.severity for d in diagnostics)
    counts = resolution.counts()
    return (
        f"{file}: {_plural(by_severity[Severity.ERROR], 'error')}, "
        f"{_plural(by_severity[Severity.WARNING], 'warning')}, "
        f"{by_severity[Severity.INFO]} info "
        f"({resolution.meta.language}, {resolution.meta.organ.value}: "
        f"{counts['preamble']} preambular, {counts['operative']} operative, "
        f"{counts['subparagraphs']} sub-paragraphs, {counts['footnotes']} footnotes)"
    )


def negotiation_summary(file: str, resolution: Resolution) -> str | None:
    """``file: 12 open brackets in 7 paragraphs; 4 agreed ad ref`` for a negotiation draft."""
    return f"{file}: {negotiation_line(resolution)}" if is_negotiation_draft(resolution) else None


def json_record(file: str, resolution: Resolution, diagnostics: list[Diagnostic]) -> dict[str, Any]:
    return {
        "file": file,
        "language": resolution.meta.language,
        "organ": resolution.meta.organ.value,
        "structure": resolution.counts(),
        "negotiation": negotiation_counts(resolution),
        "diagnostics": [d.to_json() for d in diagnostics],
    }


def json_line(file: str, resolution: Resolution, diagnostics: list[Diagnostic]) -> str:
    return json.dumps(json_record(file, resolution, diagnostics), ensure_ascii=False)
