"""The other language version beside the page: Compare ▸ Open Parallel Version….

The dock shows the two versions aligned paragraph by paragraph (this version's address and
text, the other's), the current paragraph selected on both sides as the cursor moves on the
page, and the consistency findings of :func:`drafter.parallel.parallel` below. A finding or a
row jumps to the paragraph on the page and in the table. The other version's text can be
edited in its cells; the alignment is redone after an edit there, and after the page's own
checks run (so it follows the drafter's typing without a cost per keystroke).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QFileDialog,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from drafter.api import read
from drafter.core.diagnostics import Diagnostic
from drafter.core.model import Resolution
from drafter.errors import DrafterError
from drafter.gui.plurals import plural
from drafter.parallel import ParallelReport, parallel

if TYPE_CHECKING:
    from drafter.gui.main_window import MainWindow

ADDRESS_A, TEXT_A, ADDRESS_B, TEXT_B = range(4)
_SHADE = {"error": QColor(255, 225, 225), "warning": QColor(255, 245, 205)}


def tr(text: str) -> str:
    return QCoreApplication.translate("ParallelDock", text)


class ParallelDock(QDockWidget):
    """The aligned table and the findings; knows nothing of files (see ParallelController)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Parallel version"), parent)
        self.setObjectName("ParallelDock")
        self.setAccessibleName(tr("Parallel version"))
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        self.title = QLabel(body)
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        split = QSplitter(Qt.Orientation.Vertical, body)
        self.table = QTableWidget(0, 4, split)
        self.table.setObjectName("ParallelTable")
        self.table.setAccessibleName(tr("Aligned paragraphs"))
        self.table.setWordWrap(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for column in (ADDRESS_A, ADDRESS_B):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column in (TEXT_A, TEXT_B):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.findings = QListWidget(split)
        self.findings.setObjectName("ParallelFindings")
        self.findings.setAccessibleName(tr("Differences between the versions"))
        self.findings.setWordWrap(True)
        layout.addWidget(split)
        self.setWidget(body)

    def show_report(self, mine: Resolution, other: Resolution, report: ParallelReport, name: str) -> None:
        """Fill the table (rows in alignment order) and the findings list."""
        languages = " / ".join(language.upper() for language in report.languages)
        self.title.setText(tr("{name} ({languages}): {aligned}, {differences}").format(
            name=name, languages=languages, aligned=plural("%n paragraph(s) aligned", report.aligned),
            differences=plural("%n difference(s)", len(report.findings))))
        self.table.blockSignals(True)
        first, second = (language.upper() for language in report.languages)
        self.table.setHorizontalHeaderLabels([first, tr("This version"), second, tr("Other version")])
        self.table.setRowCount(len(report.pairs))
        texts_a = {p.address: p.text for p in mine.paragraphs}
        texts_b = {p.address: p.text for p in other.paragraphs}
        for row, (address_a, address_b) in enumerate(report.pairs):
            cells = (address_a or "—", texts_a.get(address_a or "", ""), address_b or "—",
                     texts_b.get(address_b or "", ""))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column != TEXT_B or address_b is None:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, column, item)
        self.findings.clear()
        rows = {pair: row for row, pair in enumerate(report.pairs)}
        for finding in report.findings:
            where = " / ".join(address or "—" for address in (finding.a, finding.b))
            item = QListWidgetItem(f"{where}: {finding.message}")
            item.setData(Qt.ItemDataRole.UserRole, self._row_of(rows, finding.a, finding.b))
            item.setBackground(QBrush(_SHADE.get(finding.severity.value, QColor(Qt.GlobalColor.white))))
            self.findings.addItem(item)
            row = item.data(Qt.ItemDataRole.UserRole)
            if row is not None:
                for column in range(4):
                    cell = self.table.item(row, column)
                    if cell is not None and finding.severity.value in _SHADE:
                        cell.setBackground(QBrush(_SHADE[finding.severity.value]))
        self.table.resizeRowsToContents()
        self.table.blockSignals(False)

    @staticmethod
    def _row_of(rows: dict[tuple[str | None, str | None], int], a: str | None, b: str | None) -> int | None:
        if (a, b) in rows:
            return rows[(a, b)]
        return next((row for (x, y), row in rows.items() if (a and x == a) or (b and y == b)), None)

    def select_row(self, row: int) -> None:
        self.table.blockSignals(True)
        self.table.selectRow(row)
        self.table.scrollToItem(self.table.item(row, TEXT_A), QAbstractItemView.ScrollHint.PositionAtCenter)
        self.table.blockSignals(False)


class ParallelController(QObject):
    """Opens the other version, keeps the alignment current and does the jumps."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.other: Resolution | None = None
        self.other_path: Path | None = None
        self.report: ParallelReport | None = None
        self.dock: ParallelDock | None = None
        self.action = QAction(tr("Open &Parallel Version…"), window)
        self.action.setObjectName("open_parallel")
        self.action.setStatusTip(
            tr("Show another language version of this resolution beside it, aligned and checked"))
        self.action.triggered.connect(lambda _=False: self.open_parallel())
        window.checks.checked.connect(lambda *_: self.refresh())
        window.editor.cursorPositionChanged.connect(self._follow_cursor)

    def open_parallel(self, path: str | Path | None = None) -> ParallelDock | None:
        """Read another version (asked for when ``path`` is None) and show it aligned."""
        if path is None:
            folder = str(self.window.path.parent) if self.window.path else str(Path.home())
            path, _ = QFileDialog.getOpenFileName(self.window, tr("Open parallel version"), folder,
                                                  tr("Resolutions (*.docx *.txt *.xml);;All files (*)"))
            if not path:
                return None
        try:
            self.other = read(path)
        except DrafterError as error:
            self.window.statusBar().showMessage(str(error), 8000)
            return None
        self.other_path = Path(path)
        if self.dock is None:
            self.dock = ParallelDock(self.window)
            self.window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
            self.dock.table.cellClicked.connect(lambda row, _: self.go_to_row(row))
            self.dock.table.itemChanged.connect(self._other_edited)
            self.dock.findings.itemActivated.connect(self._finding_activated)
        self.refresh()
        self.dock.show()
        self.dock.raise_()
        return self.dock

    def refresh(self) -> None:
        """Align the page (as it is now) with the other version again."""
        if self.other is None or self.dock is None or self.other_path is None:
            return
        mine = self.window.resolution()
        try:
            self.report = parallel(mine, self.other, self.window.settings.interface_language)
        except Exception as error:  # an alignment bug must not take the drafter's work with it
            reason = f"{self.other_path.name}: {type(error).__name__}: {error}"
            self.window.statusBar().showMessage(reason, 8000)
            return
        self.dock.show_report(mine, self.other, self.report, self.other_path.name)
        self.window.issues.set_extra("parallel", self._as_diagnostics(self.report))
        self._follow_cursor()

    def _as_diagnostics(self, report: ParallelReport) -> list[Diagnostic]:
        """The findings in the Issues dock, at this version's address (the other's in the text)."""
        other = report.languages[1].upper()
        return [Diagnostic(f.rule, f.severity, f.a or "DOC", 0, 0,
                           f"{f.message} ({other}: {f.b})" if f.b and f.b != f.a else f.message,
                           source="parallel")
                for f in report.findings]

    def go_to_row(self, row: int) -> None:
        """The row's paragraph on the page (this version) and selected in the table (the other)."""
        if self.report is None or not 0 <= row < len(self.report.pairs):
            return
        address = self.report.pairs[row][0]
        number = self.window.editor.snapshot().blocks.get(address or "")
        if number is not None:
            self.window.editor.go_to(number)
        if self.dock is not None:
            self.dock.select_row(row)

    def _finding_activated(self, item: QListWidgetItem) -> None:
        row = item.data(Qt.ItemDataRole.UserRole)
        if row is not None:
            self.go_to_row(int(row))

    def _follow_cursor(self) -> None:
        """Select the row of the paragraph the cursor is in (both sides scroll together)."""
        if self.report is None or self.dock is None or not self.dock.isVisible():
            return
        snapshot = self.window.editor.snapshot_used
        if snapshot is None:
            return
        number = self.window.editor.textCursor().blockNumber()
        address = next((a for a, n in snapshot.blocks.items() if n == number), None)
        row = next((r for r, (a, _) in enumerate(self.report.pairs) if a == address), None)
        if row is not None:
            self.dock.select_row(row)

    def _other_edited(self, item: QTableWidgetItem) -> None:
        if item.column() != TEXT_B or self.report is None or self.other is None:
            return
        address = self.report.pairs[item.row()][1]
        paragraph = self.other.find(address or "")
        if paragraph is not None and paragraph.text != item.text():
            paragraph.text = item.text()
            self.refresh()
