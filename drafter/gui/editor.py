"""The page: a QTextEdit that keeps a resolution's structure while the drafter types.

What it adds to a plain text editor, and why here:

- paragraph kinds live in block formats (see :mod:`drafter.gui.kinds`), so Enter
  continues the same kind and every kind change is undoable;
- operative numbers and sub-paragraph labels are painted, never typed, from the
  block order on each paint (cheap: one pass over block formats), so they renumber
  at once on any edit, move, undo or redo;
- keys that would break the structure (Enter in the heading block, Backspace into
  the formula, Tab past (i)) are refused or turned into structure commands; whatever
  slips through (a merge, a paste) is repaired at once by the normaliser in the
  same undo step;
- diagnostics from the last check run are shown as wavy underlines (drawn by the
  highlighter) with their message on hover.

Everything that is not typing (checks, outline, footnotes pane) happens elsewhere,
on timers, so that the keystroke path stays light.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QMargins, QMimeData, QPoint, QPointF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QDropEvent,
    QFont,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextOption,
)
from PySide6.QtWidgets import QMenu, QTextEdit, QToolTip, QWidget

from drafter.core.diagnostics import Diagnostic
from drafter.core.labels import LabelStyle
from drafter.core.lexicon import lexicon
from drafter.core.model import DocumentStatus, Metadata, Organ, Paragraph, Resolution
from drafter.gui import editing_invariants
from drafter.gui.document_sync import (
    HEADER_ORDER,
    DocumentSnapshot,
    block_span,
    document_properties,
    document_state,
    fill_document,
    insert_paragraphs,
    read_document,
    read_document_properties,
    read_document_state,
)
from drafter.gui.footnote_marks import OBJECT_CHAR, install, mark_format, mark_positions
from drafter.gui.highlighter import StructureHighlighter, Underline
from drafter.gui.kinds import (
    DOCUMENT_PROPERTIES,
    HEADER_HINTS,
    KIND_NAMES,
    NUMBER_GAP,
    BlockKind,
    block_format,
    block_kind,
    block_level,
    is_rtl,
)
from drafter.resources import load_json

# "3. ", "(a) ", "a) ", "(iv) " typed at the very start of a paragraph
TYPED_LABEL = re.compile(r"(?:(?P<num>\d{1,3})\.|\(?(?P<sub>[a-z]{1,4})\))\s")
ROMAN_LABEL = re.compile(r"[ivxl]+")
PAGE_WIDTH = 816  # 8.5 in at 96 dpi; the text column is this minus the document margin
PAGE_MARGIN = 72
GREY = QColor("#8c8f94")


class ResolutionEditor(QTextEdit):
    """The document view; see the module docstring for what it guarantees."""

    refused = Signal(str)  # a structure command was refused: why (for the status bar)
    structure_changed = Signal()  # kinds, order or labels may have changed
    document_properties_changed = Signal()  # organ, language or status (incl. by undo/redo)
    diagnostics_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Resolution text")
        self.setAccessibleDescription(
            "Enter starts a paragraph of the same kind; Tab and Shift+Tab change the level; "
            "Alt+Up and Alt+Down move the paragraph; Ctrl+Alt+F inserts a footnote; "
            "Ctrl+Space lists opening phrases.")
        self.setAcceptRichText(False)
        self.setTabChangesFocus(False)
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self.base = Resolution()
        self.language = "en"
        self._label_style = LabelStyle()
        self._labels: list[str] = []
        self._labels_dirty = True
        self.loading = False
        self._block_count = 0
        self._mark_count = 0
        self._normalising = False
        self.diagnostics: list[Diagnostic] = []
        self.snapshot_used: DocumentSnapshot | None = None
        self.completion_hook: Callable[[QKeyEvent], bool] | None = None
        self.after_key_hook: Callable[[QKeyEvent], None] | None = None
        self.diagnostic_menu_hook: Callable[[QMenu, Diagnostic], None] | None = None
        self.context_menu_hook: Callable[[QMenu], None] | None = None

        document = self.document()
        font = QFont("Times New Roman")
        font.setStyleHint(QFont.StyleHint.Serif)
        font.setPointSizeF(12)
        document.setDefaultFont(font)
        document.setDocumentMargin(PAGE_MARGIN)
        self._mark_painter = install(document, self)
        self.highlighter = StructureHighlighter(document)
        document.contentsChange.connect(self._on_contents_change)
        self.structure_changed.connect(self._mark_labels_dirty)

        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Base, QColor("white"))
        palette.setColor(QPalette.ColorRole.Text, QColor("black"))
        palette.setColor(QPalette.ColorRole.Window, GREY)
        self.setPalette(palette)
        self.setAutoFillBackground(True)
        self.setFrameShape(QTextEdit.Shape.NoFrame)

    # --- loading and reading back -------------------------------------------------

    def load(self, resolution: Resolution) -> None:
        """Show ``resolution``; the undo stack starts empty."""
        self.base = resolution
        self.set_language(resolution.meta.language)
        # Per-change bookkeeping (labels, marks, highlighting) would run once per inserted
        # run of text; while loading, it is suspended and done once at the end.
        self.loading = True
        marks = self.document().property("_drafter_mark_index")
        if marks is not None:
            marks.suspended = True
        self.highlighter.setDocument(None)
        try:
            fill_document(self.document(), resolution)
        finally:
            self.loading = False
            if marks is not None:
                marks.suspended = False
            self.highlighter.setDocument(self.document())
        self._labels_dirty = True
        self._block_count = self.document().blockCount()
        self._mark_count = len(mark_positions(self.document()))
        self.diagnostics = []
        self.highlighter.underlines = {}
        self.highlighter.rehighlight()
        cursor = QTextCursor(self.first_body_block())
        self.setTextCursor(cursor)
        self.structure_changed.emit()

    def set_language(self, language: str) -> None:
        self.language = language
        self._label_style = LabelStyle.for_language(language)
        direction = Qt.LayoutDirection.RightToLeft if language == "ar" else Qt.LayoutDirection.LeftToRight
        self.document().setDefaultTextOption(_text_option(direction))
        self.highlighter.set_language(language)
        self._labels_dirty = True
        self.viewport().update()

    def snapshot(self) -> DocumentSnapshot:
        """The document as a Resolution (one pass over the blocks: not for every key)."""
        return read_document(self.document(), self.base)

    def resolution(self) -> Resolution:
        return self.snapshot().resolution

    # --- structure queries --------------------------------------------------------

    def entries(self) -> list[editing_invariants.Entry]:
        out = []
        block = self.document().begin()
        while block.isValid():
            out.append((block_kind(block), block_level(block)))
            block = block.next()
        return out

    def labels(self) -> list[str]:
        """Painted number or label per block, recomputed only when the structure may have changed."""
        if self.loading:
            return self._labels
        if self._labels_dirty or len(self._labels) != self.document().blockCount():
            self._labels = editing_invariants.labels(self.entries(), self._label_style)
            self._labels_dirty = False
        return self._labels

    def _sync_document_properties(self, formula: QTextBlock) -> None:
        """Organ, language, status and the off-page state (Document panel fields, disabled
        rules, ignored occurrences) live on the formula line: follow them (undo included)."""
        if block_kind(formula) is not BlockKind.FORMULA:
            return
        meta = self.base.meta
        before = (meta.organ, meta.language, meta.status)
        read_document_properties(formula, meta)
        state_changed = read_document_state(formula, meta, self.base.ignored)
        if (meta.organ, meta.language, meta.status) == before and not state_changed:
            return
        if meta.language != before[1]:
            self.set_language(meta.language)
        self.viewport().update()
        self.document_properties_changed.emit()

    def set_document_properties(self, organ: Organ, language: str, status: DocumentStatus,
                                formula: str | None = None) -> None:
        """Change organ, language and status (and the formula text) as one undoable edit."""
        block = self._formula_block()
        meta = copy.copy(self.base.meta)
        meta.organ, meta.language, meta.status = organ, language, status
        cursor = QTextCursor(block)
        cursor.beginEditBlock()
        cursor.mergeBlockFormat(document_properties(meta))
        if formula is not None and formula != block.text():
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(formula, QTextCharFormat())
        cursor.endEditBlock()
        self._sync_document_properties(self.document().findBlockByNumber(block.blockNumber()))

    def set_document_state(self, ignored: list[str] | None = None, **fields: object) -> bool:
        """Change Document panel fields (``sponsors=[…]``, ``date="…"``…), the document's
        disabled rules or its ignored occurrences as one undoable edit; False if nothing changed."""
        meta = copy.deepcopy(self.base.meta)
        for name, value in fields.items():
            setattr(meta, name, value)
        new_ignored = list(self.base.ignored if ignored is None else ignored)
        block = self._formula_block()
        if document_state(meta, new_ignored) == document_state(self.base.meta, self.base.ignored):
            return False
        fmt = QTextBlockFormat()
        fmt.setProperty(DOCUMENT_PROPERTIES["state"], document_state(meta, new_ignored))
        cursor = QTextCursor(block)
        cursor.beginEditBlock()
        cursor.mergeBlockFormat(fmt)
        cursor.endEditBlock()
        self._sync_document_properties(self._formula_block())
        return True

    def _formula_block(self) -> QTextBlock:
        return self.document().findBlockByNumber(HEADER_ORDER.index(BlockKind.FORMULA))

    def _format(self, kind: BlockKind, level: int = 0) -> QTextBlockFormat:
        return block_format(kind, level, is_rtl(self.document()))

    def _mark_labels_dirty(self) -> None:
        self._labels_dirty = True
        self.viewport().update()

    def first_body_block(self) -> QTextBlock:
        block = self.document().begin()
        while block.isValid() and block_kind(block).is_header:
            block = block.next()
        return block if block.isValid() else self.document().lastBlock()

    def block_label(self, block: QTextBlock) -> str:
        labels = self.labels()
        number = block.blockNumber()
        return labels[number] if number < len(labels) else ""

    # --- painting -----------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        # From the widget's own width: Qt also forwards the viewport's resize here, and margins
        # computed from the viewport's size flip between two values forever (a crash) near 860 px.
        side = max(0, (self.width() - PAGE_WIDTH - self.verticalScrollBar().sizeHint().width()) // 2)
        if self.viewportMargins() != QMargins(side, 0, side, 0):
            self.setViewportMargins(side, 0, side, 0)
        super().resizeEvent(event)

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
                adopted = self.base.meta.status is DocumentStatus.ADOPTED
                numbered_title = adopted and self.base.meta.organ is not Organ.SC  # SC: "Resolution n" above
                if kind is BlockKind.TITLE and numbered_title:
                    label = f"{self.base.meta.number}." if self.base.meta.number else ""
                    if label:
                        painter.setFont(_bold(self.document().defaultFont()))
                        x = origin.x() + dx
                        if rtl:
                            x = page_right + dx - painter.fontMetrics().horizontalAdvance(label)
                        painter.drawText(QPointF(x, baseline), label)
                        painter.setFont(self.document().defaultFont())
                elif label and rtl:  # the label stands in the indent on the right
                    right = text_x + line.width() + NUMBER_GAP
                    width = painter.fontMetrics().horizontalAdvance(label)
                    painter.drawText(QPointF(right - width, baseline), label)
                elif label:
                    painter.drawText(QPointF(text_x - NUMBER_GAP, baseline), label)
                if kind.is_header and block.length() == 1 and self._hinted(kind):
                    painter.save()
                    painter.setPen(QColor("#a0a0a0"))
                    hint = _italic(self.document().defaultFont())
                    painter.setFont(hint)
                    text = _tr(HEADER_HINTS[kind])
                    x = text_x - (painter.fontMetrics().horizontalAdvance(text)
                                  if kind is BlockKind.SYMBOL else 0)
                    painter.drawText(QPointF(x, baseline), text)
                    painter.restore()
            block = block.next()
        painter.end()

    def _hinted(self, kind: BlockKind) -> bool:
        """Empty heading lines get a grey hint, except those the organ's layout does not use."""
        unused = {BlockKind.SESSION, BlockKind.AGENDA, BlockKind.AGENDA_TITLE}
        if self.base.meta.organ is Organ.SC and kind in unused:
            return False
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
        step = painter.fontMetrics().lineSpacing()
        y = top - block.blockFormat().topMargin() + step + 4
        for line in lines:
            start = x if right is None else right - painter.fontMetrics().horizontalAdvance(line)
            painter.drawText(QPointF(start, y), line)
            y += step
        painter.restore()

    # --- keys ---------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.completion_hook is not None and self.completion_hook(event):
            return
        key = event.key()
        modifiers = event.modifiers()
        cursor = self.textCursor()
        block = cursor.block()
        kind = block_kind(block)
        alt = modifiers & Qt.KeyboardModifier.AltModifier
        if alt and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_paragraph(-1 if key == Qt.Key.Key_Up else 1)
            return
        if key == Qt.Key.Key_Tab and not modifiers & Qt.KeyboardModifier.ControlModifier:
            self.change_level(+1)
            return
        if key == Qt.Key.Key_Backtab:
            self.change_level(-1)
            return
        destructive = (
            bool(event.text()) or key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete)
            or event.matches(QKeySequence.StandardKey.Cut) or event.matches(QKeySequence.StandardKey.Paste)
        )
        if destructive and self._touches_header(cursor):
            self.refused.emit(
                _tr("The heading lines cannot be deleted or merged with body text: select less."))
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if kind.is_header and not cursor.hasSelection():
                self._leave_header(block)
                return
            if kind in (BlockKind.SUBPARAGRAPH, BlockKind.PREAMBULAR_ITEM) and not block.text().strip():
                self.change_level(-1)  # Enter on an empty (a) steps back out, as in Word lists
                return
            event = QKeyEvent(event.type(), key, Qt.KeyboardModifier.NoModifier, "\r")  # no soft breaks
        elif key == Qt.Key.Key_Backspace and not cursor.hasSelection():
            if cursor.atBlockStart() and (kind.is_header or block == self.first_body_block()):
                if block.previous().isValid():
                    self.moveCursor(QTextCursor.MoveOperation.PreviousBlock)
                    self.moveCursor(QTextCursor.MoveOperation.EndOfBlock)
                return
        elif key == Qt.Key.Key_Delete and not cursor.hasSelection():
            following = block.next()
            next_is_header = following.isValid() and block_kind(following).is_header
            if cursor.atBlockEnd() and (kind.is_header or next_is_header or not following.isValid()):
                return
        blocks_before = self.document().blockCount()
        super().keyPressEvent(event)
        if self.document().blockCount() != blocks_before:
            self.repair_structure()
        elif event.text() == " ":
            self._typed_label()
            self._typed_opener()
        if self.after_key_hook is not None:
            self.after_key_hook(event)

    def _typed_opener(self) -> None:
        """An operative verb typed at the start of the paragraph after the preamble makes it
        operative ("Decides " after the last preambular paragraph), and a preambular opener
        typed at the start of the first operative paragraph makes it preambular: where the
        preamble ends follows what the drafter writes. Only at the boundary, so the
        structure stays valid, and only when the words belong to one part alone.
        """
        cursor = self.textCursor()
        block = cursor.block()
        column = cursor.position() - block.position()
        kind = block_kind(block)
        if kind not in (BlockKind.PREAMBULAR, BlockKind.OPERATIVE) or column > 40:
            return
        typed = block.text()[:column]
        if len(typed.split()) > 3 or OBJECT_CHAR in typed:
            return
        try:
            words = lexicon(self.language)
        except ValueError:
            return
        as_operative = words.match(typed, "operative")
        as_preamble = words.match(typed, "preamble")
        target = None
        if kind is BlockKind.PREAMBULAR and as_operative and not as_preamble:
            target = BlockKind.OPERATIVE
        elif kind is BlockKind.OPERATIVE and as_preamble and not as_operative:
            target = BlockKind.PREAMBULAR
        if target is None:
            return
        entries = self.entries()
        changed = list(entries)
        changed[block.blockNumber()] = (target, 0)
        if not editing_invariants.is_valid(changed):
            return
        edit = QTextCursor(block)
        edit.joinPreviousEditBlock()
        edit.setBlockFormat(self._format(target))
        edit.endEditBlock()
        self.structure_changed.emit()
        self.refused.emit(_tr("“{typed}” opens a {kind}: the paragraph is now one.").format(
            typed=typed.strip(), kind=_tr(KIND_NAMES[target]).lower()))

    def _typed_label(self) -> None:
        """A number or label typed at the start of a paragraph becomes structure.

        "3. " at the start of an operative paragraph is dropped (numbers are drawn);
        "(a) " / "a) " makes the paragraph a sub-paragraph, "(i) " a second-level
        one under an (a). One undo step takes the conversion back with the typing.
        """
        cursor = self.textCursor()
        block = cursor.block()
        column = cursor.position() - block.position()
        if column > 7 or not block_kind(block).is_body:
            return
        typed = TYPED_LABEL.fullmatch(block.text()[:column])
        if typed is None:
            return
        entries = self.entries()
        number = block.blockNumber()
        kind, _ = entries[number]
        core = typed.group("num") or typed.group("sub")
        if core.isdigit():
            wanted = (BlockKind.OPERATIVE, 0)
        else:
            previous = entries[number - 1] if number else (BlockKind.SYMBOL, 0)
            roman = ROMAN_LABEL.fullmatch(core) is not None and editing_invariants.depth(previous) >= 1
            item = BlockKind.PREAMBULAR_ITEM if kind.is_preamble else BlockKind.SUBPARAGRAPH
            wanted = (item, 2 if roman else 1)
        changed = list(entries)
        changed[number] = wanted
        if not editing_invariants.is_valid(changed):
            return
        edit = QTextCursor(block)
        edit.joinPreviousEditBlock()
        edit.setPosition(block.position() + column, QTextCursor.MoveMode.KeepAnchor)
        edit.removeSelectedText()
        edit.setBlockFormat(self._format(*wanted))
        edit.endEditBlock()
        self.structure_changed.emit()
        self.refused.emit(
            _tr("Numbers and labels are drawn by Drafter: the typed one was taken as structure."))

    def _leave_header(self, block: QTextBlock) -> None:
        """Enter in a heading line goes to the next line; after the formula, into the body."""
        following = block.next()
        if not following.isValid():  # no body yet: the first preambular paragraph
            cursor = QTextCursor(block)
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
            cursor.insertBlock(self._format(BlockKind.PREAMBULAR), QTextCharFormat())
            following = block.next()
        self.setTextCursor(QTextCursor(following))

    def _touches_header(self, cursor: QTextCursor) -> bool:
        """A selection that spans several blocks and includes a heading line."""
        if not cursor.hasSelection():
            return False
        document = self.document()
        first = document.findBlock(cursor.selectionStart())
        last = document.findBlock(cursor.selectionEnd())
        if first == last:
            return False
        block = first
        while block.isValid():
            if block_kind(block).is_header:
                return True
            if block == last:
                break
            block = block.next()
        return False

    def insertFromMimeData(self, source: QMimeData) -> None:
        """Paste text; several paragraphs keep their structure, typed numbers become drawn ones.

        Text copied from a resolution ("2. Requests:", "(a) …", footnote marks) goes
        through the same structure recovery as opening a text file, so each pasted
        paragraph gets its kind and level and its typed number is dropped. A single
        line takes the kind of the paragraph it is pasted into.
        """
        text = source.text()
        cursor = self.textCursor()
        if self._touches_header(cursor):
            self.refused.emit(_tr("The heading lines cannot be replaced by a paste."))
            return
        if block_kind(cursor.block()).is_header:
            text = " ".join(text.split())
        text = text.replace("\r\n", "\n").replace("\u2028", "\n").replace(OBJECT_CHAR, "")
        parsed = self._parse_paste(text) if "\n" in text.strip() else None
        cursor.beginEditBlock()
        if parsed is None:
            cursor.insertText(text, QTextCharFormat())
        else:
            cursor.removeSelectedText()
            insert_paragraphs(cursor, *parsed)
        cursor.endEditBlock()
        self.setTextCursor(cursor)
        self.repair_structure()

    def _parse_paste(self, text: str) -> tuple[list[Paragraph], dict[int, str]] | None:
        """(paragraphs, footnote texts) recovered from pasted text, or None to paste it as is."""
        if not block_kind(self.textCursor().block()).is_body:
            return None
        try:
            from drafter.api import parse_text

            pasted = parse_text(text, language=self.language)
        except Exception:  # structure recovery is a convenience: plain text is always a fallback
            return None
        if not pasted.paragraphs:
            return None
        return pasted.paragraphs, {note.number: note.text for note in pasted.footnotes}

    # --- structure commands -------------------------------------------------------

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
        position = cursor.position()
        cursor.insertText(OBJECT_CHAR, mark_format(text))
        cursor.endEditBlock()
        self.setTextCursor(cursor)
        self.setCurrentCharFormat(QTextCharFormat())
        return position

    def _on_contents_change(self, position: int, removed: int, added: int) -> None:
        """Note what a change may have touched, cheaply: one typed or deleted letter touches
        neither kinds nor labels, anything else (a split, a merge, a paste, a kind change,
        an undo of one) makes the labels be recomputed at the next paint.

        Renumbered marks may change width, so everything is relaid out when their count changes.
        """
        if self.loading:
            return
        if removed + added != 1 or self.document().blockCount() != self._block_count:
            self._labels_dirty = True
            self._block_count = self.document().blockCount()
        formula = self.document().findBlockByNumber(HEADER_ORDER.index(BlockKind.FORMULA))
        if position <= formula.position() + formula.length():
            self._sync_document_properties(formula)
        if removed == 0 and added == 0:
            return
        count = len(mark_positions(self.document()))
        if count != self._mark_count:
            self._mark_count = count
            self.document().markContentsDirty(0, self.document().characterCount())
            self.structure_changed.emit()

    # --- diagnostics --------------------------------------------------------------

    def show_diagnostics(self, diagnostics: list[Diagnostic], snapshot: DocumentSnapshot) -> None:
        """Underline the diagnostics of a finished check run (block numbers from its snapshot)."""
        self.diagnostics = diagnostics
        self.snapshot_used = snapshot
        underlines: dict[int, list[Underline]] = {}
        for index, diagnostic in enumerate(diagnostics):
            located = self.locate(diagnostic)
            if located is None:
                continue
            number, start, end = located
            underlines.setdefault(number, []).append(Underline(start, end, diagnostic.severity, index))
        self.highlighter.set_underlines(underlines)
        self.diagnostics_changed.emit()

    def locate(self, diagnostic: Diagnostic) -> tuple[int, int, int] | None:
        """(block number, start, end) of a diagnostic's span in the document, if it has one."""
        snapshot = self.snapshot_used
        if snapshot is None:
            return None
        number = snapshot.blocks.get(diagnostic.paragraph)
        if number is None:
            return None
        marks = snapshot.marks.get(diagnostic.paragraph, [])
        start, end = block_span(marks, diagnostic.start, diagnostic.end)
        return number, start, end

    def go_to(self, number: int, start: int = 0, end: int | None = None) -> None:
        block = self.document().findBlockByNumber(number)
        if not block.isValid():
            return
        cursor = QTextCursor(block)
        cursor.setPosition(block.position() + min(start, block.length() - 1))
        if end is not None and end > start:
            keep = QTextCursor.MoveMode.KeepAnchor
            cursor.setPosition(block.position() + min(end, block.length() - 1), keep)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        self.setFocus()

    def diagnostic_at(self, point: QPoint) -> Diagnostic | None:
        cursor = self.cursorForPosition(point)
        block = cursor.block()
        column = cursor.position() - block.position()
        for underline in self.highlighter.underlines.get(block.blockNumber(), ()):
            if underline.start <= column <= max(underline.end, underline.start + 1):
                if underline.index < len(self.diagnostics):
                    return self.diagnostics[underline.index]
        return None

    def apply_fix(self, diagnostic: Diagnostic) -> bool:
        """Apply a diagnostic's quick fix as one undoable edit."""
        if diagnostic.fix is None:
            return False
        located = self.locate(diagnostic)
        if located is None:
            return False
        number = located[0]
        marks = self.snapshot_used.marks.get(diagnostic.paragraph, []) if self.snapshot_used else []
        start, end = block_span(marks, diagnostic.fix.start, diagnostic.fix.end)
        block = self.document().findBlockByNumber(number)
        cursor = QTextCursor(block)
        cursor.beginEditBlock()
        cursor.setPosition(block.position() + min(start, block.length() - 1))
        cursor.setPosition(block.position() + min(end, block.length() - 1), QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(diagnostic.fix.replacement, QTextCharFormat())
        cursor.endEditBlock()
        return True

    def viewportEvent(self, event: QEvent) -> bool:
        """Hovering over a wavy underline shows the diagnostic's message (tooltip events
        reach the viewport, not the text edit itself)."""
        if event.type() == QEvent.Type.ToolTip:
            diagnostic = self.diagnostic_at(event.pos())
            if diagnostic is not None:
                QToolTip.showText(event.globalPos(), self.tooltip_text(diagnostic), self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

    @staticmethod
    def tooltip_text(diagnostic: Diagnostic) -> str:
        fix = f"\nFix: {diagnostic.fix.description}" if diagnostic.fix is not None else ""
        return f"{diagnostic.message}  [{diagnostic.rule}]{fix}"

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu(event.pos())
        diagnostic = self.diagnostic_at(event.pos())
        if diagnostic is not None and self.diagnostic_menu_hook is not None:
            self.diagnostic_menu_hook(menu, diagnostic)
        if self.context_menu_hook is not None:
            self.context_menu_hook(menu)
        blocks_before = self.document().blockCount()
        menu.exec(event.globalPos())
        menu.deleteLater()
        if self.document().blockCount() != blocks_before:  # the menu's own Cut / Delete
            self.repair_structure()

    def dropEvent(self, event: QDropEvent) -> None:
        """Text dragged within the page: Qt inserts (through insertFromMimeData) and then
        removes the source itself, so the structure is repaired once both are done."""
        blocks_before = self.document().blockCount()
        super().dropEvent(event)
        if self.document().blockCount() != blocks_before:
            self.repair_structure()

    def cut_selection(self) -> None:
        """Edit > Cut, refusing to cut the heading lines away with body text."""
        if self._touches_header(self.textCursor()):
            self.refused.emit(_tr("The heading lines cannot be cut with body text: select less."))
            return
        blocks_before = self.document().blockCount()
        self.cut()
        if self.document().blockCount() != blocks_before:
            self.repair_structure()


def title_head_lines(meta: Metadata) -> list[str]:
    """Adoption line and basis (adopted) or sponsor line (draft), in the document's language."""
    try:
        strings = load_json(f"export/{meta.language}.json")
    except (FileNotFoundError, ValueError):
        return []
    if meta.status is DocumentStatus.ADOPTED:
        if meta.organ is Organ.SC:  # "Resolution 1454 (2002)" / "Adopted by the Security Council at …"
            lines = [strings["sc_resolution"].format(number=meta.number)] if meta.number else []
            if meta.meeting and meta.adoption_date and "sc_adopted" in strings:
                lines.append(strings["sc_adopted"].format(meeting=meta.meeting, date=meta.adoption_date))
            elif meta.adoption_date and "sc_adopted_undated" in strings:
                lines.append(strings["sc_adopted_undated"].format(date=meta.adoption_date))
            return lines
        table = strings.get("adoption_line" if meta.adoption_date else "adoption_line_undated", {})
        line = table.get(meta.organ.value, "")
        lines = [line.format(date=meta.adoption_date)] if line else []
        return lines + ([meta.adoption_basis] if meta.adoption_basis else [])
    if meta.sponsors and "sponsor_line" in strings:
        names = meta.sponsors[0] if len(meta.sponsors) == 1 else (
            strings.get("list_separator", ", ").join(meta.sponsors[:-1])
            + f" {strings.get('and', 'and')} " + meta.sponsors[-1])
        suffix = strings["sponsor_line"].format(sponsors="").strip()
        if suffix and names.endswith(suffix):  # the template's sponsor entry is the whole line
            return [names]
        return [strings["sponsor_line"].format(sponsors=names)]
    return []


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


def _tr(text: str) -> str:
    """A text painted on the page, in the interface language (drafter_fr.ts, MainWindow)."""
    return QCoreApplication.translate("MainWindow", text)


def _bold(font: QFont) -> QFont:
    bold = QFont(font)
    bold.setBold(True)
    return bold


def _italic(font: QFont) -> QFont:
    italic = QFont(font)
    italic.setItalic(True)
    return italic


def _text_option(direction: Qt.LayoutDirection) -> QTextOption:

    option = QTextOption()
    option.setTextDirection(direction)
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    return option
