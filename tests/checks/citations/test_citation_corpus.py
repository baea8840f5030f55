"""Citation checks on the real resolutions of the shared corpus.

Seeded slips: one cited date changed (day, month or year) in English, French and
Spanish texts must be reported as ``citation-date`` at that paragraph, with the
original date as the fix. Untouched adopted texts give no ``citation-date`` or
``citation-title`` apart from the real slips named below.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import CORPUS

from drafter.api import parse_text
from drafter.checks import CheckOptions, check
from drafter.checks.citations.rules import cited_in
from drafter.citations.index import default_index
from drafter.citations.patterns import language

ONLY_CITATIONS = CheckOptions(families=("citations",))
SEEDED_LANGUAGES = ("en", "fr", "es")

# Real slips in the adopted texts, each checked against the other language versions
# and the cited resolution's own masthead.
REAL_SLIPS = {
    ("GA_75_100_ru.txt", "PP2", "citation-date"):
        "71/100 cited as of 23 December 2016; adopted 6 December 2016 (the other five versions say so)",
}


def _corpus_texts(languages: tuple[str, ...]) -> list[Path]:
    if not CORPUS.is_dir():
        return []
    return [p for p in sorted(CORPUS.glob("*.txt")) if p.stem.rsplit("_", 1)[-1] in languages]


def _variants(written: str, code: str) -> list[tuple[str, str]]:
    """The written date with its day, its month or its year changed."""
    match = language(code).date.fullmatch(written)
    assert match, written
    months = language(code).data["months"]
    day, month, year = int(match.group("day")), match.group("month"), int(match.group("year"))
    new_day = day + 1 if day < 28 else day - 1
    new_month = months[(months.index(month) + 1) % 12]

    def swap(group: str, value: str) -> str:
        return written[: match.start(group)] + value + written[match.end(group) :]

    return [("day", swap("day", str(new_day))), ("month", swap("month", new_month)),
            ("year", swap("year", str(year - 1)))]


def _seeds(path: Path):
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
        for kind, wrong in _variants(original, resolution.meta.language):
            yield order[cited.address], mention.date_start, mention.date_end, original, kind, wrong


def _caught(path: Path, seed) -> bool:
    position, start, end, original, _, wrong = seed
    resolution = parse_text(path.read_text(encoding="utf-8"))
    paragraph = resolution.paragraphs[position]
    paragraph.text = paragraph.text[:start] + wrong + paragraph.text[end:]
    return any(
        d.rule == "citation-date" and d.paragraph == paragraph.address and d.start == start
        and d.fix is not None and d.fix.replacement == original
        for d in check(resolution, ONLY_CITATIONS)
    )


@pytest.mark.parametrize("name", ["GA_76_72_en.txt", "GA_76_72_fr.txt", "GA_76_72_es.txt"])
def test_a_seeded_date_is_reported_with_the_right_date(corpus: Path, name: str) -> None:
    seeds = list(_seeds(corpus / name))
    assert seeds, "the text cites dated resolutions the index knows"
    for seed in seeds[:3]:  # day, month and year of its first confirmed citation
        assert _caught(corpus / name, seed), seed


@pytest.mark.slow
def test_seeded_dates_are_caught_in_english_french_and_spanish(corpus: Path) -> None:
    tried = caught = 0
    missed = []
    for path in _corpus_texts(SEEDED_LANGUAGES):
        for seed in _seeds(path):
            tried += 1
            if _caught(path, seed):
                caught += 1
            else:
                missed.append((path.name, seed))
    assert tried >= 150
    assert caught / tried >= 0.95, missed[:10]


def test_untouched_texts_have_no_date_or_title_finding_but_real_slips(corpus: Path) -> None:
    found = set()
    for path in _corpus_texts(("en", "fr", "es", "ru", "ar", "zh")):
        for d in check(parse_text(path.read_text(encoding="utf-8")), ONLY_CITATIONS):
            if d.rule in ("citation-date", "citation-title"):
                found.add((path.name, d.paragraph, d.rule))
    assert found == set(REAL_SLIPS)


def test_the_fix_is_written_in_the_document_language() -> None:
    text = ("The General Assembly,\n\nRappelant sa résolution 70/1 du 25 octobre 2015,\n\n"
            "1. Décide de rester saisie de la question.")
    resolution = parse_text(text, language="fr")
    (finding,) = [d for d in check(resolution, ONLY_CITATIONS) if d.rule == "citation-date"]
    assert finding.fix is not None and finding.fix.replacement == "25 septembre 2015"
    assert re.search("25 septembre 2015", finding.message)
