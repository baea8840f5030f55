"""The other language version beside the page: Compare ▸ Open Parallel Version….

The dock holds the other version as a second, editable page
(:class:`~drafter.gui.parallel_page.ParallelPage`: the same editor as the main page, right
to left with the version's own numbering for Arabic), the two pages scrolled together with
the current paragraph highlighted on both (:mod:`drafter.gui.parallel_sync`), and the
consistency findings of :func:`drafter.parallel.parallel` below it and in the Issues dock,
each jumping to its paragraph on both pages. The alignment is redone after the page's own
checks run and, debounced, after an edit of the other version, on a worker thread, so it
follows typing on either side without a cost per keystroke or a pause. The other version
has its own structure and style checks (:mod:`drafter.gui.parallel_checks`), listed in the
Issues dock under its language; the alignment after an edit of that version uses the text
its checks just read. The other version is saved to its own file in its own format
(:mod:`drafter.gui.parallel_file`), kept in the recovery folder with the name of the page it
stands beside, and offered back beside it after a crash; closing the dock or the window asks
about its unsaved changes.
"""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QBrush, QCloseEvent, QColor
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from drafter.checks.pipeline import finish
from drafter.core.diagnostics import Diagnostic
from drafter.core.model import Resolution
from drafter.formats.reading import read_or_reason
from drafter.gui.checking import CheckScheduler
from drafter.gui.dialogs import Dialogs, dialogs_from_environment
from drafter.gui.document_sync import DocumentSnapshot
from drafter.gui.parallel_checks import ParallelPageChecks
from drafter.gui.parallel_file import ParallelFile
from drafter.gui.parallel_page import ParallelPage
from drafter.gui.parallel_sync import SHADES, AlignedPages
from drafter.gui.plurals import plural
from drafter.parallel import ParallelReport, parallel
from drafter.storage.recovery import Partner

if TYPE_CHECKING:
    from drafter.gui.main_window import MainWindow

# Aligning GA_76_72 English with French takes 230-280 ms here (parallel() alone; both pages read back
# in 30-40 ms more): too long for the GUI thread after every pause in typing, hence the worker.
_FINDING_ROLE = Qt.ItemDataRole.UserRole


def tr(text: str) -> str:
    return QCoreApplication.translate("ParallelDock", text)


class ParallelDock(QDockWidget):
    """The other version's page, its Save button and the findings; knows nothing of files."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Parallel version"), parent)
        self.setObjectName("ParallelDock")
        self.setAccessibleName(tr("Parallel version"))
        self.close_hook = lambda: True  # the controller's question about unsaved changes
        body = QWidget(self)
        split = QSplitter(Qt.Orientation.Vertical, body)
        self.page = ParallelPage(split)
        body.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # F6 lands on the page (keyboard_nav.first_focusable)
        body.setFocusProxy(self.page)
        self.findings = QListWidget(split)
        self.findings.setObjectName("ParallelFindings")
        self.findings.setAccessibleName(tr("Differences between the versions"))
        self.findings.setWordWrap(True)
        split.setStretchFactor(0, 5)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        header = QHBoxLayout()
        self.title = QLabel(body)
        self.title.setObjectName("ParallelTitle")
        self.title.setWordWrap(True)
        header.addWidget(self.title, 1)
        self.save_button = QPushButton(tr("&Save this version"), body)
        self.save_button.setObjectName("ParallelSave")
        self.save_button.setToolTip(tr("Save the parallel version to its own file (Ctrl+S in its page)"))
        header.addWidget(self.save_button)
        layout.addLayout(header)
        layout.addWidget(split)
        self.setWidget(body)

    def show_report(self, report: ParallelReport, name: str, modified: bool) -> None:
        """The summary line and the findings list (each item keeps its finding)."""
        languages = " / ".join(language.upper() for language in report.languages)
        self.title.setText(tr("{name} ({languages}): {aligned}, {differences}").format(
            name=name + (" *" if modified else ""), languages=languages,
            aligned=plural("%n paragraph(s) aligned", report.aligned),
            differences=plural("%n difference(s)", len(report.findings))))
        self.findings.clear()
        for finding in report.findings:
            where = " / ".join(address or "—" for address in (finding.a, finding.b))
            item = QListWidgetItem(f"{where}: {finding.message}")
            item.setData(_FINDING_ROLE, (finding.a, finding.b))
            item.setBackground(QBrush(SHADES.get(finding.severity.value, QColor(Qt.GlobalColor.white))))
            self.findings.addItem(item)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.close_hook():
            event.ignore()
            return
        super().closeEvent(event)


@dataclass
class _Job:
    """One alignment: both texts as read on the GUI thread, the report made on the worker."""

    mine: DocumentSnapshot
    theirs: DocumentSnapshot
    language: str
    generation: int  # the controller's count of alignments asked for, when this one was
    file: ParallelFile
    report: ParallelReport | None = None
    error: str = ""


class ParallelController(QObject):
    """Opens, aligns, jumps, saves and guards the other version (see the module docstring)."""

    _aligned = Signal(object)  # a _Job, from the worker thread
    _notice = Signal(str)  # a failed autosave, from the worker thread

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.file: ParallelFile | None = None
        self.report: ParallelReport | None = None
        self.dock: ParallelDock | None = None
        self.pages: AlignedPages | None = None
        self.page_checks: ParallelPageChecks | None = None
        self.blocks: tuple[dict[str, int], dict[str, int]] = ({}, {})
        self._dialogs: Dialogs | None = None
        self.action = QAction(tr("Open &Parallel Version…"), window)
        self.action.setObjectName("open_parallel")
        self.action.setStatusTip(
            tr("Show another language version of this resolution beside it, aligned and checked"))
        self.action.triggered.connect(lambda _=False: self.open_parallel())
        self.save_action = QAction(tr("Save Pa&rallel Version"), window)
        self.save_action.setObjectName("save_parallel")
        self.save_action.setStatusTip(tr("Save the parallel version to its own file, in its own format"))
        self.save_action.setEnabled(False)
        self.save_action.triggered.connect(lambda _=False: self.save())
        self.actions = {"open_parallel": self.action, "save_parallel": self.save_action}
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="drafter-parallel")
        self._generation = 0
        self._autosaved: tuple[ParallelFile, int] | None = None  # the file and revision last kept
        self._aligned.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._notice.connect(lambda text: window.statusBar().showMessage(text, 8000),
                             Qt.ConnectionType.QueuedConnection)
        window.checks.checked.connect(lambda snapshot, _: self.schedule(snapshot))
        window.issues.jumped.connect(self._issue_jumped)

    @property
    def page(self) -> ParallelPage | None:
        return self.dock.page if self.dock is not None else None

    @property
    def dialogs(self) -> Dialogs:
        """The file layer's dialogs when the window has one (tests script them), else real ones."""
        files = getattr(self.window, "files", None)
        if files is not None:
            return files.dialogs
        if self._dialogs is None:
            self._dialogs = dialogs_from_environment(self.window)
        return self._dialogs

    # --- opening and closing ------------------------------------------------------

    def open_parallel(self, path: str | Path | None = None) -> ParallelDock | None:
        """Read another version (asked for when ``path`` is None) and show it aligned."""
        if not self.maybe_keep_changes():
            return None
        if path is None:
            folder = str(self.window.path.parent) if self.window.path else str(Path.home())
            path, _ = QFileDialog.getOpenFileName(self.window, tr("Open parallel version"), folder,
                                                  tr("Resolutions (*.docx *.txt *.xml);;All files (*)"))
            if not path:
                return None
        other, problem = read_or_reason(path)
        if other is None:
            self.window.statusBar().showMessage(problem, 8000)
            return None
        return self.show_version(other, Path(path))

    def show_version(self, other: Resolution, path: Path) -> ParallelDock:
        """``other`` (the version read from ``path``, or its recovered edits) beside the page."""
        dock = self._dock()
        files = getattr(self.window, "files", None)
        self.file = ParallelFile(path, self.dialogs, self.window.settings.page_size,
                                 files.recovery if files is not None else None,
                                 files.session_id if files is not None else "")
        dock.page.load(other)
        self.save_action.setEnabled(True)
        dock.show()
        dock.raise_()
        self.refresh()
        self.page_checks.start()
        return dock

    def _dock(self) -> ParallelDock:
        if self.dock is not None:
            return self.dock
        window = self.window
        dock = self.dock = ParallelDock(window)
        _place_beside_the_page(window, dock)
        dock.close_hook = self._closing
        dock.page.take_over(window.actions_by_name)
        dock.page.typography = window.editor.typography
        dock.page.save_requested.connect(self.save)
        self.page_checks = ParallelPageChecks(window, dock.page)
        # realigned after each pause in the typing there, with the text its checks read
        self.page_checks.scheduler.checked.connect(lambda snapshot, _: self.schedule(theirs=snapshot))
        dock.page.document().modificationChanged.connect(lambda _: self._show_title())
        dock.save_button.clicked.connect(lambda _=False: self.save())
        dock.findings.itemActivated.connect(self._finding_activated)
        dock.findings.itemClicked.connect(self._finding_activated)
        self.pages = AlignedPages(window.editor, dock.page, self)
        window.installEventFilter(self)  # after the file layer's: asked first when the window closes
        files = getattr(window, "files", None)
        if files is not None:
            files.autosave_timer.timeout.connect(self.autosave)  # the same rhythm as the main page's
        return dock

    def _closing(self) -> bool:
        """The dock's close button: ask about unsaved changes, then forget the other version."""
        if not self.maybe_keep_changes():
            return False
        self.file = self.report = None
        self.save_action.setEnabled(False)
        if self.pages is not None:
            self.pages.clear()
        self.page_checks.stop()
        self.window.issues.set_extra("parallel", [])
        return True

    def maybe_keep_changes(self) -> bool:
        """True when the other version may be closed or replaced (saved, discarded or clean)."""
        if self.page is None or self.file is None or not self.page.document().isModified():
            return True
        answer = self.dialogs.ask_unsaved(self.file.path.name)
        if answer == "save":
            return self.save() is not None
        if answer == "discard":
            self._pool.submit(self.file.forget)
            return True
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close and not self.maybe_keep_changes():
            event.ignore()
            return True
        if watched is self.window and event.type() == QEvent.Type.WindowDeactivate:
            self.autosave()
        return super().eventFilter(watched, event)

    def autosave(self) -> None:
        """Keep unsaved edits of the other version in the recovery folder (read here, written on
        the worker thread, in order with the alignments)."""
        page, file = self.page, self.file
        if page is None or file is None or not page.document().isModified():
            return
        if self._autosaved == (file, page.document().revision()):
            return
        self._autosaved = (file, page.document().revision())
        kept = self._pool.submit(file.keep, page.resolution(), self.partner())
        kept.add_done_callback(self._autosaved_or_not)

    def partner(self) -> Partner:
        """The document on the page, as the autosave of the other version names it."""
        files = getattr(self.window, "files", None)
        if files is None:
            return Partner(str(self.window.path or ""), "")
        return Partner(str(files.path or ""), files.recovery_key())

    def _autosaved_or_not(self, future: Future) -> None:
        """Runs on the worker thread: a failed autosave is said in the status bar, never silent."""
        if not future.cancelled() and future.exception() is None and future.result():
            try:
                self._notice.emit(future.result())
            except RuntimeError:  # the window was closed meanwhile
                pass

    # --- saving -------------------------------------------------------------------

    def save(self) -> Path | None:
        """Save the other version to its own file (see :mod:`drafter.gui.parallel_file`)."""
        if self.page is None or self.file is None:
            return None
        if self.file.in_place and not self.page.document().isModified():
            return self.file.path  # nothing to write: the file keeps its own layout
        written = self.file.save(self.page.resolution())
        if written is not None:
            self._pool.submit(self.file.forget)  # after any autosave still being written
            self.page.document().setModified(False)
            self._show_title()
            self.window.statusBar().showMessage(tr("Saved {path}").format(path=written), 5000)
        return written

    # --- alignment ----------------------------------------------------------------

    def refresh(self, snapshot: DocumentSnapshot | None = None) -> None:
        """Align the page (``snapshot``, or as it is now) with the other version, at once."""
        job = self._job(snapshot)
        if job is not None:
            self._apply(self._align(job))

    def schedule(self, snapshot: DocumentSnapshot | None = None,
                 theirs: DocumentSnapshot | None = None) -> None:
        """The same on the worker thread (after either page's checks, which follow its edits):
        typing never waits for the alignment; a result that arrives after a newer alignment was
        asked for is dropped (every edit on either side asks for one, so the newest is shown)."""
        job = self._job(snapshot, theirs)
        if job is not None:
            self._pool.submit(self._align, job).add_done_callback(self._hand_over)

    def _job(self, snapshot: DocumentSnapshot | None, theirs: DocumentSnapshot | None = None) -> _Job | None:
        """Both pages read back on the GUI thread (Qt documents are not thread-safe), unless a
        check run has just read one of them."""
        if self.file is None or self.page is None or self.pages is None:
            return None
        mine = snapshot if snapshot is not None else self.window.editor.snapshot()
        theirs = theirs if theirs is not None else self.page.snapshot()
        self.page.snapshot_used = theirs
        self._generation += 1
        return _Job(mine, theirs, self.window.settings.interface_language, self._generation, self.file)

    @staticmethod
    def _align(job: _Job) -> _Job:
        try:
            job.report = parallel(job.mine.resolution, job.theirs.resolution, job.language)
        except Exception as error:  # an alignment bug must not take the drafter's work with it
            job.error = f"{job.file.path.name}: {type(error).__name__}: {error}"
        return job

    def _hand_over(self, future: Future) -> None:
        """Runs on the worker thread: queue the result for the GUI thread."""
        if future.cancelled() or future.exception() is not None:
            return
        try:
            self._aligned.emit(future.result())
        except RuntimeError:  # the window was closed while aligning
            pass

    def _deliver(self, job: _Job) -> None:
        if self.page is not None and job.file is self.file and job.generation == self._generation:
            self._apply(job)

    def _apply(self, job: _Job) -> None:
        if job.error:
            self.window.statusBar().showMessage(job.error, 8000)
        if job.report is None or self.pages is None:
            return
        self.report = job.report
        self.blocks = (dict(job.mine.blocks), dict(job.theirs.blocks))
        severities = {(f.a, f.b): f.severity.value for f in self.report.findings}
        self.pages.set_alignment(self.report.pairs, *self.blocks, severities)
        self._show_title()
        # "Ignore once" and "Disable rule" in the Issues dock apply to these findings as to the checks'
        shown = finish(self._as_diagnostics(self.report), job.mine.resolution,
                       self.window.checks.options.disabled_rules)
        self.window.issues.set_extra("parallel", shown)

    def _show_title(self) -> None:
        if self.dock is not None and self.report is not None and self.file is not None:
            self.dock.show_report(self.report, self.file.path.name, self.page.document().isModified())

    def _as_diagnostics(self, report: ParallelReport) -> list[Diagnostic]:
        """The findings in the Issues dock, at this version's address (the other's in the text);
        ``data`` keeps both, for the jump to both pages."""
        other = report.languages[1].upper()
        return [Diagnostic(f.rule, f.severity, f.a or "DOC", 0, 0,
                           f"{f.message} ({other}: {f.b})" if f.b and f.b != f.a else f.message,
                           source="parallel", data={"a": f.a, "b": f.b})
                for f in report.findings]

    # --- jumps --------------------------------------------------------------------

    def go_to(self, a: str | None, b: str | None) -> None:
        """Paragraph ``a`` on the page and ``b`` in the other version, both shown and highlighted;
        a side without its address shows where the missing paragraph would be."""
        if self.page is None or self.pages is None:
            return
        blocks_a, blocks_b = self.blocks
        first = blocks_a.get(a or "")
        second = blocks_b.get(b or "")
        if first is None and second is not None:
            first = self.pages.aligned_block(self.page, second)
        if second is None and first is not None:
            second = self.pages.aligned_block(self.window.editor, first)
        self.pages.enabled = False  # each page is placed here; no following while they move
        try:
            if second is not None:
                _show_block(self.page, second)
            if first is not None:
                _show_block(self.window.editor, first)
        finally:
            self.pages.enabled = True
        self.pages.highlight(first, second)

    def _finding_activated(self, item: QListWidgetItem) -> None:
        a, b = item.data(_FINDING_ROLE)
        self.go_to(a, b)
        self.window.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def _issue_jumped(self, diagnostic: Diagnostic) -> None:
        if diagnostic.source == "parallel":
            self.go_to(diagnostic.data.get("a"), diagnostic.data.get("b"))
        elif self.page_checks is not None and self.page_checks.owns(diagnostic):
            self.page_checks.go_to(diagnostic)

    def target(self, diagnostic: Diagnostic) -> tuple[ParallelPage, CheckScheduler, Diagnostic] | None:
        """For a diagnostic of the other version's checks: its page, its checks and the page's own
        diagnostic (what the quick fix, "Ignore once" and "Disable rule" act on); else None."""
        checks = self.page_checks
        if checks is None or not checks.owns(diagnostic):
            return None
        return checks.page, checks.scheduler, diagnostic.data["page"]


def _place_beside_the_page(window: MainWindow, dock: ParallelDock) -> None:
    """The dock between the page and the Issues column, full height, as wide as what the page
    keeps: the two versions side by side, the Issues (with Footnotes and References) still at hand."""
    # Added beside the right column, then the Issues moved right of it, their tabs (Footnotes,
    # References, the Guide that Help keeps hidden) with them again. A split *of* the Issues with a
    # hidden tab in their group left the whole column blank (Qt keeps a placeholder for it).
    guide = getattr(window, "guide", None)
    tabs = [*window.tabifiedDockWidgets(window.issues), *([guide] if guide is not None else [])]
    tabbed = [(other, other.isVisibleTo(window)) for other in dict.fromkeys(tabs)]
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock, Qt.Orientation.Horizontal)
    window.splitDockWidget(dock, window.issues, Qt.Orientation.Horizontal)
    for other, shown in tabbed:
        window.tabifyDockWidget(window.issues, other)
        other.setVisible(shown)
    window.issues.raise_()
    def share() -> None:  # once the layout has the new column (Qt sizes it on the next pass)
        sides = window.outline.width() + window.issues.width()
        window.resizeDocks([dock], [max(320, (window.width() - sides) // 2)], Qt.Orientation.Horizontal)

    share()
    QTimer.singleShot(0, share)


def _show_block(page: ParallelPage | QWidget, number: int) -> None:
    """The cursor at the start of block ``number``, the block a third of the way down the view."""
    block = page.document().findBlockByNumber(number)
    if not block.isValid():
        return
    cursor = page.textCursor()
    cursor.setPosition(block.position())
    page.setTextCursor(cursor)
    top = page.document().documentLayout().blockBoundingRect(block).top()
    page.verticalScrollBar().setValue(round(top - page.viewport().height() / 3))
