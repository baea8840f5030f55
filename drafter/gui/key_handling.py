"""Keys and pastes that keep the structure: what typing may and may not do to a resolution.

A mixin of :class:`~drafter.gui.editor.ResolutionEditor`. Keys that would break
the structure (Enter in the heading block, Backspace into the formula, Tab past
(i)) are refused or turned into structure commands (:mod:`drafter.gui.structure_edits`);
a number or label typed at the start of a paragraph ("3. ", "(a) ") and an opening
phrase typed at the preamble's end become structure; pasted resolution text goes
through the same structure recovery as opening a text file. Whatever slips through
(a merge, a drop, a cut) is repaired by ``repair_structure()`` in the same undo step.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QDropEvent, QKeyEvent, QKeySequence, QTextBlock, QTextCharFormat, QTextCursor

from drafter.api import parse_text
from drafter.core.lexicon import lexicon
from drafter.core.model import Paragraph
from drafter.gui import editing_invariants, parts
from drafter.gui.document_sync import insert_paragraphs
from drafter.gui.footnote_marks import OBJECT_CHAR, copied, without_marks
from drafter.gui.i18n import window_tr as _tr
from drafter.gui.kinds import SCOPE_KINDS, BlockKind, block_kind
from drafter.gui.typing_typography import convert_typed

# "3. ", "(a) ", "a) ", "(iv) " typed at the very start of a paragraph
TYPED_LABEL = re.compile(r"(?:(?P<num>\d{1,3})\.|\(?(?P<sub>[a-z]{1,4})\))\s")
ROMAN_LABEL = re.compile(r"[ivxl]+")


class KeyHandling:
    """Keys, pastes, drops and Cut on the page (see the module docstring)."""

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
            if kind in SCOPE_KINDS and cursor.atBlockEnd() and not cursor.hasSelection():
                parts.open_part_body(self, block)
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
            self._after_key(event)
            return
        convert_typed(self, event.text(), self.typography)  # curly quotes, French spaces, dashes
        if event.text() == " ":
            self._typed_label()
            self._typed_opener()
        self._after_key(event)

    def _after_key(self, event: QKeyEvent) -> None:
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
        notice = (_tr("“{typed}” opens an operative paragraph: the paragraph is now one.")
                  if target is BlockKind.OPERATIVE else
                  _tr("“{typed}” opens a preambular paragraph: the paragraph is now one."))
        self.refused.emit(notice.format(typed=typed.strip()))  # whole sentences: articles differ

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

    def createMimeDataFromSelection(self) -> QMimeData:
        """Copy and Cut carry the words, not the marks' object characters or their joiners."""
        return copied(super().createMimeDataFromSelection())

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
        text = text.replace("\r\n", "\n").replace("\u2028", "\n")
        text = without_marks(text)
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
            pasted = parse_text(text, language=self.language)
        except Exception:  # structure recovery is a convenience: plain text is always a fallback
            return None
        if not pasted.paragraphs:
            return None
        return pasted.paragraphs, {note.number: note.text for note in pasted.footnotes}


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


