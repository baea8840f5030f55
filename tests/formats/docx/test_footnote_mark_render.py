"""One LibreOffice render: in the Word export no footnote mark starts a line, even where the word
before it ends one (a mark after every word of 40 staggered paragraphs)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from drafter.formats.docx.writer import export_docx
from support.marks import marked_resolution, staggered_texts

pytestmark = pytest.mark.render


def _body_lines(pdf: Path) -> list[list[str]]:
    """The words of each line of body text (10 pt lines inside the page's text area)."""
    html = subprocess.run(["pdftotext", "-bbox-layout", str(pdf), "-"], check=True, capture_output=True,
                          text=True, timeout=60).stdout
    lines = []
    for top, bottom, inner in re.findall(r'<line xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" '
                                         r'yMax="([\d.]+)">(.*?)</line>', html, re.S):
        if float(bottom) - float(top) >= 9 and 70 < float(top) < 725:  # not notes, header, footer
            lines.append(re.findall(r"<word [^>]*>([^<]*)</word>", inner))
    return lines


@pytest.mark.skipif(shutil.which("libreoffice") is None or shutil.which("pdftotext") is None,
                    reason="LibreOffice or poppler is not installed")
def test_no_line_of_the_export_starts_with_a_footnote_mark(tmp_path: Path) -> None:
    source = tmp_path / "marks.docx"
    export_docx(marked_resolution(staggered_texts(), every_word=True), source)
    profile = tmp_path / "lo-profile"
    subprocess.run(
        ["libreoffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp_path), str(source)],
        check=True, capture_output=True, timeout=180,
    )
    lines = [words for words in _body_lines(tmp_path / "marks.pdf") if len(words) > 1]
    ending_with_a_mark = [words for words in lines if words[-1].isdigit()]  # pdftotext: a mark is a word
    assert len(ending_with_a_mark) >= 20  # the case under test: a marked word ends the line
    assert [words for words in lines if words[0].isdigit()] == []  # no mark left alone at a start
