"""The issues dock: the last check run's diagnostics, grouped by severity.

Each row shows where (paragraph address) and the whole message, wrapped (the row
grows: :mod:`drafter.gui.wrapping_rows`); the message and the rule id are also in
the tooltip and in the detail line under the list (current row). The address
column is as wide as the longest address ("OP12(b)(iii)"), within reason;
Enter or a double-click jumps to the span, and the quick fix, "Ignore once" and "Disable
rule" are offered from buttons and the context menu, as in the page itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from drafter.core.diagnostics import Diagnostic, Severity
from drafter.gui.highlighter import wave_colour
from drafter.gui.i18n import window_tr
from drafter.gui.wrapping_rows import WrappingRows

if TYPE_CHECKING:
    from drafter.gui.document_sync import DocumentSnapshot
    from drafter.gui.editor import ResolutionEditor

_GROUP_NAMES = {Severity.ERROR: "Errors", Severity.WARNING: "Warnings", Severity.INFO: "Information"}
_INDEX_ROLE = Qt.ItemDataRole.UserRole + 1
_NOTES_SHOWN = 3
_WHERE_SHARE = 0.4  # the address column never takes more of the list's width than this
_WHERE_LEAST = 56
_TOP_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop


class IssuesDock(QDockWidget):
    fix_requested = Signal(object)
    ignore_requested = Signal(object)
    disable_requested = Signal(object)
    footnote_requested = Signal(int)  # a diagnostic on footnote n (FN<n>): show it in the pane
    jumped = Signal(object)  # after a jump to a diagnostic (the parallel version follows its own)

    def __init__(self, editor: ResolutionEditor, parent: QWidget | None = None) -> None:
        super().__init__("Issues", parent)
        self.setObjectName("IssuesDock")
        self.setAccessibleName("Issues")
        self.editor = editor
        self.diagnostics: list[Diagnostic] = []
        self.extra: dict[str, list[Diagnostic]] = {}  # see set_extra
        self._snapshot: DocumentSnapshot | None = None
        self._checked: list[Diagnostic] = []
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        self.report = QLabel(body)  # what opening the file found (see show_report)
        self.report.setObjectName("OpenReport")
        self.report.setWordWrap(True)
        self.report.setTextFormat(Qt.TextFormat.PlainText)
        self.report.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.report.hide()
        layout.addWidget(self.report)
        self.tree = QTreeWidget(body)
        self.tree.setAccessibleName("Diagnostics grouped by severity")
        # Where and the message; the whole message and the rule id in the tooltip and in the detail
        # line under the list, so that a narrow dock gives the message its room ("Write …" before).
        self.tree.setHeaderLabels(["Where", "Message"])
        self.tree.setColumnWidth(0, 88)  # until the addresses are known (see _fit_where)
        self.tree.setItemDelegate(WrappingRows(self.tree))  # whole messages, wrapped
        self._addresses: list[str] = []
        self.tree.viewport().installEventFilter(self)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.itemDoubleClicked.connect(self._jump)
        self.tree.itemActivated.connect(self._jump)  # Enter (a double-click may come here too: same jump)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._menu)
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        layout.addWidget(self.tree)
        self.detail = QLabel(body)  # the whole message of the current row, wrapped
        self.detail.setObjectName("IssueDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setAccessibleName("Selected issue")
        layout.addWidget(self.detail)
        buttons = QHBoxLayout()
        self.fix_button = QPushButton("Fix", body)
        self.fix_button.setAccessibleName("Apply quick fix")
        self.ignore_button = QPushButton("Ignore once", body)
        self.disable_button = QPushButton("Disable rule", body)
        for button, signal in ((self.fix_button, self.fix_requested),
                               (self.ignore_button, self.ignore_requested),
                               (self.disable_button, self.disable_requested)):
            button.clicked.connect(lambda _=False, s=signal: self._emit_current(s))
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.setWidget(body)
        self._update_buttons()

    def set_extra(self, source: str, diagnostics: list[Diagnostic]) -> None:
        """Findings from outside the check run (the parallel version's differences), listed
        with the checks' own until the source replaces them."""
        self.extra[source] = list(diagnostics)
        self.show_diagnostics(self._snapshot, self._checked)

    def show_diagnostics(self, snapshot: DocumentSnapshot | None, diagnostics: list[Diagnostic]) -> None:
        self._snapshot, self._checked = snapshot, list(diagnostics)
        diagnostics = [*diagnostics, *(d for extra in self.extra.values() for d in extra)]
        self.diagnostics = list(diagnostics)
        self.tree.clear()
        groups: dict[Severity, QTreeWidgetItem] = {}
        for severity in (Severity.ERROR, Severity.WARNING, Severity.INFO):
            count = sum(1 for d in diagnostics if d.severity is severity)
            if not count:
                continue
            name = QCoreApplication.translate("MainWindow", _GROUP_NAMES[severity])
            group = QTreeWidgetItem(self.tree, [f"{name} ({count})"])
            group.setForeground(0, wave_colour(severity))
            group.setFirstColumnSpanned(True)
            group.setExpanded(True)
            groups[severity] = group
        for index, diagnostic in enumerate(diagnostics):
            item = QTreeWidgetItem(groups[diagnostic.severity], [diagnostic.paragraph, diagnostic.message])
            for column in range(2):
                item.setToolTip(column, f"{diagnostic.message}  [{diagnostic.rule}]")
                item.setTextAlignment(column, _TOP_LEFT)  # the address beside the first line
            item.setData(0, _INDEX_ROLE, index)
        self._addresses = [d.paragraph for d in diagnostics]
        self._fit_where()
        self.setWindowTitle(f"Issues ({len(diagnostics)})")  # translated as it changes (i18n)
        self._update_buttons()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.tree.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_where()  # the share of a wider or narrower list
        return super().eventFilter(watched, event)

    def _fit_where(self) -> None:
        """The address column as wide as the longest address, up to a share of the list."""
        metrics = self.tree.fontMetrics()
        widest = max((metrics.horizontalAdvance(address) for address in self._addresses), default=0)
        wanted = widest + self.tree.indentation() + 4 * metrics.averageCharWidth()
        limit = int(self.tree.viewport().width() * _WHERE_SHARE)
        self.tree.setColumnWidth(0, max(_WHERE_LEAST, min(wanted, limit)))

    def show_report(self, title: str, summary: str, notes: list[str]) -> None:
        """The report on the file just opened, above the issues; the reader's notes below it
        (the first few, all of them on hover)."""
        shown = notes[:_NOTES_SHOWN]
        more = len(notes) - len(shown)
        lines = [f"{title}: {summary}", *(f"• {note}" for note in shown)]
        if more:
            lines.append("…")
        self.report.setText("\n".join(lines))
        self.report.setToolTip("\n".join(notes))
        self.report.setAccessibleName(title)
        self.report.show()

    def current(self) -> Diagnostic | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        index = item.data(0, _INDEX_ROLE)
        return self.diagnostics[index] if isinstance(index, int) and index < len(self.diagnostics) else None

    def select(self, index: int) -> None:
        """Make the row of diagnostic ``index`` current (used by tests and the page)."""
        for group_index in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(group_index)
            for child_index in range(group.childCount()):
                child = group.child(child_index)
                if child.data(0, _INDEX_ROLE) == index:
                    self.tree.setCurrentItem(child)
                    return

    def _update_buttons(self) -> None:
        diagnostic = self.current()
        self.detail.setText("" if diagnostic is None else
                            f"{diagnostic.paragraph} [{diagnostic.rule}] {diagnostic.message}")
        self.detail.setVisible(diagnostic is not None)
        self.fix_button.setEnabled(diagnostic is not None and diagnostic.fix is not None)
        self.ignore_button.setEnabled(diagnostic is not None)
        self.disable_button.setEnabled(diagnostic is not None)
        if diagnostic is not None and diagnostic.fix is not None:
            self.fix_button.setToolTip(window_tr("Fix: {fix}").format(fix=diagnostic.fix.description))

    def _emit_current(self, signal: SignalInstance) -> None:
        diagnostic = self.current()
        if diagnostic is not None:
            signal.emit(diagnostic)

    def _jump(self, item: QTreeWidgetItem) -> None:
        index = item.data(0, _INDEX_ROLE)
        if not isinstance(index, int):
            return
        diagnostic = self.diagnostics[index]
        located = self.editor.locate(diagnostic)
        if located is not None:
            self.editor.go_to(*located)
            self.editor.setFocus(Qt.FocusReason.OtherFocusReason)  # typing goes on at the issue
        elif diagnostic.paragraph.startswith("FN") and diagnostic.paragraph[2:].isdigit():
            self.footnote_requested.emit(int(diagnostic.paragraph[2:]))
        self.jumped.emit(diagnostic)

    def _menu(self, point: QPoint) -> None:
        item = self.tree.itemAt(point)
        if item is None:
            return
        self.tree.setCurrentItem(item)
        diagnostic = self.current()
        if diagnostic is None:
            return
        menu = QMenu(self)
        if diagnostic.fix is not None:
            menu.addAction(window_tr("Fix: {fix}").format(fix=diagnostic.fix.description),
                           lambda: self.fix_requested.emit(diagnostic))
        menu.addAction(window_tr("Go to"), lambda: self._jump(item))
        menu.addAction(window_tr("Ignore once"), lambda: self.ignore_requested.emit(diagnostic))
        menu.addAction(window_tr("Disable rule {rule}").format(rule=diagnostic.rule),
                       lambda: self.disable_requested.emit(diagnostic))
        menu.exec(self.tree.viewport().mapToGlobal(point))
