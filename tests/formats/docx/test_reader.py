"""The Word reader on files built in the tests: numbering, italics, footnotes, revisions, header.

Each test writes a small .docx (python-docx for the package, WordprocessingML for
the feature under test) and checks what the reader extracts — the blocks handed
to structure recovery — or the resolution :func:`drafter.read` returns.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from lxml import etree

import drafter
from drafter.checks import CheckOptions
from drafter.core.model import ParagraphKind, Span
from drafter.formats.docx.reader import extract
from support.docx_kit import (
    NSDECL,
    REV,
    W_NS,
    build_docx,
    level,
    numbering,
    para,
    resolution_paragraphs,
    run,
    text_para,
    typed_op,
    write_zip,
)

FORMAT_ONLY = CheckOptions(families=("formatting",))


def _blocks(path: Path):
    return extract(path).document.blocks


def _italic_words(block) -> list[str]:
    return [block.text[s.start:s.end] for s in block.italic_spans]


# --- automatic numbering ------------------------------------------------------------------

_LEVELS = (
    level(0, "decimal", "%1.")
    + level(1, "lowerLetter", "(%2)")
    + level(2, "lowerRoman", "(%3)")
)


def test_automatic_numbering_levels_and_restarts(tmp_path: Path) -> None:
    numbered = [
        para(run("Decides"), num=(1, 0)),
        para(run("first item"), num=(1, 1)),
        para(run("nested item"), num=(1, 2)),
        para(run("nested item again"), num=(1, 2)),
        para(run("second item"), num=(1, 1)),
        para(run("Requests"), num=(1, 0)),
        para(run("item after a new paragraph"), num=(1, 1)),
    ]
    path = build_docx(tmp_path / "n.docx", numbered,
                      numbering_xml=numbering({0: _LEVELS}, {1: '<w:abstractNumId w:val="0"/>'}))
    labels = [(b.auto_label, b.auto_level) for b in _blocks(path)]
    assert labels == [("1.", 0), ("(a)", 1), ("(i)", 2), ("(ii)", 2), ("(b)", 1), ("2.", 0), ("(a)", 1)]


def test_level_that_never_restarts_and_start_values(tmp_path: Path) -> None:
    never = '<w:lvlRestart w:val="0"/>'
    levels = level(0, "decimal", "%1.", start=3) + level(1, "upperRoman", "%2)", extra=never)
    numbered = [
        para(run("a"), num=(1, 0)), para(run("b"), num=(1, 1)),
        para(run("c"), num=(1, 0)), para(run("d"), num=(1, 1)),
    ]
    path = build_docx(tmp_path / "n.docx", numbered,
                      numbering_xml=numbering({0: levels}, {1: '<w:abstractNumId w:val="0"/>'}))
    assert [b.auto_label for b in _blocks(path)] == ["3.", "I)", "4.", "II)"]


def test_instances_continue_unless_start_override(tmp_path: Path) -> None:
    nums = {
        1: '<w:abstractNumId w:val="0"/>',
        2: '<w:abstractNumId w:val="0"/>',  # same list continued
        3: '<w:abstractNumId w:val="0"/>'
           '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="10"/></w:lvlOverride>',
        4: '<w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="1"><w:lvl w:ilvl="1">'
           '<w:start w:val="1"/><w:numFmt w:val="upperLetter"/><w:lvlText w:val="%1.%2"/>'
           "</w:lvl></w:lvlOverride>",
    }
    numbered = [
        para(run("one"), num=(1, 0)),
        para(run("two"), num=(2, 0)),
        para(run("restarted"), num=(3, 0)),
        para(run("continues"), num=(3, 0)),
        para(run("overridden level"), num=(4, 1)),
        para(run("not numbered"), num=(0, 0)),
    ]
    path = build_docx(tmp_path / "n.docx", numbered, numbering_xml=numbering({0: _LEVELS}, nums))
    assert [b.auto_label for b in _blocks(path)] == ["1.", "2.", "10.", "11.", "11.A", None]


def test_numbering_linked_from_the_paragraph_style(tmp_path: Path) -> None:
    path = build_docx(tmp_path / "n.docx", [para(run("x"), style="OpPara"), para(run("y"), style="OpPara")],
                      plain_styles=("OpPara",),
                      numbering_xml=numbering({0: _LEVELS}, {7: '<w:abstractNumId w:val="0"/>'}))
    # python-docx cannot give a style a numPr: add it to styles.xml by hand.
    with zipfile.ZipFile(path) as archive:
        items = {i.filename: archive.read(i.filename) for i in archive.infolist()}
    styles = etree.fromstring(items["word/styles.xml"])
    style = styles.find(f'{{{W_NS}}}style[@{{{W_NS}}}styleId="OpPara"]')
    style.append(etree.fromstring(f'<w:pPr {NSDECL}><w:numPr><w:numId w:val="7"/></w:numPr></w:pPr>'))
    items["word/styles.xml"] = etree.tostring(styles)
    write_zip(path, items)
    assert [b.auto_label for b in _blocks(path)] == ["1.", "2."]


def test_automatic_numbers_reach_the_resolution(tmp_path: Path) -> None:
    operative = [
        para(run("\t"), run("Decides", italic=True), run(" to act:"), style="SingleTxt", num=(1, 0)),
        para(run("\tTo do one thing;"), style="SingleTxt", num=(1, 1)),
        para(run("\tTo do another;"), style="SingleTxt", num=(1, 1)),
        para(run("\t"), run("Requests", italic=True), run(" a report."), style="SingleTxt", num=(1, 0)),
    ]
    path = build_docx(tmp_path / "r.docx", resolution_paragraphs(*operative),
                      numbering_xml=numbering({0: _LEVELS}, {1: '<w:abstractNumId w:val="0"/>'}))
    resolution = drafter.read(path)
    assert resolution.counts() == {"preamble": 2, "operative": 2, "subparagraphs": 2, "footnotes": 0}
    kinds = (ParagraphKind.OPERATIVE, ParagraphKind.SUBPARAGRAPH)
    numbered = [p for p in resolution.paragraphs if p.kind in kinds]
    assert all(p.auto_numbered for p in numbered)
    assert [p.address for p in numbered] == ["OP1", "OP1(a)", "OP1(b)", "OP2"]
    assert not [d for d in drafter.check(resolution, FORMAT_ONLY) if d.rule == "numbering-mixed"]


def test_mixed_automatic_and_typed_numbers_are_reported(tmp_path: Path) -> None:
    operative = [
        para(run("\t"), run("Decides", italic=True), run(" to act;"), style="SingleTxt", num=(1, 0)),
        typed_op(2, "Requests", "a report"),
        typed_op(3, "Invites", "States to act", last=True),
    ]
    path = build_docx(tmp_path / "m.docx", resolution_paragraphs(*operative),
                      numbering_xml=numbering({0: _LEVELS}, {1: '<w:abstractNumId w:val="0"/>'}))
    resolution = drafter.read(path)
    mixed = [d for d in drafter.check(resolution, FORMAT_ONLY) if d.rule == "numbering-mixed"]
    assert len(mixed) == 1 and mixed[0].paragraph == "OP1"
    assert "1 automatic, 2 typed" in mixed[0].message


# --- italics ------------------------------------------------------------------------------------

def test_italics_from_runs_styles_and_toggles(tmp_path: Path) -> None:
    paragraphs = [
        para(run("Direct", italic=True), run(" roman")),
        para(run("Style "), run("roman", italic=False), style="ItalicPara"),
        para(run("char", style="Emph"), run(" plain")),
        para(run("toggled", style="Emph"), run(" italic"), style="ItalicPara"),
    ]
    path = build_docx(tmp_path / "i.docx", paragraphs, italic_styles=("ItalicPara",),
                      char_styles={"Emph": True, "FootnoteReference": False})
    blocks = _blocks(path)
    assert _italic_words(blocks[0]) == ["Direct"]
    assert _italic_words(blocks[1]) == ["Style "]
    assert _italic_words(blocks[2]) == ["char"]
    # w:i is a toggle: an italic character style inside an italic paragraph style is roman.
    assert _italic_words(blocks[3]) == [" italic"]


def test_correct_italics_give_no_formatting_warning(tmp_path: Path) -> None:
    operative = [
        para(run("\t1.\t"), run("Takes note", italic=True), run(" of the report;"), style="SingleTxt"),
        typed_op(2, "Requests", "the Secretary-General to report", last=True),
    ]
    path = build_docx(tmp_path / "ok.docx", resolution_paragraphs(*operative))
    resolution = drafter.read(path)
    assert resolution.formula_italic is True
    assert drafter.check(resolution, FORMAT_ONLY) == []


def test_italics_that_run_past_the_opener(tmp_path: Path) -> None:
    operative = [
        para(run("\t1.\t"), run("Takes note of the report", italic=True), run(";"), style="SingleTxt"),
        para(run("\t2.\t"), run("Decides", italic=True), run(" to meet, and "), run("requests", italic=True),
             run(" a report;"), style="SingleTxt"),
        para(run("\t3.\tInvites States to act."), style="SingleTxt"),
    ]
    path = build_docx(tmp_path / "bad.docx", resolution_paragraphs(*operative))
    resolution = drafter.read(path)
    found = {(d.rule, d.paragraph): d for d in drafter.check(resolution, FORMAT_ONLY)}
    beyond = found[("italic-beyond-opener", "OP1")]
    assert resolution.find("OP1").text[beyond.start:beyond.end] == "of the report"
    verb = found[("italic-verb-in-paragraph", "OP2")]
    assert resolution.find("OP2").text[verb.start:verb.end] == "requests"
    assert ("opener-not-italic", "OP3") in found
    assert len(found) == 3


def test_roman_formula_is_reported(tmp_path: Path) -> None:
    paragraphs = resolution_paragraphs(typed_op(1, "Decides", "to act", last=True))
    paragraphs[3] = para(run("\tThe General Assembly,"), style="SingleTxt")
    resolution = drafter.read(build_docx(tmp_path / "f.docx", paragraphs))
    assert resolution.formula_italic is False
    assert [d.rule for d in drafter.check(resolution, FORMAT_ONLY)] == ["formula-not-italic"]


# --- footnotes -----------------------------------------------------------------------------

def test_footnotes_with_non_consecutive_ids_follow_reference_order(tmp_path: Path) -> None:
    preamble_with_notes = para(
        run(tab=True), run("Recalling", italic=True), run(" the Charter"),
        run(style="FootnoteReference", footnote=12), run(" and the Covenants"),
        run(style="FootnoteReference", footnote=3), run(","), style="SingleTxt",
    )
    operative = para(run("\t1.\t"), run("Decides", italic=True), run(" to act"),
                     run(style="FootnoteReference", footnote=40), run("."), style="SingleTxt")
    paragraphs = resolution_paragraphs(operative)
    paragraphs[4] = preamble_with_notes
    notes = {3: "Resolution 2200 A (XXI).", 12: "Charter text.", 40: "A/72/1.", 99: "Unreferenced."}
    path = build_docx(tmp_path / "fn.docx", paragraphs, notes=notes)
    document = extract(path).document
    # The note nothing marks is kept too, numbered after the marked ones (issue 12).
    assert [(f.number, f.text) for f in document.footnotes] == [
        (1, "Charter text."), (2, "Resolution 2200 A (XXI)."), (3, "A/72/1."), (4, "Unreferenced."),
    ]
    block = next(b for b in document.blocks if "Charter" in b.text)
    assert [(r.number, block.text[: r.offset]) for r in block.footnote_refs] == [
        (1, "\tRecalling the Charter"), (2, "\tRecalling the Charter and the Covenants"),
    ]
    resolution = drafter.read(path)
    assert resolution.counts()["footnotes"] == 4
    assert [r.styled for p in resolution.paragraphs for r in p.footnote_refs] == [True, True, True]
    assert drafter.check(resolution, FORMAT_ONLY) == []


def test_footnote_mark_without_the_reference_style(tmp_path: Path) -> None:
    # A raised mark is set as official files set theirs (issue 12); a mark neither styled
    # nor raised prints as an ordinary number.
    operative = para(run("\t1.\t"), run("Decides", italic=True), run(" to act"),
                     run(footnote=5), run("."), style="SingleTxt")
    path = build_docx(tmp_path / "fs.docx", resolution_paragraphs(operative), notes={5: "A note."})
    resolution = drafter.read(path)
    found = [d for d in drafter.check(resolution, FORMAT_ONLY)]
    assert [(d.rule, d.paragraph, d.start) for d in found] == [("footnote-reference-style", "OP1", 14)]


# --- tracked changes, comments, fields, hidden text ------------------------------------------

def test_tracked_changes_are_read_as_accepted(tmp_path: Path) -> None:
    revised = (
        '<w:p><w:pPr><w:pStyle w:val="SingleTxt"/></w:pPr>'
        + run("\t1.\t") + run("Decides", italic=True) + run(" to ")
        + f'<w:ins w:id="1" {REV}>' + run("convene ") + "</w:ins>"
        + f'<w:del w:id="2" {REV}><w:r><w:delText>hold </w:delText></w:r></w:del>'
        + f'<w:moveFrom w:id="3" {REV}>' + run("moved away ") + "</w:moveFrom>"
        + run("a meeting") + f'<w:moveTo w:id="4" {REV}>'
        + run(" in 2025") + "</w:moveTo>" + run(".") + "</w:p>"
    )
    joined_first = para(run("\t2.\tRequests", italic=None), run(" half"), style="SingleTxt",
                        mark=f'<w:del w:id="5" {REV}/>')
    joined_second = para(run(" of a paragraph."), style="SingleTxt")
    document = extract(build_docx(tmp_path / "t.docx", [revised, joined_first, joined_second])).document
    assert [b.text for b in document.blocks] == [
        "\t1.\tDecides to convene a meeting in 2025.", "\t2.\tRequests half of a paragraph.",
    ]
    assert document.reader_notes == ["tracked changes were accepted"]

    path = build_docx(tmp_path / "r.docx", resolution_paragraphs(revised))
    resolution = drafter.read(path)
    info = [d for d in drafter.check(resolution, FORMAT_ONLY) if d.rule == "tracked-changes-accepted"]
    assert len(info) == 1 and info[0].severity.value == "info"


def test_tracked_formatting_change_is_noted(tmp_path: Path) -> None:
    changed = (
        '<w:p><w:r><w:rPr><w:i/><w:rPrChange w:id="7" ' + REV + '><w:rPr/></w:rPrChange></w:rPr>'
        "<w:t>Recalling</w:t></w:r></w:p>"
    )
    document = extract(build_docx(tmp_path / "f.docx", [changed])).document
    assert document.reader_notes == ["tracked changes were accepted"]
    assert _italic_words(document.blocks[0]) == ["Recalling"]


def test_comments_fields_hidden_text_and_symbols(tmp_path: Path) -> None:
    paragraph = (
        "<w:p>"
        '<w:commentRangeStart w:id="0"/>' + run("Seen") + '<w:commentRangeEnd w:id="0"/>'
        '<w:r><w:commentReference w:id="0"/></w:r>'
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + run(" result") +
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
        '<w:r><w:rPr><w:vanish/></w:rPr><w:t>hidden</w:t></w:r>'
        '<w:hyperlink w:anchor="x">' + run(" link") + "</w:hyperlink>"
        '<w:r><w:t xml:space="preserve"> non</w:t><w:noBreakHyphen/><w:t>break</w:t><w:br/>'
        "<w:t>next</w:t></w:r>"
        "</w:p>"
    )
    blocks = _blocks(build_docx(tmp_path / "c.docx", [paragraph]))
    assert [b.text for b in blocks] == ["Seen result link non\u2011break\nnext"]


# --- header, tables, plain documents -------------------------------------------------------

def test_first_page_header_gives_symbol_distribution_and_date(tmp_path: Path) -> None:
    header = ["United Nations", "A/RES/72/999", "General Assembly", "Distr.: General", "4 January 2018"]
    path = build_docx(tmp_path / "h.docx", resolution_paragraphs(typed_op(1, "Decides", "to act", last=True)),
                      header=header)
    assert extract(path).document.header_lines == header
    meta = drafter.read(path).meta
    assert (meta.symbol, meta.distribution, meta.date) == ("A/RES/72/999", "General", "4 January 2018")


def test_table_cells_are_read_in_order_after_body_text(tmp_path: Path) -> None:
    table = (
        "<w:tbl><w:tr><w:tc>" + text_para("cell one") + "</w:tc><w:tc>" + text_para("cell two")
        + f'</w:tc></w:tr><w:tr><w:trPr><w:del w:id="9" {REV}/></w:trPr>'
        "<w:tc>" + text_para("deleted row") + "</w:tc></w:tr><w:tr><w:tc>" + text_para("cell three")
        + "</w:tc></w:tr></w:tbl>"
    )
    table = table.replace("<w:tbl>", '<w:tbl xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">')
    path = build_docx(tmp_path / "t.docx", [text_para("Annex"), table, text_para("after")])
    document = extract(path).document
    # A table after the text is kept as a table, its deleted row left out (issue 12).
    assert [(b.text, b.is_header) for b in document.blocks] == [("Annex", False), ("after", False)]
    assert [t.rows for t in document.tables] == [[["cell one", "cell two"], ["cell three"]]]
    assert document.tables[0].after_line == document.blocks[0].line


def test_cover_table_before_the_text_is_header(tmp_path: Path) -> None:
    table = ('<w:tbl xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:tr><w:tc>'
             + text_para("A/RES/72/999") + "</w:tc></w:tr></w:tbl>")
    document = extract(build_docx(tmp_path / "c.docx", [table, text_para("Body")])).document
    assert [(b.text, b.is_header) for b in document.blocks] == [("A/RES/72/999", True), ("Body", False)]
    assert document.header_lines == []  # no header part: the cover block itself says is_header


def test_plain_document_without_styles_is_a_resolution(tmp_path: Path) -> None:
    paragraphs = [
        text_para("The Security Council,"),
        para(run("Recalling", italic=True), run(" its resolution 2231 (2015),")),
        para(run("1. "), run("Decides", italic=True), run(" to remain seized of the matter.")),
    ]
    resolution = drafter.read(build_docx(tmp_path / "p.docx", paragraphs, plain_styles=()))
    assert resolution.counts() == {"preamble": 1, "operative": 1, "subparagraphs": 0, "footnotes": 0}
    assert resolution.find("PP1").italic_spans == [Span(0, 9)]


def test_strict_ooxml_namespaces_are_read(tmp_path: Path) -> None:
    """ISO 29500 Strict files use other namespace URIs for the same elements and relationships."""
    path = build_docx(tmp_path / "s.docx", resolution_paragraphs(typed_op(1, "Decides", "to act", last=True)),
                      header=["United Nations", "A/RES/72/999", "Distr.: General"])
    with zipfile.ZipFile(path) as archive:
        items = {i.filename: archive.read(i.filename) for i in archive.infolist()}
    for name, data in items.items():
        if name.endswith((".xml", ".rels")):
            data = data.replace(W_NS.encode(), b"http://purl.oclc.org/ooxml/wordprocessingml/main")
            items[name] = data.replace(b"http://schemas.openxmlformats.org/officeDocument/2006/relationships",
                                       b"http://purl.oclc.org/ooxml/officeDocument/relationships")
    write_zip(path, items)
    resolution = drafter.read(path)
    assert resolution.counts() == {"preamble": 2, "operative": 1, "subparagraphs": 0, "footnotes": 0}
    assert (resolution.meta.symbol, resolution.formula_italic) == ("A/RES/72/999", True)


def test_text_laid_out_in_a_leading_table_is_body_not_cover(tmp_path: Path) -> None:
    cells = "".join(f"<w:tr><w:tc>{text_para(f'Paragraph {n}')}</w:tc></w:tr>" for n in range(20))
    table = f'<w:tbl xmlns:w="{W_NS}">{cells}</w:tbl>'
    blocks = _blocks(build_docx(tmp_path / "t.docx", [table]))
    assert len(blocks) == 20 and not any(b.is_header for b in blocks)


@pytest.mark.parametrize(
    ("number", "fmt", "shown"),
    [
        (4, "lowerRoman", "iv"), (27, "lowerLetter", "aa"), (3, "upperLetter", "C"), (9, "upperRoman", "IX"),
        (2, "russianLower", "б"), (12, "chineseCounting", "十二"), (5, "decimalZero", "05"),
        (7, "none", ""), (8, "someFutureFormat", "8"),
    ],
)
def test_number_formats(number: int, fmt: str, shown: str) -> None:
    from drafter.formats.docx.numbering import format_number

    assert format_number(number, fmt) == shown


def test_absurd_counters_stay_cheap() -> None:
    """A corrupt start value of 10**9 must not produce a million-letter roman numeral."""
    from drafter.formats.docx.numbering import format_number

    assert len(format_number(10**9, "lowerRoman")) == 100
