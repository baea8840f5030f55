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

from drafter.api import parse_text
from drafter.checks import check
from support.citations import ONLY_CITATIONS, date_seeds, seed_caught
from support.corpus import CORPUS

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


@pytest.mark.parametrize("name", ["GA_76_72_en.txt", "GA_76_72_fr.txt", "GA_76_72_es.txt"])
def test_a_seeded_date_is_reported_with_the_right_date(corpus: Path, name: str) -> None:
    seeds = list(date_seeds(corpus / name))
    assert seeds, "the text cites dated resolutions the index knows"
    for seed in seeds[:3]:  # day, month and year of its first confirmed citation
        assert seed_caught(corpus / name, seed), seed


@pytest.mark.slow
def test_seeded_dates_are_caught_in_english_french_and_spanish(corpus: Path) -> None:
    tried = caught = 0
    missed = []
    for path in _corpus_texts(SEEDED_LANGUAGES):
        for seed in date_seeds(path):
            tried += 1
            if seed_caught(path, seed):
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
