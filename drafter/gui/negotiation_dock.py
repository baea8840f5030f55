"""The negotiation dock: where the text stands, and the negotiation commands.

A summary of open brackets per paragraph and per delegation, a filter for the outline
(open paragraphs only, or those a delegation is named in) with each paragraph's status
as its row colour, the commands of :mod:`drafter.gui.negotiation_mode` as buttons, and
after Issue Rev.1 the table of old to new addresses beside the new text. Everything is
rebuilt from the snapshot the checks already made, so it costs nothing per key.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from drafter.core.model import Paragraph, Resolution
from drafter.core.negotiation import AGREED, AGREED_AD_REF, analyse, delegation_list
from drafter.core.negotiation_state import (
    delegations_of,
    open_brackets_by_delegation,
    open_brackets_by_paragraph,
    summary_line,
)
from drafter.gui import negotiation_mode

if TYPE_CHECKING:
    from drafter.gui.document_sync import DocumentSnapshot
    from drafter.gui.editor import ResolutionEditor
    from drafter.gui.outline_dock import OutlineDock

STATUS_COLOURS = {AGREED: QColor("#c6efce"), AGREED_AD_REF: QColor("#fff2cc")}
OPEN_COLOUR = QColor("#fde2e1")  # a paragraph with brackets still open
_ACTIONS = ("add", "delete", "retain")


def tr(text: str) -> str:
    return QCoreApplication.translate("NegotiationDock", text)


def status_colour(paragraph: Paragraph) -> QColor | None:
    """Agreed green, agreed ad ref yellow, open brackets pink, nothing otherwise."""
    if paragraph.status in STATUS_COLOURS:
        return STATUS_COLOURS[paragraph.status]
    return OPEN_COLOUR if analyse(paragraph.text).groups else None


class AttributionDialog(QDialog):
    """Choose delegations (Member States and groups) and the action they propose."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Attribute to delegations"))
        layout = QVBoxLayout(self)
        self.names = QListWidget(self)
        self.names.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
        self.names.setAccessibleName(tr("Delegations"))
        self.names.addItems(delegation_list())
        self.action = QComboBox(self)
        self.action.setAccessibleName(tr("Proposed action"))
        for action in _ACTIONS:
            self.action.addItem(tr(action), action)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, parent=self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(self.names)
        layout.addWidget(self.action)
        layout.addWidget(buttons)

    def chosen(self) -> tuple[list[str], str]:
        return [item.text() for item in self.names.selectedItems()], str(self.action.currentData())


class NegotiationDock(QDockWidget):
    def __init__(self, editor: ResolutionEditor, outline: OutlineDock, parent: QWidget | None = None) -> None:
        super().__init__(tr("Negotiation"), parent)
        self.setObjectName("NegotiationDock")
        self.setAccessibleName(tr("Negotiation"))
        self.editor = editor
        self.outline = outline
        self.table_rows: list[tuple[str, str]] = []
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        self.summary = QLabel(body)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        buttons = QGridLayout()
        self.buttons: dict[str, QPushButton] = {}
        commands = [
            ("accept", tr("Accept alternative"), lambda: negotiation_mode.accept_alternative(editor)),
            ("unbracket", tr("Remove brackets"), lambda: negotiation_mode.remove_brackets(editor)),
            ("ad_ref", tr("Agreed ad ref"), lambda: negotiation_mode.set_status(editor, AGREED_AD_REF)),
            ("agreed", tr("Agreed"), lambda: negotiation_mode.set_status(editor, AGREED)),
            ("reopen", tr("Open again"), lambda: negotiation_mode.set_status(editor, "")),
            ("bis", tr("Insert bis paragraph"), lambda: negotiation_mode.insert_bis(editor)),
            ("attribute", tr("Attribute…"), self.attribute_selection),
            ("rev1", tr("Issue Rev.1"), self.issue_rev1),
        ]
        for index, (name, text, slot) in enumerate(commands):
            button = QPushButton(text, body)
            button.setObjectName(f"negotiation_{name}")
            button.clicked.connect(lambda _=False, s=slot: (s(), self.refresh()))
            buttons.addWidget(button, index // 2, index % 2)
            self.buttons[name] = button
        layout.addLayout(buttons)
        self.filter = QComboBox(body)
        self.filter.setAccessibleName(tr("Outline filter"))
        self.filter.addItem(tr("All paragraphs"), "all")
        self.filter.addItem(tr("Open only"), "open")
        self.delegation = QComboBox(body)
        self.delegation.setAccessibleName(tr("Delegation"))
        self.filter.currentIndexChanged.connect(lambda _: self.outline.refresh())
        self.delegation.currentIndexChanged.connect(lambda _: self.outline.refresh())
        layout.addWidget(self.filter)
        layout.addWidget(self.delegation)
        layout.addWidget(QLabel(tr("Open brackets per paragraph"), body))
        self.per_paragraph = QListWidget(body)
        self.per_paragraph.setAccessibleName(tr("Open brackets per paragraph"))
        layout.addWidget(self.per_paragraph)
        layout.addWidget(QLabel(tr("Open brackets per delegation"), body))
        self.per_delegation = QListWidget(body)
        self.per_delegation.setAccessibleName(tr("Open brackets per delegation"))
        layout.addWidget(self.per_delegation)
        self.table_label = QLabel(tr("Rev.1: old and new addresses"), body)
        self.table = QTableWidget(0, 2, body)
        self.table.setHorizontalHeaderLabels([tr("Before"), tr("Rev.1")])
        self.table.setAccessibleName(tr("Renumbering table"))
        self.table_label.hide()
        self.table.hide()
        layout.addWidget(self.table_label)
        layout.addWidget(self.table)
        self.setWidget(body)
        outline.decorate = self.decorate

    # --- outline ---------------------------------------------------------------------

    def decorate(self, item: QListWidgetItem, paragraph: Paragraph) -> bool:
        """Colour an outline row by status; whether it passes the filter."""
        colour = status_colour(paragraph)
        if colour is not None:
            item.setBackground(QBrush(colour))
        if paragraph.status:
            item.setToolTip(paragraph.status)
        if self.filter.currentData() == "open" and (paragraph.status or not analyse(paragraph.text).groups):
            return False
        wanted = self.delegation.currentData()
        return not wanted or wanted in delegations_of(paragraph)

    # --- summary ---------------------------------------------------------------------

    def show_snapshot(self, snapshot: DocumentSnapshot) -> None:
        self.show_resolution(snapshot.resolution)

    def show_resolution(self, resolution: Resolution) -> None:
        self.summary.setText(summary_line(resolution))
        self.per_paragraph.clear()
        for address, count in open_brackets_by_paragraph(resolution).items():
            self.per_paragraph.addItem(f"{address}: {count}")
        by_delegation = open_brackets_by_delegation(resolution)
        self.per_delegation.clear()
        for name, count in sorted(by_delegation.items(), key=lambda item: (-item[1], item[0])):
            self.per_delegation.addItem(f"{name}: {count}")
        current = self.delegation.currentData()
        self.delegation.blockSignals(True)
        self.delegation.clear()
        self.delegation.addItem(tr("Any delegation"), "")
        names = sorted({n for p in resolution.paragraphs for n in delegations_of(p)})
        for name in names:
            self.delegation.addItem(name, name)
        self.delegation.setCurrentIndex(max(0, self.delegation.findData(current)))
        self.delegation.blockSignals(False)

    def refresh(self) -> None:
        self.show_resolution(self.editor.resolution())
        self.outline.refresh()

    # --- commands --------------------------------------------------------------------

    def attribute_selection(self) -> bool:
        dialog = AttributionDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        names, action = dialog.chosen()
        return negotiation_mode.attribute(self.editor, names, action)

    def issue_rev1(self) -> list[tuple[str, str]]:
        """Renumber (one undoable step) and show the table of old to new addresses."""
        rows = negotiation_mode.issue_rev1(self.editor)
        self.show_table(rows)
        return rows

    def show_table(self, rows: list[tuple[str, str]]) -> None:
        self.table_rows = rows
        self.table.setRowCount(len(rows))
        for row, (old, new) in enumerate(rows):
            for column, text in enumerate((old, new)):
                cell = QTableWidgetItem(text)
                cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, column, cell)
        self.table_label.setVisible(bool(rows))
        self.table.setVisible(bool(rows))
