"""Negotiation commands on the page: each one a single undoable edit.

Accepting an alternative or removing brackets deletes only markup characters around the
words kept (so footnote marks inside them stay), marking a status or inserting a bis
paragraph changes block formats (see :mod:`drafter.gui.negotiation_blocks`), and Issue
Rev.1 renumbers every paragraph at once. What the markup means comes from
:mod:`drafter.core.negotiation`, the same reading the checks and the export use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QTextBlock, QTextCharFormat, QTextCursor

from drafter.core.negotiation import AGREED_AD_REF, BracketGroup, analyse, marks, resolve
from drafter.core.revision import issue_revision
from drafter.gui import editing_invariants
from drafter.gui.kinds import HEADER_FIELDS, BlockKind, block_format, block_kind, is_rtl
from drafter.gui.negotiation_blocks import block_negotiation, update_block

if TYPE_CHECKING:
    from PySide6.QtGui import QSyntaxHighlighter

    from drafter.gui.editor import ResolutionEditor

OPTION_COLOURS = (QColor("#dbe9ff"), QColor("#f3dcff"), QColor("#dcf5e6"), QColor("#ffe7d1"))
BRACKET_COLOUR = QColor("#fff3c4")
ATTRIBUTION_COLOUR = QColor("#2e6b4f")


def tr(text: str) -> str:
    return QCoreApplication.translate("Negotiation", text)


def _group_at(block: QTextBlock, position: int) -> BracketGroup | None:
    """The innermost bracket group around ``position`` (block coordinates)."""
    found = [g for g in analyse(block.text()).groups if g.start <= position <= g.end]
    return max(found, key=lambda g: g.start) if found else None


def _delete(block: QTextBlock, start: int, end: int, cursor: QTextCursor) -> None:
    if end > start:
        cursor.setPosition(block.position() + start)
        cursor.setPosition(block.position() + end, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()


def accept_alternative(editor: ResolutionEditor, option: int | None = None) -> bool:
    """Keep one option of the group at the cursor (the one the cursor is in when
    ``option`` is None) and drop the others and the brackets."""
    cursor = editor.textCursor()
    block = cursor.block()
    group = _group_at(block, cursor.positionInBlock())
    if group is None:
        editor.refused.emit(tr("Put the cursor in bracketed text to accept it."))
        return False
    if option is None:
        inside = [i for i, o in enumerate(group.options) if o.start <= cursor.positionInBlock() <= o.end]
        option = inside[0] if inside else 0
    keep = group.options[max(0, min(option, len(group.options) - 1))]
    edit = QTextCursor(block)
    edit.beginEditBlock()
    _delete(block, keep.end - 1, group.end, edit)  # its closing bracket and the options after it
    _delete(block, group.start, keep.start + 1, edit)  # the options before it and its opening bracket
    edit.endEditBlock()
    editor.structure_changed.emit()
    return True


def remove_brackets(editor: ResolutionEditor) -> bool:
    """Remove the brackets at the cursor, or every single bracket of the paragraph when
    the cursor is in none (a group of alternatives needs a choice: see accept_alternative)."""
    cursor = editor.textCursor()
    block = cursor.block()
    group = _group_at(block, cursor.positionInBlock())
    if group is not None and group.is_alternative:
        return accept_alternative(editor)
    groups = [group] if group is not None else [
        g for g in analyse(block.text()).groups if not g.is_alternative
    ]
    if not groups:
        editor.refused.emit(tr("This paragraph has no brackets to remove."))
        return False
    positions = sorted({p for g in groups for p in (g.start, g.end - 1)}, reverse=True)
    edit = QTextCursor(block)
    edit.beginEditBlock()
    for position in positions:
        _delete(block, position, position + 1, edit)
    edit.endEditBlock()
    editor.structure_changed.emit()
    return True


def _paragraph_block(editor: ResolutionEditor) -> QTextBlock | None:
    """The preambular or operative paragraph at the cursor (the parent of an item)."""
    block = editor.textCursor().block()
    while block.isValid() and block_kind(block) in (BlockKind.SUBPARAGRAPH, BlockKind.PREAMBULAR_ITEM):
        block = block.previous()
    if block.isValid() and block_kind(block) in (BlockKind.PREAMBULAR, BlockKind.OPERATIVE):
        return block
    editor.refused.emit(tr("Put the cursor in a preambular or operative paragraph."))
    return None


def set_status(editor: ResolutionEditor, status: str = AGREED_AD_REF) -> bool:
    """Mark the paragraph at the cursor agreed ad ref, agreed, or open again ("")."""
    block = _paragraph_block(editor)
    if block is None:
        return False
    update_block(QTextCursor(block), status=status)
    editor.structure_changed.emit()
    return True


def _next_ordinal(label: str) -> str | None:
    ordinals = marks()["ordinals"]
    if not label:
        return ordinals[0]
    if label in ordinals and ordinals.index(label) + 1 < len(ordinals):
        return ordinals[ordinals.index(label) + 1]
    return None


def insert_bis(editor: ResolutionEditor) -> bool:
    """A new "bis" paragraph after the current one (after the bis, ter … already there:
    "ter" then), so no paragraph's address changes."""
    block = _paragraph_block(editor)
    if block is None:
        return False
    kind = block_kind(block)
    entries = editor.entries()
    number = block.blockNumber()
    label = block_negotiation(block).get("negotiation_label", "")
    end = editing_invariants.unit_end(entries, number)
    document = editor.document()
    while end < len(entries) and entries[end][0] is kind:
        following = block_negotiation(document.findBlockByNumber(end)).get("negotiation_label", "")
        if not following or following.startswith("alt"):
            break
        label = following
        end = editing_invariants.unit_end(entries, end)
    new_label = _next_ordinal(label if not label.startswith("alt") else "")
    if new_label is None:
        editor.refused.emit(tr("No further ordinal after “{label}”.").format(label=label))
        return False
    at = QTextCursor(document.findBlockByNumber(end - 1))
    at.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    at.beginEditBlock()
    at.insertBlock(block_format(kind, 0, is_rtl(document)), QTextCharFormat())
    update_block(at, negotiation_label=new_label, status="", notes=[], previous_address="")
    at.endEditBlock()
    editor.setTextCursor(at)
    editor.structure_changed.emit()
    return True


def attribution_text(delegations: list[str], action: str = "add") -> str:
    names = ", ".join(delegations)
    return f"({names})" if action in ("", "add") else f"({names}: {action})"


def attribute(editor: ResolutionEditor, delegations: list[str], action: str = "add") -> bool:
    """Attribute the selected text (bracketed if it is not yet) to ``delegations``."""
    cursor = editor.textCursor()
    if not delegations or not cursor.hasSelection():
        editor.refused.emit(tr("Select the proposed text, then choose the delegations."))
        return False
    block = cursor.block()
    start, end = sorted((cursor.anchor() - block.position(), cursor.position() - block.position()))
    if end > block.length() - 1:
        editor.refused.emit(tr("Select text inside one paragraph."))
        return False
    group = _group_at(block, start)
    bracketed = group is not None and group.start <= start and end <= group.end
    edit = QTextCursor(block)
    edit.beginEditBlock()
    if bracketed:
        edit.setPosition(block.position() + group.end)
        edit.insertText(f" {attribution_text(delegations, action)}")
    else:
        edit.setPosition(block.position() + end)
        edit.insertText(f"] {attribution_text(delegations, action)}")
        edit.setPosition(block.position() + start)
        edit.insertText("[")
    edit.endEditBlock()
    editor.structure_changed.emit()
    return True


def issue_rev1(editor: ResolutionEditor) -> list[tuple[str, str]]:
    """Renumber bis/ter paragraphs into clean numbers, the symbol to "…/Rev.1", all in one
    undoable step; returns the table of old to new addresses."""
    snapshot = editor.snapshot()
    revision = issue_revision(snapshot.resolution)
    document = editor.document()
    edit = QTextCursor(document)
    edit.beginEditBlock()
    for old, new in zip(snapshot.resolution.paragraphs, revision.resolution.paragraphs, strict=True):
        number = snapshot.blocks.get(old.address)
        if number is None:
            continue
        changes: dict[str, object] = {}
        if new.negotiation_label != old.negotiation_label:
            changes["negotiation_label"] = new.negotiation_label
        if new.previous_address != old.previous_address:
            changes["previous_address"] = new.previous_address
        if changes:
            update_block(QTextCursor(document.findBlockByNumber(number)), **changes)
    symbol = snapshot.blocks.get(f"META:{HEADER_FIELDS[BlockKind.SYMBOL]}")
    if symbol is not None and revision.resolution.meta.symbol != snapshot.resolution.meta.symbol:
        line = QTextCursor(document.findBlockByNumber(symbol))
        line.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
        line.insertText(revision.resolution.meta.symbol)
    edit.endEditBlock()
    editor.structure_changed.emit()
    return revision.table


def highlight_markup(highlighter: QSyntaxHighlighter, text: str, italic_end) -> None:
    """Colour bracket groups (each option its own colour), attributions, and italicize
    the opener of every alternative ("[*Urges*][*Encourages*]")."""
    markup = analyse(text)
    for group in markup.groups:
        for index, option in enumerate(group.options):
            colour = OPTION_COLOURS[index % len(OPTION_COLOURS)] if group.is_alternative else BRACKET_COLOUR
            for position in range(option.start, option.end):
                fmt = QTextCharFormat(highlighter.format(position))
                fmt.setBackground(colour)
                highlighter.setFormat(position, 1, fmt)
    for attribution in markup.attributions:
        for position in range(attribution.start, attribution.end):
            fmt = QTextCharFormat(highlighter.format(position))
            fmt.setForeground(ATTRIBUTION_COLOUR)
            fmt.setFontWeight(600)
            highlighter.setFormat(position, 1, fmt)
    if not markup.groups:
        return
    for choice in range(max(len(g.options) for g in markup.groups)):
        view = resolve(text, choice, markup)
        end = italic_end(view.text)
        for index in range(min(end, len(view.origin))):
            position = view.origin[index]
            fmt = QTextCharFormat(highlighter.format(position))
            fmt.setFontItalic(True)
            highlighter.setFormat(position, 1, fmt)


STATUS_MARKS = {AGREED_AD_REF: ("ad ref", QColor("#ffe08a")), "agreed": ("agreed", QColor("#9fdcaa"))}


def paint_marks(painter: QPainter, block: QTextBlock, left: float, baseline: float, right: float) -> None:
    """In the margins: a preambular paragraph's negotiation label ("bis", drawn "PP bis"
    would repeat the address) left of the text, and the status as a shaded tag right of it."""
    data = block_negotiation(block)
    label = str(data.get("negotiation_label", ""))
    status = STATUS_MARKS.get(str(data.get("status", "")))
    if not label and status is None:
        return
    painter.save()
    font = painter.font()
    font.setPointSizeF(max(6.0, font.pointSizeF() * 0.8))
    painter.setFont(font)
    metrics = painter.fontMetrics()
    if label and block_kind(block) is BlockKind.PREAMBULAR:
        painter.setPen(QColor("#6b4fa0"))
        painter.drawText(QPointF(left, baseline), label)
    if status is not None:
        text, colour = status
        width = metrics.horizontalAdvance(text) + 8
        box = QRectF(right + 6, baseline - metrics.ascent() - 1, width, metrics.height() + 2)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(box, 3, 3)
        painter.setPen(QColor("#333333"))
        painter.drawText(QPointF(box.x() + 4, baseline), text)
    painter.restore()
