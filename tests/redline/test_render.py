"""The redline in LibreOffice: it reads every tracked change as Word defines it.

LibreOffice re-saves the fisheries redline as .docx (its own writer, from its own
model of the revisions): accepting all still gives the new text and rejecting all
the base. The PDF it prints shows both the deleted and the inserted words.
Needs LibreOffice (marked ``render``); skipped when it is not installed.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

import drafter
from drafter.comparison import build_comparison
from drafter.redline.writer import write_comparison
from support.redline import assert_views
from support.revision import revise

pytestmark = [pytest.mark.render, pytest.mark.slow]

OFFICE = shutil.which("libreoffice") or shutil.which("soffice")


def convert(source: Path, target_format: str, folder: Path) -> Path:
    profile = folder / "lo-profile"
    subprocess.run(
        [OFFICE, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", target_format,
         "--outdir", str(folder / target_format), str(source)],
        check=True, capture_output=True, timeout=240,
    )
    return folder / target_format / f"{source.stem}.{target_format}"


@pytest.mark.skipif(OFFICE is None, reason="LibreOffice is not installed")
def test_libreoffice_keeps_every_revision(corpus: Path, tmp_path: Path) -> None:
    base_path = corpus / "GA_76_71_en.txt"
    new_path = tmp_path / "rev1.txt"
    new_path.write_text(revise(base_path.read_text(encoding="utf-8")), encoding="utf-8")
    base, new = drafter.read(base_path), drafter.read(new_path)
    redline = tmp_path / "redline.docx"
    write_comparison(build_comparison(base, new), redline, date="2026-11-27")

    resaved = convert(redline, "docx", tmp_path)
    assert_views(resaved, base, new)

    pdf = convert(redline, "pdf", tmp_path)
    if shutil.which("pdftotext") is None:
        return
    text = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True,
                          text=True, timeout=60).stdout
    flat = " ".join(text.split())
    # deleted and inserted words side by side, as LibreOffice prints tracked changes
    assert re.search(r"Taking into account ?Bearing in mind the continuing situation", flat)
    assert re.search(r"Reiterates ?Reaffirms ?, in this regard", flat)
    assert "Invites States to share information on measures taken" in flat
