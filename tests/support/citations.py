"""Seeded slips for the citation checks: a confirmed cited date changed by a day, a month or a year.

The corpus tests and ``bench/bench_citations.py`` measure the same thing with these:
whether ``citation-date`` reports the changed date at its paragraph with the original
date as the fix.
"""

from __future__ import annotations

from pathlib import Path

from drafter.api import parse_text
from drafter.checks import CheckOptions, check
from drafter.checks.citations.rules import cited_in
from drafter.citations.index import default_index
from drafter.citations.patterns import language
from drafter.core.months import written_months

ONLY_CITATIONS = CheckOptions(families=("citations",))


def date_variants(written: str, code: str) -> list[tuple[str, str]]:
    """The written date with its day, its month or its year changed."""
    match = language(code).date.fullmatch(written)
    assert match, written
    months = written_months(language(code).code)
    day, month, year = int(match.group("day")), match.group("month"), int(match.group("year"))
    new_day = day + 1 if day < 28 else day - 1
    new_month = months[(months.index(month) + 1) % 12]

    def swap(group: str, value: str) -> str:
        return written[: match.start(group)] + value + written[match.end(group) :]

    return [("day", swap("day", str(new_day))), ("month", swap("month", new_month)),
            ("year", swap("year", str(year - 1)))]


def date_seeds(path: Path):
    """(paragraph index, start, end, original, kind, wrong) for each dated citation the index confirms."""
    resolution = parse_text(path.read_text(encoding="utf-8"))
    index = default_index()
    order = {p.address: i for i, p in enumerate(resolution.paragraphs)}
    for cited in cited_in(resolution):
        mention = cited.mention
        entry = index.get(mention.key)
        if cited.address not in order or mention.organ in ("", "other") or not mention.date:
            continue
        if not entry or entry.date != mention.date:
            continue
        original = cited.text[mention.date_start : mention.date_end]
        for kind, wrong in date_variants(original, resolution.meta.language):
            yield order[cited.address], mention.date_start, mention.date_end, original, kind, wrong


def seed_caught(path: Path, seed) -> bool:
    position, start, end, original, _, wrong = seed
    resolution = parse_text(path.read_text(encoding="utf-8"))
    paragraph = resolution.paragraphs[position]
    paragraph.text = paragraph.text[:start] + wrong + paragraph.text[end:]
    return any(
        d.rule == "citation-date" and d.paragraph == paragraph.address and d.start == start
        and d.fix is not None and d.fix.replacement == original
        for d in check(resolution, ONLY_CITATIONS)
    )
