"""Live checks, kept off the keystroke path.

Every edit restarts a short single-shot timer; only when the drafter pauses
(~300 ms) is the document read back into a Resolution and the checks run (see
:mod:`drafter.gui.incremental_checks` for what is cached between runs). Nothing is
re-run when the document revision has not changed (a cursor move, a click in a
dock); metadata edits outside the text call :meth:`CheckScheduler.invalidate`.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from drafter.checks import CheckOptions, occurrence_key
from drafter.core.diagnostics import Diagnostic
from drafter.gui.document_sync import DocumentSnapshot
from drafter.gui.incremental_checks import IncrementalChecker

Checker = Callable[..., list[Diagnostic]]
DEBOUNCE_MS = 300


def suppressed(diagnostics: list[Diagnostic], resolution, options: CheckOptions) -> list[Diagnostic]:
    """Drop ignored occurrences and disabled rules (the runner does it too; any checker may not)."""
    off = options.disabled_rules | set(resolution.meta.disabled_rules)
    ignored = set(resolution.ignored)
    return [d for d in diagnostics if d.rule not in off and occurrence_key(d, resolution) not in ignored]


class CheckScheduler(QObject):
    """Debounces edits and runs the checks; emits ``checked(snapshot, diagnostics)``."""

    checked = Signal(object, list)
    failed = Signal(str)

    def __init__(self, editor, checker: Checker | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.checker: Checker = checker or IncrementalChecker()
        self.options = CheckOptions()
        self.last_seconds = 0.0
        self._revision = -1
        self._stopped = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.run_now)
        editor.document().contentsChanged.connect(self.schedule)

    def schedule(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        """No more runs (the window is closing)."""
        self._timer.stop()
        if not self._stopped:
            self._stopped = True
            self.editor.document().contentsChanged.disconnect(self.schedule)

    def is_stale(self) -> bool:
        return self._revision != self.editor.document().revision()

    def invalidate(self) -> None:
        """Something outside the text changed (metadata, ignored list): check again soon."""
        self._revision = -1
        self.schedule()

    def run_now(self, force: bool = False) -> None:
        self._timer.stop()
        revision = self.editor.document().revision()
        if revision == self._revision and not force:
            return
        snapshot: DocumentSnapshot = self.editor.snapshot()
        started = time.perf_counter()
        try:
            diagnostics = self.checker(snapshot.resolution, self.options)
        except Exception as error:  # a check family that crashes must not take the editor down
            self.failed.emit(f"Checks failed: {type(error).__name__}: {error}")
            diagnostics = []
        self.last_seconds = time.perf_counter() - started
        failures = getattr(self.checker, "failures", None)
        if failures:
            self.failed.emit("Some checks are unavailable: " + "; ".join(
                f"{family} ({reason})" for family, reason in failures.items()))
        diagnostics = suppressed(diagnostics, snapshot.resolution, self.options)
        self._revision = revision
        self.editor.show_diagnostics(diagnostics, snapshot)
        self.checked.emit(snapshot, diagnostics)
