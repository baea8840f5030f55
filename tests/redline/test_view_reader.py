"""The tests' own reader of tracked changes (support/redline_view.py) on hand-made revisions."""

from __future__ import annotations

import zipfile
from pathlib import Path

from support.redline_view import read_view

_DOC = (
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
    '<w:p><w:r><w:t>Keep </w:t></w:r><w:del w:id="1"><w:r><w:delText>old</w:delText></w:r></w:del>'
    '<w:ins w:id="2"><w:r><w:t>new</w:t></w:r></w:ins></w:p>'
    '<w:p><w:pPr><w:rPr><w:ins w:id="3"/></w:rPr></w:pPr>'
    '<w:ins w:id="4"><w:r><w:t>Added</w:t></w:r></w:ins></w:p>'
    '<w:p><w:pPr><w:rPr><w:del w:id="5"/></w:rPr></w:pPr><w:del w:id="6"><w:r><w:delText>Gone</w:delText>'
    '</w:r></w:del></w:p></w:body></w:document>'
)


def _write(tmp_path: Path, document: str) -> Path:
    path = tmp_path / "handmade.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", document)
    return path


def test_reader_accepts_and_rejects_handmade_revisions(tmp_path: Path) -> None:
    path = _write(tmp_path, _DOC)
    assert read_view(path, accept=True).paragraphs == ["Keep new", "Added"]
    assert read_view(path, accept=False).paragraphs == ["Keep old", "Gone"]


def test_reader_joins_a_paragraph_whose_mark_goes_away_to_the_next(tmp_path: Path) -> None:
    path = _write(tmp_path, _DOC.replace('<w:ins w:id="4"><w:r><w:t>Added</w:t></w:r></w:ins>',
                                         "<w:r><w:t>Added </w:t></w:r>"))
    assert read_view(path, accept=False).paragraphs == ["Keep old", "Added Gone"]
