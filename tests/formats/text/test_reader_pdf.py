"""Texts the reader was never tuned on: PDFs and plain-text exports made here from the
corpus Word files.

LibreOffice renders the official .docx files to PDF and pdftotext extracts them in
both of its modes (reading order and -layout). The result has page furniture,
footnote blocks without their rule, numbers apart from their texts and paragraphs
without blank lines — and must still give the manifest's counts. Skipped when
LibreOffice or pdftotext is not installed.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from drafter.formats.text.reader import read_text_file
from support.corpus import CORPUS, manifest_rows

CASES = ["GA_72_248_en.docx", "ECOSOC_2018_5_en.docx", "GA_72_73_en.docx"]
_TOOLS = shutil.which("soffice") and shutil.which("pdftotext")

pytestmark = pytest.mark.skipif(not _TOOLS, reason="LibreOffice or pdftotext not installed")


@pytest.fixture(scope="module")
def pdf_texts(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    if not CORPUS.is_dir():
        pytest.skip("shared corpus not present")
    folder = tmp_path_factory.mktemp("pdf")
    profile = (folder / "profile").as_uri()  # own profile: other soffice runs may be active
    sources = [str(CORPUS / name) for name in CASES]
    subprocess.run(
        ["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(folder), *sources],
        check=True, capture_output=True, timeout=240,
    )
    texts: dict[str, Path] = {}
    for name in CASES:
        pdf = folder / name.replace(".docx", ".pdf")
        for mode, options in (("default", []), ("layout", ["-layout"])):
            out = folder / f"{pdf.stem}.{mode}.txt"
            subprocess.run(["pdftotext", *options, str(pdf), str(out)], check=True, timeout=60)
            texts[f"{name}:{mode}"] = out
    return texts


@pytest.mark.parametrize("name", CASES)
@pytest.mark.parametrize("mode", ["default", "layout"])
def test_pdf_of_a_word_original_reads_like_the_original(
    pdf_texts: dict[str, Path], name: str, mode: str
) -> None:
    row = next(r for r in manifest_rows() if r["file"] == name)
    resolution = read_text_file(pdf_texts[f"{name}:{mode}"])
    assert resolution.counts() == {
        "preamble": int(row["n_preamble"]),
        "operative": int(row["n_operative"]),
        "subparagraphs": int(row["n_subparagraphs"]),
        "footnotes": int(row["n_footnotes"]),
    }
    marked = [r.number for p in resolution.paragraphs for r in p.footnote_refs]
    assert marked == sorted(marked) and len(set(marked)) == len(marked)
    # One mark may stay in the text where it reads as a reference: GA 72/73 prints
    # "relevant resolutions 54 apply", and "resolutions 54" is left alone on purpose.
    assert len(resolution.footnotes) - len(marked) <= 1


@pytest.fixture(scope="module")
def plain_exports(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not CORPUS.is_dir():
        pytest.skip("shared corpus not present")
    folder = tmp_path_factory.mktemp("txt")
    profile = (folder / "profile").as_uri()
    subprocess.run(
        ["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to",
         "txt:Text (encoded):UTF8", "--outdir", str(folder), *(str(CORPUS / n) for n in CASES)],
        check=True, capture_output=True, timeout=240,
    )
    return folder


@pytest.mark.parametrize("name", CASES)
def test_word_saved_as_plain_text_keeps_its_structure(plain_exports: Path, name: str) -> None:
    # "Save as plain text" keeps one paragraph per line (no blank lines, a byte-order
    # mark, Word's numbers after tabs) and drops the footnotes.
    row = next(r for r in manifest_rows() if r["file"] == name)
    resolution = read_text_file(plain_exports / name.replace(".docx", ".txt"))
    counts = resolution.counts()
    assert (counts["preamble"], counts["operative"], counts["subparagraphs"]) == (
        int(row["n_preamble"]), int(row["n_operative"]), int(row["n_subparagraphs"])
    )
