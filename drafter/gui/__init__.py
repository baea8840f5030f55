"""The PySide6 editor (issue 6). Importing it guards against a PySide6 refcount bug first."""

from drafter.gui.none_guard import keep_none_alive

keep_none_alive()
