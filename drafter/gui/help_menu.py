"""The Help menu's teaching commands: Guide, Drafting rules, About; and the first-run start page.

Installed on the window from outside (``launch``), like the Compare commands, so that the
window itself only grows a named Help menu. The texts are English literals translated with
the window's own (``MainWindow`` context of the .ts) by :func:`drafter.gui.i18n.translate_window`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from drafter.gui.about_dialog import AboutDialog
from drafter.gui.guide_dock import GuideDock
from drafter.gui.rules_browser import RulesBrowser
from drafter.gui.window_menus import window_action


def interface_language(window: Any) -> str:
    settings = getattr(window, "settings", None)
    return getattr(settings, "interface_language", "en") or "en"


def install_help(window: Any) -> None:
    """Add the Guide pane (hidden) and the Help commands; does nothing the second time."""
    if getattr(window, "guide", None) is not None:
        return
    menu = window.findChild(QMenu, "HelpMenu")
    if menu is None:
        return
    window.guide = GuideDock(interface_language(window), window)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, window.guide)
    window.tabifyDockWidget(window.issues, window.guide)  # a tab beside Issues: the pane's full height
    window.guide.hide()
    view = window.guide.toggleViewAction()
    first = menu.actions()[0] if menu.actions() else None
    for name, text, slot in (
        ("help_guide", "&Guide", lambda: show_guide(window)),
        ("help_rules", "Drafting &rules…", lambda: show_rules(window)),
    ):
        menu.insertAction(first, _action(window, name, text, slot))
    menu.addSeparator()
    menu.addAction(_action(window, "help_about", "&About Drafter", lambda: show_about(window)))
    for candidate in window.menuBar().actions():  # the View menu lists every pane
        if candidate.menu() is not None and window.outline.toggleViewAction() in candidate.menu().actions():
            candidate.menu().addAction(view)


def _action(window: Any, name: str, text: str, slot: Any) -> QAction:
    return window_action(window, name, text, slot, tip=text.replace("&", "").rstrip("…"))


def show_guide(window: Any) -> None:
    window.guide.show()
    window.guide.raise_()


def show_rules(window: Any) -> RulesBrowser:
    browser = getattr(window, "rules_browser", None)
    if browser is None:
        browser = window.rules_browser = RulesBrowser(interface_language(window), window)
    browser.show()
    browser.raise_()
    return browser


def show_about(window: Any) -> AboutDialog:
    dialog = getattr(window, "about_dialog", None)
    if dialog is None:
        dialog = window.about_dialog = AboutDialog(interface_language(window), window)
    dialog.show()
    return dialog


def first_run(window: Any) -> None:
    """No file given and nothing recovered: the start page in front, the Guide beside it."""
    from drafter.gui.start_page import show_start_page

    show_start_page(window)
    if getattr(window, "guide", None) is not None:
        show_guide(window)
