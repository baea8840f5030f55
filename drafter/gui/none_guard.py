"""Keep ``None`` alive under PySide6 6.12 on Python 3.11.

Measured here: with PySide6/shiboken6 6.12.0 on CPython 3.11, every call of a Qt
method that returns ``void`` (``QTextCursor.setPosition``,
``QSyntaxHighlighter.setFormat``, ``QTextCharFormat.setProperty`` …) drops one
reference to ``None`` that it never took. ``None`` starts with a few thousand
references, so after a few thousand such calls (seconds of typing in the editor)
CPython aborts with "none_dealloc: deallocating None". Python 3.12 made ``None``
immortal (PEP 683), which hides the bug there; on 3.11 we do the same thing by
hand: add 2**40 to its reference count once, which no session can use up. ``None``
is never deallocated in a healthy interpreter, so this changes nothing else.
"""

from __future__ import annotations

import ctypes
import sys

_MARGIN = 1 << 40


def _singletons() -> list[object]:
    """The objects Python 3.12 made immortal that Qt calls hand back or pass to slots."""
    return [None, True, False, Ellipsis, NotImplemented, "", (), b"", *range(-5, 257)]


def keep_none_alive() -> None:
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return
    for value in _singletons():
        refcount = ctypes.c_ssize_t.from_address(id(value))
        if refcount.value < _MARGIN:
            refcount.value += _MARGIN
