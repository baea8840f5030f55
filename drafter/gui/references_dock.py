"""The References pane: every resolution the draft cites, with its index status.

Status per resolution: "checked" (the index knows it and every date given agrees),
"conflicting" (a date given differs from the index) or "unknown" (not in the
index). Rebuilt shortly after each change of the document, from the same citation
reader as the checks.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QAbstractItemView, QDockWidget, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from drafter.checks.citations.rules import cited_in
from drafter.citations.index import default_index
from drafter.citations.patterns import format_date, language

if TYPE_CHECKING:
    from drafter.core.model import Resolution
    from drafter.gui.editor import ResolutionEditor

_RANK = {"checked": 0, "unknown": 1, "conflicting": 2}


def _tr(text: str) -> str:
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
        super().__init__(_tr("References"), parent)
        self.setObjectName("ReferencesDock")
        self.setAccessibleName("References")
        self.editor = editor
        self.table = QTableWidget(0, 4, self)
        self.table.setAccessibleName("Cited resolutions")
        self.table.setHorizontalHeaderLabels([_tr("Organ"), _tr("Symbol"), _tr("Adopted"), _tr("Status")])
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWidget(self.table)
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
                self.table.setItem(number, column, QTableWidgetItem(_tr(value) if column == 3 else value))

    def statuses(self) -> dict[str, str]:
        """Symbol → status as shown (for tests and accessibility tools)."""
        return {
            self.table.item(row, 1).text(): self.table.item(row, 3).text()
            for row in range(self.table.rowCount())
        }
