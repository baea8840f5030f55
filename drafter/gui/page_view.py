"""The page's look: a sheet of paper with drawn numbers, labels, hints and the lines above the title.

A mixin of :class:`~drafter.gui.editor.ResolutionEditor`. Operative numbers and
sub-paragraph labels are painted, never typed, from the block order on each paint
(``labels()``: cheap, one pass over block formats), so they renumber at once on
any edit, move, undo or redo. Empty heading lines get a grey hint, and the lines
the exported page has above the title (adoption line, sponsors) are drawn from
the Document panel's metadata rather than edited, as is a part's letter under the
title ("B" of A/RES/75/245 B), which the model keeps as a cover line. The page keeps
the width of a Letter sheet, centred on grey.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QMargins, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QResizeEvent, QTextBlock, QWheelEvent

from drafter.core.labels import LabelStyle
from drafter.core.model import DocumentStatus, Organ
from drafter.core.notes import lines_after_title
from drafter.core.printed import title_head_lines
from drafter.gui.i18n import window_tr as _tr
from drafter.gui.kinds import (
    BODY_COLUMN,
    BODY_INDENT,
    HEADER_HINTS,
    NUMBER_GAP,
    TITLE_INDENT,
    UNDER_TITLE_GAP,
    BlockKind,
    block_kind,
    is_rtl,
    part_name,
)
from drafter.gui.negotiation_mode import paint_marks
from drafter.gui.parts import paint_heading_numeral, paint_part_name
from drafter.gui.zoom import step_zoom
from drafter.resources import load_json

# Under half an inch: a fixed margin, since changing a document's margin is an undoable edit in
# Qt (it cannot follow the window's width); an inch left a 175 px column in a 1024 px window,
# and 44 px leaves the paper's whole column in the 771 px a 1280 px window gives the page.
PAGE_MARGIN = 44
# The sheet: the paper's text column (kinds.BODY_COLUMN), the body's indent and the page margins;
# a narrower window narrows the column (the text reflows).
PAGE_WIDTH = 2 * PAGE_MARGIN + BODY_INDENT + BODY_COLUMN
GREY = QColor("#8c8f94")


class PageView:
    """Painting the page (see the module docstring); uses ``labels()`` and ``base`` of the editor."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        # From the widget's own width: Qt also forwards the viewport's resize here, and margins
        # computed from the viewport's size flip between two values forever (a crash) near 860 px.
        side = max(0, (self.width() - PAGE_WIDTH - self.verticalScrollBar().sizeHint().width()) // 2)
        if self.viewportMargins() != QMargins(side, 0, side, 0):
            self.setViewportMargins(side, 0, side, 0)
        super().resizeEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        """Ctrl+wheel zooms the page (see :mod:`drafter.gui.zoom`); the wheel alone scrolls."""
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y()
            if steps:
                changed = step_zoom(self, 1 if steps > 0 else -1)
                self.zoom_changed.emit(changed)
            event.accept()
            return
        super().wheelEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        painter = QPainter(self.viewport())
        painter.setFont(self.document().defaultFont())
        dx = -self.horizontalScrollBar().value()
        dy = -self.verticalScrollBar().value()
        height = self.viewport().height()
        block = self.cursorForPosition(QPoint(0, 0)).block()
        labels = self.labels()
        rtl = is_rtl(self.document())
        page_right = self.document().textWidth() - self.document().documentMargin()
        while block.isValid():
            layout = block.layout()
            origin = layout.position()
            if origin.y() + dy > height:
                break
            if layout.lineCount():
                line = layout.lineAt(0)
                kind = block_kind(block)
                text_x = origin.x() + line.x() + dx
                baseline = origin.y() + line.y() + line.ascent() + dy
                number = block.blockNumber()
                label = labels[number] if number < len(labels) else ""
                if kind is BlockKind.TITLE:
                    self._paint_title_head(painter, origin.x() + dx, page_right + dx if rtl else None,
                                           origin.y() + dy, block)
                elif kind is BlockKind.FORMULA:
                    self._paint_under_title(painter, origin.x() + dx, page_right + dx if rtl else None,
                                            origin.y() + dy, block)
                adopted = self.base.meta.status is DocumentStatus.ADOPTED
                numbered_title = adopted and self.base.meta.organ is not Organ.SC  # SC: "Resolution n" above
                if kind is BlockKind.TITLE and numbered_title:
                    meta = self.base.meta
                    label = LabelStyle.for_language(meta.language).title_number(meta.number)
                    if label:
                        painter.setFont(_bold(self.document().defaultFont()))
                        x = origin.x() + dx
                        if rtl:
                            x = page_right + dx - painter.fontMetrics().horizontalAdvance(label)
                        painter.drawText(QPointF(x, baseline), label)
                        painter.setFont(self.document().defaultFont())
                elif label and kind is BlockKind.PART:
                    paint_part_name(painter, block, label, dx, dy)
                elif kind is BlockKind.HEADING and (numeral := part_name(block)):
                    paint_heading_numeral(painter, block, numeral, dx, dy, rtl)
                elif label and rtl:  # the label stands in the indent on the right
                    right = text_x + line.width() + NUMBER_GAP
                    width = painter.fontMetrics().horizontalAdvance(label)
                    painter.drawText(QPointF(right - width, baseline), label)
                elif label:
                    painter.drawText(QPointF(text_x - NUMBER_GAP, baseline), label)
                if self.highlighter.negotiation and kind.is_body and not rtl:
                    paint_marks(painter, block, origin.x() + dx, baseline, page_right + dx)
                if kind.is_header and block.length() == 1 and self._hinted(kind):
                    painter.save()
                    painter.setPen(QColor("#a0a0a0"))
                    hint = _italic(self.document().defaultFont())
                    painter.setFont(hint)
                    text = masthead_hint(self.base.meta.language, kind)
                    x = text_x - (painter.fontMetrics().horizontalAdvance(text)
                                  if kind is BlockKind.SYMBOL else 0)
                    painter.drawText(QPointF(x, baseline), text)
                    painter.restore()
            block = block.next()
        self.paint_notes(painter, dx, dy)
        painter.end()

    def _hinted(self, kind: BlockKind) -> bool:
        """Empty heading lines get a grey hint, except those the organ's layout does not use."""
        unused = {BlockKind.SESSION, BlockKind.AGENDA, BlockKind.AGENDA_TITLE}
        if self.base.meta.organ is Organ.SC and kind in unused:
            return False
        if self.base.meta.status is DocumentStatus.ADOPTED and kind is BlockKind.AGENDA_TITLE:
            return False  # an adopted text's masthead has no agenda-title line of its own to fill
        return not (self.base.meta.organ is Organ.SC and kind is BlockKind.TITLE)

    def _paint_title_head(self, painter: QPainter, x: float, right: float | None, top: float,
                          block: QTextBlock) -> None:
        """The lines the exported page has above the title, drawn from the Document panel.

        Adopted texts: "Resolution adopted by the General Assembly on …" and the
        basis line; drafts: "Sponsors: draft resolution". They are metadata, not text
        to type, so they are drawn (grey) in the title's top margin rather than edited;
        ``right`` is the right edge to align them to in a right-to-left document.
        """
        lines = title_head_lines(self.base.meta)
        if not lines:
            return
        painter.save()
        font = QFont(self.document().defaultFont())
        font.setPointSizeF(10)
        painter.setFont(font)
        painter.setPen(QColor("#505050"))
        metrics = painter.fontMetrics()
        step = metrics.lineSpacing()
        room = block.blockFormat().topMargin()
        width = self.document().textWidth() - 2 * self.document().documentMargin()
        lines = fitted_lines(lines, metrics.horizontalAdvance, width, max(1, int((room - 4) // step)))
        y = top - room + step + 4
        for line in lines:
            start = x if right is None else right - metrics.horizontalAdvance(line)
            painter.drawText(QPointF(start, y), line)
            y += step
        painter.restore()

    def lines_under_title(self) -> list[str]:
        """The cover lines the file has between the title and the formula: a part's letter
        ("B" of A/RES/75/245 B). Kept in the model and saved with its note; shown, not typed."""
        return [self.base.heading_lines[i].strip() for i in lines_after_title(self.base)]

    def _paint_under_title(self, painter: QPainter, x: float, right: float | None, top: float,
                           block: QTextBlock) -> None:
        """The lines under the title, in bold at the title's indent, in the room
        :func:`~drafter.gui.document_sync.fill_document` leaves above the formula."""
        lines = self.lines_under_title()
        if not lines:
            return
        painter.save()
        painter.setFont(_bold(self.document().defaultFont()))
        metrics = painter.fontMetrics()
        y = top - block.blockFormat().topMargin() + UNDER_TITLE_GAP + metrics.ascent()
        for line in lines:
            width = metrics.horizontalAdvance(line)
            start = x + TITLE_INDENT if right is None else right - TITLE_INDENT - width
            painter.drawText(QPointF(start, y), line)
            y += metrics.lineSpacing()
        painter.restore()


def fitted_lines(lines: list[str], advance: Callable[[str], float], width: float, most: int) -> list[str]:
    """``lines`` wrapped at spaces to ``width`` (as ``advance`` measures text), in at most
    ``most`` lines, the last ending with "…" when the text does not fit: a long basis line
    ("[on the report of the Special Political and Decolonization Committee (Fourth
    Committee) (A/75/414, para. 8)]") wraps instead of running off the page."""
    wrapped: list[str] = []
    for line in lines:
        current = ""
        for word in line.split(" "):
            attempt = f"{current} {word}" if current else word
            if current and advance(attempt) > width:
                wrapped.append(current)
                current = word
            else:
                current = attempt
        wrapped.append(current)
    if len(wrapped) <= most:
        return wrapped
    last = " ".join(wrapped[most - 1:])
    while last and advance(last + "…") > width:
        last = last[:-1]
    return [*wrapped[: most - 1], last.rstrip() + "…"]


def masthead_hint(language: str, kind: BlockKind) -> str:
    """The grey hint of an empty heading line, in the document's language (the words its masthead
    would use, ``masthead_hints`` in resources/export/<lang>.json), else in the interface's."""
    try:
        hints = load_json(f"export/{language}.json").get("masthead_hints", {})
    except (FileNotFoundError, ValueError):
        hints = {}
    return hints.get(kind.value) or _tr(HEADER_HINTS[kind])


def _bold(font: QFont) -> QFont:
    bold = QFont(font)
    bold.setBold(True)
    return bold


def _italic(font: QFont) -> QFont:
    italic = QFont(font)
    italic.setItalic(True)
    return italic


