"""Completion of openers and operative verbs at the start of a paragraph.

Offers the phrases of the paragraph's part from the language's lexicon, most used
first (the lexicon is ordered by frequency in real texts), with the right
sequencing form on top: "Recalling also" after a paragraph that opened with
"Recalling", "Also requests" after "Requests", "Rappelant également" after
"Rappelant". The adverb and its position come from ``resources/languages``.
Only the first characters of a paragraph are looked at, so the cost per key is a
filter over one short list, and nothing at all elsewhere in a paragraph.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QStringListModel, Qt
from PySide6.QtGui import QKeyEvent, QTextBlock, QTextCursor
from PySide6.QtWidgets import QCompleter

from drafter.core.lexicon import Lexicon, lexicon, normalize
from drafter.core.script import right_to_left
from drafter.core.sequels import sequel, with_case_of
from drafter.gui.footnote_marks import OBJECT_CHAR
from drafter.gui.kinds import BlockKind, block_kind

if TYPE_CHECKING:
    from drafter.gui.editor import ResolutionEditor

PARTS = {BlockKind.PREAMBULAR: "preamble", BlockKind.OPERATIVE: "operative", BlockKind.CLAUSE: "operative"}
MAX_PREFIX = 40
MAX_ROWS = 12


def _previous_opener(block: QTextBlock, part: str, words: Lexicon) -> tuple[str, str] | None:
    """(known opener, text as typed) of the previous paragraph of the same part."""
    previous = block.previous()
    while previous.isValid():
        kind = block_kind(previous)
        if PARTS.get(kind) == part:
            found = words.match(previous.text(), part)
            return (found.entry.phrase, previous.text().lstrip()) if found else None
        if kind.is_header:
            return None
        previous = previous.previous()
    return None


def candidates(block: QTextBlock, prefix: str, language: str) -> list[str]:
    """Phrases to offer at the start of ``block`` for the typed ``prefix``, best first.

    Each phrase takes the case the drafter typed ("Ссы" gives "Ссылаясь также на"
    though the lexicon writes Russian openers in lower case); with nothing typed,
    the sequel takes the case of the paragraph before.
    """
    part = PARTS.get(block_kind(block))
    if part is None:
        return []
    try:
        words = lexicon(language)
    except ValueError:
        return []
    wanted = normalize(prefix)
    ordered: list[str] = []
    previous = _previous_opener(block, part, words)
    if previous is not None:
        ordered.append(with_case_of(sequel(previous[0], part, language), prefix or previous[1]))
    ordered += [with_case_of(entry.phrase, prefix) for entry in words.entries[part]]
    seen: set[str] = set()
    out = []
    for phrase in ordered:
        key = normalize(phrase)
        if key in seen or not key.startswith(wanted) or key == wanted:
            continue
        seen.add(key)
        out.append(phrase)
        if len(out) >= MAX_ROWS:
            break
    return out


def popup_completer(
    owner: QObject, editor: ResolutionEditor, model: QStringListModel, name: str
) -> QCompleter:
    """A completer showing all of ``model``, in the order given, in a popup at the editor's cursor."""
    completer = QCompleter(model, owner)
    completer.setWidget(editor)
    completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
    completer.setModelSorting(QCompleter.ModelSorting.UnsortedModel)
    completer.popup().setAccessibleName(name)
    return completer


class OpenerCompleter(QObject):
    """Wires a QCompleter popup to the page's key handling."""

    def __init__(self, editor: ResolutionEditor) -> None:
        super().__init__(editor)
        self.editor = editor
        self.model = QStringListModel(self)
        self.completer = popup_completer(self, editor, self.model, "Opening phrases")
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.activated.connect(self.insert)
        editor.completion_hook = self.handle_key
        editor.after_key_hook = self.update

    def handle_key(self, event: QKeyEvent) -> bool:
        """Keys that belong to a visible popup (accept, dismiss) are not the page's;
        Ctrl+Space asks for the list at the start of a paragraph, before any letter."""
        if event.key() == Qt.Key.Key_Space and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.update(force=True)
            return True
        if self.completer.popup().isVisible() and event.key() in (
            Qt.Key.Key_Enter, Qt.Key.Key_Return, Qt.Key.Key_Escape, Qt.Key.Key_Tab, Qt.Key.Key_Backtab,
        ):
            event.ignore()
            return True
        return False

    def prefix(self, force: bool = False) -> str | None:
        cursor = self.editor.textCursor()
        column = cursor.position() - cursor.block().position()
        if cursor.hasSelection() or column > MAX_PREFIX or (column == 0 and not force):
            return None
        text = cursor.block().text()[:column]
        if OBJECT_CHAR in text or (text and not text[:1].isalpha()):
            return None
        return text

    def update(self, event: QKeyEvent | None = None, force: bool = False) -> None:
        popup = self.completer.popup()
        prefix = self.prefix(force)
        if prefix is None or (event is not None and not event.text() and popup.isHidden()):
            popup.hide()
            return
        offered = candidates(self.editor.textCursor().block(), prefix, self.editor.language)
        if not offered:
            popup.hide()
            return
        self.model.setStringList(offered)
        # Arabic phrases are listed right-aligned, reading from the right like the page.
        rtl = right_to_left(self.editor.language)
        popup.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
        rect = self.editor.cursorRect()
        rect.setWidth(popup.sizeHintForColumn(0) + popup.verticalScrollBar().sizeHint().width() + 12)
        self.completer.complete(rect)
        popup.setCurrentIndex(self.model.index(0, 0))

    def insert(self, phrase: str) -> None:
        """Replace what was typed at the paragraph's start with ``phrase`` and a space."""
        cursor = self.editor.textCursor()
        block = cursor.block()
        edit = QTextCursor(block)
        edit.beginEditBlock()
        edit.setPosition(block.position())
        edit.setPosition(cursor.position(), QTextCursor.MoveMode.KeepAnchor)
        following = block.text()[cursor.position() - block.position():]
        edit.insertText(phrase if following.startswith(" ") else phrase + " ")
        edit.endEditBlock()
        self.editor.setTextCursor(edit)
        self.completer.popup().hide()
