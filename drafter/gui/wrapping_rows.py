"""Rows that grow to show their whole text, wrapped in the column's width (the Issues dock).

A QTreeView with word wrap paints wrapped text but sizes its rows for one line,
and does not size them again when the dock is resized: a long message is cut to
its first line with an ellipsis. :class:`WrappingRows` gives each row the height
of its wrapped text in the current column width, and lays the rows out again
when a column's width changes (resizing the dock stretches the last column).
Group rows (top level, first column spanned) keep one line.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, QTimer
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTreeView

_TALL = 100_000


class WrappingRows(QStyledItemDelegate):
    """Install on a tree view with ``setItemDelegate``; the view's word wrap must be on."""

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self.view = view
        view.setWordWrap(True)
        view.setUniformRowHeights(False)
        self._relayout = QTimer(self)  # several resizes in one event loop turn: one layout
        self._relayout.setSingleShot(True)
        self._relayout.setInterval(0)
        self._relayout.timeout.connect(view.doItemsLayout)
        view.header().sectionResized.connect(lambda *_: self._relayout.start())

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        if not index.parent().isValid():
            return hint  # a group row spans the columns on one line
        width = self.text_width(index)
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if not text or width <= 0:
            return hint
        needed = self.view.fontMetrics().boundingRect(
            QRect(0, 0, width, _TALL), int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft), str(text))
        padding = hint.height() - self.view.fontMetrics().height()  # what the style adds to one line
        return QSize(hint.width(), max(hint.height(), needed.height() + padding))

    def text_width(self, index: QModelIndex | QPersistentModelIndex) -> int:
        """The width the text of ``index`` is wrapped in (the column less indentation and margins)."""
        width = self.view.columnWidth(index.column())
        if index.column() == 0:
            depth, parent = 0, index.parent()
            while parent.isValid():
                depth, parent = depth + 1, parent.parent()
            width -= depth * self.view.indentation()
        return width - 2 * self._horizontal_margin()

    def _horizontal_margin(self) -> int:
        return self.view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self.view) + 1
