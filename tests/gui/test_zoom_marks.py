"""Footnote marks scale with the zoom, as the words around them do."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from drafter.gui.footnote_marks import mark_positions


def _widths(editor) -> tuple[float, float]:
    """(width of the first mark, width of the word "Decides") on the page, from the layout."""
    document = editor.document()
    QApplication.processEvents()
    position = mark_positions(document)[0]
    block = document.findBlock(position)
    document.documentLayout().blockBoundingRect(block)
    line = block.layout().lineForTextPosition(position - block.position())
    column = position - block.position()
    mark = line.cursorToX(column + 1)[0] - line.cursorToX(column)[0]
    start = block.text().index("Decides")
    word = line.cursorToX(start + len("Decides"))[0] - line.cursorToX(start)[0]
    return mark, word


def test_ctrl_plus_and_ctrl_minus_scale_the_marks_with_the_text(window, qtbot) -> None:
    page = window.editor
    window.activateWindow()  # window shortcuts need the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    page.setFocus()
    mark, word = _widths(page)
    for _ in range(4):  # 100 -> 110 -> 125 -> 150 -> 175 %
        qtbot.keyClick(page, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    big_mark, big_word = _widths(page)
    assert big_word / word > 1.6
    assert abs(big_mark / mark - big_word / word) < 0.15  # the mark grew as the word did
    qtbot.keyClick(page, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    for _ in range(3):  # 100 -> 90 -> 80 -> 75 %
        qtbot.keyClick(page, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    small_mark, small_word = _widths(page)
    assert small_word / word < 0.8
    assert abs(small_mark / mark - small_word / word) < 0.15
