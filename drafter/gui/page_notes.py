"""The footnotes under the text of the page, laid out as the paper lays them out.

A mixin of :class:`~drafter.gui.editor.ResolutionEditor`. The page has no page
breaks, so the notes stand where a one-page paper would have them: after the last
line, under a short rule, each as the Word export writes it (``footnote`` in
resources/export/layout.json): the number right-aligned just before the body's
left edge, the text from that edge to the note's right indent, at 8.5/10 of the
text's size on 10.5/12 of its line pitch. They are drawn, not typed: a note is
edited in the Footnotes pane, and its mark in the text is what deleting or moving
it acts on. The room they need below the text is added to the scroll range, since
growing the document (a margin) would be an undoable edit in Qt. Their layout is
cached and redone only when a note, the width or the zoom changes; the notes are
looked at only when the text's height changes or they are in view, never for a
typed letter elsewhere.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QTextLayout, QTextOption

from drafter.gui.footnote_marks import mark_texts
from drafter.gui.kinds import BODY_INDENT, PAPER, SCALE

NOTE_SIZE = int(PAPER.footnote["font_half_points"]) / int(PAPER.body["font_half_points"])  # 8.5/10
NOTE_LINE = int(PAPER.footnote["line"]) / int(PAPER.body["line"])  # 10.5 pt lines for 12 pt ones
MARK_GAP = (int(PAPER.footnote["indent_left"]) - int(PAPER.footnote["mark_tab"])) * SCALE
RIGHT_INDENT = (int(PAPER.footnote["indent_right"]) - int(PAPER.body["indent_right"])) * SCALE
RULE = float(PAPER.footnote["separator_fraction"])
GAP = 24  # pixels between the last line of text and the rule, and from the rule to the notes


class PageNotes:
    """Painting the notes after the text and making room for them (see the module docstring)."""

    def install_page_notes(self) -> None:
        self._notes_key: tuple | None = None
        self._notes: list[tuple[str, QTextLayout]] = []
        self._notes_height = 0.0
        # Called before the scroll bar re-bounds its value, so a view on the notes does not jump.
        self.verticalScrollBar().rangeChanged.connect(self._room_for_notes)

    def _room_for_notes(self, *_: int) -> None:
        """Qt sets the scroll range from the document's height; the notes add theirs."""
        self.laid_out_notes()
        bar = self.verticalScrollBar()
        document_height = self.document().documentLayout().documentSize().height()
        wanted = max(0, round(document_height + self._notes_height - self.viewport().height()))
        if bar.maximum() != wanted:
            bar.setMaximum(wanted)

    def laid_out_notes(self) -> list[tuple[str, QTextLayout]]:
        """(number, layout at the notes' origin) of each note; laid out again only when needed."""
        document = self.document()
        font = document.defaultFont()
        texts = [text for _, text in mark_texts(document)]
        key = (document.textWidth(), font.pointSizeF(), texts)
        if key == self._notes_key:
            return self._notes
        text_font = QFont(font)
        text_font.setPointSizeF(font.pointSizeF() * NOTE_SIZE)
        step = QFontMetricsF(font).lineSpacing() * NOTE_LINE
        width = max(40.0, document.textWidth() - 2 * document.documentMargin() - BODY_INDENT - RIGHT_INDENT)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WordWrap)
        notes, y = [], 0.0
        for number, text in enumerate(texts, start=1):
            layout = QTextLayout(text, text_font)
            layout.setTextOption(option)
            layout.beginLayout()
            while (line := layout.createLine()).isValid():
                line.setLineWidth(width)
                line.setPosition(QPointF(0, y))
                y += step
            layout.endLayout()
            notes.append((str(number), layout))
            y += step * 0.2
        self._notes, self._notes_key = notes, key
        self._notes_height = y + 2 * GAP if notes else 0.0
        return notes

    def paint_notes(self, painter: QPainter, dx: float, dy: float) -> None:
        """The rule and the notes below the document's end, when that is in view."""
        document = self.document()
        top = document.documentLayout().documentSize().height() + dy
        if top > self.viewport().height():
            return
        height = self._notes_height
        notes = self.laid_out_notes()
        if self._notes_height != height:  # a note changed while out of view: room for it now
            self._room_for_notes()
        if not notes:
            return
        margin = document.documentMargin() + dx
        left = margin + BODY_INDENT
        rule_top = top + GAP / 2
        painter.save()
        painter.setPen(QColor("black"))
        rule = RULE * (document.textWidth() - 2 * document.documentMargin())
        painter.drawLine(QPointF(margin, rule_top), QPointF(margin + rule, rule_top))
        mark_font = QFont(notes[0][1].font())
        mark_font.setPointSizeF(mark_font.pointSizeF() * 0.66)
        painter.setFont(mark_font)
        origin = QPointF(left, top + GAP)
        for number, layout in notes:
            first = layout.lineAt(0)
            x = left - MARK_GAP - painter.fontMetrics().horizontalAdvance(number)
            painter.drawText(QPointF(x, origin.y() + first.y() + first.ascent() * 0.6), number)
            layout.draw(painter, origin)
        painter.restore()
