"""The page shows the paper's layout: indents, labels and (i) levels where the Word export puts
them, in proportion to the text, read from the one data source both use (layout.json)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QPainter

from drafter.core.model import Metadata, Paragraph, ParagraphKind, Resolution, assign_addresses
from drafter.core.paper import paper_layout
from drafter.gui.kinds import BASE_POINT_SIZE, BODY_COLUMN, BODY_INDENT
from drafter.gui.main_window import MainWindow
from drafter.settings import Settings
from support.editor import block_with, hyphen_checker

LONG = " and calls upon all States to cooperate fully with the Secretary-General in this regard" * 2
PAPER = paper_layout()
EM = 20 * PAPER.body_point_size  # the paper's em in twips


def _resolution() -> Resolution:
    paragraphs = [
        Paragraph(ParagraphKind.PREAMBULAR, "Recalling its resolutions" + LONG + ","),
        Paragraph(ParagraphKind.OPERATIVE, "Decides" + LONG + ":"),
        Paragraph(ParagraphKind.SUBPARAGRAPH, "to establish" + LONG + ";", level=1),
        Paragraph(ParagraphKind.SUBPARAGRAPH, "to consider" + LONG + ";", level=2),
        # more operative paragraphs: "1." is printed only when there is a second, and a page
        # that scrolls has its scroll bar (as a real resolution has)
        *(Paragraph(ParagraphKind.OPERATIVE, f"Requests {n}" + LONG * 3 + ";") for n in range(8)),
    ]
    assign_addresses(paragraphs)
    return Resolution(meta=Metadata(symbol="A/80/L.3", title="Layout"), formula="The General Assembly,",
                      paragraphs=paragraphs)


@pytest.fixture
def page(qtbot):
    window = MainWindow(checker=hyphen_checker, settings=Settings(), grammar=False)
    qtbot.addWidget(window)
    window.resize(1280, 900)
    window.load_resolution(_resolution())
    window.show()
    qtbot.waitExposed(window)
    return window.editor


def _painted(editor, monkeypatch) -> dict[str, list[float]]:
    """Where the page paints each text (x in viewport pixels, in painting order), from one paint."""
    found: dict[str, list[float]] = {}
    real = QPainter.drawText

    def spy(painter, *args):
        if len(args) == 2 and isinstance(args[0], QPointF) and isinstance(args[1], str):
            found.setdefault(args[1], []).append(args[0].x())
        return real(painter, *args)

    monkeypatch.setattr(QPainter, "drawText", spy)
    editor.viewport().grab()
    monkeypatch.setattr(QPainter, "drawText", real)
    return found


def _ems(editor, block, x: float) -> float:
    """``x`` (viewport pixels) from the block's wrapped-line edge, in ems of the page's font."""
    layout = block.layout()
    edge = layout.position().x() + layout.lineAt(1).x() - editor.horizontalScrollBar().value()
    return (x - edge) / (editor.document().defaultFont().pointSizeF() * 96 / 72)


def _first_line(editor, block) -> float:
    layout = block.layout()
    return layout.position().x() + layout.lineAt(0).x() - editor.horizontalScrollBar().value()


def test_labels_and_first_lines_stand_at_the_papers_tabs(page, monkeypatch) -> None:
    painted = _painted(page, monkeypatch)
    label_tab, text_tab = PAPER.label_tab / EM, PAPER.text_tab / EM  # 2.4 and 4.8 ems
    preambular = block_with(page, "Recalling its resolutions")
    assert _ems(page, preambular, _first_line(page, preambular)) == pytest.approx(label_tab, abs=0.1)
    for start, label in (("Decides", "1."), ("to establish", "(a)"), ("to consider", "(i)")):
        block = block_with(page, start)
        assert page.block_label(block) == label
        assert _ems(page, block, painted[label][0]) == pytest.approx(label_tab, abs=0.1), label
        assert _ems(page, block, _first_line(page, block)) == pytest.approx(text_tab, abs=0.1), label
        assert block.layout().lineAt(1).x() == preambular.layout().lineAt(1).x()  # wrapped lines at the edge


def test_the_body_column_is_the_papers_in_ems_and_holds_its_letters(page) -> None:
    block = block_with(page, "Recalling its resolutions")
    column = block.layout().lineAt(1).width()
    assert column == pytest.approx(BODY_COLUMN, abs=1)
    em = BASE_POINT_SIZE * 96 / 72  # the screen's em in pixels
    assert column / em == pytest.approx(PAPER.column() / EM, abs=0.1)  # the paper's 36.5 ems
    font = page.document().defaultFont()  # Word's 103 % width and 0.2 pt letter spacing, scaled
    assert font.stretch() == PAPER.body["character_width_percent"]
    spacing = PAPER.body["letter_spacing"] / 20 * BASE_POINT_SIZE / 10 * 96 / 72  # twips, scaled, in px
    assert font.letterSpacing() == pytest.approx(spacing, abs=0.02)


def test_the_notes_stand_under_the_text_as_on_paper(window, qtbot, monkeypatch) -> None:
    editor = window.editor
    document = editor.document()
    bar = editor.verticalScrollBar()
    bar.setValue(bar.maximum())  # down to the end, where the notes are
    painted = _painted(editor, monkeypatch)
    notes = editor.laid_out_notes()
    assert [(number, layout.text()) for number, layout in notes] == [("1", "A/80/100.")]
    font = notes[0][1].font()  # the paper's 8.5 pt for 10 pt text
    assert font.pointSizeF() / document.defaultFont().pointSizeF() == pytest.approx(0.85)
    body_edge = document.documentMargin() + BODY_INDENT - editor.horizontalScrollBar().value()
    assert painted["1"][-1] < body_edge  # the note's number (drawn last) hangs before the text's edge
    # the scroll range makes room for them below the text
    text_height = document.documentLayout().documentSize().height()
    assert bar.maximum() + editor.viewport().height() >= text_height + 20
    # a note edited in the Footnotes pane is shown as edited
    window.footnotes.table.item(0, 1).setText("A/80/100 and Corr.1.")
    editor.viewport().grab()
    assert [layout.text() for _, layout in editor.laid_out_notes()] == ["A/80/100 and Corr.1."]


def test_a_section_heading_keeps_its_numeral_above_it_at_the_body_edge(qtbot, monkeypatch) -> None:
    paragraphs = [Paragraph(ParagraphKind.HEADING, "Seventy-third session", source_label="XVII"),
                  Paragraph(ParagraphKind.OPERATIVE, "Requests a report;"),
                  Paragraph(ParagraphKind.OPERATIVE, "Decides to remain seized of the matter.")]
    assign_addresses(paragraphs)
    window = MainWindow(checker=hyphen_checker, settings=Settings(), grammar=False)
    qtbot.addWidget(window)
    window.load_resolution(Resolution(meta=Metadata(symbol="A/80/L.4"), formula="The General Assembly,",
                                      paragraphs=paragraphs))
    window.show()
    qtbot.waitExposed(window)
    editor = window.editor
    heading = block_with(editor, "Seventy-third session")
    painted = _painted(editor, monkeypatch)
    edge = editor.document().documentMargin() + BODY_INDENT - editor.horizontalScrollBar().value()
    assert _first_line(editor, heading) == pytest.approx(edge)  # not centred: at the body's edge
    assert painted["XVII"][0] == pytest.approx(edge)  # the numeral above the title's start
    assert window.resolution().paragraphs[0].source_label == "XVII"  # saved as it was read
