"""The outline dock: PP1 …, OP1 …, OP1(a) … with each paragraph's opener.

Built from the same snapshot the checks use (so it costs nothing extra per key);
clicking a row goes to the paragraph, and the buttons move the selected paragraph
with its sub-paragraphs, through the page's own move command (undoable, refused
when the structure would break).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDropEvent, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from drafter.core.lexicon import lexicon
from drafter.core.model import Paragraph, ParagraphKind
from drafter.gui import editing_invariants

if TYPE_CHECKING:
    from drafter.gui.document_sync import DocumentSnapshot
    from drafter.gui.editor import ResolutionEditor

_BLOCK_ROLE = Qt.ItemDataRole.UserRole + 1
_PART = {ParagraphKind.PREAMBULAR: "preamble", ParagraphKind.OPERATIVE: "operative",
         ParagraphKind.CLAUSE: "operative"}


def opener_summary(text: str, kind: ParagraphKind, language: str, words: int = 6) -> str:
    """The paragraph's opener when it has one, else its first few words."""
    part = _PART.get(kind)
    if part is not None:
        try:
            found = lexicon(language).match(text, part)
        except ValueError:
            found = None
        if found is not None:
            return text[: found.end].strip()
    head = text.split()
    summary = " ".join(head[:words])
    return summary + (" …" if len(head) > words else "")


class OutlineList(QListWidget):
    """A list whose rows can be dragged; a drop asks for a move instead of moving rows."""

    move_requested = Signal(int, int)  # source row, target row

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)

    def dropEvent(self, event: QDropEvent) -> None:
        source = self.currentRow()
        target = self.indexAt(event.position().toPoint()).row()
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        if source >= 0 and target >= 0 and source != target:
            self.move_requested.emit(source, target)


class OutlineDock(QDockWidget):
    def __init__(self, editor: ResolutionEditor, parent: QWidget | None = None) -> None:
        super().__init__("Outline", parent)
        self.setObjectName("OutlineDock")
        self.setAccessibleName("Outline")
        self.editor = editor
        # Set by negotiation mode: colours a row by its paragraph's status and says
        # whether the row passes the filter (open only, by delegation).
        self.decorate: Callable[[QListWidgetItem, Paragraph], bool] | None = None
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        self.list = OutlineList(body)
        self.list.move_requested.connect(self.move_row)
        self.list.setAccessibleName("Paragraphs in order")
        self.list.itemClicked.connect(self._go)
        self.list.itemActivated.connect(self._go)
        layout.addWidget(self.list)
        buttons = QHBoxLayout()
        self.up_button = QPushButton("Move up", body)
        self.up_button.setAccessibleName("Move paragraph up")
        self.down_button = QPushButton("Move down", body)
        self.down_button.setAccessibleName("Move paragraph down")
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        buttons.addWidget(self.up_button)
        buttons.addWidget(self.down_button)
        layout.addLayout(buttons)
        self.setWidget(body)

    def show_snapshot(self, snapshot: DocumentSnapshot) -> None:
        selected = self.selected_address()
        self.list.clear()
        language = snapshot.resolution.meta.language
        for paragraph in snapshot.resolution.paragraphs:
            indent = "    " * max(0, paragraph.level)
            summary = opener_summary(paragraph.text, paragraph.kind, language)
            item = QListWidgetItem(f"{indent}{paragraph.address}  {summary}")
            item.setData(_BLOCK_ROLE, snapshot.blocks.get(paragraph.address, -1))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{paragraph.address} {summary}")
            item.setData(Qt.ItemDataRole.UserRole, paragraph.address)
            self.list.addItem(item)
            if self.decorate is not None:
                item.setHidden(not self.decorate(item, paragraph))
            if paragraph.address == selected:
                self.list.setCurrentItem(item)

    def refresh(self) -> None:
        self.show_snapshot(self.editor.snapshot())

    def selected_address(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def addresses(self) -> list[str]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]

    def _go(self, item: QListWidgetItem) -> None:
        number = item.data(_BLOCK_ROLE)
        if isinstance(number, int) and number >= 0:
            self.editor.go_to(number)

    def move_row(self, source: int, target: int) -> bool:
        """Drag and drop: move the source paragraph (with its items) to the target's place.

        Done as repeated one-place moves (each refused if the structure would break)
        inside one edit block, so the whole drag is a single undo step.
        """
        start = self.list.item(source).data(_BLOCK_ROLE)
        goal = self.list.item(target).data(_BLOCK_ROLE)
        if not isinstance(start, int) or not isinstance(goal, int) or start < 0 or goal < 0:
            return False
        editor = self.editor
        group = QTextCursor(editor.document())
        group.beginEditBlock()
        moved = False
        for _ in range(editor.document().blockCount()):
            entries = editor.entries()
            size = editing_invariants.unit_end(entries, start) - start
            if goal < start:
                step = -1
            elif start + size - 1 < goal:
                step = 1
            else:
                break
            if not editor.move_paragraph(step, start):
                break
            moved = True
            start = editor.textCursor().block().blockNumber()
        group.endEditBlock()
        self.refresh()
        return moved

    def move_selected(self, step: int) -> bool:
        item = self.list.currentItem()
        if item is None:
            return False
        number = item.data(_BLOCK_ROLE)
        if not isinstance(number, int) or number < 0:
            return False
        self.editor.go_to(number)
        moved = self.editor.move_paragraph(step)
        self.refresh()
        if moved:
            current = self.editor.textCursor().block().blockNumber()
            for row in range(self.list.count()):
                if self.list.item(row).data(_BLOCK_ROLE) == current:
                    self.list.setCurrentRow(row)
                    break
        return moved
