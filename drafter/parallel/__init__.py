"""Parallel language versions: align two versions of one resolution and check they agree.

``parallel(a, b)`` pairs the paragraphs of two language versions (by structure, then by
language-independent content: :mod:`drafter.parallel.align`) and reports what differs
(:mod:`drafter.parallel.findings`): a paragraph missing on one side, different figures,
dates or document symbols, footnotes, paragraph roles, sequencing adverbs. It sits above
the checks layer: it reuses the lexicons and the sequencing analysis of the structure checks.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Any

from drafter.core.diagnostics import Severity
from drafter.core.model import ParagraphKind, Resolution
from drafter.parallel.align import Unit, align, units_of
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


_LINES = (ParagraphKind.HEADING, ParagraphKind.CLAUSE)  # unnumbered: split, joined or read differently


_NUMBERING = re.compile(r"\b(?:[IVXLC]+|\d+[A-Z]?)\b")  # "Part I", "Section 29C"


def _numbering_joined(unit_a: Unit, unit_b: Unit, in_a: bool, line: str) -> bool:
    """Whether the numbering of an unpaired heading ("Part I") stands in the other version's
    line beside it ("Titre I Politiques, direction …") and not in its own partner."""
    numbers = set(_NUMBERING.findall(line))
    other, partner = (unit_b, unit_a) if in_a else (unit_a, unit_b)
    return bool(numbers) and numbers <= set(_NUMBERING.findall(other.paragraph.text)) \
        and not numbers & set(_NUMBERING.findall(partner.paragraph.text))


def _beside_paired_heading(pairs: list[tuple[int | None, int | None]], position: int,
                           units_a: list[Unit], units_b: list[Unit]) -> bool:
    """Whether a heading left unpaired is part of a paired heading beside it: one version
    gives on two lines ("Part I" / "Overall policymaking") what the other gives on one. The
    other version's line then holds both (its length is nearer to the two lines' than to its
    partner's alone, at the texts' length ratio, or it carries the heading's number); when it
    holds only its partner, the heading is missing there."""
    index_a, index_b = pairs[position]
    line = (units_a[index_a] if index_b is None else units_b[index_b]).paragraph.text
    mine = len(line) or 1
    ratio = (sum(u.facts.length for u in units_b) or 1) / (sum(u.facts.length for u in units_a) or 1)
    for neighbour in (position - 1, position + 1):
        if 0 <= neighbour < len(pairs):
            index_a, index_b = pairs[neighbour]
            if index_a is None or index_b is None:
                continue
            kinds = {units_a[index_a].paragraph.kind, units_b[index_b].paragraph.kind}
            if kinds != {ParagraphKind.HEADING}:
                continue
            if "\t" in line:  # a table row: versions lay out a table's rows and cells apart
                return True
            length_a = len(units_a[index_a].paragraph.text) or 1
            length_b = len(units_b[index_b].paragraph.text) or 1
            if pairs[position][1] is None:  # unpaired in the first version: is it in b's line?
                alone, joined, actual = ratio * length_a, ratio * (length_a + mine), length_b
            else:
                alone, joined, actual = length_b / ratio, (length_b + mine) / ratio, length_a
            if abs(math.log(actual / joined)) < abs(math.log(actual / alone)):
                return True
            if _numbering_joined(units_a[index_a], units_b[index_b], pairs[position][1] is None, line):
                return True
    return False


def parallel(a: Resolution, b: Resolution, ui_language: str = "en") -> ParallelReport:
    """Align two language versions and list where they disagree, by address in both."""
    language_a, language_b = a.meta.language or "en", b.meta.language or "en"
    writer = FindingWriter(language_a, language_b, ui_language, a.meta.organ.formula_key)
    units_a, units_b = units_of(a), units_of(b)
    pairs = align(units_a, units_b)
    notes = ({str(n.number) for n in a.footnotes}, {str(n.number) for n in b.footnotes})
    for position, (index_a, index_b) in enumerate(pairs):
        if index_a is not None and index_b is not None:
            compare_pair(writer, units_a[index_a], units_b[index_b], language_a, language_b, notes)
            continue
        if index_b is None:
            mine, address_a, address_b = units_a[index_a], units_a[index_a].address, None
            side, other = writer.side_a, writer.side_b
        else:
            mine, address_a, address_b = units_b[index_b], None, units_b[index_b].address
            side, other = writer.side_b, writer.side_a
        if mine.paragraph.kind in _LINES:
            if not _beside_paired_heading(pairs, position, units_a, units_b):
                writer.add("parallel-missing-heading", address_a, address_b, address=mine.address,
                           side=side, other=other)
            continue
        writer.add("parallel-missing-paragraph", address_a, address_b, address=mine.address,
                   side=side, other=other)
    if len(a.footnotes) != len(b.footnotes):
        writer.add("parallel-footnote-count", None, None, count_a=len(a.footnotes), count_b=len(b.footnotes))
    addresses = [(None if i is None else units_a[i].address, None if j is None else units_b[j].address)
                 for i, j in pairs]
    return ParallelReport((language_a, language_b), addresses, writer.found)


__all__ = ["Finding", "ParallelReport", "parallel"]
