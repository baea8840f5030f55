"""A footnote mark never wraps away from its word on the page, and the joiner that keeps
it there stays out of the model and the clipboard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from drafter.core.model import Resolution
from drafter.gui.footnote_marks import JOINERS, OBJECT_CHAR, mark_positions
from drafter.gui.main_window import MainWindow
from drafter.settings import Settings
from support.editor import block_with, hyphen_checker, put_cursor
from support.marks import WORDS, marked_resolution, staggered_texts


def _window(qtbot, resolution: Resolution) -> MainWindow:
    window = MainWindow(checker=hyphen_checker, settings=Settings(), grammar=False)
    qtbot.addWidget(window)
    window.resize(1280, 900)
    window.load_resolution(resolution)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_a_mark_at_the_line_end_stays_on_the_line_of_its_word(qtbot) -> None:
    texts = staggered_texts()
    window = _window(qtbot, marked_resolution(texts, every_word=True))
    document = window.editor.document()
    at_line_end = 0
    for position in mark_positions(document):
        block = document.findBlock(position)
        document.documentLayout().blockBoundingRect(block)  # laid out now, not when scrolled to
        layout = block.layout()
        column = position - block.position()
        word_end = column - 1
        while block.text()[word_end] in JOINERS:
            word_end -= 1
        assert layout.lineForTextPosition(column).isValid()
        mark_line = layout.lineForTextPosition(column).lineNumber()
        assert mark_line == layout.lineForTextPosition(word_end).lineNumber(), block.text()
        line = layout.lineAt(mark_line)
        if line.textStart() + line.textLength() <= column + 2 and mark_line + 1 < layout.lineCount():
            at_line_end += 1  # the mark ends a line that another line follows
    assert at_line_end >= 1  # the case the joiner exists for did occur
    # the model has the words and the marks, not the joiners
    assert [p.text for p in window.resolution().paragraphs] == texts
    assert [[r.offset for r in p.footnote_refs] for p in window.resolution().paragraphs] == [
        [i for i, c in enumerate(text) if c == " " and i] for text in texts]


def test_a_footnote_typed_after_a_word_is_joined_to_it_and_saved_without_the_joiner(qtbot) -> None:
    window = _window(qtbot, marked_resolution([WORDS + ";"]))
    editor = window.editor
    block = block_with(editor, "Takes note")
    cursor = editor.textCursor()
    cursor.setPosition(block.position() + len("Takes note"))
    editor.setTextCursor(cursor)
    window.actions_by_name["footnote"].trigger()  # Insert ▸ Footnote
    assert block.text().startswith("Takes note" + JOINERS[0] + OBJECT_CHAR)
    paragraph = window.resolution().paragraphs[0]
    assert paragraph.text == WORDS + ";"
    assert sorted(ref.offset for ref in paragraph.footnote_refs) == [len("Takes note"), len(WORDS) + 1]


def test_copy_puts_neither_marks_nor_joiners_on_the_clipboard(qtbot) -> None:
    window = _window(qtbot, marked_resolution([WORDS + ";"]))
    editor = window.editor
    put_cursor(editor, block_with(editor, "Takes note"), at_end=False)
    cursor = editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.EndOfBlock, cursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    clipboard = QApplication.clipboard().mimeData()
    assert clipboard.text() == WORDS + ";"
    assert not any(c in clipboard.html() for c in (OBJECT_CHAR, *JOINERS))


def test_in_right_to_left_text_the_word_joiner_keeps_arabic_letters_as_they_are(qtbot) -> None:
    resolution = marked_resolution(["إن الجمعية العامة تحيط علما بالتقرير"])
    resolution.meta.language = "ar"
    window = _window(qtbot, resolution)
    block = block_with(window.editor, "إن الجمعية")
    assert block.text().endswith("بالتقرير\u2060" + OBJECT_CHAR)
    assert window.resolution().paragraphs[0].text == "إن الجمعية العامة تحيط علما بالتقرير"
