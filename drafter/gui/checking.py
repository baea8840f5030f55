"""Live checks, kept off the keystroke path.

Every edit restarts a short single-shot timer; only when the drafter pauses
(~300 ms) is the document read back into a Resolution and the checks run on a
worker thread (see
:mod:`drafter.checks.incremental` for what is cached between runs). Nothing is
re-run when the document revision has not changed (a cursor move, a click in a
dock); metadata edits outside the text call :meth:`CheckScheduler.invalidate`.
"""

from __future__ import annotations

import dataclasses
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from drafter.checks import CheckOptions
from drafter.checks.incremental import IncrementalChecker
from drafter.checks.pipeline import finish
from drafter.core.diagnostics import Diagnostic
from drafter.gui.document_sync import DocumentSnapshot

if TYPE_CHECKING:
    from drafter.gui.editor import ResolutionEditor

Checker = Callable[..., list[Diagnostic]]
DEBOUNCE_MS = 300


@dataclass
class CheckRun:
    """One finished run, handed from the worker thread to the GUI thread."""

    revision: int
    snapshot: DocumentSnapshot
    diagnostics: list[Diagnostic]
    seconds: float
    failures: dict[str, str]


class CheckScheduler(QObject):
    """Debounces edits and runs the checks; emits ``checked(snapshot, diagnostics)``.

    The timer path reads the document on the GUI thread (it must: Qt documents are
    not thread-safe) and runs the checks on a worker thread, so a long run never
    freezes typing; a result that arrives after the text changed again is dropped
    (a newer run is already scheduled). :meth:`run_now` runs synchronously, for
    commands that need fresh diagnostics (a quick fix) and for tests.
    """

    checked = Signal(object, list)
    failed = Signal(str)
    _finished = Signal(object)

    def __init__(self, editor: ResolutionEditor, checker: Checker | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.checker: Checker = checker or IncrementalChecker()
        self.options = CheckOptions()
        self.last_seconds = 0.0
        self._revision = -1
        self._stopped = False
        self._lock = threading.Lock()  # the checker keeps caches: one run at a time
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="drafter-checks")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.run_in_background)
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        editor.document().contentsChanged.connect(self.schedule)

    def schedule(self) -> None:
        if not self._stopped:
            self._timer.start()

    def stop(self) -> None:
        """No more runs (the window is closing)."""
        self._timer.stop()
        if not self._stopped:
            self._stopped = True
            self.editor.document().contentsChanged.disconnect(self.schedule)
            self._pool.shutdown(wait=False, cancel_futures=True)

    def is_stale(self) -> bool:
        return self._revision != self.editor.document().revision()

    def invalidate(self) -> None:
        """Something outside the text changed (metadata, ignored list): check again soon."""
        self._revision = -1
        self.schedule()

    def _compute(self, revision: int, snapshot: DocumentSnapshot, options: CheckOptions) -> CheckRun:
        with self._lock:
            started = time.perf_counter()
            failures: dict[str, str] = {}
            try:
                diagnostics = self.checker(snapshot.resolution, options)
                failures = dict(getattr(self.checker, "failures", None) or {})
            except Exception as error:  # a check family that crashes must not take the editor down
                failures = {"checks": f"{type(error).__name__}: {error}"}
                diagnostics = []
            diagnostics = finish(diagnostics, snapshot.resolution, options.disabled_rules)
            return CheckRun(revision, snapshot, diagnostics, time.perf_counter() - started, failures)

    def run_in_background(self) -> None:
        revision = self.editor.document().revision()
        if (revision == self._revision) or self._stopped:
            return
        snapshot = self.editor.snapshot()
        options = dataclasses.replace(self.options, disabled_rules=set(self.options.disabled_rules))
        future = self._pool.submit(self._compute, revision, snapshot, options)
        future.add_done_callback(self._hand_over)

    def _hand_over(self, future: Future) -> None:
        """Runs on the worker thread: queue the result for the GUI thread."""
        if future.cancelled() or future.exception() is not None:
            return
        try:
            self._finished.emit(future.result())
        except RuntimeError:  # the scheduler was deleted while the checks ran
            pass

    def _deliver(self, run: CheckRun) -> None:
        if self._stopped or run.revision != self.editor.document().revision():
            return  # the text changed since: a newer run is on its way
        self._apply(run)

    def run_now(self, force: bool = False) -> None:
        """Check at once, on this thread (fresh diagnostics before a command)."""
        self._timer.stop()
        revision = self.editor.document().revision()
        if revision == self._revision and not force:
            return
        self._apply(self._compute(revision, self.editor.snapshot(), self.options))

    def _apply(self, run: CheckRun) -> None:
        self.last_seconds = run.seconds
        if run.failures:
            self.failed.emit("Some checks are unavailable: " + "; ".join(
                f"{family} ({reason})" for family, reason in run.failures.items()))
        self._revision = run.revision
        self.show(run.diagnostics, run.snapshot)
        self.checked.emit(run.snapshot, run.diagnostics)

    def show(self, diagnostics: list[Diagnostic], snapshot: DocumentSnapshot) -> None:
        """Draw diagnostics on the page without this counting as an edit.

        Re-highlighting blocks bumps the document's revision and emits
        ``contentsChanged``; if that counted, every run would schedule the next one and
        the checks would never rest while diagnostics are shown.
        """
        document = self.editor.document()
        current = self._revision == document.revision()
        self.editor.show_diagnostics(diagnostics, snapshot)
        if current:
            self._revision = document.revision()
