"""The file behind the page: one controller per window for its file commands and work safety.

One :class:`DocumentFileController` per window owns everything about the file
behind the page: its path, whether there are unsaved changes, the lock that stops
a second window from editing it, what it looked like on disk when we last read or
wrote it, the autosave into the recovery folder, and the questions to ask before
anything could be lost. Its parts, one job each:

- :mod:`drafter.gui.file_commands`: New, Open, Save, Save As, Export;
- :mod:`drafter.gui.autosave`: the autosave timer and the offer to recover;
- this module: the file's state, the File menu and recent files, the Settings
  command, and the window events it watches (close, focus loss, drag and drop);
- :mod:`drafter.gui.startup` and :mod:`drafter.gui.startup_hooks`: what
  ``drafter [FILE]`` does once the window is shown.

What the controller needs from the window: ``load_resolution(resolution, path)``
and ``path``; ``resolution()``, the document on the page (what Save writes);
``editor.document()``, whose ``isModified``/``setModified`` track text edits
(edits outside the text, such as the metadata panel or "Disable rule", are
noticed by comparing the model with the last saved one); ``statusBar()``.
What it offers back, which :meth:`MainWindow.use_files
<drafter.gui.main_window.MainWindow.use_files>` connects: the File menu
(``menu``, the QMenu named ``FileMenu``), its commands in ``actions`` as
``file_new``, ``file_open``, ``file_save``, ``file_save_as``, ``file_export``,
``file_settings``, ``file_close``, ``display_name()``/``is_modified()`` with the
``state_changed`` signal (the title), and ``settings_changed`` (the checks and
the grammar source follow the new settings).

The window's close event and focus loss are watched with an event filter (no
change to the window's own ``closeEvent``): closing asks about unsaved changes and
may be cancelled; losing focus autosaves. Every question goes through a
:class:`~drafter.gui.dialogs.Dialogs` object, so tests answer without modal loops.
``XDG_STATE_HOME`` (recovery folder) and ``DRAFTER_SETTINGS`` keep a test away from
the user's own files.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from drafter.core import model_json
from drafter.formats.docx.native_file import export_for_submission, save_document
from drafter.gui.autosave import WorkSafety
from drafter.gui.dialogs import dialogs_from_environment
from drafter.gui.file_commands import FileCommands, Writer
from drafter.gui.settings_dialog import SettingsDialog
from drafter.gui.settings_store import default_store
from drafter.settings import Settings
from drafter.storage.disk_state import DiskState
from drafter.storage.lock import DocumentLock
from drafter.storage.recovery import RecoveryStore

OPENABLE_SUFFIXES = (".docx", ".txt", ".xml")


def tr(text: str) -> str:
    return QCoreApplication.translate("DocumentFileController", text)


class DocumentFileController(FileCommands, WorkSafety, QObject):
    """File commands and work safety for one editor window (see the module docstring)."""

    opened = Signal(str)
    saved = Signal(str)
    autosave_failed = Signal(str)  # emitted from the autosave thread, shown in the status bar
    state_changed = Signal()  # the file's name or its unsaved state may have changed
    settings_changed = Signal(object)  # Settings, after the Settings dialog

    def __init__(self, window: Any, settings: Settings | None = None, *, dialogs: Any = None,
                 recovery: RecoveryStore | None = None, store: Any = None,
                 writer: Writer | None = None, exporter: Writer | None = None) -> None:
        """``store`` is the QSettings the settings are saved to (None: the user's own)."""
        super().__init__(window)
        self.window = window
        self.settings = settings if settings is not None else window.settings
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
        self._start_autosave(self.settings.autosave_seconds)

        window.installEventFilter(self)
        window.setAcceptDrops(True)
        window.editor.viewport().installEventFilter(self)
        self._build_menu()
        self.mark_saved()

    # --- state --------------------------------------------------------------------

    @property
    def document(self):
        return self.window.editor.document()

    def _dump(self) -> str:
        return model_json.dumps(self.window.resolution())

    def mark_saved(self) -> None:
        """The page as it is now is what the file holds."""
        self.document.setModified(False)
        self._baseline = self._dump()
        self._last_autosave = self._baseline
        self._changed()

    def is_modified(self) -> bool:
        """Unsaved changes: text edits, or anything else that changes the saved model."""
        if self.document.isModified():
            return True
        return self._dump() != self._baseline

    def display_name(self) -> str:
        return self.path.name if self.path else tr("Untitled resolution")

    def _changed(self) -> None:
        """The name or the unsaved state may have changed: the window updates its title."""
        self.state_changed.emit()

    def recovery_key(self) -> str:
        return self.recovery.key_for(str(self.path) if self.path else "", self.session_id)

    # --- menu ---------------------------------------------------------------------

    def _build_menu(self) -> None:
        menu = QMenu(tr("&File"), self.window)
        menu.setObjectName("FileMenu")
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
        self._add(menu, "file_settings", tr("Settin&gs…"), self.open_settings, keys.Preferences)
        menu.addSeparator()
        close = self._add(menu, "file_close", tr("&Close"), self.window.close, keys.Close)
        bindings = QKeySequence.keyBindings(keys.Close) + QKeySequence.keyBindings(keys.Quit)
        close.setShortcuts(sorted(bindings, key=lambda k: "F4" in k.toString()))  # Ctrl+W shown first
        self.menu = menu

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
        self.settings.save(self.store if self.store is not None else default_store())

    # --- settings -----------------------------------------------------------------

    def open_settings(self) -> bool:
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
        """The autosave interval here; the checks and the grammar source through ``settings_changed``."""
        self.set_autosave_interval(self.settings.autosave_seconds)
        self.settings_changed.emit(self.settings)

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


def _dropped_file(event: QEvent) -> str | None:
    """The first local .docx/.txt file a drag carries, or None."""
    mime = event.mimeData() if hasattr(event, "mimeData") else None
    if mime is None or not mime.hasUrls():
        return None
    for url in mime.urls():
        if url.isLocalFile() and url.toLocalFile().lower().endswith(OPENABLE_SUFFIXES):
            return url.toLocalFile()
    return None




def attach(window: Any, settings: Settings | None = None, **options: Any) -> DocumentFileController:
    """Create the file layer for ``window`` and give it to the window (``window.files``)."""
    controller = DocumentFileController(window, settings, **options)
    window.use_files(controller)
    return controller
