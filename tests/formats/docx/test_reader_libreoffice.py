"""An official Word file re-saved by LibreOffice still reads the same.

LibreOffice renumbers footnote ids (they start at 2), renames the footnote mark
style ("FootnoteAnchor") and rewrites styles and numbering; drafts often pass
through it. Skipped when LibreOffice or the shared corpus is missing.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

import drafter
from drafter.checks import CheckOptions
from support.corpus import CORPUS

SOURCE = CORPUS / "GA_72_248_en.docx"
OFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.skipif(OFFICE is None or not SOURCE.is_file(), reason="needs LibreOffice and the shared corpus")
def test_libreoffice_resave_gives_the_same_resolution(tmp_path: Path) -> None:
    profile = (tmp_path / "profile").as_uri()  # own profile: other LibreOffice runs may be active
    command = [str(OFFICE), f"-env:UserInstallation={profile}", "--headless", "--convert-to", "docx",
               "--outdir", str(tmp_path / "out"), str(SOURCE)]
    subprocess.run(command, capture_output=True, timeout=180, check=False)
    resaved = tmp_path / "out" / SOURCE.name
    if not resaved.is_file():
        pytest.skip("LibreOffice could not convert the file here")
    original, copy = drafter.read(SOURCE), drafter.read(resaved)
    assert copy.counts() == original.counts()
    assert [f.text for f in copy.footnotes] == [f.text for f in original.footnotes]
    assert [p.text for p in copy.paragraphs] == [p.text for p in original.paragraphs]
    assert [p.italic_spans for p in copy.paragraphs] == [p.italic_spans for p in original.paragraphs]
    assert copy.meta.symbol == "A/RES/72/248" and copy.formula_italic is True
    assert drafter.check(copy, CheckOptions(families=("formatting",))) == []
