"""Find and replace (Ctrl+F / Ctrl+H) over the page and its footnotes, undoable as one step per command.

Footnote texts live on their marks (:mod:`drafter.gui.footnote_marks`), not in
the page's text, so QTextDocument.find does not see them: Find goes on into the
notes after the last match on the page (showing the note in the Footnotes dock),
and Replace All rewrites the notes in the same undoable step as the page.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
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

from drafter.gui.footnote_marks import mark_texts, set_mark_text
from drafter.gui.plurals import plural

if TYPE_CHECKING:
    from drafter.gui.editor import ResolutionEditor
    from drafter.gui.footnotes_dock import FootnotesDock


def tr(text: str) -> str:
    return QCoreApplication.translate("FindReplaceDialog", text)


class FindReplaceDialog(QDialog):
    def __init__(self, editor: ResolutionEditor, parent: QWidget | None = None, *,
                 footnotes: FootnotesDock | None = None) -> None:
        """``footnotes``: the dock that shows a note found by Find (None: notes are not searched)."""
        super().__init__(parent)
        self.setWindowTitle(tr("Find and Replace"))
        self.setAccessibleName(tr("Find and replace"))
        self.editor = editor
        self.footnotes = footnotes
        self._note = -1  # the footnote (0-based) Find showed last; -1: searching the page
        grid = QGridLayout(self)
        self.find_edit = QLineEdit(self)
        self.find_edit.setAccessibleName(tr("Find what"))
        self.find_edit.textChanged.connect(self._restart)
        self.replace_edit = QLineEdit(self)
        self.replace_edit.setAccessibleName(tr("Replace with"))
        self.case = QCheckBox(tr("Match &case"), self)
        self.words = QCheckBox(tr("&Whole words"), self)
        self.status = QLabel("", self)
        find_label = QLabel(tr("&Find:"), self)
        find_label.setBuddy(self.find_edit)
        self.replace_label = QLabel(tr("Re&place:"), self)
        self.replace_label.setBuddy(self.replace_edit)
        grid.addWidget(find_label, 0, 0)
        grid.addWidget(self.find_edit, 0, 1)
        grid.addWidget(self.replace_label, 1, 0)
        grid.addWidget(self.replace_edit, 1, 1)
        grid.addWidget(self.case, 2, 0)
        grid.addWidget(self.words, 2, 1)
        next_button = QPushButton(tr("Find &next"), self)
        next_button.setDefault(True)
        self.replace_button = QPushButton(tr("&Replace"), self)
        self.replace_all_button = QPushButton(tr("Replace &all"), self)
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
        """The next match after the cursor: on the page, then in the footnotes, then from the top."""
        text = self.find_edit.text()
        if not text:
            return False
        document = self.editor.document()
        if self._note < 0:
            found = document.find(text, self.editor.textCursor(), self._flags())
            if not found.isNull():
                return self._show(found)
        if self._next_note(self._note + 1):
            return True
        self._note = -1
        found = document.find(text, 0, self._flags())  # wrap around once
        if found.isNull():
            self.status.setText(tr("“{text}” not found").format(text=text))
            return False
        return self._show(found)

    def _restart(self) -> None:
        """Another search starts on the page, at the cursor."""
        self._note = -1

    def _show(self, found: QTextCursor) -> bool:
        self.editor.setTextCursor(found)
        self.editor.ensureCursorVisible()
        self.status.setText("")
        return True

    def _next_note(self, first: int) -> bool:
        """Show the first footnote from ``first`` on whose text matches; False when none does."""
        if self.footnotes is None:
            return False
        pattern = self._pattern()
        for index, (_position, note) in enumerate(mark_texts(self.editor.document())):
            if index >= first and pattern.search(note):
                self._note = index
                self.footnotes.show_number(index + 1)
                self.status.setText(tr("Found in footnote {number}").format(number=index + 1))
                return True
        return False

    def _pattern(self) -> re.Pattern[str]:
        """The search as a regular expression, with the dialog's case and whole-word options."""
        expression = re.escape(self.find_edit.text())
        if self.words.isChecked():
            expression = rf"(?<!\w){expression}(?!\w)"
        return re.compile(expression, 0 if self.case.isChecked() else re.IGNORECASE)

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
        """Replace every match (heading lines and footnote texts included) as one undoable step."""
        text = self.find_edit.text()
        if not text:
            return 0
        document = self.editor.document()
        replacement = self.replace_edit.text()
        edit = QTextCursor(document)
        edit.beginEditBlock()
        count = 0
        found = document.find(text, 0, self._flags())
        while not found.isNull():
            found.insertText(replacement, QTextCharFormat())
            count += 1
            found = document.find(text, found, self._flags())
        pattern = self._pattern()
        for position, note in mark_texts(document):
            changed, replaced = pattern.subn(lambda _match: replacement, note)
            if replaced:
                set_mark_text(document, position, changed)
                count += replaced
        edit.endEditBlock()
        self.status.setText(plural("%n replaced", count))
        return count
