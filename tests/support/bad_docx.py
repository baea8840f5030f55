"""Word files that the reader must refuse, each with the words its one-line reason must contain.

Built in code (an OLE header, a zip without the main part, a zip bomb, an XML entity
bomb …) so that the library, the command line and the editor are tested on the same
cases.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from support.docx_kit import (
    XML_DECL,
    build_docx,
    para,
    resolution_paragraphs,
    run,
    text_para,
    typed_op,
    write_zip,
)

OLE = bytes.fromhex("d0cf11e0a1b11ae1")


def small_docx(path: Path) -> Path:
    return build_docx(path, resolution_paragraphs(typed_op(1, "Decides", "to act", last=True)))


def package_parts(tmp_path: Path) -> dict[str, bytes]:
    path = small_docx(tmp_path / "base.docx")
    with zipfile.ZipFile(path) as archive:
        return {info.filename: archive.read(info.filename) for info in archive.infolist()}


def build_bad_files(tmp_path: Path) -> dict[str, tuple[Path, str]]:
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

    items = package_parts(tmp_path)
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
