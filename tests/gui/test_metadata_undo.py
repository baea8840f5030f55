"""Document panel edits (sponsors, dates, number, symbol, title…) are undoable with Ctrl+Z."""

from __future__ import annotations

from PySide6.QtCore import Qt

from drafter.gui.kinds import BlockKind

CTRL = Qt.KeyboardModifier.ControlModifier


def _type_in(qtbot, edit, text: str) -> None:
    """Replace a panel field's text as a drafter would, then leave the field (Return)."""
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def test_plain_fields_are_undone_and_redone(window, qtbot):
    editor, panel = window.editor, window.metadata
    _type_in(qtbot, panel.sponsors, "France, Chile")
    _type_in(qtbot, panel.plain_edits["date"], "12 March 2026")
    _type_in(qtbot, panel.plain_edits["number"], "80/5")
    meta = window.resolution().meta
    assert (meta.sponsors, meta.date, meta.number) == (["France", "Chile"], "12 March 2026", "80/5")
    assert editor.document().isModified()
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL)
    assert window.resolution().meta.number == ""
    assert panel.plain_edits["number"].text() == ""  # the panel follows the undo
    qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL)
    qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL)
    meta = window.resolution().meta
    assert (meta.sponsors, meta.date, meta.number) == ([], "", "")
    assert panel.sponsors.text() == ""
    assert not editor.document().isUndoAvailable()
    editor.redo()
    assert window.resolution().meta.sponsors == ["France", "Chile"]
    assert panel.sponsors.text() == "France, Chile"


def test_heading_fields_from_the_panel_are_undone(window, qtbot):
    editor, panel = window.editor, window.metadata
    _type_in(qtbot, panel.header_edits[BlockKind.TITLE], "A new title")
    _type_in(qtbot, panel.header_edits[BlockKind.SYMBOL], "A/80/L.9")
    assert (window.resolution().meta.title, window.resolution().meta.symbol) == ("A new title", "A/80/L.9")
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL)
    qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL)
    meta = window.resolution().meta
    assert (meta.title, meta.symbol) == ("Test resolution", "A/80/L.1")


def test_leaving_a_field_unchanged_is_not_an_edit(window, qtbot):
    _type_in(qtbot, window.metadata.plain_edits["meeting"], "")
    assert not window.editor.document().isUndoAvailable()
