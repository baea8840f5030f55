"""The footnotes pane: every footnote's number and text, in document order.

Notes the page shows no mark for (a note nothing marks, a note on a cover line the
editor does not show) are listed after the others, numbered "–", read-only: they are
part of the document and saved with it, so the pane counts them too.

The text of a note is stored on its mark (see :mod:`drafter.gui.footnote_marks`);
editing a row here writes it back as one undoable change on the mark, and the
list is rebuilt shortly after any document change (a mark inserted, deleted,
moved or an undo), so numbers always match the page.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from drafter.core.model import Footnote
from drafter.gui.document_sync import off_page_notes
from drafter.gui.footnote_marks import mark_positions, mark_text, mark_texts, set_mark_text

if TYPE_CHECKING:
    from drafter.gui.editor import ResolutionEditor

_POSITION_ROLE = Qt.ItemDataRole.UserRole + 1


class FootnotesDock(QDockWidget):
    def __init__(self, editor: ResolutionEditor, parent: QWidget | None = None) -> None:
        super().__init__("Footnotes", parent)
        self.setObjectName("FootnotesDock")
        self.setAccessibleName("Footnotes")
        self.editor = editor
        self.table = QTableWidget(0, 2, self)
        self.table.setAccessibleName("Footnote texts")
        self.table.setHorizontalHeaderLabels(["No.", "Text"])
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, as in a form (arrows move in it)
        self.table.itemChanged.connect(self._edited)
        self.table.cellClicked.connect(self._go)
        self.setWidget(self.table)
        self._filling = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self.refresh)
        editor.document().contentsChanged.connect(self._timer.start)

    def refresh(self) -> None:
        if self.table.state() == QAbstractItemView.State.EditingState:
            self._timer.start()  # do not pull the row from under the drafter's fingers
            return
        notes = mark_texts(self.editor.document())
        base = self.editor.base
        texts = {note.number: note.text for note in base.footnotes}
        unmarked = [item.text if isinstance(item, Footnote) else texts.get(item.number, "")
                    for item in off_page_notes(base)]
        self._filling = True
        self.table.blockSignals(True)
        self.table.setRowCount(len(notes) + len(unmarked))
        for row, (position, note) in enumerate(notes):
            number = QTableWidgetItem(str(row + 1))
            number.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            text = QTableWidgetItem(note)
            text.setData(_POSITION_ROLE, position)
            number.setData(_POSITION_ROLE, position)
            self.table.setItem(row, 0, number)
            self.table.setItem(row, 1, text)
        for row, note in enumerate(unmarked, start=len(notes)):
            for column, value in enumerate(("–", note)):
                item = QTableWidgetItem(value)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                item.setToolTip("No mark on the page: kept and saved with the document")
                self.table.setItem(row, column, item)
        self.table.blockSignals(False)
        self._filling = False
        self.setWindowTitle(f"Footnotes ({len(notes) + len(unmarked)})")

    def texts(self) -> list[str]:
        return [self.table.item(row, 1).text() for row in range(self.table.rowCount())]

    def set_text(self, row: int, text: str) -> None:
        """Edit the note in ``row`` as the drafter would (one undoable change)."""
        self.table.item(row, 1).setText(text)

    def focus_mark(self, position: int, edit: bool = False) -> None:
        """Select the note whose mark is at ``position``; ``edit`` opens it for typing."""
        for row in range(self.table.rowCount()):
            if self.table.item(row, 1).data(_POSITION_ROLE) == position:
                self.show()
                self.raise_()
                self.table.setCurrentCell(row, 1)
                if edit:
                    self.table.setFocus()
                    self.table.editItem(self.table.item(row, 1))
                return

    def show_number(self, number: int) -> None:
        """Select footnote ``number`` (1-based) and go to its mark."""
        if 1 <= number <= self.table.rowCount():
            self.show()
            self.raise_()
            self.table.setCurrentCell(number - 1, 1)
            self._go(number - 1, 1)

    def _edited(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != 1:
            return
        position = item.data(_POSITION_ROLE)
        document = self.editor.document()
        if isinstance(position, int) and position in mark_positions(document):
            if mark_text(document, position) != item.text():
                set_mark_text(document, position, item.text())

    def _go(self, row: int, column: int) -> None:
        position = self.table.item(row, 0).data(_POSITION_ROLE)
        if isinstance(position, int):
            cursor = self.editor.textCursor()
            cursor.setPosition(position + 1)
            self.editor.setTextCursor(cursor)
            self.editor.ensureCursorVisible()
