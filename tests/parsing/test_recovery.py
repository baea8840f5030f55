"""Structure recovery from reader blocks: the decisions shared by the text and Word readers.

The Word reader hands over blocks with automatic numbering, italic ranges and
footnote references already separated; these tests build such blocks by hand and
check that labels leave the text while offsets follow, that metadata comes from the
cover, and that nothing a reader can produce makes recovery fail.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from drafter.core.model import DocumentStatus, Footnote, FootnoteRef, Organ, ParagraphKind, Span
from drafter.formats.text.reader import parse_text
from drafter.parsing.blocks import SourceBlock, SourceDocument
from drafter.parsing.labels import SubLevels, parse_label
from drafter.parsing.recovery import recover_structure


def blocks(*texts: str) -> list[SourceBlock]:
    return [SourceBlock(text, line=index + 1) for index, text in enumerate(texts)]


def test_word_automatic_numbering_is_kept_as_label_not_text() -> None:
    document = SourceDocument(
        blocks=[
            SourceBlock("The General Assembly,"),
            SourceBlock("Recalling its resolutions,", italic_spans=[Span(0, 9)]),
            SourceBlock("Requests the Secretary-General:", auto_label="1.", auto_level=0),
            SourceBlock("To report;", auto_label="(a)", auto_level=1),
            SourceBlock("To act.", auto_label="(b)", auto_level=1),
        ],
        footnotes_resolved=True,
        formatted=True,
    )
    resolution = recover_structure(document, "en")
    assert [(p.address, p.kind.value, p.source_label, p.auto_numbered) for p in resolution.paragraphs] == [
        ("PP1", "preambular", None, False),
        ("OP1", "operative", "1.", True),
        ("OP1(a)", "subparagraph", "(a)", True),
        ("OP1(b)", "subparagraph", "(b)", True),
    ]
    assert resolution.find("OP1").text == "Requests the Secretary-General:"  # type: ignore[union-attr]
    assert resolution.paragraphs[0].italic_spans == [Span(0, 9)]


def test_typed_label_shifts_italics_and_footnote_refs() -> None:
    text = "\t5.\tRecalls its resolution 70/1;"
    # "Recalls" is italic at [4, 11) and a Word footnote reference stands after "70/1".
    block = SourceBlock(
        text,
        italic_spans=[Span(4, 11), Span(0, 2)],
        footnote_refs=[FootnoteRef(3, len(text) - 1, styled=True)],
    )
    document = SourceDocument(
        blocks=[SourceBlock("The General Assembly,"), block],
        footnotes=[Footnote(3, "A/70/1.")],
        footnotes_resolved=True,
    )
    paragraph = recover_structure(document, "en").paragraphs[0]
    assert paragraph.source_label == "5." and paragraph.text == "Recalls its resolution 70/1;"
    assert paragraph.italic_spans == [Span(0, 7)]  # the span inside the label is dropped
    assert paragraph.text[: paragraph.footnote_refs[0].offset].endswith("70/1")
    assert paragraph.footnote_refs[0].styled is True


def test_resolved_footnotes_leave_digits_alone() -> None:
    document = SourceDocument(
        blocks=blocks("The General Assembly,", "Recalling resolution 70/1 of 2015,1"),
        footnotes=[Footnote(1, "x")],
        footnotes_resolved=True,
    )
    paragraph = recover_structure(document, "en").paragraphs[0]
    assert paragraph.text.endswith("2015,1") and paragraph.footnote_refs == []


def test_unresolved_footnotes_are_found_in_the_text() -> None:
    document = SourceDocument(
        blocks=blocks("The General Assembly,", "Recalling the Samoa Pathway1 and its resolution,"),
        footnotes=[Footnote(1, "Resolution 69/15, annex.")],
    )
    paragraph = recover_structure(document, "en").paragraphs[0]
    assert paragraph.text == "Recalling the Samoa Pathway and its resolution,"
    offset = len("Recalling the Samoa Pathway")
    assert [(r.number, r.offset) for r in paragraph.footnote_refs] == [(1, offset)]


def test_header_blocks_and_word_heading_with_line_break() -> None:
    document = SourceDocument(
        blocks=[
            SourceBlock("A/RES/72/73", is_header=True),
            SourceBlock("72/73.\tOceans and the law of the sea"),
            SourceBlock("The General Assembly,"),
            SourceBlock("Recalling its resolutions,"),
            SourceBlock("\t\tII\nCapacity-building"),
            SourceBlock("\t10.\tEmphasizes that capacity-building is essential;"),
        ],
        header_lines=["United Nations"],
    )
    resolution = recover_structure(document, "en")
    assert resolution.heading_lines[:2] == ["United Nations", "A/RES/72/73"]
    heading = resolution.find("H1")
    assert heading is not None and (heading.text, heading.source_label) == ("Capacity-building", "II")
    assert resolution.meta.symbol == "A/RES/72/73"
    assert resolution.meta.title == "Oceans and the law of the sea"
    assert resolution.find("OP1").source_label == "10."  # type: ignore[union-attr]


def test_draft_cover_gives_committee_sponsors_and_status() -> None:
    text = (
        "United Nations\nA/C.3/80/L.10\nGeneral Assembly\nDistr.: Limited\n3 October 2025\n"
        "Original: English\nEightieth session\nThird Committee\nAgenda item 27\nSocial development\n"
        "Albania, Andorra and Austria: draft resolution\nPromoting social integration\n\n"
        "The General Assembly,\n\nRecalling its resolutions,\n\n1. Decides to remain seized of the matter.\n"
    )
    meta = parse_text(text).meta
    assert meta.status is DocumentStatus.DRAFT and meta.organ is Organ.GA_COMMITTEE
    assert meta.committee == "Third Committee" and meta.distribution == "Limited"
    assert meta.sponsors == ["Albania", "Andorra", "Austria"]
    assert meta.original_language == "English" and meta.symbol == "A/C.3/80/L.10"
    assert (meta.title, meta.agenda_title) == ("Promoting social integration", "Social development")


def test_language_is_detected_when_not_given() -> None:
    text = (
        "L’Assemblée générale,\n\nRappelant ses résolutions,\n\n"
        "1. Prie le Secrétaire général de faire rapport.\n"
    )
    resolution = parse_text(text)
    assert resolution.meta.language == "fr" and resolution.counts()["operative"] == 1


def test_adopted_outcome_document_after_an_unnumbered_clause_is_an_annex() -> None:
    text = (
        "The General Assembly\n\nAdopts the following outcome document:\n\n"
        "Transforming our world\n\nPreamble\n\n1. We, the Heads of State, decide;\n\n"
        "2. We resolve.\n\n4th plenary meeting\n25 September 2015\n"
    )
    resolution = parse_text(text, "en")
    assert resolution.counts()["operative"] == 0
    assert [p.kind for p in resolution.paragraphs] == [ParagraphKind.CLAUSE]
    assert resolution.annexes[0].title == "Transforming our world"


def test_sub_levels_letter_i_roman_i_and_lookahead() -> None:
    levels = SubLevels()
    assert [levels.level(c) for c in "abcdefgh"] == [1] * 8
    assert levels.level("i", next_core="j") == 1  # the letter after (h)
    nested = SubLevels()
    assert [nested.level("a"), nested.level("i"), nested.level("ii"), nested.level("b")] == [1, 2, 2, 1]
    ambiguous = SubLevels()
    assert [ambiguous.level(c) for c in "abcdefgh"] == [1] * 8
    assert ambiguous.level("i", next_core="ii") == 2  # "(i)", "(ii)" under (h)


def test_labels_of_every_style() -> None:
    assert parse_label("12.\tDecides").core == "12"  # type: ignore[union-attr]
    assert parse_label("5 - تطلب").raw == "5 -"  # type: ignore[union-attr]
    assert parse_label("a) point").raw == "a)"  # type: ignore[union-attr]
    assert parse_label("б) пункт").kind == "sub"  # type: ignore[union-attr]
    assert parse_label("(ب) بند").kind == "sub"  # type: ignore[union-attr]
    assert parse_label("XIV").kind == "heading"  # type: ignore[union-attr]
    assert parse_label("2023 was a year") is None
    assert parse_label("75/100. Title") is None


_PIECES = st.sampled_from(
    ["The General Assembly,", "Recalling", "Decides", "1.", "2", "(a)", "i)", "II", "_____", "\f",
     "\n", "\n\n", " ", "\t", "2023,", "3 ", "Annex", "41st plenary meeting", "é", "大会，", "x"]
)


@settings(max_examples=80, deadline=None)
@given(st.lists(_PIECES, max_size=80).map("".join))
def test_any_text_gives_a_resolution_never_an_exception(text: str) -> None:
    resolution = parse_text(text, "en")
    for paragraph in resolution.paragraphs:
        assert paragraph.address
        for ref in paragraph.footnote_refs:
            assert 0 <= ref.offset <= len(paragraph.text)


def test_adopted_text_naming_its_draft_stays_adopted() -> None:
    text = (
        "Resolution adopted by the General Assembly on 25 September 2015\n\n"
        "[without reference to a Main Committee (A/70/L.1)]\n\n70/1.\tTransforming our world\n\n"
        "The General Assembly,\n\nRecalling its resolutions,\n\n1. Decides to act.\n"
    )
    meta = parse_text(text, "en").meta
    assert meta.status is DocumentStatus.ADOPTED and meta.symbol == "A/RES/70/1"
    assert meta.adoption_basis == "[without reference to a Main Committee (A/70/L.1)]"


def test_two_column_sc_cover() -> None:
    text = (
        "United Nations S/RES/1454 (2002)\n\nSecurity Council Distr.: General\n\n30 December 2002\n\n"
        "Resolution 1454 (2002)\n\nAdopted by the Security Council at its 4683rd meeting,\n"
        "on 30 December 2002\n\nThe Security Council,\n\nRecalling its resolutions,\n\n1. Decides to act.\n"
    )
    meta = parse_text(text, "en").meta
    assert (meta.symbol, meta.number, meta.distribution) == ("S/RES/1454 (2002)", "1454 (2002)", "General")
    assert (meta.meeting, meta.adoption_date) == ("4683rd meeting", "30 December 2002")
    assert meta.organ is Organ.SC


def _levels(cores: list[str]) -> list[int]:
    levels = SubLevels()
    following = [*cores[1:], None]
    return [levels.level(core, after) for core, after in zip(cores, following, strict=True)]


def test_letter_c_is_not_roman_and_repeated_i_is_nested() -> None:
    assert _levels(["a", "b", "c", "i", "d"]) == [1, 1, 1, 2, 1]
    # "(i)" nested under "(h)", then the letter "(i)": only the letter can come twice.
    assert _levels(["a", "b", "c", "d", "e", "f", "g", "h", "i", "i", "j"]) == [1] * 8 + [2, 1, 1]


def test_section_numeral_and_title_on_one_line() -> None:
    text = (
        "The General Assembly,\n\nRecalling its resolutions,\n\nA. Mandate of the Office\n\n"
        "1. Decides to act;\n\nIV. Capacity-building\n\n2. Requests a report.\n"
    )
    resolution = parse_text(text, "en")
    headings = [(p.source_label, p.text) for p in resolution.paragraphs if p.kind is ParagraphKind.HEADING]
    assert headings == [("A", "Mandate of the Office"), ("IV", "Capacity-building")]
    assert resolution.counts()["operative"] == 2
