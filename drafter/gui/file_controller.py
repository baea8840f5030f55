"""The editor's files: New, Open, Save, Save As, Export, recent files, and never losing work.

One :class:`DocumentFileController` per window owns everything about the file
behind the page: its path, whether there are unsaved changes, the lock that stops
a second window from editing it, what it looked like on disk when we last read or
wrote it, the autosave into the recovery folder, and the questions to ask before
anything could be lost. It attaches to the window from outside, through this
small interface (what the window must offer):

``window.load_resolution(resolution, path)``
    show a document (the undo history starts empty); ``window.path`` is then the path.
``window.resolution()``
    the document on the page as a :class:`Resolution` (what Save writes).
``window.editor.document()``
    the page's QTextDocument: ``isModified``/``setModified``/``modificationChanged``
    track text edits; edits outside the text (metadata panel, "Disable rule")
    are noticed by comparing the model with the last saved one.
``window.checks``
    the check scheduler: ``options.disabled_rules`` (settings), ``checked`` signal.
``window._grammar`` (optional)
    the grammar bridge; ``set_config`` takes a new LanguageTool source from the settings.
``window.menuBar()``, ``window.statusBar()``, ``window._update_title``
    the File menu is inserted first; the title (file name, ``[*]`` unsaved mark)
    is the controller's, so it replaces the window's own ``_update_title``.

What the controller offers back: ``window.files`` is the controller; the File
menu is the QMenu named ``FileMenu`` and its commands are in
``window.actions_by_name`` as ``file_new``, ``file_open``, ``file_save``,
``file_save_as``, ``file_export``, ``file_settings``, ``file_close`` (other
modules add their own File commands next to these).

The window's close event and focus loss are watched with an event filter (no
change to the window's own ``closeEvent``): closing asks about unsaved changes and
may be cancelled; losing focus autosaves. Every question goes through a
:class:`~drafter.gui.dialogs.Dialogs` object, so tests answer without modal loops.

Test hooks (environment, read by :func:`apply_test_hooks` at start-up only):
``DRAFTER_TEST_TYPE=text`` types ``text`` at the end of the first body paragraph
after start-up (a real key event per character); ``DRAFTER_TEST_DUMP=file.json``
writes the document on the page (model JSON, title) after start-up and quits;
``DRAFTER_TEST_ANSWERS`` answers the dialogs (see :mod:`drafter.gui.dialogs`).
``DRAFTER_SETTINGS=file.ini`` (in :mod:`drafter.settings`) and ``XDG_STATE_HOME``
(recovery folder) keep a test away from the user's own files.
"""

from __future__ import annotations

import json
import os
import time
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QTextCursor
from PySide6.QtWidgets import QApplication, QMenu

from drafter.core import model_json
from drafter.core.model import Resolution
from drafter.errors import DrafterError
from drafter.settings import Settings
from drafter.storage.disk_state import DiskState, changed_on_disk
from drafter.storage.lock import DocumentLock, FileLockedError
from drafter.storage.recovery import RecoveryStore

OPENABLE_SUFFIXES = (".docx", ".txt")
Writer = Callable[..., None]  # (resolution, path, paper=...) -> None, atomic


def tr(text: str) -> str:
    return QCoreApplication.translate("DocumentFileController", text)


class DocumentFileController(QObject):
    """File commands and work safety for one editor window (see the module docstring)."""

    opened = Signal(str)
    saved = Signal(str)
    autosave_failed = Signal(str)  # emitted from the autosave thread, shown in the status bar

    def __init__(self, window: Any, settings: Settings | None = None, *, dialogs: Any = None,
                 recovery: RecoveryStore | None = None, store: Any = None,
                 writer: Writer | None = None, exporter: Writer | None = None) -> None:
        """``store`` is the QSettings the settings are saved to (None: the user's own)."""
        from drafter.formats.docx.native_file import export_for_submission, save_document
        from drafter.gui.dialogs import dialogs_from_environment

        super().__init__(window)
        self.window = window
        self.settings = settings if settings is not None else getattr(window, "settings", None) or Settings()
        self.dialogs = dialogs if dialogs is not None else dialogs_from_environment(window)
        self.recovery = recovery if recovery is not None else RecoveryStore()
        self.store = store
        self.writer = writer or save_document
        self.exporter = exporter or export_for_submission
        self.path: Path | None = None
        self.lock: DocumentLock | None = None
        self.disk_state: DiskState | None = None
        self.drafter_file = False  # the path is a .docx Drafter wrote (Save may overwrite it)
        self.session_id = uuid.uuid4().hex[:12]
        self._baseline = ""  # model JSON of the last saved / opened state
        self._last_autosave = ""
        self.actions: dict[str, QAction] = {}

        self.autosave_timer = QTimer(self)
        self._io: ThreadPoolExecutor | None = ThreadPoolExecutor(1, thread_name_prefix="drafter-autosave")
        self.autosave_failed.connect(lambda message: self.window.statusBar().showMessage(message, 8000))
        self.autosave_timer.timeout.connect(lambda: self.autosave(wait=False))
        self.set_autosave_interval(self.settings.autosave_seconds)

        window._update_title = self.update_title  # the title is ours from now on
        window.installEventFilter(self)
        window.setAcceptDrops(True)
        window.editor.viewport().installEventFilter(self)
        window.checks.checked.connect(lambda *_: self.update_title())
        self._build_menu()
        self._mark_saved()

    # --- state --------------------------------------------------------------------

    @property
    def document(self):
        return self.window.editor.document()

    def _dump(self) -> str:
        return model_json.dumps(self.window.resolution())

    def _mark_saved(self) -> None:
        """The page as it is now is what the file holds."""
        self.document.setModified(False)
        self._baseline = self._dump()
        self._last_autosave = self._baseline
        self.update_title()

    def is_modified(self) -> bool:
        """Unsaved changes: text edits, or anything else that changes the saved model."""
        if self.document.isModified():
            return True
        return self._dump() != self._baseline

    def display_name(self) -> str:
        return self.path.name if self.path else tr("Untitled resolution")

    def update_title(self) -> None:
        self.window.setWindowTitle(f"{self.display_name()}[*] — Drafter")
        self.window.setWindowModified(self.is_modified())

    def recovery_key(self) -> str:
        return self.recovery.key_for(str(self.path) if self.path else "", self.session_id)

    # --- menu ---------------------------------------------------------------------

    def _build_menu(self) -> None:
        bar = self.window.menuBar()
        menu = QMenu(tr("&File"), self.window)
        menu.setObjectName("FileMenu")
        first = bar.actions()[0] if bar.actions() else None
        bar.insertMenu(first, menu)
        keys = QKeySequence.StandardKey
        self._add(menu, "file_new", tr("&New…"), self.new_document, keys.New)
        self._add(menu, "file_open", tr("&Open…"), self.open_dialog, keys.Open)
        self.recent_menu = menu.addMenu(tr("Open &Recent"))
        self.recent_menu.setObjectName("RecentMenu")
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self._fill_recent()
        menu.addSeparator()
        self._add(menu, "file_save", tr("&Save"), self.save, keys.Save)
        self._add(menu, "file_save_as", tr("Save &As…"), self.save_as, keys.SaveAs)
        self._add(menu, "file_export", tr("&Export for Submission…"), self.export_submission,
                  QKeySequence("Ctrl+Shift+E"))
        menu.addSeparator()
        self._add(menu, "file_settings", tr("Se&ttings…"), self.open_settings, keys.Preferences)
        menu.addSeparator()
        close = self._add(menu, "file_close", tr("&Close"), self.window.close, keys.Close)
        bindings = QKeySequence.keyBindings(keys.Close) + QKeySequence.keyBindings(keys.Quit)
        close.setShortcuts(sorted(bindings, key=lambda k: "F4" in k.toString()))  # Ctrl+W shown first
        self.file_menu = menu

    def _add(self, menu: QMenu, name: str, text: str, slot: Callable[[], object],
             shortcut: QKeySequence | QKeySequence.StandardKey) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        if isinstance(shortcut, QKeySequence.StandardKey):
            action.setShortcuts(shortcut)
        else:
            action.setShortcut(shortcut)
        action.setStatusTip(text.replace("&", "").rstrip("…"))
        action.triggered.connect(lambda _=False: slot())
        menu.addAction(action)
        self.actions[name] = action
        if hasattr(self.window, "actions_by_name"):
            self.window.actions_by_name[name] = action
        return action

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        existing = [p for p in self.settings.recent_files if Path(p).exists()]
        for number, name in enumerate(existing, start=1):
            label = f"&{number} {Path(name).name}" if number < 10 else Path(name).name
            action = self.recent_menu.addAction(label)
            action.setStatusTip(name)
            action.setData(name)
            action.triggered.connect(lambda _=False, n=name: self.open_path(n))
        if not existing:
            empty = self.recent_menu.addAction(tr("No recent files"))
            empty.setEnabled(False)
        self.recent_menu.addSeparator()
        clear = self.recent_menu.addAction(tr("Clear the List"))
        clear.triggered.connect(self._clear_recent)
        clear.setEnabled(bool(self.settings.recent_files))

    def _clear_recent(self) -> None:
        self.settings.recent_files = []
        self._save_settings()

    def _remember(self, path: Path) -> None:
        self.settings.remember_file(str(path))
        self._save_settings()

    def _save_settings(self) -> None:
        self.settings.save(self.store)

    # --- asking before anything is lost ------------------------------------------

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
        from drafter.core.model import DocumentStatus, Organ
        from drafter.core.new_document import NewDocumentChoice, new_resolution

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

    def open_dialog(self) -> bool:
        folder = str(self.path.parent) if self.path else (
            str(Path(self.settings.recent_files[0]).parent) if self.settings.recent_files else "")
        name = self.dialogs.open_file_name(folder)
        return bool(name) and self.open_path(name)

    def open_path(self, name: str | Path, *, ask: bool = True) -> bool:
        """Open a file in this window: asks about unsaved changes, locks it, shows the check report."""
        import drafter

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
            self._mark_saved()
            return
        self.lock, self.path = lock, path
        self.window.path = path
        self.disk_state = DiskState.of(path)
        self.drafter_file = _saved_by_drafter(path)
        self._mark_saved()
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
        self._mark_saved()

    def show_report(self, resolution: Resolution, path: Path) -> None:
        """The validation report after opening: counts by severity, reader notes, first findings."""
        import drafter

        try:
            diagnostics = drafter.check(resolution)
        except Exception as error:  # a check bug must not stop the file from opening
            self.window.statusBar().showMessage(f"{tr('Checks failed')}: {error}", 8000)
            return
        counts: dict[str, int] = {}
        for diagnostic in diagnostics:
            counts[diagnostic.severity.value] = counts.get(diagnostic.severity.value, 0) + 1
        parts = resolution.counts()
        summary = tr("{pp} preambular and {op} operative paragraphs, {sub} sub-paragraphs, "
                     "{fn} footnotes.").format(pp=parts["preamble"], op=parts["operative"],
                                               sub=parts["subparagraphs"], fn=parts["footnotes"])
        if diagnostics:
            found = ", ".join(f"{n} {severity}" for severity, n in sorted(counts.items()))
            summary += "\n" + tr("Checks found: {found}.").format(found=found)
        else:
            summary += "\n" + tr("The checks found nothing to report.")
        details = [f"{note}" for note in resolution.reader_notes]
        details += [f"{d.severity.value} {d.paragraph} [{d.rule}] {d.message}" for d in diagnostics[:200]]
        self.window.statusBar().showMessage(summary.replace("\n", " "), 10000)
        self.dialogs.report(tr("Opened {name}").format(name=path.name), summary, "\n".join(details))

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
        path = Path(name).absolute()
        if path.suffix.lower() != ".docx":
            path = path.with_name(path.name + ".docx")
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
        self.update_title()
        return True

    def _write(self, path: Path) -> bool:
        resolution = self.window.resolution()
        try:
            self.writer(resolution, path, paper=self.settings.page_size)
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
        self.update_title()
        self.window.statusBar().showMessage(tr("Saved {path}").format(path=path), 5000)
        self.saved.emit(str(path))
        return True

    def export_submission(self) -> bool:
        """A clean .docx (no Drafter data) for the Secretariat; the document keeps its own file."""
        name = self.dialogs.save_file_name(self._suggested_name("-submission.docx"),
                                           tr("Export for submission"))
        if not name:
            return False
        path = Path(name).absolute()
        if path.suffix.lower() != ".docx":
            path = path.with_name(path.name + ".docx")
        if self.path is not None and path == self.path:
            self.dialogs.error(tr("Cannot export"),
                               tr("Choose another name: the export would replace the document itself."))
            return False
        try:
            self.exporter(self.window.resolution(), path, paper=self.settings.page_size)
        except Exception as error:
            self.dialogs.error(tr("Cannot export"), f"{path}: {error}")
            return False
        self.window.statusBar().showMessage(tr("Exported {path}").format(path=path), 5000)
        return True

    def _suggested_name(self, ending: str) -> str:
        if self.path is not None:
            return str(self.path.with_name(self.path.stem + ending))
        folder = Path(self.settings.recent_files[0]).parent if self.settings.recent_files else Path.home()
        return str(folder / (tr("Untitled resolution") + ending))

    # --- never losing work --------------------------------------------------------

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
        """At start-up: offer the work a crash left in the recovery folder; True if one was recovered."""
        for item in self.recovery.pending():
            name = Path(item.original).name if item.original else tr("Untitled resolution")
            when = time.strftime("%Y-%m-%d %H:%M", time.localtime(item.saved_at))
            answer = self.dialogs.ask_recovery(name, when)
            if answer == "discard":
                item.path.unlink(missing_ok=True)
            if answer != "recover":
                continue
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
            self._baseline = ""  # recovered work is unsaved work
            self.document.setModified(True)
            kept = self.autosave()  # under this window's key before the old file goes
            if kept is not None and kept != item.path:
                item.path.unlink(missing_ok=True)
            self.update_title()
            return True
        return False

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

    # --- settings -----------------------------------------------------------------

    def open_settings(self) -> bool:
        from drafter.gui.settings_dialog import SettingsDialog

        before = self.settings.interface_language
        changed = SettingsDialog.edit(self.window, self.settings)
        if not changed:
            return False
        self._save_settings()
        self.apply_settings()
        if self.settings.interface_language != before:
            self.window.statusBar().showMessage(
                tr("The interface language changes when Drafter starts again."), 8000)
        return True

    def apply_settings(self) -> None:
        self.set_autosave_interval(self.settings.autosave_seconds)
        checks = getattr(self.window, "checks", None)
        if checks is not None:
            checks.options.disabled_rules = set(self.settings.disabled_rules)
            checks.invalidate()
        grammar = getattr(self.window, "_grammar", None)  # the grammar bridge, when the window has one
        if grammar is not None and hasattr(grammar, "set_config"):
            from drafter.grammar import GrammarConfig

            grammar.set_config(GrammarConfig.from_settings(self.settings))

    # --- events: close, focus loss, drag and drop ---------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self.window and kind == QEvent.Type.Close:
            if not self.maybe_keep_changes():
                event.ignore()
                return True
            self.close_cleanly()
            return False
        if watched is self.window and kind == QEvent.Type.WindowDeactivate:
            self.autosave(wait=False)
            return False
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove) and _dropped_file(event) is not None:
            event.acceptProposedAction()
            return True
        if kind == QEvent.Type.Drop:
            path = _dropped_file(event)
            if path is not None:
                event.acceptProposedAction()
                QTimer.singleShot(0, lambda: self.open_path(path))  # not inside the drag's event loop
                return True
        return super().eventFilter(watched, event)


def _saved_by_drafter(path: Path | None) -> bool:
    from drafter.formats.docx.embedded_model import extract_model

    return path is not None and path.suffix.lower() == ".docx" and extract_model(path) is not None


def _dropped_file(event: QEvent) -> str | None:
    """The first local .docx/.txt file a drag carries, or None."""
    mime = event.mimeData() if hasattr(event, "mimeData") else None
    if mime is None or not mime.hasUrls():
        return None
    for url in mime.urls():
        if url.isLocalFile() and url.toLocalFile().lower().endswith(OPENABLE_SUFFIXES):
            return url.toLocalFile()
    return None


# --- start-up -------------------------------------------------------------------------


def attach(window: Any, settings: Settings | None = None, **options: Any) -> DocumentFileController:
    """Create the controller for ``window`` and keep it on ``window.files``."""
    controller = DocumentFileController(window, settings, **options)
    window.files = controller
    return controller


def install_interface_language(settings: Settings | None = None) -> list[str]:
    """Before the window is built: the interface language of the settings (problems returned)."""
    from drafter.gui.i18n import install_translators

    return install_translators((settings or Settings.load()).interface_language)


def start(window: Any, path: str | Path | None = None, resolution: Resolution | None = None
          ) -> DocumentFileController:
    """What ``drafter [FILE]`` does once the window is shown (with a new document).

    Installs the interface language and translates the window's own texts,
    offers crashed work back (recovering wins over FILE), opens FILE (or takes
    charge of it when the caller already read it as ``resolution``), then runs
    the test hooks.
    """
    from drafter.gui.i18n import install_translators, translate_window

    settings = getattr(window, "settings", None) or Settings.load()
    problems = install_translators(settings.interface_language)
    translate_window(window)
    controller = attach(window, settings)
    for problem in problems:
        window.statusBar().showMessage(problem, 8000)
    recovered = controller.offer_recovery()
    if path and recovered:
        notice = tr("{name} was not opened: the recovered work is shown instead.")
        window.statusBar().showMessage(notice.format(name=Path(path).name), 10000)
    if path and not recovered:
        if resolution is not None:
            controller.adopt(path, resolution)
        else:
            controller.open_path(path, ask=False)
    apply_test_hooks(window, controller)
    return controller


def apply_test_hooks(window: Any, controller: DocumentFileController) -> None:
    """DRAFTER_TEST_TYPE / DRAFTER_TEST_DUMP (see the module docstring); nothing when unset."""
    text = os.environ.get("DRAFTER_TEST_TYPE")
    dump = os.environ.get("DRAFTER_TEST_DUMP")
    if text:
        QTimer.singleShot(0, lambda: _type_at_end_of_first_paragraph(window.editor, text))
    if dump:
        QTimer.singleShot(0, lambda: _dump_and_quit(window, controller, Path(dump)))


def _type_at_end_of_first_paragraph(editor: Any, text: str) -> None:
    cursor = QTextCursor(editor.first_body_block())
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    editor.setTextCursor(cursor)
    editor.setFocus()
    for character in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(editor, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, character))


def _dump_and_quit(window: Any, controller: DocumentFileController, target: Path) -> None:
    payload = {
        "title": window.windowTitle(),
        "modified": controller.is_modified(),
        "path": str(controller.path or ""),
        "resolution": model_json.to_dict(window.resolution()),
    }
    target.write_text(json.dumps(payload, ensure_ascii=False), encoding="utf-8")
    controller.document.setModified(False)
    controller._baseline = controller._dump()
    window.close()
    QApplication.quit()
