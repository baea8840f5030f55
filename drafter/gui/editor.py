"""The page: a QTextEdit that keeps a resolution's structure while the drafter types.

What it adds to a plain text editor, and why here:

- paragraph kinds live in block formats (see :mod:`drafter.gui.kinds`), so Enter
  continues the same kind and every kind change is undoable;
- the document's own state (organ, language, status, Document panel fields,
  switched-off rules, ignored occurrences) lives on the formula line, so that
  undo and redo take it back too;
- everything else is one job per module, mixed into :class:`ResolutionEditor`:
  painting the page with its drawn numbers (:mod:`drafter.gui.page_view`),
  structure commands and repairs (:mod:`drafter.gui.structure_edits`), keys and
  pastes that keep the structure (:mod:`drafter.gui.key_handling`), and
  diagnostics shown as wavy underlines (:mod:`drafter.gui.page_diagnostics`).

Everything that is not typing (checks, outline, footnotes pane) happens elsewhere,
on timers, so that the keystroke path stays light.
"""

from __future__ import annotations

import copy
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import (
    QColor,
    QKeyEvent,
    QPalette,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextOption,
)
from PySide6.QtWidgets import QMenu, QTextEdit, QWidget

from drafter.core.diagnostics import Diagnostic
from drafter.core.labels import LabelStyle
from drafter.core.model import DocumentStatus, Organ, Resolution
from drafter.core.script import right_to_left
from drafter.core.typography import TypographyOptions
from drafter.gui import editing_invariants, negotiation_blocks, parts
from drafter.gui.document_sync import (
    HEADER_ORDER,
    DocumentSnapshot,
    document_properties,
    document_state,
    fill_document,
    read_document,
    read_document_properties,
    read_document_state,
)
from drafter.gui.footnote_marks import install, mark_positions
from drafter.gui.highlighter import StructureHighlighter
from drafter.gui.key_handling import KeyHandling
from drafter.gui.kinds import (
    DOCUMENT_PROPERTIES,
    BlockKind,
    block_format,
    block_kind,
    block_level,
    is_rtl,
    page_font,
)
from drafter.gui.page_diagnostics import PageDiagnostics
from drafter.gui.page_notes import PageNotes
from drafter.gui.page_view import GREY, PAGE_MARGIN, PageView
from drafter.gui.structure_edits import StructureEdits


class ResolutionEditor(PageView, PageNotes, KeyHandling, StructureEdits, PageDiagnostics, QTextEdit):
    """The document view; see the module docstring for what it guarantees."""

    refused = Signal(str)  # a structure command was refused: why (for the status bar)
    structure_changed = Signal()  # kinds, order or labels may have changed
    document_properties_changed = Signal()  # organ, language or status (incl. by undo/redo)
    diagnostics_changed = Signal()
    zoom_changed = Signal(int)  # the page's zoom in percent, after Ctrl+wheel

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
        self.typography = TypographyOptions()  # the window sets the user's switches (Settings)
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
        document.setDefaultFont(page_font())
        document.setDocumentMargin(PAGE_MARGIN)
        self._mark_painter = install(document, self)
        self.install_page_notes()
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
        # Highlights over the old text (the parallel version's current paragraph) mean nothing in the new one.
        self.setExtraSelections([])
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
        rtl = right_to_left(language)
        direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
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
            self._labels = editing_invariants.labels(
                self.entries(), self._label_style, parts.part_names(self.document()),
                negotiation_blocks.block_labels(self.document()))
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


def _text_option(direction: Qt.LayoutDirection) -> QTextOption:
    option = QTextOption()
    option.setTextDirection(direction)
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    return option
