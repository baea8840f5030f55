"""The redline's labels are the ones the plain UN-layout export prints.

The redline tracks labels ("5." -> "6.", "II" -> "III") so it must compute them
exactly as the exporter does; this reads them back from plain exports of real
texts (operative numbers, (a)/a) sub-paragraphs, dashes, section numerals)."""

from __future__ import annotations

from pathlib import Path

import pytest

import drafter
from drafter.redline.labels import paragraph_labels
from support.redline import body_labels
from support.redline_view import normalize, read_view


@pytest.mark.parametrize("name", ["GA_76_71_en.txt", "GA_76_72_fr.txt", "ECOSOC_2022_3_en.txt",
                                  "SC_757_en.txt", "GA_72_248_en.docx"])
def test_labels_match_the_plain_export(corpus: Path, tmp_path: Path, name: str) -> None:
    resolution = drafter.read(corpus / name)
    path = tmp_path / "plain.docx"
    drafter.export_docx(resolution, path)
    texts = [normalize(p.text) for p in resolution.paragraphs]
    expected = [label for text, label in zip(texts, paragraph_labels(resolution), strict=True) if text]
    printed = body_labels(read_view(path, accept=True).paragraphs, texts)
    assert printed[:len(expected)] == expected
