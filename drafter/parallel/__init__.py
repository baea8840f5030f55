"""Parallel language versions: align two versions of one resolution and check they agree.

``parallel(a, b)`` pairs the paragraphs of two language versions (by structure, then by
language-independent content: :mod:`drafter.parallel.align`) and reports what differs
(:mod:`drafter.parallel.findings`): a paragraph missing on one side, different figures,
dates or document symbols, footnotes, paragraph roles, sequencing adverbs. It sits above
the checks layer: it reuses the lexicons and the sequencing analysis of the structure checks.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from drafter.core.diagnostics import Severity
from drafter.core.model import Resolution
from drafter.parallel.align import align, units_of
from drafter.parallel.findings import Finding, FindingWriter, compare_pair


@dataclass
class ParallelReport:
    languages: tuple[str, str]
    pairs: list[tuple[str | None, str | None]]  # aligned addresses, in text order
    findings: list[Finding] = field(default_factory=list)

    @property
    def aligned(self) -> int:
        return sum(1 for a, b in self.pairs if a is not None and b is not None)

    @property
    def has_errors(self) -> bool:
        return any(f.severity is Severity.ERROR for f in self.findings)

    def to_json(self, file_a: str, file_b: str) -> dict[str, Any]:
        return {"a": file_a, "b": file_b, "languages": list(self.languages), "aligned": self.aligned,
                "findings": [f.to_json() for f in self.findings]}


def parallel(a: Resolution, b: Resolution, ui_language: str = "en") -> ParallelReport:
    """Align two language versions and list where they disagree, by address in both."""
    language_a, language_b = a.meta.language or "en", b.meta.language or "en"
    writer = FindingWriter(language_a, language_b, ui_language, a.meta.organ.formula_key)
    units_a, units_b = units_of(a), units_of(b)
    pairs = align(units_a, units_b)
    notes = ({str(n.number) for n in a.footnotes}, {str(n.number) for n in b.footnotes})
    for index_a, index_b in pairs:
        if index_b is None:
            writer.add("parallel-missing-paragraph", units_a[index_a].address, None,
                       address=units_a[index_a].address, side=writer.side_a, other=writer.side_b)
        elif index_a is None:
            writer.add("parallel-missing-paragraph", None, units_b[index_b].address,
                       address=units_b[index_b].address, side=writer.side_b, other=writer.side_a)
        else:
            compare_pair(writer, units_a[index_a], units_b[index_b], language_a, language_b, notes)
    if len(a.footnotes) != len(b.footnotes):
        writer.add("parallel-footnote-count", None, None, count_a=len(a.footnotes), count_b=len(b.footnotes))
    addresses = [(None if i is None else units_a[i].address, None if j is None else units_b[j].address)
                 for i, j in pairs]
    return ParallelReport((language_a, language_b), addresses, writer.found)


__all__ = ["Finding", "ParallelReport", "parallel"]
