"""The parallel version's own file: saving it in its own format, and not losing its edits.

The version beside the page has a file of its own, which Save writes in that file's format:
a .txt through the text writer (:func:`drafter.formats.text.writer.save_text`), a .docx that
Drafter wrote through the native Word path the main Save uses
(:func:`drafter.formats.docx.native_file.save_document`). Both writes are atomic. As for
the main file, a Word file from elsewhere (an official .docx) or an Akoma Ntoso .xml is not
overwritten with what Drafter models of it: the first save asks for a .docx name. A file
changed on disk since it was read is not overwritten without asking. Unsaved edits are kept in
the window's recovery folder until saved or discarded. Every question goes through the window's
:class:`~drafter.gui.dialogs.Dialogs`, so tests answer without modal loops.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from drafter.core.model import Resolution
from drafter.errors import DrafterError
from drafter.formats.docx.embedded_model import extract_model
from drafter.formats.docx.native_file import save_document
from drafter.formats.text.writer import save_text
from drafter.gui.dialogs import chosen_path
from drafter.storage.disk_state import DiskState, changed_on_disk
from drafter.storage.recovery import Partner, RecoveryStore

Writer = Callable[..., list[str]]
TEXT_SUFFIXES = (".txt", ".text")


def tr(text: str) -> str:
    return QCoreApplication.translate("ParallelDock", text)


class ParallelFile:
    """Where the parallel version comes from and goes to (see the module docstring)."""

    def __init__(self, path: Path, dialogs: object, paper: str = "letter",
                 recovery: RecoveryStore | None = None, session_id: str = "") -> None:
        self.path = path
        self.dialogs = dialogs
        self.paper = paper
        self.recovery = recovery  # the window's recovery folder (None: no autosave)
        self.key = recovery.key_for(str(path.absolute()), session_id) if recovery is not None else ""
        self.disk_state = DiskState.of(path)
        self.in_place = path.suffix.lower() in TEXT_SUFFIXES or (
            path.suffix.lower() == ".docx" and extract_model(path) is not None)

    def keep(self, resolution: Resolution, partner: Partner) -> str:
        """Autosave into the recovery folder (on a worker thread), with the document it stands
        beside (``partner``): after a crash, the start-up offers it back beside that document
        (:mod:`drafter.gui.parallel_recovery`). "" or why it failed."""
        if self.recovery is None:
            return ""
        try:
            self.recovery.save(self.key, resolution, str(self.path), partner)
        except OSError as error:
            return f"{tr('Autosave failed')} ({self.path.name}): {error.strerror or error}"
        return ""

    def forget(self) -> None:
        """The autosave is no longer needed (saved, or the changes discarded)."""
        if self.recovery is not None:
            self.recovery.discard(self.key)

    def writer(self) -> Writer:
        return save_text if self.path.suffix.lower() in TEXT_SUFFIXES else save_document

    def save(self, resolution: Resolution) -> Path | None:
        """Write ``resolution`` to the file (asking for a name first when it may not be
        overwritten); the path written, or None when nothing was (cancelled or failed)."""
        if not self.in_place:
            return self.save_as(resolution)
        if changed_on_disk(self.path, self.disk_state):
            answer = self.dialogs.ask_overwrite_changed(self.path.name)
            if answer == "save_as":
                return self.save_as(resolution)
            if answer != "overwrite":
                return None
        return self._write(resolution, self.path)

    def save_as(self, resolution: Resolution) -> Path | None:
        suggested = str(self.path.with_suffix(".docx"))
        name = self.dialogs.save_file_name(suggested, tr("Save parallel version as"))
        if not name:
            return None
        path = chosen_path(name, ".docx", also=TEXT_SUFFIXES)
        previous = self.path
        self.path = path
        if self._write(resolution, path) is None:
            self.path = previous
            return None
        self.in_place = True
        return path

    def _write(self, resolution: Resolution, path: Path) -> Path | None:
        try:
            self.writer()(resolution, path, paper=self.paper)
        except (OSError, DrafterError) as error:
            reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
            self._failed(path, reason)
            return None
        except Exception as error:  # a writer bug: the old file is intact (atomic write), say so
            self._failed(path, f"{type(error).__name__}: {error}")
            return None
        self.disk_state = DiskState.of(path)
        return path

    def _failed(self, path: Path, reason: str) -> None:
        self.dialogs.error(tr("Cannot save the parallel version"),
                           tr("{path}: {reason}. The file on disk was not changed.").format(
                               path=path, reason=reason))
