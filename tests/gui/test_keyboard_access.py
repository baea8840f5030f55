"""Keyboard-only use: every dock and every menu command can be reached without the mouse.

Tab belongs to the page (paragraph levels), so F6 / Ctrl+Tab reach the docks;
Enter on an issue jumps to it; Tab leaves the Footnotes table; every menu and
every command in it has its own mnemonic, in English and in French.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLabel, QMenu

from drafter.gui import i18n
from support.files import make_editor


def _mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def _menu_problems(window) -> list[str]:
    """Menus or commands without a mnemonic, and mnemonics used twice in one menu (for the menu
    bar: twice among the menus and the labels of the docks' fields, which Alt+letter reaches too)."""
    problems = []
    top = [action for action in window.menuBar().actions() if action.isVisible()]
    labels = [label.text() for label in window.findChildren(QLabel) if label.buddy() is not None]
    letters = [_mnemonic(action.text()) for action in top] + [_mnemonic(text) for text in labels]
    problems += [f"menu bar: {a.text()!r} has no mnemonic" for a in top if _mnemonic(a.text()) is None]
    problems += [f"menu bar: '{m}' twice" for m in set(letters) if m and letters.count(m) > 1]
    menus = [(action.text(), action.menu()) for action in top]
    while menus:
        name, menu = menus.pop()
        actions = [a for a in menu.actions() if not a.isSeparator() and a.isVisible()]
        letters = [_mnemonic(a.text()) for a in actions]
        problems += [f"{name}: {a.text()!r} has no mnemonic" for a, m in zip(actions, letters, strict=True)
                     if m is None and a.isEnabled()]
        problems += [f"{name}: '{m}' twice" for m in set(letters) if m and letters.count(m) > 1]
        menus += [(a.text(), a.menu()) for a in actions if a.menu() is not None and a.menu() is not menu]
    return problems


def _window(qtbot, tmp_path):
    editor = make_editor(qtbot, tmp_path)
    i18n.translate_window(editor.window)
    editor.window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor.window, timeout=2000)
    editor.window.editor.setFocus()
    return editor.window


def test_no_menu_or_command_lacks_a_mnemonic_or_shares_one_in_english(qtbot, tmp_path) -> None:
    assert _menu_problems(_window(qtbot, tmp_path)) == []


@pytest.mark.usefixtures("french")
def test_no_menu_or_command_lacks_a_mnemonic_or_shares_one_in_french(qtbot, tmp_path) -> None:
    window = _window(qtbot, tmp_path)
    assert window.menuBar().actions()[0].text() == "&Fichier"
    assert _menu_problems(window) == []


def _menu_commands(window) -> list[tuple[QMenu, QAction]]:
    found = []
    for top in window.menuBar().actions():
        for action in top.menu().actions():
            if not action.isSeparator() and action.menu() is None and action.isEnabled():
                found.append((top.menu(), action))
    return found


def test_every_menu_command_is_reached_with_alt_and_letters_alone(qtbot, tmp_path) -> None:
    """Alt+letter opens the menu, the command's letter chooses it (the commands are muted:
    New, Close… would end the test, and this window is thrown away afterwards)."""
    window = _window(qtbot, tmp_path)
    commands = _menu_commands(window)
    assert len(commands) > 30
    chosen: list[QAction] = []
    for _menu, action in commands:
        action.triggered.disconnect()
        action.triggered.connect(lambda _=False, a=action: chosen.append(a))
    for menu, action in commands:
        chosen.clear()
        window.editor.setFocus()
        qtbot.keyClick(window, _mnemonic(menu.title()), Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda m=menu: QApplication.activePopupWidget() is m, timeout=2000)
        qtbot.keyClick(menu, _mnemonic(action.text()))
        qtbot.waitUntil(lambda: bool(chosen), timeout=2000)
        assert chosen == [action], (menu.title(), action.text())
        assert QApplication.activePopupWidget() is None


def test_f6_and_ctrl_tab_reach_every_dock_and_come_back_to_the_page(qtbot, tmp_path) -> None:
    window = _window(qtbot, tmp_path)
    docks = [dock for dock in window.docks_in_order() if not dock.isHidden()]
    assert {window.outline, window.metadata, window.issues, window.footnotes} <= set(docks)
    for key, modifier in ((Qt.Key.Key_F6, Qt.KeyboardModifier.NoModifier),
                          (Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)):
        window.editor.setFocus()
        reached = []
        for _ in range(len(docks) + 1):
            qtbot.keyClick(QApplication.focusWidget(), key, modifier)
            focus = QApplication.focusWidget()
            reached.append(next((d for d in docks if d.isAncestorOf(focus)), focus))
        assert reached == [*docks, window.editor]
    window.editor.setFocus()
    qtbot.keyClick(window.editor, Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert docks[-1].isAncestorOf(QApplication.focusWidget())


def test_tab_still_changes_the_level_on_the_page(qtbot, tmp_path) -> None:
    window = _window(qtbot, tmp_path)
    editor = window.editor
    cursor = editor.textCursor()
    cursor.setPosition(editor.document().findBlockByNumber(0).position())
    block = next(b for b in _blocks(editor) if b.text().startswith("Decides"))
    cursor.setPosition(block.position())
    editor.setTextCursor(cursor)
    before = editor.block_label(block)
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is editor and editor.block_label(editor.textCursor().block()) != before


def _blocks(editor):
    block = editor.document().firstBlock()
    while block.isValid():
        yield block
        block = block.next()


def test_enter_on_an_issue_jumps_to_it(qtbot, tmp_path) -> None:
    window = _window(qtbot, tmp_path)
    window.checks.run_now(force=True)
    assert window.issues.diagnostics  # the sample has "Secretary General"
    window.issues.tree.setFocus()
    window.issues.select(0)
    qtbot.keyClick(window.issues.tree, Qt.Key.Key_Return)
    cursor = window.editor.textCursor()
    assert cursor.block().text().startswith("Welcomes") and "Secretary General" in cursor.block().text()
    assert QApplication.focusWidget() is window.editor  # typing goes on at the issue


def test_tab_leaves_the_footnotes_table(qtbot, tmp_path) -> None:
    window = _window(qtbot, tmp_path)
    window.footnotes.refresh()
    window.footnotes.table.setFocus()
    window.footnotes.table.setCurrentCell(0, 1)
    qtbot.keyClick(window.footnotes.table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not window.footnotes.table


