"""Bad Word input: one clear line naming the file and the reason, never a traceback or a hang.

Each case builds the bad file in the test (an OLE header, a zip without the main
part, a zip bomb, an XML entity bomb …) and checks both the library error
(:class:`UnreadableFileError` with the expected reason) and the command line
(exit status 2, a single line on stderr naming the file).
"""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

import pytest

import drafter
from drafter.cli import main
from drafter.errors import UnreadableFileError
from drafter.formats.docx import safety as docx_safety
from support.bad_docx import CASES, build_bad_files, small_docx
from support.docx_kit import (
    build_docx,
    resolution_paragraphs,
    text_para,
    typed_op,
)


def _reason(path: Path) -> str:
    with pytest.raises(UnreadableFileError) as caught:
        drafter.read(path)
    assert caught.value.path == str(path)
    assert "\n" not in str(caught.value)
    return caught.value.reason


@pytest.fixture(scope="module")
def bad_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, str]]:
    return build_bad_files(tmp_path_factory.mktemp("bad"))


def test_every_case_is_built(bad_files: dict[str, tuple[Path, str]]) -> None:
    assert sorted(bad_files) == sorted(CASES)


@pytest.mark.parametrize("case", CASES)
def test_bad_input_gives_one_clear_reason(bad_files: dict[str, tuple[Path, str]], case: str) -> None:
    path, expect = bad_files[case]
    assert expect.lower() in _reason(path).lower()


@pytest.mark.parametrize("case", ["legacy_doc", "entities", "bomb", "no_main"])
def test_cli_exits_2_with_one_line(
    bad_files: dict[str, tuple[Path, str]], case: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path, expect = bad_files[case]
    assert main(["check", str(path)]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1
    assert str(path) in err and expect.lower() in err.lower()


def test_total_decompressed_bytes_are_capped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A package of many moderate parts cannot add up past the total cap."""
    path = small_docx(tmp_path / "ok.docx")
    monkeypatch.setattr(docx_safety, "MAX_TOTAL_BYTES", 2000)
    assert "unsafe size" in _reason(path)


def test_streamed_size_is_bounded_whatever_the_zip_declares(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The reader counts the bytes it really decompresses; declared sizes are only a first filter."""
    path = small_docx(tmp_path / "ok.docx")
    monkeypatch.setattr(docx_safety, "MAX_PART_BYTES", 500)
    with docx_safety.DocxPackage.__new__(docx_safety.DocxPackage) as package:
        package.path = path
        package._read_total = 0
        package._zip = zipfile.ZipFile(path)
        with pytest.raises(UnreadableFileError, match="unsafe size"):
            package._bounded_read(io.BytesIO(b"x" * 5000), "word/document.xml", compressed=5000)


def test_a_word_file_that_is_not_a_resolution_is_read_and_reported(tmp_path: Path) -> None:
    letter = [text_para("Dear colleagues,"), text_para("Please find the minutes of our meeting attached."),
              text_para("Best regards")]
    resolution = drafter.read(build_docx(tmp_path / "letter.docx", letter))
    rules = {d.rule for d in drafter.check(resolution) if d.severity.value == "error"}
    assert "formula-missing" in rules


def test_legacy_doc_named_docx_and_docx_named_doc(tmp_path: Path) -> None:
    renamed = tmp_path / "real.doc"
    renamed.write_bytes((build_docx(tmp_path / "real.docx", resolution_paragraphs(
        typed_op(1, "Decides", "to act", last=True)))).read_bytes())
    assert drafter.read(renamed).counts()["operative"] == 1
    os.remove(tmp_path / "real.docx")


def test_a_body_of_millions_of_elements_is_refused_quickly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from drafter.formats.docx import read_body as ooxml_read_body

    monkeypatch.setattr(ooxml_read_body, "MAX_ELEMENTS", 50)
    many = [text_para(f"paragraph {n}") for n in range(30)]
    assert "too many elements" in _reason(build_docx(tmp_path / "many.docx", many))
