"""The four official UN Word files: the manifest's counts and no error-level diagnostic.

These are the Secretariat's own .docx files (UN template styles, typed numbers,
real footnotes, the masthead in a first-page header), so they are the reader's
ground truth: what the Word reader gives must match the manifest, and a clean
official text must not be reported as wrong.
"""

from __future__ import annotations

import pytest

import drafter
from support.corpus import CORPUS, manifest_rows

SYMBOLS = {
    "GA_70_1_en.docx": "A/RES/70/1",
    "GA_72_73_en.docx": "A/RES/72/73",
    "GA_72_248_en.docx": "A/RES/72/248",
    "ECOSOC_2018_5_en.docx": "E/RES/2018/5",
}


def _word_rows() -> list[dict[str, str]]:
    if not (CORPUS / "MANIFEST.tsv").is_file():
        return []
    return [row for row in manifest_rows() if row["file"].endswith(".docx")]


@pytest.mark.parametrize("row", _word_rows(), ids=lambda row: row["file"])
def test_counts_match_manifest(row: dict[str, str]) -> None:
    resolution = drafter.read(CORPUS / row["file"])
    assert resolution.counts() == {
        "preamble": int(row["n_preamble"]),
        "operative": int(row["n_operative"]),
        "subparagraphs": int(row["n_subparagraphs"]),
        "footnotes": int(row["n_footnotes"]),
    }
    assert resolution.meta.organ.value == row["organ"]


@pytest.mark.parametrize("row", _word_rows(), ids=lambda row: row["file"])
def test_no_error_level_diagnostic(row: dict[str, str]) -> None:
    diagnostics = drafter.check(drafter.read(CORPUS / row["file"]))
    assert [d for d in diagnostics if d.severity.value == "error"] == []
    assert [d for d in diagnostics if d.source == "format"] == []


@pytest.mark.parametrize("name", sorted(SYMBOLS))
def test_masthead_formula_and_italics(name: str) -> None:
    if not (CORPUS / name).is_file():
        pytest.skip("shared corpus not present")
    resolution = drafter.read(CORPUS / name)
    assert resolution.meta.symbol == SYMBOLS[name]
    assert resolution.meta.distribution == "General"
    assert resolution.formula_italic is True
    italic = [p for p in resolution.paragraphs if p.italic_spans]
    assert all(p.italic_spans is not None for p in resolution.paragraphs)
    if resolution.preamble:
        first = resolution.preamble[0]
        opener = first.text[first.italic_spans[0].start:first.italic_spans[0].end]
        assert first.text.startswith(opener) and italic
    assert all(r.styled is True for p in resolution.paragraphs for r in p.footnote_refs)
