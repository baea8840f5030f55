"""Diagnostics on the page: wavy underlines, their message on hover, quick fixes, the context menu.

A mixin of :class:`~drafter.gui.editor.ResolutionEditor`. The underlines of the
last check run are drawn by the highlighter (:mod:`drafter.gui.highlighter`) at
the block numbers of that run's snapshot; the context menu gets the window's
commands through ``diagnostic_menu_hook`` and ``context_menu_hook``.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint
from PySide6.QtGui import QContextMenuEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QToolTip

from drafter.core.diagnostics import Diagnostic
from drafter.gui.document_sync import DocumentSnapshot, block_span
from drafter.gui.highlighter import Underline
from drafter.gui.i18n import window_tr


class PageDiagnostics:
    """Showing diagnostics and applying their fixes (see the module docstring)."""

    def show_diagnostics(self, diagnostics: list[Diagnostic], snapshot: DocumentSnapshot) -> None:
        """Underline the diagnostics of a finished check run (block numbers from its snapshot)."""
        self.diagnostics = diagnostics
        self.snapshot_used = snapshot
        underlines: dict[int, list[Underline]] = {}
        for index, diagnostic in enumerate(diagnostics):
            located = self.locate(diagnostic)
            if located is None:
                continue
            number, start, end = located
            underlines.setdefault(number, []).append(Underline(start, end, diagnostic.severity, index))
        self.highlighter.set_underlines(underlines)
        self.diagnostics_changed.emit()

    def locate(self, diagnostic: Diagnostic) -> tuple[int, int, int] | None:
        """(block number, start, end) of a diagnostic's span in the document, if it has one."""
        snapshot = self.snapshot_used
        if snapshot is None:
            return None
        number = snapshot.blocks.get(diagnostic.paragraph)
        if number is None:
            return None
        marks = snapshot.marks.get(diagnostic.paragraph, [])
        start, end = block_span(marks, diagnostic.start, diagnostic.end)
        return number, start, end

    def go_to(self, number: int, start: int = 0, end: int | None = None) -> None:
        block = self.document().findBlockByNumber(number)
        if not block.isValid():
            return
        cursor = QTextCursor(block)
        cursor.setPosition(block.position() + min(start, block.length() - 1))
        if end is not None and end > start:
            keep = QTextCursor.MoveMode.KeepAnchor
            cursor.setPosition(block.position() + min(end, block.length() - 1), keep)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        self.setFocus()

    def diagnostic_at(self, point: QPoint) -> Diagnostic | None:
        cursor = self.cursorForPosition(point)
        block = cursor.block()
        column = cursor.position() - block.position()
        for underline in self.highlighter.underlines.get(block.blockNumber(), ()):
            if underline.start <= column <= max(underline.end, underline.start + 1):
                if underline.index < len(self.diagnostics):
                    return self.diagnostics[underline.index]
        return None

    def apply_fix(self, diagnostic: Diagnostic) -> bool:
        """Apply a diagnostic's quick fix as one undoable edit."""
        if diagnostic.fix is None:
            return False
        located = self.locate(diagnostic)
        if located is None:
            return False
        number = located[0]
        marks = self.snapshot_used.marks.get(diagnostic.paragraph, []) if self.snapshot_used else []
        start, end = block_span(marks, diagnostic.fix.start, diagnostic.fix.end)
        block = self.document().findBlockByNumber(number)
        cursor = QTextCursor(block)
        cursor.beginEditBlock()
        cursor.setPosition(block.position() + min(start, block.length() - 1))
        cursor.setPosition(block.position() + min(end, block.length() - 1), QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(diagnostic.fix.replacement, QTextCharFormat())
        cursor.endEditBlock()
        return True

    def viewportEvent(self, event: QEvent) -> bool:
        """Hovering over a wavy underline shows the diagnostic's message (tooltip events
        reach the viewport, not the text edit itself)."""
        if event.type() == QEvent.Type.ToolTip:
            diagnostic = self.diagnostic_at(event.pos())
            if diagnostic is not None:
                QToolTip.showText(event.globalPos(), self.tooltip_text(diagnostic), self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

    @staticmethod
    def tooltip_text(diagnostic: Diagnostic) -> str:
        fix = ("\n" + window_tr("Fix: {fix}").format(fix=diagnostic.fix.description)
               if diagnostic.fix is not None else "")
        return f"{diagnostic.message}  [{diagnostic.rule}]{fix}"

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu(event.pos())
        diagnostic = self.diagnostic_at(event.pos())
        if diagnostic is not None and self.diagnostic_menu_hook is not None:
            self.diagnostic_menu_hook(menu, diagnostic)
        if self.context_menu_hook is not None:
            self.context_menu_hook(menu)
        blocks_before = self.document().blockCount()
        menu.exec(event.globalPos())
        menu.deleteLater()
        if self.document().blockCount() != blocks_before:  # the menu's own Cut / Delete
            self.repair_structure()

