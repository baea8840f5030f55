"""Two pages that move together: the page and the parallel version beside it.

Given the alignment (pairs of addresses) and where each address lives on each page
(block numbers, from the pages' snapshots), scrolling either page scrolls the other
so that the aligned paragraph stands at the same height, and the paragraph the cursor
is in is highlighted on both pages. Paragraphs with a finding are shaded on both.

Why block maps rather than addresses at each scroll: a scroll must cost nothing, and
reading an address back needs a pass over the document. The maps are rebuilt with each
alignment (debounced after edits), and a paragraph with no partner (missing on the
other side) follows the nearest paragraph before it that has one.
"""

from __future__ import annotations

import bisect

from PySide6.QtCore import QObject, QPoint
from PySide6.QtGui import QColor, QTextCursor, QTextFormat
from PySide6.QtWidgets import QTextEdit

CURRENT = QColor(214, 232, 255)  # the paragraph the drafter is in, on both pages
SHADES = {"error": QColor(255, 228, 228), "warning": QColor(255, 246, 214)}
Pairs = list[tuple[str | None, str | None]]


class BlockMap:
    """Block number on one page -> block number of the aligned paragraph on the other."""

    def __init__(self, pairs: dict[int, int]) -> None:
        self.sources = sorted(pairs)
        self.targets = [pairs[number] for number in self.sources]

    def __call__(self, number: int) -> int | None:
        """The aligned block, or that of the nearest block before ``number`` that has one."""
        index = bisect.bisect_right(self.sources, number) - 1
        return self.targets[index] if index >= 0 else None


def block_maps(pairs: Pairs, blocks_a: dict[str, int], blocks_b: dict[str, int]) -> tuple[BlockMap, BlockMap]:
    """Both directions; masthead lines and the formula ("META:title", "FORMULA") pair by name."""
    forward: dict[int, int] = {}
    shared = [(key, key) for key in blocks_a if key == "FORMULA" or key.startswith("META:")]
    for a, b in [*shared, *pairs]:
        if a is not None and b is not None and a in blocks_a and b in blocks_b:
            forward.setdefault(blocks_a[a], blocks_b[b])
    backward: dict[int, int] = {}
    for number_a, number_b in sorted(forward.items()):
        backward.setdefault(number_b, number_a)
    return BlockMap(forward), BlockMap(backward)


class AlignedPages(QObject):
    """Keeps ``first`` and ``second`` scrolled together and their current paragraphs shown."""

    def __init__(self, first: QTextEdit, second: QTextEdit, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.first, self.second = first, second
        self.forward = self.backward = BlockMap({})
        self.shaded: tuple[dict[int, str], dict[int, str]] = ({}, {})
        self._moving = False
        self.enabled = True
        first.verticalScrollBar().valueChanged.connect(lambda _: self._follow(first, second, self.forward))
        second.verticalScrollBar().valueChanged.connect(lambda _: self._follow(second, first, self.backward))
        first.cursorPositionChanged.connect(lambda: self._highlight(first))
        second.cursorPositionChanged.connect(lambda: self._highlight(second))

    def set_alignment(self, pairs: Pairs, blocks_a: dict[str, int], blocks_b: dict[str, int],
                      severities: dict[tuple[str | None, str | None], str]) -> None:
        """A new alignment: the block maps, and the shading of paragraphs with a finding."""
        self.forward, self.backward = block_maps(pairs, blocks_a, blocks_b)
        shade_a: dict[int, str] = {}
        shade_b: dict[int, str] = {}
        for (a, b), severity in severities.items():
            for address, blocks, shade in ((a, blocks_a, shade_a), (b, blocks_b, shade_b)):
                if address in blocks and shade.get(blocks[address]) != "error":
                    shade[blocks[address]] = severity
        self.shaded = (shade_a, shade_b)
        self._highlight(self.first if self.first.hasFocus() or not self.second.hasFocus() else self.second)

    def aligned_block(self, page: QTextEdit, number: int) -> int | None:
        """The block on the other page aligned with block ``number`` of ``page``."""
        return (self.forward if page is self.first else self.backward)(number)

    def _active(self) -> bool:
        """Not while a page loads a document: each inserted run would scroll, lay out and
        highlight the other page, with block maps made for the old text."""
        return self.enabled and not getattr(self.first, "loading", False) and not getattr(
            self.second, "loading", False)

    def clear(self) -> None:
        self.forward = self.backward = BlockMap({})
        self.shaded = ({}, {})
        self.first.setExtraSelections([])
        self.second.setExtraSelections([])

    def _follow(self, source: QTextEdit, target: QTextEdit, mapping: BlockMap) -> None:
        """Scroll ``target`` so that the paragraph aligned with ``source``'s top one is at the top,
        as far into it as ``source`` is into its own."""
        if self._moving or not self._active() or not target.isVisible():
            return
        top = source.cursorForPosition(QPoint(0, 0)).block()
        number = mapping(top.blockNumber())
        if number is None:
            return
        scrolled = source.verticalScrollBar().value()
        rect = source.document().documentLayout().blockBoundingRect(top)
        into = min(1.0, max(0.0, (scrolled - rect.top()) / rect.height())) if rect.height() else 0.0
        block = target.document().findBlockByNumber(number)
        other = target.document().documentLayout().blockBoundingRect(block)
        self._moving = True
        try:
            target.verticalScrollBar().setValue(round(other.top() + into * other.height()))
        finally:
            self._moving = False

    def _highlight(self, page: QTextEdit) -> None:
        """The current paragraph of ``page`` and the aligned one on the other page, on both."""
        if not self._active():
            return
        number = page.textCursor().blockNumber()
        aligned = self.aligned_block(page, number)
        self.highlight(*((number, aligned) if page is self.first else (aligned, number)))

    def highlight(self, first: int | None, second: int | None) -> None:
        """Block ``first`` of the first page and ``second`` of the second as the current pair."""
        self.first.setExtraSelections(_selections(self.first, self.shaded[0], first))
        self.second.setExtraSelections(_selections(self.second, self.shaded[1], second))


def _selections(page: QTextEdit, shaded: dict[int, str],
                current: int | None) -> list[QTextEdit.ExtraSelection]:
    out = []
    for number, colour in [*((n, SHADES[s]) for n, s in shaded.items() if s in SHADES),
                           *([(current, CURRENT)] if current is not None else [])]:
        block = page.document().findBlockByNumber(number)
        if not block.isValid():
            continue
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(block)  # the whole paragraph, every line of it full width
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        selection.format.setBackground(colour)
        selection.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
        out.append(selection)
    return out
