"""Helpers for driving the editor window as a drafter would (headless, see tests/conftest.py)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QApplication

from drafter.core.diagnostics import Diagnostic, Fix, Severity
from drafter.core.model import (
    Footnote,
    FootnoteRef,
    Metadata,
    Paragraph,
    ParagraphKind,
    Resolution,
    assign_addresses,
)


def type_unicode(widget, text: str) -> None:
    """Type any text, one key event per character.

    ``qtbot.keyClicks`` aborts the whole test process on most non-ASCII
    characters (Qt's asciiToKey assertion; tech-findings 1.4), so French is typed
    with plain QKeyEvents carrying the character.
    """
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def sample_resolution() -> Resolution:
    """Two preambular and three operative paragraphs, one footnote in OP2."""
    paragraphs = [
        Paragraph(ParagraphKind.PREAMBULAR, "Recalling its resolution 75/1,"),
        Paragraph(ParagraphKind.PREAMBULAR, "Noting with concern the situation,"),
        Paragraph(ParagraphKind.OPERATIVE, "Welcomes the report of the Secretary General;"),
        Paragraph(ParagraphKind.OPERATIVE, "Decides to continue its work;",
                  footnote_refs=[FootnoteRef(1, 28)]),
        Paragraph(ParagraphKind.OPERATIVE, "Requests a report at its next session."),
    ]
    assign_addresses(paragraphs)
    return Resolution(
        meta=Metadata(symbol="A/80/L.1", session="Eightieth session", agenda_item="Agenda item 5",
                      title="Test resolution"),
        formula="The General Assembly,",
        paragraphs=paragraphs,
        footnotes=[Footnote(1, "A/80/100.")],
    )


def hyphen_checker(resolution: Resolution, options) -> list[Diagnostic]:
    """A stand-in check family with a quick fix: 'Secretary General' -> 'Secretary-General'."""
    found = []
    for paragraph in resolution.paragraphs:
        start = paragraph.text.find("Secretary General")
        if start >= 0:
            end = start + len("Secretary General")
            found.append(Diagnostic(
                "test-hyphen", Severity.WARNING, paragraph.address, start, end,
                "Write Secretary-General with a hyphen.",
                fix=Fix("Write Secretary-General", start, end, "Secretary-General"),
                source="style",
            ))
    return found




def block_with(editor, text: str):
    """The block whose text starts with ``text``."""
    block = editor.document().begin()
    while block.isValid():
        if block.text().startswith(text):
            return block
        block = block.next()
    raise AssertionError(f"no paragraph starts with {text!r}")


def put_cursor(editor, block, at_end: bool = True) -> None:
    cursor = QTextCursor(block)
    if at_end:
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    editor.setTextCursor(cursor)


def italic_ranges(block) -> list[tuple[int, int]]:
    """(start, end) of the italic formats the highlighter put on a block."""
    return [(r.start, r.start + r.length) for r in block.layout().formats() if r.format.fontItalic()]


def type_after(window, starts_with: str, text: str) -> None:
    cursor = QTextCursor(block_with(window.editor, starts_with))
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    window.editor.setTextCursor(cursor)
    type_unicode(window.editor, text)
