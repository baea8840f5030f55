"""The References pane: every resolution the draft cites, with its index status.

Status per resolution: "checked" (the index knows it and every date given agrees),
"conflicting" (a date given differs from the index) or "unknown" (not in the
index). Rebuilt shortly after each change of the document, from the same citation
reader as the checks. Its buttons add to the user's part of the index: a folder of
resolutions, or one entry typed in.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from drafter.checks.citations.rules import cited_in
from drafter.citations.index import default_index, reload_index
from drafter.citations.patterns import format_date, language
from drafter.citations.user_entries import add_entry, import_folder
from drafter.errors import DrafterError
from drafter.gui.plurals import plural

if TYPE_CHECKING:
    from drafter.core.model import Resolution
    from drafter.gui.editor import ResolutionEditor

_RANK = {"checked": 0, "unknown": 1, "conflicting": 2}


def tr(text: str) -> str:
    return QCoreApplication.translate("ReferencesDock", text)


def references(resolution: Resolution) -> list[tuple[str, str, str, str]]:
    """(organ, symbol, index date, status) per cited resolution, in order of first citation."""
    index = default_index()
    rows: dict[str, list[str]] = {}
    for cited in cited_in(resolution):
        mention = cited.mention
        if not mention.certain:
            continue
        entry = index.get(mention.key)
        status = "unknown" if entry is None else "checked"
        if entry is not None and mention.date and entry.date and mention.date != entry.date:
            status = "conflicting"
        date = format_date(entry.date, language(cited.language).code) if entry and entry.date else ""
        symbol = entry.symbol if entry else cited.text[mention.start : mention.end]
        row = rows.setdefault(mention.key, [mention.organ, symbol, date, status])
        if _RANK[status] > _RANK[row[3]]:
            row[3] = status
    return [tuple(row) for row in rows.values()]  # type: ignore[misc]


class ReferencesDock(QDockWidget):
    def __init__(self, editor: ResolutionEditor, parent: QWidget | None = None) -> None:
        super().__init__(tr("References"), parent)
        self.setObjectName("ReferencesDock")
        self.setAccessibleName("References")
        self.editor = editor
        self.table = QTableWidget(0, 4, self)
        self.table.setAccessibleName("Cited resolutions")
        self.table.setHorizontalHeaderLabels([tr("Organ"), tr("Symbol"), tr("Adopted"), tr("Status")])
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.import_button = QPushButton(tr("Import folder…"), self)
        self.import_button.setToolTip(tr("Read a folder of .docx/.txt resolutions into your citation index"))
        self.import_button.clicked.connect(self.import_folder)
        self.add_button = QPushButton(tr("Add entry…"), self)
        self.add_button.clicked.connect(self.add_entry)
        buttons = QHBoxLayout()
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.add_button)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.setWidget(body)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(300)
        self._timer.timeout.connect(self.refresh)
        editor.document().contentsChanged.connect(self._timer.start)

    def refresh(self) -> None:
        rows = references(self.editor.resolution())
        self.table.setRowCount(len(rows))
        for number, row in enumerate(rows):
            for column, value in enumerate(row):
                self.table.setItem(number, column, QTableWidgetItem(tr(value) if column == 3 else value))

    def import_folder(self) -> None:
        """Ask for a folder and fold its resolutions into the user's entries."""
        folder = QFileDialog.getExistingDirectory(self, tr("Import resolutions into the citation index"))
        if not folder:
            return
        try:
            count, problems = import_folder(Path(folder))
        except DrafterError as error:
            QMessageBox.warning(self, tr("Import"), str(error))
            return
        reload_index()
        message = plural("%n text(s) read into the citation index.", count)
        if problems:
            message += "\n" + "\n".join(problems[:10])
        QMessageBox.information(self, tr("Import"), message)
        self.refresh()

    def add_entry(self) -> None:
        """One entry by hand: organ, number, adoption date and title."""
        dialog = EntryDialog(self.editor.language, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            add_entry(dialog.key(), dialog.date.text().strip(), dialog.title.text().strip(),
                      self.editor.language)
        except DrafterError as error:
            QMessageBox.warning(self, tr("Add entry"), str(error))
            return
        reload_index()
        self.refresh()

    def statuses(self) -> dict[str, str]:
        """Symbol → status as shown (for tests and accessibility tools)."""
        return {
            self.table.item(row, 1).text(): self.table.item(row, 3).text()
            for row in range(self.table.rowCount())
        }


class EntryDialog(QDialog):
    """Organ, number, ISO date and title of one resolution the index lacks."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Add a citation index entry"))
        self.organ = QComboBox(self)
        self.organ.addItems(["GA", "SC", "ECOSOC", "HRC"])
        self.number = QLineEdit(self)
        self.number.setPlaceholderText("80/12")
        self.date = QLineEdit(self)
        self.date.setPlaceholderText("2025-12-10")
        self.title = QLineEdit(self)
        form = QFormLayout(self)
        form.addRow(tr("Organ"), self.organ)
        form.addRow(tr("Number"), self.number)
        form.addRow(tr("Adopted on"), self.date)
        form.addRow(tr("Title ({language})").format(language=language), self.title)
        choices = QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        buttons = QDialogButtonBox(choices)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def key(self) -> str:
        return f"{self.organ.currentText()} {' '.join(self.number.text().split())}"
