"""Every plain-text resolution in the shared corpus gives the manifest's four counts.

The manifest's counts were established by hand and against the XML markup, so this
is the reader's main correctness check on real texts of every kind (XML renders,
Word, PDF extractions, OCR gold texts, six languages).
"""

from __future__ import annotations

import pytest

from drafter.formats.text.reader import read_text_file
from support.corpus import CORPUS, manifest_rows


def _text_rows() -> list[dict[str, str]]:
    if not (CORPUS / "MANIFEST.tsv").is_file():
        return []
    return [row for row in manifest_rows() if row["file"].endswith(".txt")]


@pytest.mark.parametrize("row", _text_rows(), ids=lambda row: row["file"])
def test_counts_match_manifest(row: dict[str, str]) -> None:
    resolution = read_text_file(CORPUS / row["file"], language=None)
    expected = {
        "preamble": int(row["n_preamble"]),
        "operative": int(row["n_operative"]),
        "subparagraphs": int(row["n_subparagraphs"]),
        "footnotes": int(row["n_footnotes"]),
    }
    assert resolution.counts() == expected


@pytest.mark.parametrize("row", _text_rows(), ids=lambda row: row["file"])
def test_language_and_organ_match_manifest(row: dict[str, str]) -> None:
    resolution = read_text_file(CORPUS / row["file"])
    assert resolution.meta.language == row["language"]
    assert resolution.meta.organ.value == row["organ"]
