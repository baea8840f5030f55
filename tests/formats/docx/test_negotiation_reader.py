"""Word negotiation markup: bold/underlined additions, struck-out deletions, tracked
changes and comments read as brackets and attributions; ordinary files are untouched."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.oxml.ns import qn
from lxml import etree

import drafter
from drafter.core.negotiation_state import negotiation_counts

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _document() -> docx.document.Document:
    document = docx.Document()
    document.add_paragraph("The General Assembly,")
    document.add_paragraph("Recalling its resolution 78/69 of 5 December 2023,")
    document.add_paragraph("1. Welcomes the efforts of Member States to protect coral reefs;")
    return document


def _revision(paragraph, tag: str, text: str, author: str) -> None:
    element = etree.SubElement(paragraph._p, qn(f"w:{tag}"))
    element.set(qn("w:id"), "9" if tag == "ins" else "10")
    element.set(qn("w:author"), author)
    run = etree.SubElement(element, qn("w:r"))
    node = etree.SubElement(run, qn("w:delText" if tag == "del" else "w:t"))
    node.text = text
    node.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")


def test_formatting_revisions_and_comments_become_brackets_and_attributions(tmp_path: Path) -> None:
    document = _document()
    second = document.add_paragraph("2. Calls upon States to ")
    second.add_run("urgently ").bold = True
    second.add_run("reduce pollution ")
    second.add_run("and acidification").font.strike = True
    second.add_run(";")
    third = document.add_paragraph("3. Requests a report")
    _revision(third, "ins", " on coral reefs", "EU")
    _revision(third, "del", " within existing resources", "Ms. Smith")
    third.add_run(";")
    fourth = document.add_paragraph("4. Decides to ")
    commented = fourth.add_run("remain seized of the matter")
    fourth.add_run(".")
    document.add_comment(commented, text="G77 and China: delete", author="Facilitator")
    path = tmp_path / "negotiation.docx"
    document.save(str(path))

    resolution = drafter.read(path)
    texts = [p.text for p in resolution.paragraphs]
    assert texts[2] == "Calls upon States to [urgently ]reduce pollution [and acidification];"
    assert texts[3] == "Requests a report[ on coral reefs] (EU)[ within existing resources];"
    assert texts[4] == "Decides to remain seized of the matter (G77 and China: delete)."
    assert negotiation_counts(resolution)["attributions"] == 2
    assert negotiation_counts(resolution)["brackets"] == 4


def test_an_ordinary_document_keeps_its_tracked_changes_accepted(tmp_path: Path) -> None:
    document = _document()
    second = document.add_paragraph("2. Requests a report")
    _revision(second, "ins", " on coral reefs", "EU")
    _revision(second, "del", " within existing resources", "EU")
    second.add_run(";")
    bold = document.add_paragraph("3. Decides to remain ")
    bold.add_run("seized").bold = True
    path = tmp_path / "ordinary.docx"
    document.save(str(path))
    resolution = drafter.read(path)
    texts = [p.text for p in resolution.paragraphs][2:]
    assert texts == ["Requests a report on coral reefs;", "Decides to remain seized"]
    assert "tracked changes were accepted" in resolution.reader_notes


def test_a_compilation_table_reads_label_and_text_as_one_paragraph(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("The General Assembly,")
    rows = [
        ("PP1", "Recalling its resolution 78/69 of 5 December 2023,"),
        ("PP1 bis", "[Noting the report of the Secretary-General,] (EU)"),
        ("OP1", "[Urges][Encourages] States to protect coral reefs; (agreed ad ref)"),
        ("OP1 alt", "[Calls upon States to protect coral reefs;] (G77 and China)"),
        ("OP2", "Decides to remain seized of the matter."),
    ]
    table = document.add_table(rows=len(rows), cols=2)
    for row, (label, text) in zip(table.rows, rows, strict=True):
        row.cells[0].text = label
        row.cells[1].text = text
    path = tmp_path / "compilation.docx"
    document.save(str(path))
    resolution = drafter.read(path)
    assert [(p.address, p.status) for p in resolution.paragraphs] == [
        ("PP1", ""), ("PP1 bis", ""), ("OP1", "agreed ad ref"), ("OP1 alt", ""), ("OP2", ""),
    ]
    assert negotiation_counts(resolution) == {
        "brackets": 3, "alternatives": 1, "new_paragraphs": 1, "agreed": 1, "attributions": 2,
    }


def test_a_table_whose_first_column_is_not_all_addresses_stays_a_table(tmp_path: Path) -> None:
    document = _document()
    table = document.add_table(rows=2, cols=2)
    for row, (label, text) in zip(table.rows, [("OP1", "Coral reefs"), ("Total", "12")], strict=True):
        row.cells[0].text = label
        row.cells[1].text = text
    path = tmp_path / "table.docx"
    document.save(str(path))
    resolution = drafter.read(path)
    assert [table.rows for table in resolution.tables] == [[["OP1", "Coral reefs"], ["Total", "12"]]]
