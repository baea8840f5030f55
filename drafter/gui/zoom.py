"""Zoom on the page: Ctrl++ / Ctrl+- / Ctrl+0 and Ctrl+wheel, as in a word processor.

The zoom scales the text (the document's default font, 12 pt at 100 %), which is
what makes a small window usable: more words per line when zoomed out, larger
ones on a big screen. It is a view setting, not an edit: nothing goes on the undo
stack and nothing is saved with the document. QTextEdit's own zoom is not used,
because it changes the widget's font, and a font change makes the document take
the widget's family (the page would leave Times New Roman).
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QTextEdit, QWidget

from drafter.gui.kinds import page_font

STEPS = (50, 67, 75, 80, 90, 100, 110, 125, 150, 175, 200, 250, 300)


def set_zoom(editor: QTextEdit, percent: int) -> int:
    """Show the page at ``percent`` (clamped to the steps' range); returns the zoom now shown."""
    percent = max(STEPS[0], min(STEPS[-1], int(percent)))
    document = editor.document()
    font = page_font(percent)
    modified = document.isModified()  # a view change, not an edit
    document.setDefaultFont(font)
    document.setModified(modified)
    editor.setProperty("drafter_zoom", percent)
    editor.viewport().update()
    return percent


def zoom_of(editor: QTextEdit) -> int:
    value = editor.property("drafter_zoom")
    return int(value) if isinstance(value, int) else 100


def step_zoom(editor: QTextEdit, direction: int) -> int:
    """One step in (``direction`` > 0) or out from the current zoom."""
    current = zoom_of(editor)
    if direction > 0:
        target = next((step for step in STEPS if step > current), STEPS[-1])
    else:
        target = next((step for step in reversed(STEPS) if step < current), STEPS[0])
    return set_zoom(editor, target)


def zoom_actions(owner: QWidget, editor: QTextEdit, shown: callable) -> list[QAction]:
    """Zoom in, Zoom out and Actual size, added to ``owner``; ``shown(percent)`` reports each change."""
    found = []
    for name, text, keys, change in (
        ("zoom_in", "&Zoom in", ("Ctrl++", "Ctrl+="), lambda: step_zoom(editor, +1)),
        ("zoom_out", "Zoom o&ut", ("Ctrl+-",), lambda: step_zoom(editor, -1)),
        ("zoom_reset", "&Actual size", ("Ctrl+0",), lambda: set_zoom(editor, 100)),
    ):
        action = QAction(text, owner)
        action.setObjectName(name)
        action.setShortcuts([QKeySequence(key) for key in keys])
        action.triggered.connect(lambda _=False, c=change: shown(c()))
        owner.addAction(action)
        found.append(action)
    return found
