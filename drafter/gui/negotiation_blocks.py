"""A paragraph's negotiation data (label, status, notes) stored in its block format.

Like a block's kind, the negotiation label ("bis", "alt"), status ("agreed ad ref"),
facilitator notes and the address a revision renumbered it from live in a custom
property of the ``QTextBlockFormat``, so marking a paragraph agreed, inserting a bis
paragraph or issuing Rev.1 are ordinary document edits that undo restores. Brackets
and attributions are text and need nothing here.

Qt copies a block's format to the block that Enter splits off it; each stored value
carries the id of the block it was made for, and a copy (the same id as the block
before it) is not read as a second "bis" paragraph.
"""

from __future__ import annotations

import json
import uuid

from PySide6.QtGui import QTextBlock, QTextBlockFormat, QTextCursor, QTextFormat

from drafter.core.model import Paragraph

NEGOTIATION_PROPERTY = int(QTextFormat.Property.UserProperty) + 8
_FIELDS = ("negotiation_label", "status", "notes", "previous_address")


def block_negotiation(block: QTextBlock) -> dict:
    """The stored values of a block ({} when none)."""
    value = block.blockFormat().property(NEGOTIATION_PROPERTY)
    if not isinstance(value, str) or not value:
        return {}
    try:
        data = json.loads(value)
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def negotiation_format(values: dict) -> QTextBlockFormat:
    """A format to merge that stores ``values`` (empty values clear the property)."""
    fmt = QTextBlockFormat()
    kept = {k: v for k, v in values.items() if k in _FIELDS and v}
    fmt.setProperty(NEGOTIATION_PROPERTY, json.dumps({**kept, "id": uuid.uuid4().hex}) if kept else "")
    return fmt


def keep_negotiation(cursor: QTextCursor, paragraph: Paragraph) -> None:
    """Store a loaded paragraph's negotiation data on the cursor's block."""
    values = {name: getattr(paragraph, name) for name in _FIELDS}
    if any(values.values()):
        cursor.mergeBlockFormat(negotiation_format(values))


def read_negotiation(block: QTextBlock, paragraph: Paragraph) -> None:
    """Fill ``paragraph`` from its block, ignoring a copy Enter made of the block before."""
    data = block_negotiation(block)
    if not data:
        return
    previous = block.previous()
    if previous.isValid() and block_negotiation(previous).get("id") == data.get("id"):
        return
    paragraph.negotiation_label = str(data.get("negotiation_label", ""))
    paragraph.status = str(data.get("status", ""))
    paragraph.notes = [str(n) for n in data.get("notes", [])]
    paragraph.previous_address = str(data.get("previous_address", ""))


def update_block(cursor: QTextCursor, **changes: object) -> None:
    """Change some values of the cursor's block (one undoable format change)."""
    values = {k: v for k, v in block_negotiation(cursor.block()).items() if k in _FIELDS}
    values.update(changes)
    cursor.mergeBlockFormat(negotiation_format(values))


def block_labels(document) -> list[str]:
    """Per block, its negotiation label ("" for none), for the painted numbers."""
    labels = []
    block = document.begin()
    previous_id = None
    while block.isValid():
        data = block_negotiation(block)
        copy = data.get("id") is not None and data.get("id") == previous_id
        labels.append("" if copy else str(data.get("negotiation_label", "")))
        previous_id = data.get("id")
        block = block.next()
    return labels
