"""The parallel version's own checks: a slip typed in the French page is listed in the Issues dock
under "FR", told apart from the main page's issues and from the differences between the versions,
and the jump, the quick fix and "Ignore once" act on the French page."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QContextMenuEvent, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu

import drafter
from drafter.gui.parallel_checks import SOURCE
from support.corpus import CORPUS
from support.editor import type_unicode
from support.files import make_editor
from support.pages import block_at, put_cursor

pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus not present")
ENGLISH, FRENCH = CORPUS / "GA_75_100_en.txt", CORPUS / "GA_75_100_fr.txt"


@pytest.fixture
def editor(qtbot, tmp_path):
    """English on the page with the real checks, a copy of the French version beside it."""
    french = tmp_path / FRENCH.name
    shutil.copyfile(FRENCH, french)
    made = make_editor(qtbot, tmp_path, resolution=drafter.read(ENGLISH), checker=None)
    made.window.checks.run_now()
    made.window.parallel.open_parallel(french)
    qtbot.waitUntil(lambda: made.window.parallel.page_checks.scheduler.last_seconds > 0, timeout=5000)
    return made


def _rows(window) -> dict[tuple[str, str], tuple[str, str]]:
    """(rule, where) -> (source, message) of every row in the Issues dock, as listed."""
    return {(d.rule, d.paragraph): (d.source, d.message) for d in window.issues.diagnostics}


def _end_pp2_with_a_semicolon(page) -> None:
    """The French PP2's final comma replaced by ";", typed as a drafter would."""
    put_cursor(page, "PP2")
    cursor = page.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    page.setTextCursor(cursor)
    QTest.keyClick(page, Qt.Key.Key_Backspace)
    type_unicode(page, ";")


def test_a_slip_typed_in_the_french_page_is_listed_under_fr_and_jumps_there(editor, qtbot) -> None:
    window = editor.window
    page = window.parallel.page
    assert not [d for d in window.issues.diagnostics if d.source == SOURCE]  # the official text is clean
    _end_pp2_with_a_semicolon(page)
    qtbot.waitUntil(lambda: ("preamble-final-comma", "FR PP2") in _rows(window), timeout=5000)
    source, message = _rows(window)[("preamble-final-comma", "FR PP2")]
    assert source == SOURCE and "“;”" in message
    assert ("preamble-final-comma", "PP2") not in _rows(window)  # the English page has no such slip
    # the Issues dock shows the language in its Where column, and the slip is underlined on the page
    errors = window.issues.tree.topLevelItem(0)
    assert "FR PP2" in [errors.child(i).text(0) for i in range(errors.childCount())]
    pp2 = block_at(page, "PP2").blockNumber()
    assert pp2 in page.highlighter.underlines
    # Enter on the row: the cursor goes to the slip on the French page, the English page keeps its own
    put_cursor(window.editor, "OP5")
    english = window.editor.textCursor().blockNumber()
    put_cursor(page, "OP3")
    index = next(i for i, d in enumerate(window.issues.diagnostics) if d.paragraph == "FR PP2"
                 and d.rule == "preamble-final-comma")
    window.issues.select(index)
    window.issues.tree.itemActivated.emit(window.issues.tree.currentItem(), 0)
    assert page.textCursor().blockNumber() == pp2 and page.textCursor().selectedText() == ";"
    assert QApplication.focusWidget() is page or not window.isActiveWindow()
    assert window.editor.textCursor().blockNumber() == english


def test_the_same_slip_in_the_main_page_stays_unlabelled_and_differences_stay_parallel(editor, qtbot) -> None:
    window = editor.window
    put_cursor(window.editor, "PP2")
    cursor = window.editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    window.editor.setTextCursor(cursor)
    qtbot.keyClick(window.editor, Qt.Key.Key_Backspace)
    qtbot.keyClicks(window.editor, ";")
    put_cursor(window.parallel.page, "PP2", "2012")
    type_unicode(window.parallel.page, "2021")
    qtbot.waitUntil(lambda: ("preamble-final-comma", "PP2") in _rows(window)
                    and ("parallel-date", "PP2") in _rows(window), timeout=5000)
    assert _rows(window)[("preamble-final-comma", "PP2")][0] != SOURCE
    assert _rows(window)[("parallel-date", "PP2")][0] == "parallel"
    # the French page's own checks see the year typed there: a resolution's date, said under "FR"
    french = {(rule, where) for rule, where in _rows(window) if where.startswith("FR")}
    assert ("preamble-final-comma", "FR PP2") not in french and all(where == "FR PP2" for _, where in french)


def test_the_quick_fix_and_ignore_once_act_on_the_french_page(editor, qtbot) -> None:
    window = editor.window
    page = window.parallel.page
    english_before = window.editor.toPlainText()
    _end_pp2_with_a_semicolon(page)
    qtbot.waitUntil(lambda: ("preamble-final-comma", "FR PP2") in _rows(window), timeout=5000)
    window.issues.select(next(i for i, d in enumerate(window.issues.diagnostics)
                              if (d.rule, d.paragraph) == ("preamble-final-comma", "FR PP2")))
    window.issues.fix_button.click()
    assert block_at(page, "PP2").text().endswith("spéciales,")
    qtbot.waitUntil(lambda: ("preamble-final-comma", "FR PP2") not in _rows(window), timeout=5000)
    assert window.editor.toPlainText() == english_before
    # a second slip, ignored once: kept in the French version's own list, not in the English one's
    _end_pp2_with_a_semicolon(page)
    qtbot.waitUntil(lambda: ("preamble-final-comma", "FR PP2") in _rows(window), timeout=5000)
    window.issues.select(next(i for i, d in enumerate(window.issues.diagnostics)
                              if (d.rule, d.paragraph) == ("preamble-final-comma", "FR PP2")))
    window.issues.ignore_button.click()
    qtbot.waitUntil(lambda: ("preamble-final-comma", "FR PP2") not in _rows(window), timeout=5000)
    assert [key.split("|")[0] for key in page.resolution().ignored] == ["preamble-final-comma"]
    assert window.resolution().ignored == []


def test_an_operative_paragraph_ending_with_a_comma_is_reported_with_its_fix(editor, qtbot) -> None:
    window = editor.window
    page = window.parallel.page
    put_cursor(page, "OP1", "\N{NO-BREAK SPACE};")
    type_unicode(page, ",")
    qtbot.waitUntil(lambda: ("operative-final-semicolon", "FR OP1") in _rows(window), timeout=5000)
    assert "(found: “,”)" in _rows(window)[("operative-final-semicolon", "FR OP1")][1]


def test_closing_the_version_takes_its_issues_away(editor, qtbot) -> None:
    window = editor.window
    _end_pp2_with_a_semicolon(window.parallel.page)
    qtbot.waitUntil(lambda: ("preamble-final-comma", "FR PP2") in _rows(window), timeout=5000)
    editor.dialogs.answers["unsaved"] = ["discard"]
    assert window.parallel.dock.close()
    assert not [d for d in window.issues.diagnostics if d.source == SOURCE]


def test_the_french_page_context_menu_offers_ignore_once_for_its_slip(editor, qtbot) -> None:
    window = editor.window
    page = window.parallel.page
    _end_pp2_with_a_semicolon(page)
    qtbot.waitUntil(lambda: ("preamble-final-comma", "FR PP2") in _rows(window), timeout=5000)
    offered: list[str] = []

    def choose_ignore_once() -> None:  # in the menu's own event loop, as the drafter's click
        menu = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMenu) and w.isVisible())
        offered.extend(action.text() for action in menu.actions())
        chosen = next((action for action in menu.actions() if action.text() == "Ignore once"), None)
        menu.close()
        if chosen is not None:
            chosen.trigger()

    QTimer.singleShot(100, choose_ignore_once)
    cursor = page.textCursor()  # just after the ";" typed
    cursor.movePosition(QTextCursor.MoveOperation.Left)
    at = page.cursorRect(cursor).center()
    QApplication.sendEvent(page.viewport(), QContextMenuEvent(QContextMenuEvent.Reason.Mouse, at,
                                                              page.viewport().mapToGlobal(at)))
    assert "Ignore once" in offered and "Disable rule preamble-final-comma" in offered
    qtbot.waitUntil(lambda: ("preamble-final-comma", "FR PP2") not in _rows(window), timeout=5000)
    assert [key.split("|")[0] for key in page.resolution().ignored] == ["preamble-final-comma"]


def test_a_rule_switched_off_in_the_settings_leaves_the_french_page_too(editor, qtbot) -> None:
    window = editor.window
    _end_pp2_with_a_semicolon(window.parallel.page)
    qtbot.waitUntil(lambda: ("preamble-final-comma", "FR PP2") in _rows(window), timeout=5000)
    editor.files.settings.disabled_rules = ["preamble-final-comma"]
    editor.files.apply_settings()  # what the Settings dialog does on OK
    qtbot.waitUntil(lambda: ("preamble-final-comma", "FR PP2") not in _rows(window), timeout=5000)
