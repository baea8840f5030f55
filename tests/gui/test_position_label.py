"""The status bar's kind and label follow the paragraph when a key changes its level, not only
when the cursor moves ("Sub-paragraph (iii)" must not stay on what Enter made a (c))."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from drafter.core.model import Metadata, Paragraph, ParagraphKind, Resolution, assign_addresses
from support.files import make_editor


def _nested() -> Resolution:
    paragraphs = [
        Paragraph(ParagraphKind.PREAMBULAR, "Recalling its resolution 75/1,"),
        Paragraph(ParagraphKind.OPERATIVE, "Calls upon States:"),
        Paragraph(ParagraphKind.SUBPARAGRAPH, "To act;", level=1),
        Paragraph(ParagraphKind.SUBPARAGRAPH, "To report:", level=1),
        Paragraph(ParagraphKind.SUBPARAGRAPH, "on progress;", level=2),
        Paragraph(ParagraphKind.SUBPARAGRAPH, "on gaps;", level=2),
    ]
    assign_addresses(paragraphs)
    return Resolution(meta=Metadata(symbol="A/80/L.1"), formula="The General Assembly,",
                      paragraphs=paragraphs)


def test_enter_on_an_empty_sub_item_updates_the_label(qtbot, tmp_path) -> None:
    editor = make_editor(qtbot, tmp_path, resolution=_nested())
    window, page = editor.window, editor.window.editor
    block = page.document().lastBlock()
    while not block.text().startswith("on gaps"):
        block = block.previous()
    cursor = QTextCursor(block)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    page.setTextCursor(cursor)
    qtbot.keyClick(page, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.position_label.text() == "Sub-paragraph (iii)", timeout=2000)
    qtbot.keyClick(page, Qt.Key.Key_Return)  # empty (iii): back one level, as in Word lists
    assert page.block_label(page.textCursor().block()) == "(c)"
    qtbot.waitUntil(lambda: window.position_label.text() == "Sub-paragraph (c)", timeout=2000)
