"""The footnotes part: structure Word needs, references, reopening with python-docx."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
import pytest
from lxml import etree

from drafter.formats.docx.ooxml.footnotes import (
    FootnoteWriter,
    ensure_part,
    ensure_settings,
    find_part,
    read_footnotes,
    reference_ids,
    reference_run,
)
from drafter.formats.docx.ooxml.xml import w

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W_NS}


def _write_two_notes(path: Path) -> None:
    document = docx.Document()
    writer = FootnoteWriter(document)
    paragraph = document.add_paragraph("Recalling its resolution,")
    first = writer.add("Resolution 65/1.")
    paragraph._p.append(reference_run(first))
    second = writer.add([("See ", False), ("Official Records", True), (" & <A/68/448>.", False)])
    paragraph._p.append(reference_run(second))
    document.save(str(path))


def test_new_part_has_the_two_structural_notes_and_relationship() -> None:
    document = docx.Document()
    part = ensure_part(document)
    notes = part.element.findall(w("footnote"))
    assert [(n.get(w("id")), n.get(w("type"))) for n in notes] == [
        ("-1", "separator"), ("0", "continuationSeparator"),
    ]
    assert notes[0].find(f".//{w('separator')}") is not None
    assert notes[1].find(f".//{w('continuationSeparator')}") is not None
    assert find_part(document) is part
    assert ensure_part(document) is part  # idempotent: never a second part


def test_settings_list_structural_notes_before_compat() -> None:
    document = docx.Document()
    ensure_part(document)
    settings = document.settings.element
    names = [etree.QName(child).localname for child in settings]
    assert names.index("footnotePr") < names.index("compat")
    ids = [n.get(w("id")) for n in settings.find(w("footnotePr"))]
    assert ids == ["-1", "0"]
    ensure_settings(document)
    assert len(settings.findall(w("footnotePr"))) == 1


def test_saved_package_has_part_content_type_and_relationship(tmp_path: Path) -> None:
    path = tmp_path / "notes.docx"
    _write_two_notes(path)
    with zipfile.ZipFile(path) as archive:
        types = archive.read("[Content_Types].xml").decode()
        rels = archive.read("word/_rels/document.xml.rels").decode()
        root = etree.fromstring(archive.read("word/footnotes.xml"))
        body = etree.fromstring(archive.read("word/document.xml"))
    assert 'PartName="/word/footnotes.xml"' in types
    assert "wordprocessingml.footnotes+xml" in types
    assert "relationships/footnotes" in rels and 'Target="footnotes.xml"' in rels
    note = root.find("w:footnote[@w:id='1']", NS)
    assert note.find("w:p/w:pPr/w:pStyle", NS).get(w("val")) == "FootnoteText"
    mark = note.find("w:p/w:r/w:footnoteRef/..", NS)
    assert mark.find("w:rPr/w:rStyle", NS).get(w("val")) == "FootnoteReference"
    refs = body.findall(".//w:footnoteReference", NS)
    assert [r.get(w("id")) for r in refs] == ["1", "2"]
    for ref in refs:
        assert ref.getparent().find("w:rPr/w:rStyle", NS).get(w("val")) == "FootnoteReference"
    italic_runs = [r for r in root.iter(w("r")) if r.find("w:rPr/w:i", NS) is not None]
    assert ["".join(r.itertext()) for r in italic_runs] == ["Official Records"]


def test_reopen_with_python_docx_reads_texts_and_appends_after_last_id(tmp_path: Path) -> None:
    path = tmp_path / "notes.docx"
    _write_two_notes(path)
    document = docx.Document(str(path))
    assert read_footnotes(document) == {1: "Resolution 65/1.", 2: "See Official Records & <A/68/448>."}
    assert reference_ids(document.element.body) == [1, 2]
    writer = FootnoteWriter(document)
    assert writer.add("Third.") == 3
    document.save(str(path))
    assert read_footnotes(docx.Document(str(path)))[3] == "Third."


def test_document_without_notes_reads_empty() -> None:
    assert read_footnotes(docx.Document()) == {}


def test_reads_the_official_files_notes(corpus: Path) -> None:
    notes = read_footnotes(docx.Document(str(corpus / "GA_72_248_en.docx")))
    folded = {k: " ".join(v.replace("\u00a0", " ").split()) for k, v in notes.items()}
    assert folded[1] == "Resolution 217 A (III)."
    assert folded[3] == "United Nations, Treaty Series, vol. 1577, No. 27531."
    assert -1 not in notes and 0 not in notes


@pytest.mark.parametrize("text", ["", "   ", "a\tb"])
def test_odd_texts_still_make_one_note_each(text: str) -> None:
    document = docx.Document()
    writer = FootnoteWriter(document)
    note_id = writer.add(text)
    assert note_id == 1
    assert read_footnotes(document) == {1: text.strip()}
