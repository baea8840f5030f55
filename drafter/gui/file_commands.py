"""The File commands: New, Open, Save, Save As, Export for Submission, and the report after opening.

A mixin of :class:`~drafter.gui.file_controller.DocumentFileController`, which
sets up what the commands use: ``window`` (``load_resolution``, ``resolution()``,
``path``, ``statusBar()``), ``settings``, ``dialogs`` (every question, so tests
answer without modal loops), ``writer``/``exporter``, the file's state (``path``,
``lock``, ``disk_state``, ``drafter_file``, ``_baseline``, ``_last_autosave``) and
``_remember()``/``_changed()``. Autosave and recovery are in :mod:`drafter.gui.autosave`.

Why Save sometimes asks: a .txt is never overwritten with Word content, and a
Word file from elsewhere may hold what Drafter does not model, so the first save
of either goes through the file dialog; a file changed on disk since it was read
is not overwritten without asking.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication

import drafter
from drafter.core import model_json
from drafter.core.masthead_needs import missing_masthead
from drafter.core.model import DocumentStatus, Organ, Resolution
from drafter.core.new_document import NewDocumentChoice, new_resolution
from drafter.errors import DrafterError
from drafter.formats.docx.embedded_model import extract_model
from drafter.gui.dialogs import chosen_path
from drafter.gui.plurals import SEVERITY_COUNTS, plural
from drafter.storage.disk_state import DiskState, changed_on_disk
from drafter.storage.lock import DocumentLock, FileLockedError

Writer = Callable[..., None]  # (resolution, path, paper=...) -> None, atomic
MASTHEAD_NAMES = {"session": "Session", "agenda_item": "Agenda item", "date": "Date of issue",
                  "adoption_date": "Date of adoption", "meeting": "Meeting"}

def tr(text: str) -> str:
    return QCoreApplication.translate("DocumentFileController", text)


class FileCommands:
    """New, Open, Save, Save As and Export (see the module docstring)."""

    def maybe_keep_changes(self) -> bool:
        """True when it is fine to replace or close the document (saved, discarded or clean)."""
        if not self.is_modified():
            return True
        answer = self.dialogs.ask_unsaved(self.display_name())
        if answer == "save":
            return self.save()
        return answer == "discard"

    # --- new and open -------------------------------------------------------------

    def new_document(self) -> bool:
        if not self.maybe_keep_changes():
            return False
        try:
            organ = Organ(self.settings.document_organ)
        except ValueError:
            organ = Organ.GA
        defaults = NewDocumentChoice(organ, DocumentStatus.DRAFT, self.settings.document_language)
        choice = self.dialogs.new_document(defaults)
        if choice is None:
            return False
        self._replace(new_resolution(choice.organ, choice.status, choice.language), None)
        return True

    def show_untitled(self, resolution: Resolution) -> bool:
        """Show a document that has no file yet (the start page's template or example)."""
        if not self.maybe_keep_changes():
            return False
        self._replace(resolution, None)
        return True

    def open_dialog(self) -> bool:
        folder = str(self.path.parent) if self.path else (
            str(Path(self.settings.recent_files[0]).parent) if self.settings.recent_files else "")
        name = self.dialogs.open_file_name(folder)
        return bool(name) and self.open_path(name)

    def open_path(self, name: str | Path, *, ask: bool = True) -> bool:
        """Open a file in this window: asks about unsaved changes, locks it, shows the check report."""
        path = Path(name).absolute()
        if path == self.path:
            return True
        if ask and not self.maybe_keep_changes():
            return False
        try:
            resolution = drafter.read(path)
        except DrafterError as error:
            self.dialogs.error(tr("Cannot open the file"), str(error))
            return False
        except Exception as error:  # a reader bug must still end in a clear dialog, never a crash
            self.dialogs.error(tr("Cannot open the file"),
                               f"{path}: {tr('cannot be read')} ({type(error).__name__}: {error})")
            return False
        try:
            lock = self._lock_for_opening(path)
        except FileLockedError:
            return False
        self._replace(resolution, path, lock)
        self._opened(resolution, path)
        return True

    def adopt(self, path: str | Path, resolution: Resolution) -> None:
        """The window already shows ``resolution`` read from ``path`` (start-up): take charge of the file.

        When another window holds the file, the text stays on the page as an
        untitled copy, so that saving can never overwrite the other window's work.
        """
        path = Path(path).absolute()
        try:
            lock = self._lock_for_opening(path)
        except FileLockedError:
            self.window.path = None
            self.mark_saved()
            return
        self.lock, self.path = lock, path
        self.window.path = path
        self.disk_state = DiskState.of(path)
        self.drafter_file = _saved_by_drafter(path)
        self.mark_saved()
        self._opened(resolution, path)

    def _lock_for_opening(self, path: Path) -> DocumentLock | None:
        """The file's lock, or FileLockedError after telling the drafter who holds it."""
        lock = DocumentLock(path)
        try:
            lock.acquire()
        except FileLockedError as error:
            self.dialogs.error(tr("File already open"), tr("{path} is open in another Drafter window "
                                                           "(process {pid} on {host}).").format(
                path=path, pid=error.owner.pid, host=error.owner.host))
            raise
        except OSError:
            return None  # a read-only folder: open anyway, Save will say why it cannot write
        return lock

    def _opened(self, resolution: Resolution, path: Path) -> None:
        self._remember(path)
        self.show_report(resolution, path)
        self.opened.emit(str(path))

    def _replace(self, resolution: Resolution, path: Path | None, lock: DocumentLock | None = None) -> None:
        """Show another document: the old one's lock and autosave go, the new one is 'saved'."""
        self._discard_autosave(self.recovery_key())
        if self.lock is not None and (lock is None or self.lock.path != lock.path):
            self.lock.release()
        self.lock = lock
        self.path = path
        self.disk_state = DiskState.of(path) if path else None
        self.drafter_file = _saved_by_drafter(path)
        self.window.load_resolution(resolution, path)
        self.mark_saved()

    def show_report(self, resolution: Resolution, path: Path) -> None:
        """The report after opening, in the status bar and at the top of the Issues dock (never a box
        over the page): the parts counted, the checks' counts by severity, the reader's notes."""
        try:
            diagnostics = drafter.check(resolution)
        except Exception as error:  # a check bug must not stop the file from opening
            self.window.statusBar().showMessage(f"{tr('Checks failed')}: {error}", 8000)
            return
        summary = open_summary(resolution, [d.severity.value for d in diagnostics])
        title = tr("Opened {name}").format(name=path.name)
        self.window.statusBar().showMessage(f"{title}: {summary}", 10000)
        self.window.issues.show_report(title, summary, list(resolution.reader_notes))

    # --- save ---------------------------------------------------------------------

    def save(self) -> bool:
        """Save to the current file; Save As when there is none or Drafter did not write it.

        A .txt is never overwritten with Word content, and a Word file from
        elsewhere (an official file, a colleague's draft) may hold what Drafter
        does not model, so the first save of either goes through the file dialog,
        which asks before replacing a file.
        """
        if self.path is None or not self.drafter_file:
            return self.save_as()
        if changed_on_disk(self.path, self.disk_state):
            answer = self.dialogs.ask_overwrite_changed(self.path.name)
            if answer == "save_as":
                return self.save_as()
            if answer != "overwrite":
                return False
        return self._write(self.path)

    def save_as(self) -> bool:
        suggested = self._suggested_name(".docx")
        name = self.dialogs.save_file_name(suggested, tr("Save resolution as"))
        if not name:
            return False
        path = chosen_path(name, ".docx")
        lock = self.lock
        if path != self.path:
            lock = DocumentLock(path)
            try:
                lock.acquire()
            except FileLockedError as error:
                self.dialogs.error(tr("File already open"), str(error))
                return False
            except OSError as error:
                self.dialogs.error(tr("Cannot save the file"), f"{path}: {error.strerror or error}")
                return False
        if not self._write(path):
            if lock is not self.lock and lock is not None:
                lock.release()
            return False
        if lock is not self.lock:
            old_key = self.recovery_key()
            if self.lock is not None:
                self.lock.release()
            self.lock = lock
            self._discard_autosave(old_key)
        self.path = path
        self.window.path = path
        self.disk_state = DiskState.of(path)
        self._changed()
        return True

    def _write(self, path: Path) -> bool:
        resolution = self.window.resolution()
        try:
            notices = self.writer(resolution, path, paper=self.settings.page_size) or []
        except (OSError, DrafterError) as error:
            reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
            self.dialogs.error(tr("Cannot save the file"),
                               tr("{path}: {reason}. The file on disk was not changed.").format(
                                   path=path, reason=reason))
            return False
        except Exception as error:  # an exporter bug: the old file is intact (atomic write), say so
            self.dialogs.error(tr("Cannot save the file"),
                               tr("{path}: {reason}. The file on disk was not changed.").format(
                                   path=path, reason=f"{type(error).__name__}: {error}"))
            return False
        self.disk_state = DiskState.of(path)
        self.drafter_file = True
        self._discard_autosave(self.recovery_key())
        self._baseline = model_json.dumps(resolution)
        self._last_autosave = self._baseline
        self.document.setModified(False)
        self._remember(path)
        self._changed()
        self._show_written(tr("Saved {path}").format(path=path), notices)
        self.saved.emit(str(path))
        return True

    def export_submission(self) -> bool:
        """A clean .docx (no Drafter data) for the Secretariat; the document keeps its own file.

        First, one question when the masthead lacks what the organ's layout needs (the
        drafter may still export: a date is sometimes only known later).
        """
        missing = [tr(MASTHEAD_NAMES[name]) for name in missing_masthead(self.window.resolution().meta)]
        if missing and self.dialogs.ask_export_incomplete(missing) != "export":
            return False
        name = self.dialogs.save_file_name(self._suggested_name("-submission.docx"),
                                           tr("Export for submission"))
        if not name:
            return False
        path = chosen_path(name, ".docx")
        if self.path is not None and path == self.path:
            self.dialogs.error(tr("Cannot export"),
                               tr("Choose another name: the export would replace the document itself."))
            return False
        try:
            notices = self.exporter(self.window.resolution(), path, paper=self.settings.page_size,
                                    typography=self.settings.typography()) or []
        except Exception as error:
            self.dialogs.error(tr("Cannot export"), f"{path}: {error}")
            return False
        self._show_written(tr("Exported {path}").format(path=path), notices)
        return True

    def _show_written(self, message: str, notices: list[str]) -> None:
        """The status line after a write, with what the layout could not show (never silent)."""
        if notices:
            message = f"{message} — {'; '.join(notices)}"
        self.window.statusBar().showMessage(message, 15000 if notices else 5000)

    def _suggested_name(self, ending: str) -> str:
        if self.path is not None:
            return str(self.path.with_name(self.path.stem + ending))
        folder = Path(self.settings.recent_files[0]).parent if self.settings.recent_files else Path.home()
        return str(folder / (tr("Untitled resolution") + ending))



def _saved_by_drafter(path: Path | None) -> bool:
    return path is not None and path.suffix.lower() == ".docx" and extract_model(path) is not None


def open_summary(resolution: Resolution, severities: list[str]) -> str:
    """"2 preambular paragraphs and 3 operative paragraphs, … Checks found: 1 error, 8 warnings."."""
    parts = resolution.counts()
    summary = tr("{preamble} and {operative}, {subparagraphs}, {footnotes}.").format(
        preamble=plural("%n preambular paragraph(s)", parts["preamble"]),
        operative=plural("%n operative paragraph(s)", parts["operative"]),
        subparagraphs=plural("%n sub-paragraph(s)", parts["subparagraphs"]),
        footnotes=plural("%n footnote(s)", parts["footnotes"]))
    found = [plural(text, severities.count(severity)) for severity, text in SEVERITY_COUNTS.items()
             if severity in severities]
    if found:
        return summary + " " + tr("Checks found: {found}.").format(found=", ".join(found))
    return summary + " " + tr("The checks found nothing to report.")
