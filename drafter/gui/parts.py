"""Parts in the editor: inserting a part heading and painting its name.

A part ("B" and its title) is one centred block of kind ``PART``; the editor never
stores its name, which is drawn above the title from the part's place, like operative
numbers, so inserting or moving a part renames the ones after it, and numbering starts
afresh inside it (see :mod:`drafter.core.labels`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF
from PySide6.QtGui import QFont, QPainter, QTextBlock, QTextCharFormat, QTextCursor, QTextDocument

from drafter.gui import editing_invariants
from drafter.gui.kinds import BlockKind, block_format, block_kind, is_rtl, part_name

if TYPE_CHECKING:
    from drafter.gui.editor import ResolutionEditor


def tr(text: str) -> str:
    return QCoreApplication.translate("Parts", text)


def part_names(document: QTextDocument) -> list[str | None]:
    """Per block, the name a part heading's source printed (None elsewhere)."""
    names: list[str | None] = []
    block = document.begin()
    while block.isValid():
        names.append(part_name(block) if block_kind(block) is BlockKind.PART else None)
        block = block.next()
    return names


def insert_part(editor: ResolutionEditor, title: str) -> bool:
    """Insert a part heading titled ``title`` after the paragraph at the cursor (with its
    sub-paragraphs), and an empty operative paragraph in it, where the cursor goes.

    Refused outside the body: a part belongs between paragraphs of the resolution.
    """
    cursor = editor.textCursor()
    number = cursor.block().blockNumber()
    if not block_kind(cursor.block()).is_body:
        editor.refused.emit(tr("Put the cursor in a paragraph of the body to insert a part after it."))
        return False
    document = editor.document()
    end = editing_invariants.unit_end(editor.entries(), number)
    at = QTextCursor(document.findBlockByNumber(end - 1))
    at.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    rtl = is_rtl(document)
    at.beginEditBlock()
    at.insertBlock(block_format(BlockKind.PART, 0, rtl), QTextCharFormat())
    at.insertText(" ".join(title.split()))
    at.insertBlock(block_format(BlockKind.OPERATIVE, 0, rtl), QTextCharFormat())
    at.endEditBlock()
    editor.setTextCursor(at)
    editor.structure_changed.emit()
    return True


def open_part_body(editor: ResolutionEditor, block: QTextBlock) -> None:
    """Enter at the end of a part's title (or a nested draft's formula): the part's first
    paragraph, not a second title (operative; preambular after a draft's formula)."""
    kind = BlockKind.PREAMBULAR if block_kind(block) is BlockKind.DRAFT_FORMULA else BlockKind.OPERATIVE
    cursor = QTextCursor(block)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    cursor.insertBlock(block_format(kind, 0, is_rtl(editor.document())), QTextCharFormat())
    editor.setTextCursor(cursor)
    editor.structure_changed.emit()


def paint_heading_numeral(painter: QPainter, block: QTextBlock, numeral: str, dx: float, dy: float,
                          rtl: bool) -> None:
    """A section heading's numeral ("XVII") in bold above its title, at the text's edge (the
    paper prints it on its own line, where the title starts)."""
    layout = block.layout()
    line = layout.lineAt(0)
    painter.save()
    font = QFont(painter.font())
    font.setBold(True)
    painter.setFont(font)
    x = layout.position().x() + line.x() + dx
    if rtl:
        x += line.width() - painter.fontMetrics().horizontalAdvance(numeral)
    painter.drawText(QPointF(x, layout.position().y() + dy - painter.fontMetrics().descent() - 6), numeral)
    painter.restore()


def paint_part_name(painter: QPainter, block: QTextBlock, name: str, dx: float, dy: float) -> None:
    """The part's name centred in the room above its title, as the UN layout prints it."""
    layout = block.layout()
    line = layout.lineAt(0)
    origin = layout.position()
    width = painter.fontMetrics().horizontalAdvance(name)
    centre = origin.x() + line.x() + line.width() / 2 + dx
    baseline = origin.y() + dy - painter.fontMetrics().descent() - 6
    painter.drawText(QPointF(centre - width / 2, baseline), name)
