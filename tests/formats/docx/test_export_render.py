"""One LibreOffice render of an exported resolution: real footnotes land at the foot of page 1."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

import drafter

pytestmark = pytest.mark.render


def _words_with_positions(pdf: Path, page: int) -> list[tuple[str, float]]:
    """(word, top y in points) for one page, from ``pdftotext -bbox``."""
    html = subprocess.run(
        ["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(pdf), "-"],
        check=True, capture_output=True, text=True, timeout=60,
    ).stdout
    pattern = r'<word xMin="[\d.]+" yMin="([\d.]+)"[^>]*>([^<]*)</word>'
    return [(word, float(y)) for y, word in re.findall(pattern, html)]


@pytest.mark.skipif(shutil.which("libreoffice") is None or shutil.which("pdftotext") is None,
                    reason="LibreOffice or poppler is not installed")
def test_footnotes_render_at_the_foot_of_page_one(corpus: Path, tmp_path: Path) -> None:
    source = tmp_path / "GA_72_248.docx"
    resolution = drafter.read(corpus / "GA_72_248_en.txt")
    resolution.meta.symbol = "A/RES/72/248"  # layout under test, not the reader's cover parsing
    drafter.export_docx(resolution, source, job_number="17-23338")
    profile = tmp_path / "lo-profile"
    subprocess.run(
        ["libreoffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp_path), str(source)],
        check=True, capture_output=True, timeout=180,
    )
    pdf = tmp_path / "GA_72_248.pdf"
    assert pdf.exists()
    words = _words_with_positions(pdf, 1)
    text = " ".join(word for word, _ in words)
    assert "Resolution adopted by the General Assembly" in text
    assert "72/248." in text and "Guided" in text
    formula_y = next(y for word, y in words if word == "Assembly,")
    note_y = next(y for word, y in words if word == "(III).")  # note 1: "Resolution 217 A (III)."
    assert note_y > formula_y
    assert note_y > 792 * 0.75  # in the bottom quarter of a Letter page: a real footnote
    assert any(word == "17-23338" for word, _ in words)  # first-page footer
    page_two = " ".join(word for word, _ in _words_with_positions(pdf, 2))
    assert "A/RES/72/248" in page_two and re.search(r"\b2/\d\b", page_two)  # continuation header, n/N
