"""Compare ▸ Open Parallel Version…: the other language beside the page, aligned and checked."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QFileDialog, QMenu

import drafter
from drafter.gui.main_window import MainWindow
from drafter.settings import Settings
from support.corpus import CORPUS

pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus not present")


@pytest.fixture
def english(qtbot, monkeypatch):
    window = MainWindow(checker=lambda resolution, options: [], settings=Settings(), grammar=False)
    qtbot.addWidget(window)
    window.load_resolution(drafter.read(CORPUS / "GA_75_100_en.txt"), CORPUS / "GA_75_100_en.txt")
    window.show()
    qtbot.waitExposed(window)
    russian = str(CORPUS / "GA_75_100_ru.txt")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (russian, ""))
    return window


def _open_from_the_menu(window: MainWindow) -> None:
    compare = window.findChild(QMenu, "CompareMenu")
    action = next(a for a in compare.actions() if a.objectName() == "open_parallel")
    action.trigger()


def test_the_menu_opens_the_other_version_aligned_with_its_finding(english) -> None:
    _open_from_the_menu(english)
    dock = english.parallel.dock
    assert dock is not None and dock.isVisible()
    assert dock.table.rowCount() == 28
    assert dock.table.item(0, 0).text() == "PP1" and dock.table.item(0, 2).text() == "PP1"
    assert dock.table.item(1, 3).text().startswith("ссылаясь на свои резолюции")
    assert dock.findings.count() == 1
    assert dock.findings.item(0).text().startswith("PP2 / PP2: Dates differ")
    listed = [(d.rule, d.paragraph) for d in english.issues.diagnostics if d.source == "parallel"]
    assert listed == [("parallel-date", "PP2")]


def test_a_finding_jumps_to_the_paragraph_on_both_sides(english, qtbot) -> None:
    dock = english.parallel.open_parallel()
    dock.findings.setCurrentRow(0)
    dock.findings.itemActivated.emit(dock.findings.item(0))
    cursor = english.editor.textCursor()
    assert cursor.block().text().startswith("Recalling its resolutions 67/123")
    assert dock.table.currentRow() == 1


def test_moving_on_the_page_follows_in_the_table(english, qtbot) -> None:
    dock = english.parallel.open_parallel()
    snapshot = english.editor.snapshot()
    english.editor.snapshot_used = snapshot
    cursor = QTextCursor(english.editor.document().findBlockByNumber(snapshot.blocks["OP3"]))
    english.editor.setTextCursor(cursor)
    row = dock.table.currentRow()
    assert dock.table.item(row, 0).text() == "OP3" and dock.table.item(row, 2).text() == "OP3"


def test_editing_the_other_version_realigns_and_clears_the_finding(english, qtbot) -> None:
    dock = english.parallel.open_parallel()
    cell = dock.table.item(1, 3)
    assert cell.flags() & Qt.ItemFlag.ItemIsEditable
    cell.setText(cell.text().replace("71/100 от 23\u00a0декабря", "71/100 от 6\u00a0декабря"))
    assert dock.findings.count() == 0
    assert not [d for d in english.issues.diagnostics if d.source == "parallel"]
    assert english.parallel.other.find("PP2").text.count("6\u00a0декабря 2016") == 1


def test_a_finding_in_the_issues_dock_jumps_to_both_sides(english, qtbot) -> None:
    dock = english.parallel.open_parallel()
    english.editor.snapshot_used = english.editor.snapshot()
    index = next(i for i, d in enumerate(english.issues.diagnostics) if d.source == "parallel")
    english.issues.select(index)
    english.issues.tree.itemDoubleClicked.emit(english.issues.tree.currentItem(), 0)
    assert english.editor.textCursor().block().text().startswith("Recalling its resolutions 67/123")
    row = dock.table.currentRow()
    assert dock.table.item(row, 0).text() == "PP2" and dock.table.item(row, 2).text() == "PP2"
