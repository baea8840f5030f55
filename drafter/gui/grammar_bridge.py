"""The editor's adapter to the grammar checker: work off the GUI thread, results on it.

Why a bridge: ``drafter.grammar`` has no Qt, and a LanguageTool server can take
seconds (or never answer), so the editor must never wait for it. ``request()``
returns at once; the check runs on the checker's worker thread; the finished report
crosses back to the GUI thread through a queued signal, and only the answer to the
latest request is delivered (older ones are cancelled by the generation counter).
Notices are emitted once each, when they change, so the status bar says plainly what
is and is not being checked without repeating itself on every keystroke.
"""

from __future__ import annotations

from collections.abc import Sequence
from concurrent.futures import Future

from PySide6.QtCore import QObject, Qt, Signal

from drafter.core.diagnostics import Diagnostic
from drafter.core.model import Paragraph, Resolution
from drafter.errors import DrafterError
from drafter.grammar import (
    CheckItem,
    GrammarChecker,
    GrammarConfig,
    GrammarReport,
    add_to_dictionary,
    ignore_rule,
    item_from_paragraph,
    items_from_resolution,
    suppress_for_document,
)


class GrammarBridge(QObject):
    """Grammar diagnostics for the editor; connect ``diagnostics_ready`` and ``notice``.

    ``GrammarBridge(window, config=GrammarConfig.from_settings(settings))``; without a
    config nothing leaves the computer (offline spelling only). Call ``request()``
    whenever the text settles (after the structural checks, for example), and
    ``shutdown()`` when the window closes.
    """

    # list[Diagnostic] (source "grammar") for the latest request: the whole list each time,
    # first partial (during a slow run, every config.progress_seconds), then final.
    diagnostics_ready = Signal(list)
    notice = Signal(str)  # what is and is not being checked (emitted when it changes)
    busy_changed = Signal(bool)
    _finished = Signal(object)  # internal: GrammarReport from the worker thread
    _progress = Signal(object)  # internal: partial GrammarReport from the worker thread

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        config: GrammarConfig | None = None,
        checker: GrammarChecker | None = None,
        ui_language: str = "en",
    ) -> None:
        super().__init__(parent)
        self.config = config or GrammarConfig()
        self.ui_language = ui_language
        self._checker = checker or GrammarChecker()
        self._owns_checker = checker is None
        self._said: list[str] = []  # the notices of the last finished run
        self._latest = 0
        self._busy = False
        self.diagnostics: list[Diagnostic] = []
        self._document: Resolution | None = None
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._progress.connect(self._deliver_partial, Qt.ConnectionType.QueuedConnection)

    # --- requests -------------------------------------------------------------

    def request(
        self, target: Resolution | Sequence[Paragraph] | Sequence[CheckItem], language: str | None = None,
    ) -> int:
        """Check a resolution (or its paragraphs) in the background; returns the request number."""
        self._document = target if isinstance(target, Resolution) else None
        if isinstance(target, Resolution):
            items = items_from_resolution(target)
            language = language or target.meta.language
        else:
            items = [t if isinstance(t, CheckItem) else item_from_paragraph(t) for t in target]
            items = [item for item in items if item.text.strip()]
        future = self._checker.submit(
            items, language or "en", self.config, ui_language=self.ui_language, on_progress=self._on_progress
        )
        self._latest = self._checker.generation
        self._set_busy(True)
        future.add_done_callback(self._on_done)
        return self._latest

    def set_config(self, config: GrammarConfig) -> None:
        """A new LanguageTool source or word list: pending results are dropped."""
        self.config = config
        self._checker.forget_failures()
        self.cancel()

    def cancel(self) -> None:
        self._checker.cancel()
        self._latest = self._checker.generation
        self._set_busy(False)

    @property
    def busy(self) -> bool:
        return self._busy

    # --- user actions -----------------------------------------------------------

    def add_to_dictionary(self, word: str) -> None:
        """Append to the user's word list and re-emit the diagnostics without that word."""
        try:
            self.diagnostics = add_to_dictionary(word, self.diagnostics, config=self.config)
        except DrafterError as error:  # the user's list cannot be written: say so, keep going
            self.notice.emit(str(error))
            return
        self.diagnostics_ready.emit(list(self.diagnostics))

    def ignore_rule(self, rule: str) -> None:
        """Stop showing a rule (the caller stores it in Settings.disabled_rules)."""
        self.diagnostics = ignore_rule(rule, self.diagnostics, config=self.config)
        self.diagnostics_ready.emit(list(self.diagnostics))

    def shutdown(self) -> None:
        self.cancel()
        if self._owns_checker:
            self._checker.close()

    # --- delivery ---------------------------------------------------------------

    def _on_done(self, future: Future[GrammarReport]) -> None:
        """Runs on the worker thread: hand the report over to the GUI thread."""
        if future.cancelled():
            return
        error = future.exception()
        report = GrammarReport(notices=[f"Grammar check failed: {error}"]) if error else future.result()
        try:
            self._finished.emit(report)
        except RuntimeError:  # the bridge was deleted while the check ran
            pass

    def _on_progress(self, report: GrammarReport) -> None:
        """Runs on the worker thread: first findings of a long, slow run."""
        try:
            self._progress.emit(report)
        except RuntimeError:  # the bridge was deleted while the check ran
            pass

    def _deliver_partial(self, report: GrammarReport) -> None:
        if report.generation != self._latest or not self._busy:
            return
        self.diagnostics = self._for_document(report.diagnostics)
        self.diagnostics_ready.emit(list(self.diagnostics))

    def _for_document(self, diagnostics: list[Diagnostic]) -> list[Diagnostic]:
        if self._document is None:
            return list(diagnostics)
        return suppress_for_document(self._document, diagnostics)

    def _deliver(self, report: GrammarReport) -> None:
        if report.cancelled or report.generation != self._latest:
            return  # an answer to an older request: the text has changed since
        self.diagnostics = self._for_document(report.diagnostics)
        for text in report.notices:  # say what changed since the last run, not every time
            if text not in self._said:
                self.notice.emit(text)
        self._said = list(report.notices)
        self.diagnostics_ready.emit(list(self.diagnostics))
        self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busy_changed.emit(busy)
