"""Find and replace (Ctrl+F / Ctrl+H) over the page, undoable as one step per command."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

if TYPE_CHECKING:
    from drafter.gui.editor import ResolutionEditor


class FindReplaceDialog(QDialog):
    def __init__(self, editor: ResolutionEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Find and Replace")
        self.setAccessibleName("Find and replace")
        self.editor = editor
        grid = QGridLayout(self)
        self.find_edit = QLineEdit(self)
        self.find_edit.setAccessibleName("Find what")
        self.replace_edit = QLineEdit(self)
        self.replace_edit.setAccessibleName("Replace with")
        self.case = QCheckBox("Match &case", self)
        self.words = QCheckBox("&Whole words", self)
        self.status = QLabel("", self)
        find_label = QLabel("&Find:", self)
        find_label.setBuddy(self.find_edit)
        self.replace_label = QLabel("Re&place:", self)
        self.replace_label.setBuddy(self.replace_edit)
        grid.addWidget(find_label, 0, 0)
        grid.addWidget(self.find_edit, 0, 1)
        grid.addWidget(self.replace_label, 1, 0)
        grid.addWidget(self.replace_edit, 1, 1)
        grid.addWidget(self.case, 2, 0)
        grid.addWidget(self.words, 2, 1)
        next_button = QPushButton("Find &next", self)
        next_button.setDefault(True)
        self.replace_button = QPushButton("&Replace", self)
        self.replace_all_button = QPushButton("Replace &all", self)
        next_button.clicked.connect(self.find_next)
        self.replace_button.clicked.connect(self.replace_one)
        self.replace_all_button.clicked.connect(self.replace_all)
        grid.addWidget(next_button, 0, 2)
        grid.addWidget(self.replace_button, 1, 2)
        grid.addWidget(self.replace_all_button, 2, 2)
        grid.addWidget(self.status, 3, 0, 1, 3)

    def open_for(self, replace: bool) -> None:
        for widget in (self.replace_label, self.replace_edit, self.replace_button, self.replace_all_button):
            widget.setVisible(replace)
        selected = self.editor.textCursor().selectedText()
        if selected and "\u2029" not in selected:
            self.find_edit.setText(selected)
        self.show()
        self.raise_()
        self.find_edit.setFocus()
        self.find_edit.selectAll()

    def _flags(self) -> QTextDocument.FindFlag:
        flags = QTextDocument.FindFlag(0)
        if self.case.isChecked():
            flags |= QTextDocument.FindFlag.FindCaseSensitively
        if self.words.isChecked():
            flags |= QTextDocument.FindFlag.FindWholeWords
        return flags

    def find_next(self) -> bool:
        text = self.find_edit.text()
        if not text:
            return False
        document = self.editor.document()
        found = document.find(text, self.editor.textCursor(), self._flags())
        if found.isNull():  # wrap around once
            found = document.find(text, 0, self._flags())
        if found.isNull():
            self.status.setText(f"“{text}” not found")
            return False
        self.editor.setTextCursor(found)
        self.editor.ensureCursorVisible()
        self.status.setText("")
        return True

    def _matches(self, cursor: QTextCursor) -> bool:
        selected = cursor.selectedText()
        wanted = self.find_edit.text()
        if self.case.isChecked():
            return selected == wanted
        return selected.casefold() == wanted.casefold()

    def replace_one(self) -> None:
        cursor = self.editor.textCursor()
        if cursor.hasSelection() and self._matches(cursor):
            cursor.insertText(self.replace_edit.text(), QTextCharFormat())
        self.find_next()

    def replace_all(self) -> int:
        """Replace every match (heading lines included) as one undoable step."""
        text = self.find_edit.text()
        if not text:
            return 0
        document = self.editor.document()
        edit = QTextCursor(document)
        edit.beginEditBlock()
        count = 0
        found = document.find(text, 0, self._flags())
        while not found.isNull():
            found.insertText(self.replace_edit.text(), QTextCharFormat())
            count += 1
            found = document.find(text, found, self._flags())
        edit.endEditBlock()
        self.status.setText(f"{count} replaced")
        return count
