"""The list of changes from a base text, as negotiators circulate it, beside the page.

One row per change: the paragraph address, the kind of change, and the
description ("OP5: 'Encourages' replaced by 'Urges'"). The list can be narrowed
to one kind (only the deletions, only the footnotes…); double-clicking a row (or
Enter) asks the window to show that place of the text. The dialog is not modal:
the drafter reads the list while working on the page, so when the page changes
the list says it is out of date and offers to compare again. It only shows and
asks; reading files, comparing and writing the redline are the controller's
(:mod:`drafter.gui.compare_actions`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from drafter.comparison import Change, ChangeKind, Comparison
from drafter.gui.compare_targets import Target, change_targets
from drafter.gui.plurals import plural

_INDEX_ROLE = Qt.ItemDataRole.UserRole


def tr(text: str) -> str:
    return QCoreApplication.translate("CompareDialog", text)


def kind_name(kind: ChangeKind) -> str:
    """The kind as the list shows it (translated)."""
    names = {
        ChangeKind.INSERTED: tr("Inserted"),
        ChangeKind.DELETED: tr("Deleted"),
        ChangeKind.MOVED: tr("Moved"),
        ChangeKind.CHANGED: tr("Changed"),
        ChangeKind.FOOTNOTE_INSERTED: tr("Footnote inserted"),
        ChangeKind.FOOTNOTE_DELETED: tr("Footnote deleted"),
        ChangeKind.FOOTNOTE_CHANGED: tr("Footnote changed"),
        ChangeKind.TITLE_CHANGED: tr("Title changed"),
        ChangeKind.FORMULA_CHANGED: tr("Formula changed"),
        ChangeKind.ANNEX_INSERTED: tr("Annex inserted"),
        ChangeKind.ANNEX_DELETED: tr("Annex deleted"),
        ChangeKind.ANNEX_CHANGED: tr("Annex changed"),
    }
    return names[kind]


def kind_filters() -> list[tuple[str, str, frozenset[ChangeKind]]]:
    """(key, label, kinds) of the choices of the "Show" list, in the order offered.

    Footnotes, the heading (title and formula) and annexes are grouped: a
    negotiator filters by what a change is about more than by its exact kind."""
    kinds = ChangeKind
    return [
        ("all", tr("All changes"), frozenset(kinds)),
        ("changed", tr("Changed paragraphs"), frozenset({kinds.CHANGED})),
        ("inserted", tr("Inserted paragraphs"), frozenset({kinds.INSERTED})),
        ("deleted", tr("Deleted paragraphs"), frozenset({kinds.DELETED})),
        ("moved", tr("Moved paragraphs"), frozenset({kinds.MOVED})),
        ("footnotes", tr("Footnotes"),
         frozenset({kinds.FOOTNOTE_INSERTED, kinds.FOOTNOTE_DELETED, kinds.FOOTNOTE_CHANGED})),
        ("heading", tr("Title and formula"), frozenset({kinds.TITLE_CHANGED, kinds.FORMULA_CHANGED})),
        ("annexes", tr("Annexes"),
         frozenset({kinds.ANNEX_INSERTED, kinds.ANNEX_DELETED, kinds.ANNEX_CHANGED})),
    ]


class CompareDialog(QDialog):
    """The changes of one comparison; emits what the drafter asks for, does nothing itself."""

    paragraph_requested = Signal(object)  # Target | None: where to put the cursor
    save_requested = Signal()  # "Save redline…"
    refresh_requested = Signal()  # "Compare again" (the page changed since)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CompareDialog")
        self.setWindowTitle(tr("Changes from the base text"))
        self.setAccessibleName(tr("Changes from the base text"))
        self.setModal(False)
        self.changes: list[Change] = []
        self.targets: list[Target | None] = []

        self.summary = QLabel(self)
        self.summary.setObjectName("CompareSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.stale_notice = QLabel(tr("The text has changed since this comparison."), self)
        self.stale_notice.setObjectName("CompareStaleNotice")
        self.refresh_button = QPushButton(tr("Compare &Again"), self)
        self.refresh_button.setAccessibleName(tr("Compare again with the same base text"))
        self.refresh_button.clicked.connect(self.refresh_requested)
        stale_row = QHBoxLayout()
        stale_row.addWidget(self.stale_notice, 1)
        stale_row.addWidget(self.refresh_button)

        self.filter = QComboBox(self)
        self.filter.setObjectName("CompareKindFilter")
        self.filter.setAccessibleName(tr("Show changes of kind"))
        self.filter.currentIndexChanged.connect(lambda _: self._apply_filter())
        show = QLabel(tr("&Show:"), self)
        show.setBuddy(self.filter)
        filter_row = QHBoxLayout()
        filter_row.addWidget(show)
        filter_row.addWidget(self.filter, 1)

        self.list = QTreeWidget(self)
        self.list.setObjectName("CompareChangeList")
        self.list.setAccessibleName(tr("List of changes"))
        self.list.setColumnCount(3)
        self.list.setHeaderLabels([tr("Paragraph"), tr("Kind"), tr("Change")])
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setWordWrap(False)
        header = self.list.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.list.itemActivated.connect(lambda item, _column: self._go(item))  # Enter, double-click

        self.copy_button = QPushButton(tr("&Copy List"), self)
        self.copy_button.setAccessibleName(tr("Copy the list of changes"))
        self.copy_button.clicked.connect(self.copy_list)
        self.save_button = QPushButton(tr("Save &Redline…"), self)
        self.save_button.setObjectName("CompareSaveRedline")
        self.save_button.setAccessibleName(tr("Save the text with Track Changes against the base"))
        self.save_button.clicked.connect(self.save_requested)
        close = QPushButton(tr("Close"), self)
        close.clicked.connect(self.close)
        for button in (self.refresh_button, self.copy_button, self.save_button, close):
            button.setAutoDefault(False)  # Enter in the list goes to the change, not to a button
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(stale_row)
        layout.addLayout(filter_row)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.resize(760, 520)
        self.set_stale(False)

    # --- content ------------------------------------------------------------------

    def show_comparison(self, comparison: Comparison, base_name: str, document_name: str) -> None:
        """List ``comparison``'s changes (the base read from ``base_name``)."""
        self.changes = list(comparison.changes)
        self.targets = change_targets(comparison)
        count = len(self.changes)
        if count == 0:
            text = tr("No differences: the text is the same as “{base}”.").format(base=base_name)
        else:
            text = tr("{changes} from “{base}” to “{document}”.").format(
                changes=plural("%n change(s)", count), base=base_name, document=document_name)
        base_language, new_language = comparison.base.meta.language, comparison.new.meta.language
        if base_language != new_language:
            text += " " + tr("The base text is in another language ({base}, the page is in {page}): "
                             "every paragraph differs.").format(base=base_language, page=new_language)
        self.summary.setText(text)
        self._fill_filter()
        self.set_stale(False)

    def _fill_filter(self) -> None:
        """Offer "All changes" and the kinds this comparison has, with their counts."""
        previous = self.filter.currentData()
        self.filter.blockSignals(True)
        self.filter.clear()
        for key, label, kinds in kind_filters():
            found = sum(1 for change in self.changes if change.kind in kinds)
            if key == "all" or found:
                self.filter.addItem(f"{label} ({found})", key)
        index = self.filter.findData(previous) if previous else 0
        self.filter.setCurrentIndex(max(0, index))
        self.filter.blockSignals(False)
        self._apply_filter()

    def _apply_filter(self) -> None:
        key = self.filter.currentData() or "all"
        kinds = next(k for name, _, k in kind_filters() if name == key)
        self.list.clear()
        items = []
        for index, change in enumerate(self.changes):
            if change.kind not in kinds:
                continue
            item = QTreeWidgetItem([change.address, kind_name(change.kind), change.description])
            item.setData(0, _INDEX_ROLE, index)
            item.setToolTip(2, change.description)
            item.setData(0, Qt.ItemDataRole.AccessibleTextRole, change.description)
            items.append(item)
        self.list.addTopLevelItems(items)
        if items:
            self.list.setCurrentItem(items[0])

    def select_filter(self, key: str) -> bool:
        """Show only the changes of the filter ``key`` (see :func:`kind_filters`)."""
        index = self.filter.findData(key)
        if index < 0:
            return False
        self.filter.setCurrentIndex(index)
        return True

    def visible_changes(self) -> list[Change]:
        """The changes the list shows now, in order."""
        return [self.changes[self.list.topLevelItem(row).data(0, _INDEX_ROLE)]
                for row in range(self.list.topLevelItemCount())]

    def set_stale(self, stale: bool) -> None:
        """Say whether the page changed since the comparison (the list may be out of date)."""
        self.stale_notice.setVisible(stale)
        self.refresh_button.setVisible(stale)

    def is_stale(self) -> bool:
        return not self.stale_notice.isHidden()

    # --- commands -----------------------------------------------------------------

    def item_for(self, change: Change) -> QTreeWidgetItem | None:
        for row in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(row)
            if self.changes[item.data(0, _INDEX_ROLE)] is change:
                return item
        return None

    def _go(self, item: QTreeWidgetItem) -> None:
        index = item.data(0, _INDEX_ROLE)
        self.paragraph_requested.emit(self.targets[index] if isinstance(index, int) else None)

    def list_text(self) -> str:
        """The selected changes when several are selected, otherwise all the shown ones,
        one per line."""
        selected = {id(item) for item in self.list.selectedItems()}
        rows = [self.list.topLevelItem(row) for row in range(self.list.topLevelItemCount())]
        if len(selected) > 1:
            rows = [item for item in rows if id(item) in selected]
        return "\n".join(self.changes[item.data(0, _INDEX_ROLE)].description for item in rows)

    def copy_list(self) -> None:
        """The list as negotiators paste it into an e-mail: one description per line."""
        QGuiApplication.clipboard().setText(self.list_text())
