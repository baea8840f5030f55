"""UN typography as the drafter types: the character just typed may become another one.

The rules are those of the export (:mod:`drafter.core.typography`); this module
only applies them on the page. A conversion is its own undo step, as in Word's
AutoFormat: one Ctrl+Z gives back exactly what was typed (a straight quote, two
hyphens, no no-break space), and the typing before it stays.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QTextCursor

from drafter.core.typography import TypographyOptions, convert

if TYPE_CHECKING:
    from drafter.gui.editor import ResolutionEditor

TRIGGERS = frozenset("\"'-;:!? »")


def convert_typed(editor: ResolutionEditor, typed: str, options: TypographyOptions) -> bool:
    """Convert ``typed``, just inserted before the cursor, when a rule says so; True if it did."""
    if typed not in TRIGGERS or not options.any:
        return False
    cursor = editor.textCursor()
    if cursor.hasSelection():
        return False
    block = cursor.block()
    column = cursor.position() - block.position()
    text = block.text()
    if column < 1 or text[column - 1] != typed:
        return False
    conversion = convert(text[: column - 1], typed, editor.language, options)
    if conversion is None or (conversion.text == typed and not conversion.remove):
        return False
    edit = QTextCursor(cursor)
    edit.beginEditBlock()
    edit.setPosition(cursor.position() - 1 - conversion.remove)
    edit.setPosition(cursor.position(), QTextCursor.MoveMode.KeepAnchor)
    edit.insertText(conversion.text, cursor.charFormat())
    edit.endEditBlock()
    editor.setTextCursor(edit)
    return True
