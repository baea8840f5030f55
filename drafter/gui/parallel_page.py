"""The parallel version's page: a second :class:`ResolutionEditor`, with its own keys.

It is the same page as the main one (kinds, drawn numbers in the version's own style,
Arabic right to left with "1 -" and "(أ)", footnote marks, undo), so the other language
is edited exactly as the first. What it adds: the window's commands that act on the main
page (Ctrl+1 … Ctrl+5, Undo, Paste, Ctrl+Alt+F, Ctrl+F…) must act on this page while it has
the focus, and Ctrl+S saves this version, not the main file. Each such key is claimed on the
ShortcutOverride event (so the window's shortcut does not fire) and run here.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QInputDialog, QWidget

from drafter.gui import parts
from drafter.gui.editor import ResolutionEditor
from drafter.gui.find_replace import FindReplaceDialog
from drafter.gui.i18n import window_tr as _tr
from drafter.gui.window_menus import KIND_COMMANDS


class ParallelPage(ResolutionEditor):
    """The other language version, editable (see the module docstring)."""

    save_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ParallelPage")
        self.setAccessibleName(QCoreApplication.translate("ParallelDock", "Parallel version text"))
        self.own_keys: dict[str, Callable[[], object]] = {}
        self.find_dialog: FindReplaceDialog | None = None
        self._claim(QKeySequence(QKeySequence.StandardKey.Save), self.save_requested.emit)

    def take_over(self, actions: dict[str, object]) -> None:
        """Run here the keys of the window's page commands (``actions``: name -> QAction)."""
        commands: dict[str, Callable[[], object]] = {
            "undo": self.undo, "redo": self.redo, "cut": self.cut_selection, "copy": self.copy,
            "paste": self.paste, "footnote": self._insert_footnote,
            "move_up": lambda: self.move_paragraph(-1), "move_down": lambda: self.move_paragraph(1),
            "insert_part": self._insert_part,
            "find": lambda: self._find(False), "replace": lambda: self._find(True),
            **{kind.name: (lambda k=kind.kind: self.set_kind(k)) for kind in KIND_COMMANDS},
        }
        for name, command in commands.items():
            action = actions.get(name)
            for sequence in action.shortcuts() if action is not None else ():
                self._claim(sequence, command)

    def _find(self, replace: bool) -> None:
        """Ctrl+F / Ctrl+H here search this page (its own dialog, made at the first use)."""
        if self.find_dialog is None:
            self.find_dialog = FindReplaceDialog(self, self.window())
        self.find_dialog.open_for(replace)

    def _insert_footnote(self) -> int | None:
        """Ctrl+Alt+F here: the note's text is asked for at once (the Footnotes pane shows the
        main page's notes only)."""
        text, accepted = QInputDialog.getMultiLineText(self, _tr("Insert a footnote"), _tr("Footnote text:"))
        return self.insert_footnote(text.strip()) if accepted and text.strip() else None

    def _insert_part(self) -> bool:
        title, accepted = QInputDialog.getText(self, _tr("Insert a part"), _tr("Title of the part:"))
        return accepted and parts.insert_part(self, title)

    def _claim(self, sequence: QKeySequence, command: Callable[[], object]) -> None:
        if not sequence.isEmpty():
            self.own_keys[sequence.toString()] = command

    def _own(self, event: QKeyEvent) -> Callable[[], object] | None:
        return self.own_keys.get(QKeySequence(event.keyCombination()).toString())

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and self._own(event) is not None:
            event.accept()  # the key comes to keyPressEvent, not to the window's action
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        command = self._own(event)
        if command is not None:
            command()
            event.accept()
            return
        super().keyPressEvent(event)
