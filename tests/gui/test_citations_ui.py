"""Citations in the editor, driven as a drafter would: completion, hover, References pane."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolTip

from drafter.citations.index import default_index
from drafter.gui.citation_completion import citation_text, entry_tooltip
from support.editor import block_with, put_cursor, type_unicode


def _new_preambular(window, qtbot) -> None:
    put_cursor(window.editor, block_with(window.editor, "Noting with concern"))
    qtbot.keyClick(window.editor, Qt.Key.Key_Return)


def test_typing_resolution_70_offers_the_index_and_inserts_a_dated_first_mention(window, qtbot):
    editor = window.editor
    _new_preambular(window, qtbot)
    qtbot.keyClicks(editor, "Recalling its resolution 70/")
    popup = window.citation_completer.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    first = popup.model().index(0, 0).data()
    assert first.startswith("70/1 — 25 September 2015 — Transforming our world")
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert editor.textCursor().block().text() == "Recalling its resolution 70/1 of 25 September 2015"


def test_a_later_mention_is_inserted_without_its_date(window, qtbot):
    editor = window.editor
    _new_preambular(window, qtbot)
    qtbot.keyClicks(editor, "Recalling its resolution 70/1 of 25 September 2015,")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "Bearing in mind resolution 70/")
    popup = window.citation_completer.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert editor.textCursor().block().text() == "Bearing in mind resolution 70/1"


def test_french_insertion_uses_the_french_date(window, qtbot):
    entry = default_index().get("GA 70/1")
    assert citation_text(entry, "fr", True) == "70/1 du 25 septembre 2015"
    assert citation_text(entry, "es", True) == "70/1, de 25 de septiembre de 2015"


def test_hovering_a_cited_symbol_shows_its_entry(window, qtbot):
    editor = window.editor
    _new_preambular(window, qtbot)
    type_unicode(editor, "Recalling its resolution 70/1 of 25 September 2015,")
    block = editor.textCursor().block()
    cursor = editor.textCursor()
    cursor.setPosition(block.position() + len("Recalling its resolution 7"))
    point = editor.cursorRect(cursor).center()
    event = QHelpEvent(QEvent.Type.ToolTip, point, editor.viewport().mapToGlobal(point))
    QApplication.sendEvent(editor.viewport(), event)
    qtbot.waitUntil(lambda: "Transforming our world" in QToolTip.text(), timeout=2000)
    assert QToolTip.text().startswith("GA resolution 70/1\n25 September 2015")
    entry = window.citation_completer.entry_at(point)
    assert entry is not None and entry_tooltip(entry, "en") == QToolTip.text()


def test_references_pane_lists_statuses(window, qtbot):
    editor = window.editor
    _new_preambular(window, qtbot)
    qtbot.keyClicks(editor, "Recalling its resolutions 70/1 of 25 October 2015 and 74/153 of 18 December 2019"
                    " and Security Council resolution 9999 (2031),")
    dock = window.references
    qtbot.waitUntil(lambda: "70/1" in dock.statuses(), timeout=3000)
    statuses = dock.statuses()
    assert statuses["70/1"] == "conflicting"
    assert statuses["74/153"] == "checked"
    assert statuses["9999 (2031)"] == "unknown"
    QTest.qWait(10)


def test_import_a_folder_from_the_references_pane(window, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from drafter.citations.index import reload_index

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    folder = tmp_path / "texts"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "United Nations\nA/RES/99/3\nGeneral Assembly\nDistr.: General\n3 January 2045\n"
        "Resolution adopted by the General Assembly on 20 December 2044\n\n99/3. Oceans\n\n"
        "The General Assembly,\n\nRecalling its resolution 70/1 of 25 September 2015,\n\n"
        "1. Decides to act.\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args: str(folder))
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: shown.append(text))
    editor = window.editor
    _new_preambular(window, qtbot)
    qtbot.keyClicks(editor, "Recalling its resolution 99/3 of 20 December 2044,")
    dock = window.references
    qtbot.waitUntil(lambda: dock.statuses().get("99/3") == "unknown", timeout=3000)
    qtbot.mouseClick(dock.import_button, Qt.MouseButton.LeftButton)
    assert shown and shown[0].startswith("1 text read into")
    assert dock.statuses()["99/3"] == "checked"
    monkeypatch.undo()
    reload_index()
