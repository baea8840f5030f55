"""What Drafter's own Word export writes, the Word reader reads back unchanged.

A text from the corpus is exported as a UN-layout .docx and read again with the
Word reader only (the embedded model copy is not used): the structure, the
paragraph words, the footnotes and the formatting facts must survive.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import drafter
from drafter.formats.docx.reader import read_docx
from support.corpus import CORPUS


@pytest.mark.parametrize("name", ["GA_72_248_en.txt", "GA_76_112_fr.txt"])
def test_exported_word_file_reads_back(tmp_path: Path, name: str) -> None:
    if not (CORPUS / name).is_file():
        pytest.skip("shared corpus not present")
    export = pytest.importorskip("drafter.formats.docx.writer")
    original = drafter.read(CORPUS / name)
    path = tmp_path / "exported.docx"
    export.export_docx(original, path)
    copy = read_docx(path)
    assert copy.counts() == original.counts()
    assert [(p.kind, p.text) for p in copy.paragraphs] == [(p.kind, p.text) for p in original.paragraphs]
    assert [f.text for f in copy.footnotes] == [f.text for f in original.footnotes]
    assert copy.meta.language == original.meta.language
    assert copy.formula_italic is True
    assert all(r.styled is True for p in copy.paragraphs for r in p.footnote_refs)
