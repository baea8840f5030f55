"""Keyboard-only use of the window: F6 / Ctrl+Tab move the focus from the page to each dock and back.

Tab belongs to the page (it changes the paragraph level, as in Word's lists), so
the window needs another key to reach its panes: F6 as in Word and most editors,
and Ctrl+Tab as in tabbed programs; Shift+F6 and Ctrl+Shift+Tab go the other way.
The order is the page, then the docks that are shown, in the order they were
made. A dock hidden behind another one's tab is raised when its turn comes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow, QScrollArea, QScrollBar, QWidget


def pane_actions(window: QMainWindow, page: QWidget, docks: Callable[[], list[QDockWidget]]) -> list[QAction]:
    """The "Next pane" and "Previous pane" actions of ``window`` (added to it, for a menu too);
    ``docks()`` gives the docks in their order when the key is pressed (a dock added later counts)."""
    found = []
    for name, text, step, keys in (("next_pane", "&Next pane", 1, ("F6", "Ctrl+Tab")),
                                   ("previous_pane", "Pre&vious pane", -1, ("Shift+F6", "Ctrl+Shift+Tab"))):
        action = QAction(text, window)
        action.setObjectName(name)
        action.setShortcuts([QKeySequence(key) for key in keys])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _=False, s=step: focus_pane(page, docks(), s))
        window.addAction(action)
        found.append(action)
    return found


def panes(page: QWidget, docks: list[QDockWidget]) -> list[QWidget]:
    """The page and every dock that is shown (a tabified one counts: it can be raised)."""
    return [page, *(dock for dock in docks if not dock.isHidden())]


def focus_pane(page: QWidget, docks: list[QDockWidget], step: int) -> QWidget | None:
    """Give the focus to the pane ``step`` places after the one holding it; returns that pane."""
    shown = panes(page, docks)
    focus = QApplication.focusWidget()
    current = next((index for index, pane in enumerate(shown)
                    if focus is not None and (focus is pane or pane.isAncestorOf(focus))), 0)
    target = shown[(current + step) % len(shown)]
    if isinstance(target, QDockWidget):
        target.raise_()
        first = first_focusable(target)
        if first is not None:
            first.setFocus(Qt.FocusReason.TabFocusReason)
    else:
        target.setFocus(Qt.FocusReason.TabFocusReason)
    return target


def first_focusable(dock: QDockWidget) -> QWidget | None:
    """The first widget inside ``dock`` that takes the focus from the keyboard."""
    body = dock.widget()
    if body is None:
        return None
    if body.focusPolicy() & Qt.FocusPolicy.TabFocus and not isinstance(body, QScrollArea):
        return body
    for child in body.findChildren(QWidget):
        if (child.focusPolicy() & Qt.FocusPolicy.TabFocus and child.isEnabled() and not child.isHidden()
                and not isinstance(child, (QScrollArea, QScrollBar))):
            return child
    return body
