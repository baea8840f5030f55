"""Helpers for tests that drive the page and the parallel version's page by paragraph address."""

from __future__ import annotations

from PySide6.QtGui import QTextBlock, QTextCursor

from drafter.gui.editor import ResolutionEditor


def block_at(page: ResolutionEditor, address: str) -> QTextBlock:
    """The block of paragraph ``address`` ("PP2", "OP1(a)") as the page reads now."""
    return page.document().findBlockByNumber(page.snapshot().blocks[address])


def put_cursor(page: ResolutionEditor, address: str, text: str = "") -> None:
    """The cursor in ``address`` (selecting ``text`` in it, as a double-click would), focus there."""
    block = block_at(page, address)
    cursor = QTextCursor(block)
    if text:
        start = block.position() + block.text().index(text)
        cursor.setPosition(start)
        cursor.setPosition(start + len(text), QTextCursor.MoveMode.KeepAnchor)
    page.setFocus()
    page.setTextCursor(cursor)
