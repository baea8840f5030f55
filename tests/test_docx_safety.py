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
from test_docx_reader_kit import (
    XML_DECL,
    build_docx,
    para,
    resolution_paragraphs,
    run,
    text_para,
    typed_op,
    write_zip,
)

import drafter
from drafter.cli import main
from drafter.errors import UnreadableFileError
from drafter.formats.docx import safety as docx_safety

OLE = bytes.fromhex("d0cf11e0a1b11ae1")


def _small(path: Path) -> Path:
    return build_docx(path, resolution_paragraphs(typed_op(1, "Decides", "to act", last=True)))


def _package(tmp_path: Path) -> dict[str, bytes]:
    path = _small(tmp_path / "base.docx")
    with zipfile.ZipFile(path) as archive:
        return {info.filename: archive.read(info.filename) for info in archive.infolist()}


def _reason(path: Path) -> str:
    with pytest.raises(UnreadableFileError) as caught:
        drafter.read(path)
    assert caught.value.path == str(path)
    assert "\n" not in str(caught.value)
    return caught.value.reason


def _bad_files(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    """name -> (file, words its reason must contain)."""
    files: dict[str, tuple[Path, str]] = {}

    def add(name: str, data: bytes, expect: str, suffix: str = ".docx") -> None:
        path = tmp_path / f"{name}{suffix}"
        path.write_bytes(data)
        files[name] = (path, expect)

    add("text", b"The General Assembly,\n\nRecalling ...", "not a zip")
    add("empty_file", b"", "empty")
    add("legacy_doc", OLE + b"\x00" * 600 + "WordDocument".encode("utf-16-le"), "97-2003", suffix=".doc")
    add("encrypted", OLE + b"\x00" * 600 + "EncryptionInfo".encode("utf-16-le"), "password")
    add("rtf", b"{\\rtf1\\ansi hello}", "RTF")
    add("truncated_zip", b"PK\x03\x04" + b"\x00" * 40, "damaged")

    items = _package(tmp_path)
    no_main = {k: v for k, v in items.items() if k != "word/document.xml"}
    write_zip(tmp_path / "no_main.docx", no_main)
    files["no_main"] = (tmp_path / "no_main.docx", "no word/document.xml")

    broken = dict(items, **{"word/document.xml": items["word/document.xml"][:-40]})
    write_zip(tmp_path / "broken_xml.docx", broken)
    files["broken_xml"] = (tmp_path / "broken_xml.docx", "not well-formed XML")

    laughs = (
        XML_DECL + '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;">'
        '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        "<w:body><w:p><w:r><w:t>&lol3;</w:t></w:r></w:p></w:body></w:document>"
    ).encode()
    write_zip(tmp_path / "entities.docx", dict(items, **{"word/document.xml": laughs}))
    files["entities"] = (tmp_path / "entities.docx", "DTD")

    empty_body = build_docx(tmp_path / "empty_document.docx", [text_para("   "), para(run(tab=True))])
    files["empty_document"] = (empty_body, "empty")

    bomb = dict(items, **{"word/document.xml": items["word/document.xml"] + b" " * (6 * 1024 * 1024)})
    write_zip(tmp_path / "bomb.docx", bomb)
    files["bomb"] = (tmp_path / "bomb.docx", "zip bomb")

    big = tmp_path / "oversized.docx"
    with big.open("wb") as handle:
        handle.write(b"PK\x03\x04")
        handle.truncate(51 * 1024 * 1024)  # sparse: no 51 MB written to disk
    files["oversized"] = (big, "too large")

    encrypted_entry = tmp_path / "encrypted_entry.docx"
    write_zip(encrypted_entry, items)
    data = bytearray(encrypted_entry.read_bytes())
    # Set the "encrypted" flag bit of every local and central directory header.
    for signature, flag_offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        start = 0
        while (found := data.find(signature, start)) >= 0:
            data[found + flag_offset] |= 0x1
            start = found + 4
    encrypted_entry.write_bytes(bytes(data))
    files["encrypted_entry"] = (encrypted_entry, "password")
    return files


CASES = [
    "text", "empty_file", "legacy_doc", "encrypted", "rtf", "truncated_zip", "no_main", "broken_xml",
    "entities", "empty_document", "bomb", "oversized", "encrypted_entry",
]


@pytest.fixture(scope="module")
def bad_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, str]]:
    return _bad_files(tmp_path_factory.mktemp("bad"))


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
    path = _small(tmp_path / "ok.docx")
    monkeypatch.setattr(docx_safety, "MAX_TOTAL_BYTES", 2000)
    assert "unsafe size" in _reason(path)


def test_streamed_size_is_bounded_whatever_the_zip_declares(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The reader counts the bytes it really decompresses; declared sizes are only a first filter."""
    path = _small(tmp_path / "ok.docx")
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
