"""The editor's "Compare with Base Text…" and "Export for Submission with Track Changes…".

The GA's guidelines ask for a draft based on an earlier resolution to be submitted
with every change shown as Word Track Changes against the official text, and
negotiators circulate the changes paragraph by paragraph. Both start from a base
text the drafter picks (.docx or .txt, read with :func:`drafter.read`) and the
text on the page (``window.resolution()``).

The window builds one :class:`CompareController` and places its two commands
(``controller.actions``) in its Compare menu, and "Export…" also in the File menu.
The controller uses what the window offers: ``resolution()``, ``editor``
(``snapshot()``, ``go_to()``, ``document()``), ``settings`` (``page_size``, and
``author_name`` when it has one), ``path``, ``files`` (the file layer, when
there is one), ``footnotes`` and ``statusBar()``.

Every file dialog and message goes through a :class:`CompareDialogs` object, so
tests answer with :class:`ScriptedCompareDialogs` instead of waiting in a modal
loop. A file that cannot be read or written ends in a one-line message naming the
file, never in a traceback.
"""

from __future__ import annotations

import getpass
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from drafter.comparison import Comparison, build_comparison
from drafter.core.model import Resolution
from drafter.errors import DrafterError, UnreadableFileError
from drafter.gui.compare_dialog import CompareDialog
from drafter.gui.compare_targets import Target
from drafter.gui.dialogs import chosen_path
from drafter.gui.plurals import plural

if TYPE_CHECKING:
    from drafter.gui.main_window import MainWindow

BASE_SUFFIXES = (".docx", ".txt", ".xml")


def tr(text: str) -> str:
    return QCoreApplication.translate("CompareActions", text)


class CompareDialogs(Protocol):
    """The questions and messages of the compare commands (replaceable in tests)."""

    def base_file_name(self, folder: str) -> str | None: ...

    def redline_file_name(self, suggested: str) -> str | None: ...

    def error(self, title: str, text: str) -> None: ...

    def information(self, title: str, text: str) -> None: ...

    def ask_renumbering(self, count: int) -> str | None: ...


class QtCompareDialogs:
    """The real file dialogs and message boxes, parented to the window."""

    def __init__(self, parent: QWidget) -> None:
        self.parent = parent

    def base_file_name(self, folder: str) -> str | None:
        kinds = tr("Resolutions (*.docx *.txt *.xml);;Word documents (*.docx);;Text files (*.txt);;"
                   "Akoma Ntoso XML (*.xml);;All files (*)")
        name, _ = QFileDialog.getOpenFileName(self.parent, tr("Choose the base text"), folder, kinds)
        return name or None

    def redline_file_name(self, suggested: str) -> str | None:
        name, _ = QFileDialog.getSaveFileName(self.parent, tr("Export with Track Changes"), suggested,
                                              tr("Word documents (*.docx)"))
        return name or None

    def error(self, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Close,
                          self.parent)
        box.setAccessibleName(title)
        box.exec()

    def information(self, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Close,
                          self.parent)
        box.setAccessibleName(title)
        box.exec()

    def ask_renumbering(self, count: int) -> str | None:
        """"track", "untracked" or None (Cancel): how to write the ``count`` renumbered labels."""
        box = QMessageBox(QMessageBox.Icon.Question, tr("Renumbered paragraphs"),
                          plural("%n paragraph(s) only changed number.", count),
                          QMessageBox.StandardButton.Cancel, self.parent)
        box.setInformativeText(tr(
            "Tracked, every new number is a change of its own in Word. Untracked, the file shows only "
            "your changes; but if someone rejects all changes in Word, the paragraphs keep their new "
            "numbers, which then no longer follow on."))
        track = box.addButton(tr("&Track the numbers"), QMessageBox.ButtonRole.AcceptRole)
        untracked = box.addButton(tr("Leave them &untracked"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(track)
        box.setAccessibleName(tr("Renumbered paragraphs"))
        box.exec()
        return {track: "track", untracked: "untracked"}.get(box.clickedButton())


@dataclass
class ScriptedCompareDialogs:
    """Answers from a script (``base`` and ``redline``: file names to give, in order, the
    last one repeating; None is "Cancel"); records every question and message."""

    base: list[str | None] = field(default_factory=list)
    redline: list[str | None] = field(default_factory=list)
    asked: list[tuple[str, str]] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)
    messages: list[tuple[str, str]] = field(default_factory=list)
    renumbering: list[str | None] = field(default_factory=lambda: ["track"])  # as before the question

    def _answer(self, question: str, queue: list[str | None], about: str) -> str | None:
        self.asked.append((question, about))
        if not queue:
            raise LookupError(f"no scripted answer for the {question!r} question ({about})")
        return queue.pop(0) if len(queue) > 1 else queue[0]

    def base_file_name(self, folder: str) -> str | None:
        return self._answer("base", self.base, folder)

    def redline_file_name(self, suggested: str) -> str | None:
        return self._answer("redline", self.redline, suggested)

    def error(self, title: str, text: str) -> None:
        self.errors.append((title, text))

    def information(self, title: str, text: str) -> None:
        self.messages.append((title, text))

    def ask_renumbering(self, count: int) -> str | None:
        return self._answer("renumbering", self.renumbering, str(count))


def author_name(settings: object | None) -> str:
    """Who the tracked changes are by: the settings' author name, else the person logged in
    (their full name where the system knows it), else "Drafter"."""
    configured = str(getattr(settings, "author_name", "") or "").strip()
    if configured:
        return configured
    try:
        login = getpass.getuser()
    except Exception:  # no user name in the environment (some services, containers)
        return "Drafter"
    try:
        import pwd

        full = pwd.getpwnam(login).pw_gecos.split(",")[0].strip()
    except (ImportError, KeyError):
        full = ""
    return full or login or "Drafter"


def read_base(path: str | Path) -> Resolution:
    """The base text, or :class:`DrafterError` with one line naming the file and the problem."""
    import drafter

    path = Path(path)
    try:
        base = drafter.read(path)
    except DrafterError:
        raise
    except Exception as error:  # a reader bug must still end in one clear line
        raise UnreadableFileError(path, f"cannot be read ({type(error).__name__}: {error})") from error
    if not base.paragraphs:
        raise UnreadableFileError(path, "no resolution paragraphs found (is this a resolution?)")
    return base


class CompareController(QObject):
    """The two commands and the list of changes for one window (see the module docstring)."""

    def __init__(self, window: MainWindow, dialogs: CompareDialogs | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.dialogs: CompareDialogs = dialogs if dialogs is not None else QtCompareDialogs(window)
        self.base: Resolution | None = None  # the base of the list shown
        self.base_path: Path | None = None
        self.dialog: CompareDialog | None = None
        self.comparison: Comparison | None = None
        self.actions: dict[str, QAction] = {}
        self._compared: tuple[object, ...] | None = None  # the page as it was compared
        self._last_folder: Path | None = None
        # Underlining check results also signals contentsChanged: whether the text
        # really changed is decided by comparing the model, once typing pauses.
        self._stale_timer = QTimer(self)
        self._stale_timer.setSingleShot(True)
        self._stale_timer.setInterval(400)
        self._stale_timer.timeout.connect(self.check_stale)
        window.editor.document().contentsChanged.connect(self._page_changed)
        self._action("compare_base", "Compare with &Base Text…", self.compare_with_base,
                     "Show the changes from an earlier text, paragraph by paragraph")
        self._action("export_track_changes", "Export for Submission with &Track Changes…",
                     self.export_with_track_changes,
                     "Write the text as a Word file with every change from a base text tracked")

    def _action(self, name: str, text: str, slot: Any, tip: str) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        action.setStatusTip(tip)
        action.setToolTip(text.replace("&", "").rstrip("…"))
        action.triggered.connect(lambda _=False: slot())
        self.actions[name] = action
        return action

    # --- what the window offers -----------------------------------------------------

    def document_path(self) -> Path | None:
        files = self.window.files  # the file layer knows the file even before the window does
        path = (files.path if files is not None else None) or self.window.path
        return Path(path) if path else None

    def _document_name(self) -> str:
        path = self.document_path()
        return path.name if path else tr("the text on the page")

    def _status(self, text: str, timeout: int = 6000) -> None:
        self.window.statusBar().showMessage(text, timeout)

    def _folder(self) -> str:
        """Where the base dialog starts: the last base's folder, else the document's."""
        if self._last_folder is not None:
            return str(self._last_folder)
        document = self.document_path()
        return str(document.parent if document else Path.home())

    def _language(self) -> str:
        """The list of changes on screen speaks the interface language (English without phrases)."""
        return self.window.settings.interface_language

    # --- the commands -----------------------------------------------------------------

    def compare_with_base(self) -> CompareDialog | None:
        """Ask for a base text and show the changes from it to the page."""
        picked = self._ask_base()
        if picked is None:
            return None
        self.base, self.base_path = picked
        return self.show_changes()

    def show_changes(self) -> CompareDialog | None:
        """Compare the page with the current base and show (or refresh) the list."""
        if self.base is None or self.base_path is None:
            return None
        try:
            with _busy():
                page = self.window.resolution()
                comparison = build_comparison(self.base, page, self._language())
        except Exception as error:  # a comparison bug must not take the drafter's work with it
            self.dialogs.error(tr("Cannot compare"), f"{self.base_path}: {type(error).__name__}: {error}")
            return None
        self.comparison = comparison
        self._compared = fingerprint(page)
        if self.dialog is None:
            self.dialog = CompareDialog(self.window)
            self.dialog.paragraph_requested.connect(self.go_to)
            self.dialog.save_requested.connect(self.save_redline)
            self.dialog.refresh_requested.connect(self.show_changes)
        self.dialog.show_comparison(self.comparison, self.base_path.name, self._document_name())
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        return self.dialog

    def export_with_track_changes(self) -> Path | None:
        """Ask for a base text and an output file; write the page as a redline against the base.

        The base picked here is for this export only: a list of changes already on
        screen keeps its own base for "Compare again" and "Save redline…"."""
        picked = self._ask_base()
        if picked is None:
            return None
        return self._export(*picked)

    def save_redline(self) -> Path | None:
        """Write the page as a redline against the base of the list (asks where)."""
        if self.base is None or self.base_path is None:
            return None
        return self._export(self.base, self.base_path)

    def _export(self, base: Resolution, base_path: Path) -> Path | None:
        suggested = self._suggested_output(base_path)
        name = self.dialogs.redline_file_name(str(suggested))
        if not name:
            return None
        target = chosen_path(name, ".docx")
        title = tr("Cannot export with Track Changes")
        for taken in (base_path, self.document_path()):
            if taken is not None and _same_file(target, taken):
                self.dialogs.error(title, tr("{path}: choose another name: this file is the base text "
                                             "or the document itself.").format(path=target))
                return None
        from drafter.redline.layout import renumbered_labels
        from drafter.redline.writer import write_comparison

        author = author_name(self.window.settings)
        paper = self.window.settings.page_size
        from drafter.redline.typeset import typeset_comparison

        # The export's UN typography on both texts, as the user's switches say (Settings).
        comparison = typeset_comparison(base, self.window.resolution(), self.window.settings.typography(),
                                        self._language())
        renumbered = renumbered_labels(comparison)
        track = True
        if renumbered:
            answer = self.dialogs.ask_renumbering(renumbered)
            if answer not in ("track", "untracked"):
                return None
            track = answer == "track"
        try:
            with _busy():  # write_comparison writes through drafter.storage.atomic.atomic_write
                marks = write_comparison(comparison, target, author=author, paper=paper,
                                         track_renumbering=track)
        except Exception as error:  # disk full, no permission, a writer bug: one line, nothing lost
            self.dialogs.error(title, f"{target}: {_reason(error)}")
            return None
        self._status(tr("Exported {path}: {changes}, {marks} in the file (author: {author})").format(
            path=target, changes=plural("%n change(s)", len(comparison.changes)),
            marks=plural("%n revision mark(s)", marks), author=author), 8000)
        return target

    def go_to(self, target: Target | None) -> bool:
        """Put the cursor on ``target`` (the changed words when the page still has them)."""
        snapshot = self.window.editor.snapshot()
        number = snapshot.blocks.get(target.address) if target is not None else None
        if target is None or number is None:
            self._status(tr("This change has no paragraph on the page to show."))
            return False
        start, end = target.start, target.end
        stale = self.dialog is not None and self.dialog.is_stale()
        if stale:
            start = end = 0  # the words may have moved: the paragraph itself is what we know
        notes = self.window.footnotes
        if target.footnote is not None and not stale:
            notes.refresh()
            notes.show_number(target.footnote)  # the mark in its paragraph, the text in the dock
            self.window.activateWindow()
            return True
        from drafter.gui.document_sync import block_span

        block_start, block_end = block_span(snapshot.marks.get(target.address, []), start, end)
        self.window.editor.go_to(number, block_start, block_end if block_end > block_start else None)
        self.window.activateWindow()  # the drafter goes on typing on the page
        return True

    # --- helpers ------------------------------------------------------------------

    def _ask_base(self) -> tuple[Resolution, Path] | None:
        """(base text, its path) picked and read, or None (cancelled, or told why not)."""
        name = self.dialogs.base_file_name(self._folder())
        if not name:
            return None
        path = Path(name).absolute()
        try:
            with _busy():
                base = read_base(path)
        except DrafterError as error:
            self.dialogs.error(tr("Cannot read the base text"), str(error))
            return None
        self._last_folder = path.parent
        return base, path

    def _suggested_output(self, base_path: Path) -> Path:
        document = self.document_path()
        stem = document.stem if document else base_path.stem
        folder = document.parent if document else base_path.parent
        return folder / f"{stem}-track-changes.docx"

    def _page_changed(self) -> None:
        if self.dialog is not None and self.dialog.isVisible() and not self.dialog.is_stale():
            self._stale_timer.start()

    def check_stale(self) -> bool:
        """Mark the list out of date if the page no longer says what was compared."""
        if self.dialog is None or self._compared is None:
            return False
        stale = fingerprint(self.window.resolution()) != self._compared
        self.dialog.set_stale(stale)
        return stale


def fingerprint(resolution: Resolution) -> tuple[object, ...]:
    """What a comparison depends on: heading, paragraphs (kind, level, text, marks), notes."""
    return (
        resolution.meta.title, resolution.formula,
        tuple((p.kind, p.level, p.text, tuple((r.number, r.offset) for r in p.footnote_refs))
              for p in resolution.paragraphs),
        tuple((n.number, n.text) for n in resolution.footnotes),
        tuple((a.title, tuple(a.paragraphs)) for a in resolution.annexes),
    )


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or (a.exists() and b.exists() and os.path.samefile(a, b))
    except OSError:
        return False


def _reason(error: Exception) -> str:
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    return str(error) or type(error).__name__


class _busy:
    """The wait cursor while reading, comparing or writing (a second or two at most)."""

    def __enter__(self) -> None:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def __exit__(self, *_: object) -> None:
        QApplication.restoreOverrideCursor()


# --- the window's controller ------------------------------------------------------------

def install_compare_actions(window: MainWindow, dialogs: CompareDialogs | None = None) -> CompareController:
    """The window's compare controller (``window.compare``), answering through ``dialogs`` when
    given (tests script the questions this way)."""
    controller = window.compare
    if dialogs is not None:
        controller.dialogs = dialogs
    return controller
