"""Never losing work: the autosave into the recovery folder, and the offer to recover after a crash.

A mixin of :class:`~drafter.gui.file_controller.DocumentFileController` (the part
that keeps a copy of the page while the drafter works). The controller sets up
what it uses: ``window`` (``resolution()``), ``document`` (the page's
QTextDocument), ``recovery`` (a :class:`~drafter.storage.recovery.RecoveryStore`),
``path``, ``lock``, ``dialogs`` (``ask_recovery``), ``_baseline`` and
``_last_autosave`` (model JSON of the last save and autosave), ``recovery_key()``,
``_replace()`` (show another document), ``_changed()`` and the
``autosave_failed`` signal; :meth:`_start_autosave` makes the timer and the thread.

Writing happens on one background thread, so the timer and focus loss never
stall typing; only reading the page happens on the GUI thread (Qt documents
belong to it).
"""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer

from drafter.core import model_json
from drafter.core.model import Resolution
from drafter.gui.parallel_recovery import offer_parallel_versions
from drafter.storage.lock import DocumentLock, FileLockedError
from drafter.storage.recovery import RecoveredDocument


def tr(text: str) -> str:
    return QCoreApplication.translate("DocumentFileController", text)


class WorkSafety:
    """Autosave, recovery at start-up, and a clean close (see the module docstring)."""

    def _start_autosave(self, seconds: int) -> None:
        self.autosave_timer = QTimer(self)
        self._io: ThreadPoolExecutor | None = ThreadPoolExecutor(1, thread_name_prefix="drafter-autosave")
        self.autosave_failed.connect(lambda message: self.window.statusBar().showMessage(message, 8000))
        self.autosave_timer.timeout.connect(lambda: self.autosave(wait=False))
        self.set_autosave_interval(seconds)

    def set_autosave_interval(self, seconds: int) -> None:
        self.autosave_timer.start(max(5, int(seconds)) * 1000)

    def autosave(self, wait: bool = True) -> Path | None:
        """Write the page to the recovery folder if it changed since the last save or autosave.

        Only reading the page happens here (Qt documents belong to the GUI
        thread); serializing, comparing and writing (with fsync) happen on one
        background thread, so the timer and focus loss never stall typing. With
        ``wait`` the call returns the file written (None when nothing changed).
        """
        if self._io is None:
            return None
        job = self._io.submit(self._autosave_job, self.window.resolution(), self.document.isModified(),
                              self.recovery_key(), str(self.path) if self.path else "")
        return job.result() if wait else None

    def _autosave_job(self, resolution: Resolution, modified: bool, key: str, original: str) -> Path | None:
        """Runs on the autosave thread, one job at a time."""
        dump = model_json.dumps(resolution)
        if (not modified and dump == self._baseline) or dump == self._last_autosave:
            return None
        try:
            written = self.recovery.save(key, resolution, original)
        except OSError as error:
            self.autosave_failed.emit(f"{tr('Autosave failed')}: {error}")
            return None
        self._last_autosave = dump
        return written

    def _discard_autosave(self, key: str) -> None:
        """Remove an autosave, after any autosave still being written (same thread, in order)."""
        if self._io is None:
            self.recovery.discard(key)
        else:
            self._io.submit(self.recovery.discard, key).result()

    def offer_recovery(self) -> bool:
        """At start-up: offer the work a crash left in the recovery folder; True if one was recovered.

        Documents first; then the parallel versions, each offered beside the document it stood
        beside (:func:`drafter.gui.parallel_recovery.offer_parallel_versions`)."""
        pending = self.recovery.pending()
        recovered = next((item for item in pending if item.partner is None and self.ask_about(item)), None)
        if recovered is not None:
            self.recover_document(recovered)
        versions = [item for item in pending if item.partner is not None]
        return offer_parallel_versions(self, versions, recovered) or recovered is not None

    def ask_about(self, item: RecoveredDocument, note: str = "") -> bool:
        """Ask whether to recover ``item`` (``note``: what recovering it does, when that needs
        saying); a discarded autosave is removed at once. True for "recover"."""
        name = Path(item.original).name if item.original else tr("Untitled resolution")
        when = time.strftime("%Y-%m-%d %H:%M", time.localtime(item.saved_at))
        answer = self.dialogs.ask_recovery(name, when, note)
        if answer == "discard":
            item.path.unlink(missing_ok=True)
        return answer == "recover"

    def recover_document(self, item: RecoveredDocument) -> None:
        """Show ``item`` as the page's document, unsaved, kept again under this window's key."""
        original = Path(item.original) if item.original else None
        lock = None
        if original is not None and original.exists():
            lock = DocumentLock(original)
            try:
                lock.acquire()
            except (FileLockedError, OSError):
                lock, original = None, None  # someone else has it: recover as a new document
        elif original is not None:
            original = None
        self._replace(item.resolution, original, lock)
        # recovered work is unsaved work; _replace marked it saved and autosaved, so both
        # markers are cleared: the autosave below must write, or the old file would stay forever
        self._baseline = ""
        self._last_autosave = ""
        self.document.setModified(True)
        kept = self.autosave()  # under this window's key before the old file goes
        if kept is not None and kept != item.path:
            item.path.unlink(missing_ok=True)
        self._changed()

    def close_cleanly(self) -> None:
        """The window goes away with nothing unsaved: drop the autosave and the lock."""
        self.autosave_timer.stop()
        self._discard_autosave(self.recovery_key())
        if self._io is not None:
            self._io.shutdown(wait=True)
            self._io = None
        if self.lock is not None:
            self.lock.release()
            self.lock = None

