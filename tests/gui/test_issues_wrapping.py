"""The Issues dock shows whole messages: wrapped rows that grow, a readable address column,
the message in full on hover and in the detail line, at 1024×700."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt

from drafter.core.diagnostics import Diagnostic, Severity
from drafter.gui.main_window import MainWindow
from drafter.settings import Settings
from support.editor import sample_resolution

LONG = ("The operative paragraph cites a resolution whose date does not match the date recorded in the "
        "index of General Assembly resolutions; check the symbol and the date against the Official "
        "Documents System before submission, and correct whichever is wrong.")
ADDRESS = "OP12(b)(iii)"


def _checker(resolution, options) -> list[Diagnostic]:
    return [Diagnostic("test-long", Severity.WARNING, ADDRESS, 0, 3, LONG),
            Diagnostic("test-short", Severity.ERROR, "PP1", 0, 3, "Short.")]


def _rows(tree) -> dict[str, object]:
    found = {}
    for group_index in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(group_index)
        for child_index in range(group.childCount()):
            child = group.child(child_index)
            found[child.text(0)] = child
    return found


def _lines_needed(tree, text: str) -> int:
    """How many lines ``text`` takes wrapped in the message column (measured independently)."""
    metrics = tree.fontMetrics()
    box = metrics.boundingRect(QRect(0, 0, tree.columnWidth(1) - 4, 100_000),
                               int(Qt.TextFlag.TextWordWrap), text)
    return round(box.height() / metrics.lineSpacing())


def _window(qtbot, width: int, height: int) -> MainWindow:
    window = MainWindow(checker=_checker, settings=Settings(), grammar=False)
    qtbot.addWidget(window)
    window.load_resolution(sample_resolution())
    window.resize(width, height)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: len(_rows(window.issues.tree)) == 2, timeout=5000)
    return window


def test_a_long_message_is_shown_whole_at_1024_by_700(qtbot) -> None:
    window = _window(qtbot, 1024, 700)
    tree = window.issues.tree
    rows = _rows(tree)
    qtbot.waitUntil(lambda: tree.visualItemRect(rows[ADDRESS]).height() > 3 * tree.fontMetrics().height())
    line = tree.fontMetrics().lineSpacing()
    needed = _lines_needed(tree, LONG)
    assert needed > 3  # the dock is narrow: the message needs several lines
    assert tree.visualItemRect(rows[ADDRESS]).height() >= needed * line  # every line has its room
    assert tree.visualItemRect(rows["PP1"]).height() < 2 * line  # a short message stays one line
    assert tree.columnWidth(0) >= tree.fontMetrics().horizontalAdvance(ADDRESS) + tree.indentation()
    assert tree.columnWidth(0) <= 0.4 * tree.viewport().width()  # the message keeps the room
    assert rows[ADDRESS].toolTip(1) == f"{LONG}  [test-long]"
    tree.setCurrentItem(rows[ADDRESS])
    assert window.issues.detail.isVisible() and LONG in window.issues.detail.text()


def test_rows_are_laid_out_again_when_the_dock_widens(qtbot) -> None:
    window = _window(qtbot, 1024, 700)
    tree = window.issues.tree
    rows = _rows(tree)
    qtbot.waitUntil(lambda: tree.visualItemRect(rows[ADDRESS]).height() > 3 * tree.fontMetrics().height())
    narrow = tree.visualItemRect(rows[ADDRESS]).height()
    window.resizeDocks([window.issues], [window.issues.width() * 2], Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: tree.visualItemRect(rows[ADDRESS]).height() < narrow)
    line = tree.fontMetrics().lineSpacing()
    assert tree.visualItemRect(rows[ADDRESS]).height() >= _lines_needed(tree, LONG) * line
