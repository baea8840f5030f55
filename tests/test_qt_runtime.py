"""The Qt binding in use must not leak references to None (PySide6 6.12.0 on CPython 3.11 did)."""

from __future__ import annotations

import sys

from PySide6.QtGui import QTextCursor, QTextDocument


def test_void_qt_calls_keep_none_alive() -> None:
    document = QTextDocument("Recalling its resolution 78/69,")
    cursor = QTextCursor(document)
    before = sys.getrefcount(None)
    for index in range(20000):
        cursor.setPosition(index % 10)
    # A leaking binding loses one reference per call (20,000 here) and soon aborts.
    assert sys.getrefcount(None) >= before - 100
