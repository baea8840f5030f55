"""A text holding several resolutions one after another says so (a reader notice), instead of
reading silently as one resolution with dozens of false numbering findings."""

from __future__ import annotations

from pathlib import Path

import pytest

import drafter
from drafter.formats.text.reader import parse_text

CORPUS = Path("/work/shared/corpus")


def _texts(pattern: str) -> list[Path]:
    found = sorted(CORPUS.glob(pattern))
    if not found:
        pytest.skip("the shared corpus is not available")
    return found


def test_one_resolution_per_text_gives_no_notice() -> None:
    for path in _texts("*.txt"):
        notes = drafter.read(path).reader_notes
        assert not [note for note in notes if "resolutions one after another" in note], path.name


def test_texts_one_after_another_are_counted() -> None:
    english = [p for p in _texts("*_en.txt")][:4]
    joined = "\n\n".join(path.read_text(encoding="utf-8") for path in english)
    resolution = parse_text(joined, "en")
    notes = [note for note in resolution.reader_notes if "resolutions one after another" in note]
    assert notes and f"holds {len(english)} resolutions" in notes[0]
    findings = [d for d in drafter.check(resolution) if d.rule == "reader-note"]
    assert any("resolutions one after another" in d.message for d in findings)


def test_a_quoted_draft_introduced_by_a_colon_is_not_another_resolution() -> None:
    text = ("The Economic and Social Council,\n\nRecalling its resolution 2020/1,\n\n"
            "1. Recommends to the General Assembly the adoption of the following draft resolution:\n\n"
            "The General Assembly,\n\nRecalling its resolution 75/1,\n\n1. Decides to act.\n")
    assert not [n for n in parse_text(text, "en").reader_notes if "one after another" in n]
