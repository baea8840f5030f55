"""Negotiation mode in the window: its menu, its dock, and when it switches on.

The mode switches on by itself when the opened text is a negotiation draft (labels,
alternatives, statuses or attributions) and can be toggled from the menu: it colours
brackets, alternatives and attributions on the page and shows the negotiation dock.
The menu's commands are the dock's, as window actions with English literals (translated
with the window, see :func:`drafter.gui.i18n.translate_window`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu

from drafter.core.model import Resolution
from drafter.core.negotiation import AGREED, AGREED_AD_REF
from drafter.core.negotiation_state import is_negotiation_draft
from drafter.gui import negotiation_mode
from drafter.gui.negotiation_dock import NegotiationDock
from drafter.gui.window_menus import window_action

if TYPE_CHECKING:
    from drafter.gui.main_window import MainWindow


class NegotiationMode:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        editor = window.editor
        self.dock = NegotiationDock(editor, window.outline, window)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        window.checks.checked.connect(lambda snapshot, _: self.dock.show_snapshot(snapshot))
        bar = window.menuBar()
        menu = QMenu("Ne&gotiation", bar)
        menu.setObjectName("NegotiationMenu")
        compare = bar.findChild(QMenu, "CompareMenu")
        bar.insertMenu(compare.menuAction() if compare is not None else None, menu)  # before Compare, Help
        self.toggle = window_action(window, "negotiation_mode", "Negotiation &mode", self.set_enabled,
                                    None, menu)
        self.toggle.setCheckable(True)
        menu.addSeparator()
        mode = negotiation_mode
        commands = [
            ("accept_alternative", "&Accept alternative", lambda: mode.accept_alternative(editor)),
            ("remove_brackets", "&Remove brackets", lambda: mode.remove_brackets(editor)),
            ("agreed_ad_ref", "Mark agreed a&d ref", lambda: mode.set_status(editor, AGREED_AD_REF)),
            ("agreed", "Mark a&greed", lambda: mode.set_status(editor, AGREED)),
            ("insert_bis", "Insert &bis paragraph", lambda: mode.insert_bis(editor)),
            ("attribute", "A&ttribute to delegations…", self.dock.attribute_selection),
            ("issue_rev1", "&Issue Rev.1", self.dock.issue_rev1),
        ]
        for name, text, slot in commands:
            window_action(window, name, text, lambda _=False, s=slot: (s(), self.dock.refresh()), None, menu)
        self.set_enabled(False)

    def set_enabled(self, enabled: bool) -> None:
        """Colours on the page and the dock, on or off."""
        self.toggle.setChecked(enabled)
        highlighter = self.window.editor.highlighter
        if highlighter.negotiation != enabled:
            highlighter.negotiation = enabled
            highlighter.rehighlight()
        self.dock.setVisible(enabled)
        self.window.outline.decorate = self.dock.decorate if enabled else None

    def follow(self, resolution: Resolution) -> None:
        """On opening a text: the mode is on for a negotiation draft."""
        self.set_enabled(is_negotiation_draft(resolution))
        self.dock.show_table([])
        self.dock.show_resolution(resolution)
