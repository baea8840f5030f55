"""Word export: layout, heading blocks per kind, italics, labels, footnotes, headers, CLI."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
import pytest
from docx.shared import Pt
from docx.text.run import Run
from lxml import etree

import drafter
from drafter.cli import main as cli_main
from drafter.core.model import (
    Annex,
    DocumentStatus,
    Footnote,
    FootnoteRef,
    Metadata,
    Organ,
    Paragraph,
    ParagraphKind,
    Resolution,
    Span,
    assign_addresses,
)
from drafter.errors import DrafterError
from drafter.formats.docx.ooxml.footnotes import read_footnotes, reference_ids
from drafter.formats.docx.writer import (
    BodyContent,
    ExportOptions,
    PlainRunEmitter,
    RunFactory,
    Segment,
    build_document,
)

NS = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main"}
K = ParagraphKind


def _ga_adopted(language: str = "en") -> Resolution:
    paragraphs = [
        Paragraph(K.PREAMBULAR, "Guided by the Charter of the United Nations,",
                  footnote_refs=[FootnoteRef(1, 44)]),
        Paragraph(K.PREAMBULAR, "Recalling its resolution 70/233,"),
        Paragraph(K.OPERATIVE, "Calls upon the authorities of Myanmar:"),
        Paragraph(K.SUBPARAGRAPH, "To end the operations;", level=1),
        Paragraph(K.SUBPARAGRAPH, "To allow & <access>;", level=1, footnote_refs=[FootnoteRef(2, 8)]),
        Paragraph(K.SUBPARAGRAPH, "With a nested item;", level=2),
        Paragraph(K.HEADING, "I\nImplementation"),
        Paragraph(K.OPERATIVE, "Requests the Secretary-General to report."),
    ]
    assign_addresses(paragraphs)
    meta = Metadata(
        organ=Organ.GA, language=language, symbol="A/RES/72/248", status=DocumentStatus.ADOPTED,
        session="Seventy-second session", agenda_item="Agenda item 72 (c)",
        title="Situation of human rights in Myanmar", number="72/248", distribution="General",
        date="23 January 2018", adoption_date="24 December 2017",
        adoption_basis="[on the report of the Third Committee (A/72/439/Add.3)]",
        meeting="76th plenary meeting",
    )
    return Resolution(
        meta=meta, formula="The General Assembly,", paragraphs=paragraphs,
        footnotes=[Footnote(1, "Resolution 217 A (III)."), Footnote(2, "A/72/53 & <x>.")],
        closing=["76th plenary meeting", "24 December 2017"],
    )


@pytest.fixture
def exported(tmp_path: Path) -> Path:
    path = tmp_path / "out.docx"
    drafter.export_docx(_ga_adopted(), path, job_number="17-23338")
    return path


def _body(document: docx.document.Document) -> list[docx.text.paragraph.Paragraph]:
    return [p for p in document.paragraphs if p.text.strip()]


def _texts(document: docx.document.Document) -> list[str]:
    """Paragraph texts with no-break spaces shown as spaces (the adoption line uses them)."""
    return [p.text.replace("\u00a0", " ") for p in _body(document)]


def _italic_text(paragraph: docx.text.paragraph.Paragraph) -> str:
    return "".join(run.text for run in paragraph.runs if run.italic)


def test_page_setup_is_us_letter_with_official_margins(exported: Path) -> None:
    section = docx.Document(str(exported)).sections[0]
    assert (section.page_width, section.page_height) == (Pt(612), Pt(792))
    assert (section.left_margin, section.right_margin) == (Pt(60), Pt(60))
    assert section.different_first_page_header_footer


def test_first_page_section_then_continuous_body_section(exported: Path) -> None:
    """As the official files: page 1 keeps room at the foot (1728), later pages 1152."""
    document = docx.Document(str(exported))
    first, body = document.sections
    assert first.bottom_margin == Pt(86.4) and body.bottom_margin == Pt(57.6)
    assert body.start_type == docx.enum.section.WD_SECTION_START.CONTINUOUS
    assert body.header.is_linked_to_previous  # continuation headers come from section 1
    assert document.paragraphs[0].text == ""  # section 1 holds only its empty paragraph


def test_a4_option(tmp_path: Path) -> None:
    path = tmp_path / "a4.docx"
    drafter.export_docx(_ga_adopted(), path, paper="a4")
    for section in docx.Document(str(path)).sections:
        assert round(section.page_width.mm) == 210 and round(section.page_height.mm) == 297


def test_body_styles_font_and_spacing(exported: Path) -> None:
    document = docx.Document(str(exported))
    normal = document.styles["Normal"]
    assert normal.font.name == "Times New Roman" and normal.font.size == Pt(10)
    assert normal.paragraph_format.line_spacing == Pt(12)
    single = document.styles["__Single Txt"]
    assert single.style_id == "SingleTxt"
    assert single.paragraph_format.space_after == Pt(6)
    body = _body(document)
    texts = [p.text for p in body]
    start = texts.index("\tThe General Assembly,")
    assert all(p.style.style_id == "SingleTxt" for p in body[start:start + 6])


def test_heading_block_of_an_adopted_ga_resolution(exported: Path) -> None:
    body = _body(docx.Document(str(exported)))
    lines = [(p.style.style_id, p.text.replace("\u00a0", " ")) for p in body[:5]]
    assert lines == [
        ("Session", "Seventy-second session"),
        ("AgendaItemNormal", "Agenda item 72 (c)"),
        ("TitleHCH", "\t\tResolution adopted by the General Assembly on 24 December 2017"),
        ("H4", "\t\t[on the report of the Third Committee (A/72/439/Add.3)]"),
        ("TitleH1", "\t72/248.\tSituation of human rights in Myanmar"),
    ]
    basis = body[3]
    brackets = [run for run in basis.runs if run.text in ("[", "]")]
    assert [run.italic for run in brackets] == [False, False]  # roman brackets in an italic style


def test_formula_italic_with_roman_comma_and_exact_openers(exported: Path) -> None:
    body = _body(docx.Document(str(exported)))
    by_text = {p.text.strip(): p for p in body}
    assert _italic_text(by_text["The General Assembly,"]) == "The General Assembly"
    assert _italic_text(by_text["Guided by the Charter of the United Nations,"]) == "Guided"
    assert _italic_text(by_text["1.\tCalls upon the authorities of Myanmar:"]) == "Calls upon"
    # sub-paragraphs are never italic
    assert _italic_text(by_text["(a)\tTo end the operations;"]) == ""


def test_numbers_labels_and_headings(exported: Path) -> None:
    texts = [p.text for p in _body(docx.Document(str(exported)))]
    assert "\t1.\tCalls upon the authorities of Myanmar:" in texts
    assert "\t(a)\tTo end the operations;" in texts
    assert "\t(b)\tTo allow & <access>;" in texts
    assert "\t(i)\tWith a nested item;" in texts
    assert "\t\tI\nImplementation" in texts
    assert "\t2.\tRequests the Secretary-General to report." in texts  # numbering runs across headings


def test_french_labels_and_language(tmp_path: Path) -> None:
    resolution = _ga_adopted("fr")
    resolution.formula = "L’Assemblée générale,"
    resolution.paragraphs[0].text = "Rappelant la résolution 65/1,"
    resolution.paragraphs[0].footnote_refs = []
    path = tmp_path / "fr.docx"
    drafter.export_docx(resolution, path)
    document = docx.Document(str(path))
    texts = _texts(document)
    assert "\ta)\tTo end the operations;" in texts and "\ti)\tWith a nested item;" in texts
    assert texts[2].startswith("\t\tRésolution adoptée par l’Assemblée générale le ")
    rappelant = next(p for p in _body(document) if p.text.startswith("\tRappelant"))
    assert _italic_text(rappelant) == "Rappelant"
    with zipfile.ZipFile(path) as archive:
        document_xml = archive.read("word/document.xml").decode()
        styles_xml = archive.read("word/styles.xml").decode()
    assert 'w:lang w:val="fr-FR"' in document_xml and 'w:val="en-GB"' not in document_xml
    assert 'w:val="fr-FR"' in styles_xml and 'w:val="en-US"' not in styles_xml
    assert document.core_properties.language == "fr-FR"


def test_real_footnotes_at_their_offsets(exported: Path) -> None:
    document = docx.Document(str(exported))
    assert read_footnotes(document) == {1: "Resolution 217 A (III).", 2: "A/72/53 & <x>."}
    body = document.element.body
    assert reference_ids(body) == [1, 2]
    guided = next(p for p in _body(document) if p.text.startswith("\tGuided"))
    runs = guided._p.findall("w:r", NS)
    last = runs[-1]
    assert last.find("w:footnoteReference", NS) is not None  # after the comma at offset 44
    assert last.find("w:rPr/w:rStyle", NS).get(f"{{{NS['w']}}}val") == "FootnoteReference"
    allow = next(p for p in _body(document) if "To allow" in p.text)
    pieces = []
    for r in allow._p.findall("w:r", NS):
        pieces.append("^" if r.find("w:footnoteReference", NS) is not None else Run(r, allow).text)
    assert "".join(pieces) == "\t(b)\tTo allow^ & <access>;"


def test_closing_meeting_lines_italic_right_aligned(exported: Path) -> None:
    closing = _body(docx.Document(str(exported)))[-2:]
    assert [p.text for p in closing] == ["76th plenary meeting", "24 December 2017"]
    for paragraph in closing:
        assert paragraph.alignment == docx.enum.text.WD_ALIGN_PARAGRAPH.RIGHT
        assert all(run.italic for run in paragraph.runs)
    assert closing[0].paragraph_format.space_after == 0  # the two lines stay together
    assert closing[0].paragraph_format.keep_with_next


def test_headers_footers_and_core_properties(exported: Path) -> None:
    document = docx.Document(str(exported))
    section = document.sections[0]
    first = " ".join(c.text for t in section.first_page_header.tables for r in t.rows for c in r.cells)
    expected_lines = (
        "United Nations", "A/RES/72/248", "General Assembly", "Distr.: General", "23 January 2018",
    )
    for expected in expected_lines:
        assert expected in first
    assert "Original" not in first  # A/RES documents carry no "Original:" line
    assert section.even_page_header.paragraphs[0].text == "A/RES/72/248\tSituation of human rights in Myanmar"
    assert section.header.paragraphs[0].text == "Situation of human rights in Myanmar\tA/RES/72/248"
    assert section.first_page_footer.paragraphs[0].text == "17-23338 (E)"
    footer_xml = etree.tostring(section.footer._element).decode()
    assert "PAGE" in footer_xml and "NUMPAGES" in footer_xml and "17-23338" in footer_xml
    assert document.settings.odd_and_even_pages_header_footer
    core = document.core_properties
    assert (core.title, core.subject) == ("Situation of human rights in Myanmar", "A/RES/72/248")


def _draft(organ: Organ, symbol: str) -> Resolution:
    resolution = _ga_adopted()
    resolution.meta = Metadata(
        organ=organ, language="en", symbol=symbol, status=DocumentStatus.DRAFT,
        session="Eightieth session", committee="Third Committee" if organ is Organ.GA_COMMITTEE else "",
        agenda_item="25 (b)", agenda_title="Social development", title="Promoting social integration",
        sponsors=["Peru", "Chile", "Mexico"], date="20 October 2025", original_language="Original: English",
    )
    resolution.closing = []
    return resolution


def test_draft_l_document_heading_block(tmp_path: Path) -> None:
    path = tmp_path / "draft.docx"
    drafter.export_docx(_draft(Organ.GA_COMMITTEE, "A/C.3/80/L.10"), path)
    document = docx.Document(str(path))
    texts = [p.text.strip() for p in _body(document)]
    assert texts[:6] == [
        "Eightieth session", "Third Committee", "Agenda item 25 (b)", "Social development",
        "Peru, Chile and Mexico: draft resolution", "Promoting social integration",
    ]
    assert not any("plenary meeting" in t or "adopted" in t for t in texts)
    first = " ".join(
        c.text for t in document.sections[0].first_page_header.tables for r in t.rows for c in r.cells
    )
    assert "Distr.: Limited" in first and "Original: English" in first and "A/C.3/80/L.10" in first


def test_security_council_heading(tmp_path: Path) -> None:
    resolution = _ga_adopted()
    resolution.formula = "The Security Council,"
    resolution.meta = Metadata(
        organ=Organ.SC, language="en", symbol="S/RES/2231 (2015)", status=DocumentStatus.ADOPTED,
        number="2231 (2015)", meeting="7488th meeting", adoption_date="20 July 2015",
    )
    resolution.closing = []
    path = tmp_path / "sc.docx"
    drafter.export_docx(resolution, path)
    document = docx.Document(str(path))
    texts = [p.text.strip() for p in _body(document)]
    assert texts[:3] == [
        "Resolution 2231 (2015)",
        "Adopted by the Security Council at its 7488th meeting, on 20 July 2015",
        "The Security Council,",
    ]
    first = " ".join(
        c.text for t in document.sections[0].first_page_header.tables for r in t.rows for c in r.cells
    )
    assert "Security Council" in first


@pytest.mark.parametrize(
    ("organ", "expected"),
    [(Organ.ECOSOC, "Resolution adopted by the Economic and Social Council on 17 April 2018"),
     (Organ.HRC, "Resolution adopted by the Human Rights Council on 17 April 2018")],
)
def test_ecosoc_and_hrc_adoption_lines(tmp_path: Path, organ: Organ, expected: str) -> None:
    resolution = _ga_adopted()
    resolution.meta.organ = organ
    resolution.meta.adoption_date = "17 April 2018"
    path = tmp_path / "x.docx"
    drafter.export_docx(resolution, path)
    assert expected in [t.strip() for t in _texts(docx.Document(str(path)))]


def test_annexes_start_on_a_new_page(tmp_path: Path) -> None:
    resolution = _ga_adopted()
    paragraphs = ["1.\tWe, the Heads of State.", "2.\tWe resolve."]
    resolution.annexes = [Annex("Annex\nDeclaration on the matter", paragraphs)]
    path = tmp_path / "annex.docx"
    drafter.export_docx(resolution, path)
    body = _body(docx.Document(str(path)))
    annex = next(p for p in body if p.text == "Annex")
    assert annex.paragraph_format.page_break_before
    texts = [p.text for p in body]
    assert texts[-3:] == ["\t\tDeclaration on the matter", *(f"\t{p}" for p in paragraphs)]


def test_source_italic_spans_are_kept_unless_lexicon_is_asked(tmp_path: Path) -> None:
    resolution = _ga_adopted()
    resolution.paragraphs[1].italic_spans = [Span(0, 9), Span(10, 13)]  # "Recalling", "its"
    document = build_document(resolution)
    recalling = next(p for p in document.paragraphs if p.text.startswith("\tRecalling"))
    assert _italic_text(recalling) == "Recallingits"
    document = build_document(resolution, ExportOptions(italics="lexicon"))
    recalling = next(p for p in document.paragraphs if p.text.startswith("\tRecalling"))
    assert _italic_text(recalling) == "Recalling"


def test_segments_split_at_italics_and_marks() -> None:
    content = BodyContent("Noting the report,", italic=[(0, 6)], notes=[(17, 1), (18, 2)])
    assert RunFactory.segments(content) == [
        Segment("Noting", True), Segment(" the report", False), Segment(note_id=1),
        Segment(",", False), Segment(note_id=2),
    ]
    # marks out of range are clamped, never lost
    assert RunFactory.segments(BodyContent("ab", notes=[(9, 3)])) == [Segment("ab"), Segment(note_id=3)]


def test_a_custom_emitter_receives_every_body_paragraph() -> None:
    seen: list[tuple[str | None, str]] = []

    class Recording(PlainRunEmitter):
        def label(self, p, label, runs):  # type: ignore[no-untyped-def]
            seen.append((label, ""))
            super().label(p, label, runs)

        def body(self, p, content, runs):  # type: ignore[no-untyped-def]
            seen.append(("body", content.text))
            super().body(p, content, runs)

    resolution = _ga_adopted()
    build_document(resolution, ExportOptions(emitter=Recording()))
    bodies = [text for kind, text in seen if kind == "body"]
    assert bodies == ["The General Assembly,"] + [p.text for p in resolution.paragraphs]
    labels = [label for label, _ in seen if label != "body"]
    assert labels == [None, None, None, "1.", "(a)", "(b)", "(i)", "2."]


def test_unwritable_path_is_one_clear_error(tmp_path: Path) -> None:
    target = tmp_path / "missing" / "out.docx"
    with pytest.raises(DrafterError, match="cannot write"):
        drafter.export_docx(_ga_adopted(), target)
    with pytest.raises(DrafterError, match="paper"):
        drafter.export_docx(_ga_adopted(), tmp_path / "x.docx", paper="legal")


def test_cli_export_reports_bad_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli_main(["export", str(tmp_path / "nope.txt"), "-o", str(tmp_path / "o.docx")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("drafter: ") and "nope.txt" in err and "Traceback" not in err
    assert cli_main(["export", str(tmp_path / "a.txt"), "-o", str(tmp_path / "o.pdf")]) == 2
    assert "must be a .docx" in capsys.readouterr().err


def test_cli_export_writes_the_word_file(corpus: Path, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "fr.docx"
    assert cli_main(["export", str(corpus / "GA_68_131_fr.txt"), "-o", str(out), "--paper", "a4"]) == 0
    assert f"wrote {out}" in capsys.readouterr().out
    document = docx.Document(str(out))
    assert round(document.sections[-1].page_width.mm) == 210
    assert document.core_properties.subject == drafter.read(corpus / "GA_68_131_fr.txt").meta.symbol
    assert read_footnotes(document)  # the seed's notes are real Word notes


def test_annex_title_and_headings_get_heading_styles(tmp_path: Path) -> None:
    resolution = _ga_adopted()
    resolution.annexes = [Annex("Annex", [
        "Guidelines on the protection of the atmosphere", "Guideline 1", "Use of terms",
        "For the purposes of the present guidelines:", "(a) “atmosphere” means the envelope of gases;",
    ])]
    path = tmp_path / "annex.docx"
    drafter.export_docx(resolution, path)
    body = _body(docx.Document(str(path)))
    start = next(i for i, p in enumerate(body) if p.text == "Annex")
    styles = [(p.style.style_id, p.text.strip()) for p in body[start + 1:]]
    assert [style for style, _ in styles] == ["H1", "H23", "H23", "SingleTxt", "SingleTxt"]
    assert [text for _, text in styles] == resolution.annexes[0].paragraphs


def test_footnote_titles_of_publications_are_italic(tmp_path: Path) -> None:
    resolution = _ga_adopted()
    resolution.footnotes = [
        Footnote(1, "United Nations, Treaty Series, vol. 1577, No. 27531."),
        Footnote(2, "See Official Records of the General Assembly, Seventy-second Session, "
                    "Supplement No. 53 (A/72/53), chap. IV."),
    ]
    path = tmp_path / "notes.docx"
    drafter.export_docx(resolution, path)
    with zipfile.ZipFile(path) as archive:
        root = etree.fromstring(archive.read("word/footnotes.xml"))
    runs = root.iter(f"{{{NS['w']}}}r")
    italic = ["".join(r.itertext()) for r in runs if r.find("w:rPr/w:i", NS) is not None]
    assert italic == ["Treaty Series", "Official Records of the General Assembly, Seventy-second Session, "
                                       "Supplement No. 53"]
    assert read_footnotes(docx.Document(str(path)))[2].startswith("See Official Records")  # text unchanged


def test_section_numeral_precedes_the_heading_title(tmp_path: Path) -> None:
    resolution = _ga_adopted()
    resolution.paragraphs[6] = Paragraph(K.HEADING, "Capacity-building", source_label="II")
    document = build_document(resolution)
    heading = next(p for p in document.paragraphs if "Capacity-building" in p.text)
    assert heading.text == "\t\tII\nCapacity-building"  # as official files: numeral, line break, title
    assert heading.style.style_id == "H23"


def test_security_council_without_a_bare_meeting_number_uses_the_older_date_line() -> None:
    resolution = _ga_adopted()
    resolution.formula = "The Security Council,"
    resolution.meta = Metadata(
        organ=Organ.SC, language="en", symbol="S/RES/242 (1967)", status=DocumentStatus.ADOPTED,
        number="242 (1967)", meeting="Adopted unanimously at the 1382nd meeting.",
        adoption_date="22 November 1967",
    )
    resolution.closing = ["Adopted unanimously at the 1382nd meeting."]
    texts = [p.text.strip() for p in build_document(resolution).paragraphs if p.text.strip()]
    assert texts[:2] == ["Resolution 242 (1967)", "of 22 November 1967"]
    assert texts[-1] == "Adopted unanimously at the 1382nd meeting."


def test_control_characters_unknown_language_and_empty_model_never_break_the_export(tmp_path: Path) -> None:
    resolution = _ga_adopted()
    resolution.meta.language = "de"  # no strings, lexicon or settings: English layout strings
    resolution.meta.title = "Title\x0cwith a form feed\x01"
    resolution.paragraphs[1].text = "Recalling its resolution\x0b70/233,\x07"
    path = tmp_path / "odd.docx"
    drafter.export_docx(resolution, path)
    document = docx.Document(str(path))
    assert "\tRecalling its resolution\n70/233," in [p.text for p in document.paragraphs]
    assert document.core_properties.title == "Title with a form feed"
    empty = tmp_path / "empty.docx"
    drafter.export_docx(Resolution(), empty)
    assert docx.Document(str(empty)).sections[0].page_width == Pt(612)


def test_arabic_is_right_to_left_with_arabic_letters() -> None:
    resolution = _ga_adopted("ar")
    resolution.formula = "إن الجمعية العامة،"
    document = build_document(resolution)
    texts = [p.text for p in document.paragraphs]
    assert "\t(أ)\tTo end the operations;" in texts and "\t(ب)\tTo allow & <access>;" in texts
    body = [p for p in document.paragraphs if p.text.strip()]
    assert all(p._p.find("w:pPr/w:bidi", NS) is not None for p in body)
    assert all(r._r.find("w:rPr/w:rtl", NS) is not None for p in body for r in p.runs if r.text.strip())
    first_header = document.sections[0].first_page_header._element
    assert first_header.find(".//w:tblPr/w:bidiVisual", NS) is not None
    assert "\t72/248. -\tSituation of human rights in Myanmar" in texts  # the Arabic title number
    english = [p.text for p in build_document(_ga_adopted()).paragraphs]
    assert "\t72/248.\tSituation of human rights in Myanmar" in english


def test_human_rights_council_defaults_to_a4_unless_letter_is_asked() -> None:
    resolution = _ga_adopted()
    resolution.meta.organ = Organ.HRC
    assert round(build_document(resolution).sections[-1].page_width.mm) == 210  # Geneva
    letter = build_document(resolution, ExportOptions(paper="letter"))
    assert letter.sections[-1].page_width == Pt(612)
