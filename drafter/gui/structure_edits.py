"""Structure commands on the page: paragraph kind, level, moves, repairs and footnote marks.

A mixin of :class:`~drafter.gui.editor.ResolutionEditor`. Paragraph kinds live in
block formats (see :mod:`drafter.gui.kinds`), so every change here is one undoable
edit; each is planned on the list of (kind, level) entries with
:mod:`drafter.gui.editing_invariants` first and refused (with the reason on the
``refused`` signal) when the structure would break.
"""

from __future__ import annotations

from PySide6.QtGui import QTextBlock, QTextCharFormat, QTextCursor

from drafter.gui import editing_invariants
from drafter.gui.document_sync import HEADER_ORDER
from drafter.gui.footnote_marks import insert_mark, mark_format
from drafter.gui.i18n import window_tr as _tr
from drafter.gui.kinds import BlockKind, block_kind


class StructureEdits:
    """Kind, level, move, repair and footnote commands (see the module docstring)."""

    def _selected_blocks(self) -> tuple[int, int]:
        cursor = self.textCursor()
        document = self.document()
        first = document.findBlock(cursor.selectionStart()).blockNumber()
        last = document.findBlock(cursor.selectionEnd()).blockNumber()
        return first, last

    def _apply_entries(self, entries: list[editing_invariants.Entry], numbers: range) -> None:
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()
        for number in numbers:
            block = self.document().findBlockByNumber(number)
            cursor.setPosition(block.position())
            kind, level = entries[number]
            cursor.setBlockFormat(self._format(kind, level))
        cursor.endEditBlock()
        self.structure_changed.emit()

    def set_kind(self, kind: BlockKind) -> bool:
        """Make the selected paragraphs ``kind``; refused if the structure would break."""
        first, last = self._selected_blocks()
        entries = self.entries()
        if any(entries[n][0].is_header for n in range(first, last + 1)):
            self.refused.emit(_tr("The heading lines keep their kind."))
            return False
        level = 1 if kind in (BlockKind.SUBPARAGRAPH, BlockKind.PREAMBULAR_ITEM) else 0
        changed = list(entries)
        for number in range(first, last + 1):
            changed[number] = (kind, level)
        if not editing_invariants.is_valid(changed):
            self.refused.emit(_tr(_why_invalid(kind)))
            return False
        self._apply_entries(changed, range(first, last + 1))
        return True

    def change_level(self, step: int) -> bool:
        """Tab / Shift+Tab: operative paragraph <-> (a) <-> (i), with the items below it."""
        number = self.textCursor().block().blockNumber()
        entries = self.entries()
        end = editing_invariants.unit_end(entries, number)
        changed = list(entries)
        for index in range(number, end):
            item_kind, item_level = entries[index]
            changed[index] = _shifted(item_kind, item_level, step)
        if changed[number] == entries[number] or not editing_invariants.is_valid(changed):
            self.refused.emit(_tr("This paragraph cannot move to that level here."))
            return False
        self._apply_entries(changed, range(number, end))
        return True

    def move_paragraph(self, step: int, number: int | None = None) -> bool:
        """Alt+Up / Alt+Down: swap the paragraph (with its items) with its neighbour."""
        cursor = self.textCursor()
        number = cursor.block().blockNumber() if number is None else number
        in_block = number == cursor.block().blockNumber()
        column = cursor.position() - cursor.block().position() if in_block else 0
        plan = editing_invariants.moved(self.entries(), number, step)
        if plan is None:
            self.refused.emit(_tr("This paragraph cannot move further that way."))
            return False
        first, middle, end = plan
        moving_unit_start = number
        document = self.document()
        snapshot = [_capture(document.findBlockByNumber(n)) for n in range(middle, end)]
        edit = QTextCursor(document)
        edit.beginEditBlock()
        edit.setPosition(document.findBlockByNumber(middle - 1).position()
                         + document.findBlockByNumber(middle - 1).length() - 1)
        last = document.findBlockByNumber(end - 1)
        edit.setPosition(last.position() + last.length() - 1, QTextCursor.MoveMode.KeepAnchor)
        edit.removeSelectedText()
        target = document.findBlockByNumber(first)
        edit.setPosition(target.position())
        edit.insertBlock(target.blockFormat(), target.charFormat())
        edit.movePosition(QTextCursor.MoveOperation.PreviousBlock)
        for index, (fmt, fragments) in enumerate(snapshot):
            if index:
                edit.insertBlock(fmt, QTextCharFormat())
            else:
                edit.setBlockFormat(fmt)
            for text, char_format in fragments:
                edit.insertText(text, char_format)
        edit.endEditBlock()
        # where the paragraph the drafter moved now starts
        if moving_unit_start == middle:
            new_start = first
        else:
            new_start = first + (end - middle)
        block = document.findBlockByNumber(new_start)
        cursor = QTextCursor(block)
        cursor.setPosition(block.position() + min(column, block.length() - 1))
        self.setTextCursor(cursor)
        self.structure_changed.emit()
        return True

    def repair_structure(self) -> None:
        """Make a structure damaged by a merge or paste valid again, in the same undo step."""
        if self._normalising:
            return
        self._normalising = True
        try:
            self._restore_missing_header()
            entries = self.entries()
            fixed = editing_invariants.normalize(entries)
            if fixed != entries:
                changed = [n for n, (a, b) in enumerate(zip(entries, fixed, strict=True)) if a != b]
                cursor = QTextCursor(self.document())
                cursor.joinPreviousEditBlock()
                for number in changed:
                    block = self.document().findBlockByNumber(number)
                    cursor.setPosition(block.position())
                    cursor.setBlockFormat(self._format(*fixed[number]))
                cursor.endEditBlock()
            self.structure_changed.emit()
        finally:
            self._normalising = False

    def _restore_missing_header(self) -> None:
        present = []
        block = self.document().begin()
        while block.isValid() and block_kind(block).is_header:
            present.append(block_kind(block))
            block = block.next()
        if present == list(HEADER_ORDER):
            return
        cursor = QTextCursor(self.document())
        cursor.joinPreviousEditBlock()
        for index, kind in enumerate(HEADER_ORDER):
            block = self.document().findBlockByNumber(index)
            if block_kind(block) is kind:
                continue
            cursor.setPosition(block.position())
            cursor.insertBlock(block.blockFormat(), block.charFormat())
            cursor.movePosition(QTextCursor.MoveOperation.PreviousBlock)
            cursor.setBlockFormat(self._format(kind))
        cursor.endEditBlock()

    # --- footnotes ----------------------------------------------------------------

    def insert_footnote(self, text: str = "") -> int | None:
        """Ctrl+Alt+F: a mark at the cursor; returns its document position."""
        cursor = self.textCursor()
        if not block_kind(cursor.block()).is_body:
            self.refused.emit(_tr("Footnotes go in preambular or operative paragraphs."))
            return None
        cursor.beginEditBlock()
        cursor.removeSelectedText()
        insert_mark(cursor, mark_format(text))
        position = cursor.position() - 1
        cursor.endEditBlock()
        self.setTextCursor(cursor)
        self.setCurrentCharFormat(QTextCharFormat())
        return position


def _shifted(kind: BlockKind, level: int, step: int) -> editing_invariants.Entry:
    if kind is BlockKind.OPERATIVE and step > 0:
        return BlockKind.SUBPARAGRAPH, 1
    if kind is BlockKind.PREAMBULAR and step > 0:
        return BlockKind.PREAMBULAR_ITEM, 1
    if kind is BlockKind.SUBPARAGRAPH:
        new = level + step
        return (BlockKind.OPERATIVE, 0) if new <= 0 else (kind, new)
    if kind is BlockKind.PREAMBULAR_ITEM:
        new = level + step
        return (BlockKind.PREAMBULAR, 0) if new <= 0 else (kind, new)
    return kind, level


def _why_invalid(kind: BlockKind) -> str:
    if kind.is_preamble:
        return "A preambular paragraph cannot follow an operative one."
    if kind is BlockKind.SUBPARAGRAPH:
        return "A sub-paragraph must follow an operative paragraph."
    return "That kind does not fit here."


def _capture(block: QTextBlock) -> tuple:
    """A block's format and its (text, char format) runs, to re-insert it elsewhere."""
    fragments = []
    iterator = block.begin()
    while not iterator.atEnd():
        fragment = iterator.fragment()
        if fragment.isValid():
            fragments.append((fragment.text(), fragment.charFormat()))
        iterator += 1
    return block.blockFormat(), fragments


