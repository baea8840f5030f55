"""Citations in the editor: completion of "resolution 70/" from the index, and the
entry of a cited symbol on hover.

Completion offers the index entries whose number starts with what was typed, each
with its date and title; accepting one writes the citation in the document's
language and house style: "70/1 of 25 September 2015" (fr "du 25 septembre 2015",
es ", de 25 de septiembre de 2015") on the first mention in the draft, the number
alone afterwards. Both attach to the editor through its existing hooks, chained
after the opener completion.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QToolTip

from drafter.citations.extract import mentions
from drafter.citations.index import Entry, default_index
from drafter.citations.patterns import format_date, language
from drafter.gui.completion import popup_completer

if TYPE_CHECKING:
    from drafter.gui.editor import ResolutionEditor

# "resolution 70/", "résolution 70/1", "resolución 2021/" right before the cursor.
_TYPED = re.compile(
    r"(?<!\w)(?:[Rr]esolutions?|[Rr]ésolutions?|[Rr]esoluci(?:ón|ones))\s+(?P<prefix>\d{1,4}/\d{0,4})$"
)
_LEADS = {"en": " of ", "fr": " du ", "es": ", de "}


def citation_text(entry: Entry, code: str, first_mention: bool) -> str:
    """What to insert for ``entry``: the number, with the date on a first mention."""
    if not first_mention or not entry.date:
        return entry.symbol
    lead = _LEADS.get(code, _LEADS["en"])
    return f"{entry.symbol}{lead}{format_date(entry.date, language(code).code)}"


def entry_label(entry: Entry, code: str) -> str:
    """One completion row: "70/1 — 25 September 2015 — Transforming our world: …"."""
    parts = [entry.symbol]
    if entry.date:
        parts.append(format_date(entry.date, language(code).code))
    title = entry.title(code)
    if title:
        parts.append(title if len(title) <= 70 else title[:69] + "…")
    return " — ".join(parts)


def entry_tooltip(entry: Entry, code: str) -> str:
    lines = [f"{entry.organ} {'decision' if entry.decision else 'resolution'} {entry.symbol}"]
    if entry.date:
        lines.append(format_date(entry.date, language(code).code))
    if entry.title(code):
        lines.append(f"“{entry.title(code)}”")
    if entry.conflicting:
        lines.append("Dates seen: " + ", ".join(f"{d} ({n})" for d, n in entry.dates.items()))
    return "\n".join(lines)


class CitationCompleter(QObject):
    """The popup of index entries after "resolution NN/", and the hover over cited symbols."""

    def __init__(self, editor: ResolutionEditor) -> None:
        super().__init__(editor)
        self.editor = editor
        self.model = QStringListModel(self)
        self.completer = popup_completer(self, editor, self.model, "Cited resolutions")
        self.completer.activated.connect(self._accept_label)
        self._offered: list[Entry] = []
        self._typed = ""
        self._next_key_hook = editor.completion_hook
        self._next_after_hook = editor.after_key_hook
        editor.completion_hook = self.handle_key
        editor.after_key_hook = self.update
        editor.viewport().installEventFilter(self)

    def handle_key(self, event: QKeyEvent) -> bool:
        if self.completer.popup().isVisible() and event.key() in (
            Qt.Key.Key_Enter, Qt.Key.Key_Return, Qt.Key.Key_Escape, Qt.Key.Key_Tab,
        ):
            event.ignore()
            return True
        return bool(self._next_key_hook and self._next_key_hook(event))

    def update(self, event: QKeyEvent | None = None) -> None:
        cursor = self.editor.textCursor()
        before = cursor.block().text()[: cursor.position() - cursor.block().position()]
        typed = _TYPED.search(before)
        popup = self.completer.popup()
        if typed is None:
            popup.hide() if self._offered else None
            self._offered = []
            if self._next_after_hook is not None:
                self._next_after_hook(event)
            return
        organ = "ECOSOC" if len(typed.group("prefix").split("/")[0]) == 4 else "GA"
        self._offered = default_index().completions(typed.group("prefix"), organ)
        self._typed = typed.group("prefix")
        if not self._offered:
            popup.hide()
            return
        self.model.setStringList([entry_label(e, self.editor.language) for e in self._offered])
        rect = self.editor.cursorRect()
        rect.setWidth(min(700, popup.sizeHintForColumn(0) + 30))
        self.completer.complete(rect)
        popup.setCurrentIndex(self.model.index(0, 0))

    def _accept_label(self, label: str) -> None:
        labels = self.model.stringList()
        if label in labels:
            self.insert(self._offered[labels.index(label)])

    def insert(self, entry: Entry) -> None:
        """Replace the typed number with the citation, dated when the draft has not cited it yet."""
        first = not self._already_cited(entry)
        text = citation_text(entry, self.editor.language, first)
        cursor = self.editor.textCursor()
        cursor.beginEditBlock()
        cursor.setPosition(cursor.position() - len(self._typed), QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(text)
        cursor.endEditBlock()
        self.editor.setTextCursor(cursor)
        self.completer.popup().hide()
        self._offered = []

    def _already_cited(self, entry: Entry) -> bool:
        code = self.editor.language
        current = self.editor.textCursor().block()
        block = self.editor.document().begin()
        while block.isValid():
            if block != current:
                if any(m.number == entry.number for m in mentions(block.text(), code)):
                    return True
            block = block.next()
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Hovering over a cited symbol (with no diagnostic there) shows its index entry."""
        if event.type() != QEvent.Type.ToolTip or self.editor.diagnostic_at(event.pos()) is not None:
            return False
        entry = self.entry_at(event.pos())
        if entry is None:
            return False
        text = entry_tooltip(entry, self.editor.language)
        QToolTip.showText(event.globalPos(), text, self.editor.viewport())
        return True

    def entry_at(self, point) -> Entry | None:
        cursor = self.editor.cursorForPosition(point)
        block, column = cursor.block(), cursor.positionInBlock()
        for mention in mentions(block.text(), self.editor.language):
            if mention.start <= column <= mention.end and mention.organ:
                return default_index().get(mention.key)
        return None
