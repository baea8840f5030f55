"""Presentation that follows from structure: italics, bold headings, wavy underlines.

A ``QSyntaxHighlighter`` applies formats for display only; it never edits the
document, so the undo stack holds the drafter's edits and nothing else, and the
italics are always exactly what the lexicon says (the opener of a preambular
paragraph, the verb of an operative one, the whole formula). Diagnostics are drawn
here too, as wavy underlines over their spans, from the last finished check run.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from drafter.core.diagnostics import Severity
from drafter.core.lexicon import LANGUAGES, language_settings, lexicon
from drafter.gui.kinds import BlockKind, block_kind
from drafter.gui.negotiation_mode import highlight_markup

SEVERITY_COLOURS = {
    Severity.ERROR: QColor("#d0021b"),
    Severity.WARNING: QColor("#e08a00"),
    Severity.INFO: QColor("#2f6fde"),
}
_OPENER_PART = {
    BlockKind.PREAMBULAR: "preamble",
    BlockKind.OPERATIVE: "operative",
    BlockKind.CLAUSE: "operative",
}


@dataclass(frozen=True)
class Underline:
    """A diagnostic's span in block coordinates."""

    start: int
    end: int
    severity: Severity
    index: int  # position of the diagnostic in the editor's current list


def _italic_openers(language: str) -> bool:
    """Arabic and Chinese set no opener (nor organ line) in italics, as the export does."""
    return bool(language_settings(language).get("italic_openers", True))


class StructureHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument, language: str = "en") -> None:
        super().__init__(document)
        self.language = language if language in LANGUAGES else "en"
        self._italic_openers = _italic_openers(self.language)
        self.underlines: dict[int, list[Underline]] = {}
        self._italic = QTextCharFormat()
        self._italic.setFontItalic(True)
        self._bold = QTextCharFormat()
        self._bold.setFontWeight(QFont.Weight.Bold)
        self.negotiation = False  # negotiation mode: brackets, alternatives, attributions coloured

    def set_language(self, language: str) -> None:
        self.language = language if language in LANGUAGES else "en"
        self._italic_openers = _italic_openers(self.language)
        self.rehighlight()

    def italic_end(self, kind: BlockKind, text: str) -> int:
        """How many leading characters of a paragraph of ``kind`` are its italic opener."""
        part = _OPENER_PART.get(kind)
        if part is None or not text or not self._italic_openers:
            return 0
        found = lexicon(self.language).match(text, part)
        return found.italic_end if found else 0

    def set_underlines(self, underlines: dict[int, list[Underline]]) -> None:
        """Replace the diagnostics drawn; rehighlights only the blocks that change."""
        changed = set(self.underlines) | set(underlines)
        self.underlines = underlines
        document = self.document()
        for number in sorted(changed):
            block = document.findBlockByNumber(number)
            if block.isValid():
                self.rehighlightBlock(block)

    def highlightBlock(self, text: str) -> None:
        block = self.currentBlock()
        kind = block_kind(block)
        formula = kind in (BlockKind.FORMULA, BlockKind.DRAFT_FORMULA)
        if kind is BlockKind.CLOSING or (formula and self._italic_openers):
            self.setFormat(0, len(text), self._italic)  # italic as in the exported page
        elif kind in (BlockKind.TITLE, BlockKind.HEADING, BlockKind.PART, BlockKind.ANNEX_TITLE):
            self.setFormat(0, len(text), self._bold)
        else:
            end = self.italic_end(kind, text)
            if end:
                self.setFormat(0, end, self._italic)
            if self.negotiation and kind.is_body:
                highlight_markup(self, text, lambda words: self.italic_end(kind, words))
        for underline in self.underlines.get(block.blockNumber(), ()):
            start = max(0, min(underline.start, len(text)))
            stop = max(start, min(underline.end, len(text)))
            if stop == start:  # a span on nothing (e.g. a missing full stop): mark the last char
                start, stop = max(0, len(text) - 1), len(text)
            for position in range(start, stop):
                fmt = QTextCharFormat(self.format(position))
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
                fmt.setUnderlineColor(SEVERITY_COLOURS[underline.severity])
                self.setFormat(position, 1, fmt)


def wave_colour(severity: Severity) -> QColor:
    return SEVERITY_COLOURS.get(severity, QColor(Qt.GlobalColor.red))
