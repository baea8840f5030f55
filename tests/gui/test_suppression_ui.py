"""Ignore once and Disable rule in the editor: stable across moves, and undoable."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from support.editor import block_with, put_cursor

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def _rules_at(window) -> list[tuple[str, str]]:
    window.checks.run_now(force=True)
    return [(d.rule, d.paragraph) for d in window.issues.diagnostics]


def test_ignored_occurrence_stays_ignored_when_its_paragraph_moves(window, qtbot):
    editor = window.editor
    assert _rules_at(window) == [("test-hyphen", "OP1")]
    window.ignore_once(window.issues.diagnostics[0])
    assert _rules_at(window) == []
    # OP1 moves down twice: it is now OP3, and still ignored
    put_cursor(editor, block_with(editor, "Welcomes"))
    qtbot.keyClick(editor, Qt.Key.Key_Down, ALT)
    qtbot.keyClick(editor, Qt.Key.Key_Down, ALT)
    assert editor.block_label(block_with(editor, "Welcomes")) == "3."
    assert window.resolution().find("OP3").text.startswith("Welcomes")
    assert _rules_at(window) == []
    # a paragraph with the same flagged words elsewhere is still reported
    put_cursor(editor, block_with(editor, "Decides"))
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "Thanks the Secretary General;")
    assert _rules_at(window) == [("test-hyphen", "OP2")]
    qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL)  # typing undone
    while block_with_or_none(editor, "Thanks") is not None:
        qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL)
    assert _rules_at(window) == []


def test_ignored_occurrence_comes_back_when_the_flagged_words_change(window, qtbot):
    editor = window.editor
    window.checks.run_now(force=True)
    window.ignore_once(window.issues.diagnostics[0])
    assert _rules_at(window) == []
    block = block_with(editor, "Welcomes")
    start = block.text().index("General")
    cursor = QTextCursor(block)
    cursor.setPosition(block.position() + start)
    cursor.setPosition(block.position() + start + len("General"), QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    qtbot.keyClicks(editor, "Generals")
    assert _rules_at(window) == [("test-hyphen", "OP1")]


def block_with_or_none(editor, text: str):
    block = editor.document().begin()
    while block.isValid():
        if block.text().startswith(text):
            return block
        block = block.next()
    return None


def test_ignore_once_and_disable_rule_are_undone_and_redone_with_ctrl_z(window, qtbot):
    editor = window.editor
    assert _rules_at(window) == [("test-hyphen", "OP1")]
    window.ignore_once(window.issues.diagnostics[0])
    assert _rules_at(window) == []
    qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL)
    assert editor.base.ignored == [] and window.resolution().ignored == []
    assert _rules_at(window) == [("test-hyphen", "OP1")]
    window.disable_rule(window.issues.diagnostics[0])
    assert _rules_at(window) == []
    assert window.resolution().meta.disabled_rules == ["test-hyphen"]
    qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL)
    assert window.resolution().meta.disabled_rules == []
    assert _rules_at(window) == [("test-hyphen", "OP1")]
    editor.redo()
    assert window.resolution().meta.disabled_rules == ["test-hyphen"]
    assert _rules_at(window) == []
