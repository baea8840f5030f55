"""Start-up hooks for tests that run the real editor in a separate process.

Read from the environment by :func:`apply_test_hooks`, at start-up only:
``DRAFTER_TEST_TYPE=text`` types ``text`` at the end of the first body paragraph
after start-up (a real key event per character); ``DRAFTER_TEST_DUMP=file.json``
writes the document on the page (model JSON, title, unsaved state, path) after
start-up and quits; ``DRAFTER_TEST_FINISH=save_as|discard`` ends the session as a
drafter would (Save As, or Close answered through the dialogs) and quits;
``DRAFTER_TEST_ANSWERS`` answers the dialogs (see
:mod:`drafter.gui.dialogs`). Nothing happens when they are unset.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QApplication

from drafter.core import model_json


def apply_test_hooks(window: Any, controller: Any) -> None:
    """DRAFTER_TEST_TYPE / DRAFTER_TEST_DUMP (see the module docstring); ``controller`` is the file layer."""
    text = os.environ.get("DRAFTER_TEST_TYPE")
    dump = os.environ.get("DRAFTER_TEST_DUMP")
    if text:
        QTimer.singleShot(0, lambda: _type_at_end_of_first_paragraph(window.editor, text))
    if dump:
        QTimer.singleShot(0, lambda: _dump_and_quit(window, controller, Path(dump)))
    finish = os.environ.get("DRAFTER_TEST_FINISH")
    if finish in ("save_as", "discard"):
        QTimer.singleShot(0, lambda: _finish_and_quit(window, controller, finish))


def _type_at_end_of_first_paragraph(editor: Any, text: str) -> None:
    cursor = QTextCursor(editor.first_body_block())
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    editor.setTextCursor(cursor)
    editor.setFocus()
    for character in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(editor, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, character))


def _finish_and_quit(window: Any, controller: Any, finish: str) -> None:
    """Save As (name from DRAFTER_TEST_ANSWERS), then close (the unsaved question answered there too)."""
    if finish == "save_as":
        controller.save_as()
    window.close()
    QApplication.quit()


def _dump_and_quit(window: Any, controller: Any, target: Path) -> None:
    payload = {
        "title": window.windowTitle(),
        "modified": controller.is_modified(),
        "path": str(controller.path or ""),
        "resolution": model_json.to_dict(window.resolution()),
    }
    target.write_text(json.dumps(payload, ensure_ascii=False), encoding="utf-8")
    controller.mark_saved()  # the dump is what this test run keeps: close without asking
    window.close()
    QApplication.quit()
