"""The parallel version's own checks: structure and style of the second page, in its language.

A slip typed in the other version (a preambular paragraph ending with ";", an opener that
does not agree) must be reported as it is on the main page. The second page gets its own
:class:`~drafter.gui.checking.CheckScheduler` (the main page's machinery: debounced after
an edit, run on a worker thread, the style rules cached paragraph by paragraph, failures
isolated), with the window's check options (the rules switched off in the settings, the
messages' language). The checks take the language from the version's own metadata.

Its diagnostics are underlined on the second page and listed in the Issues dock, each
labelled with the version's language ("FR PP3"), so that they are told apart from the
main page's ("PP3") and from the differences between the versions (``parallel-…``).
A labelled diagnostic keeps the page's own in ``data["page"]``: the jump, the quick fix,
"Ignore once" and "Disable rule" act on the second page with it, from the Issues dock or from
the page's own context menu. Changed settings (rules switched off) check the page again.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt

from drafter.checks.incremental import IncrementalChecker
from drafter.core.diagnostics import Diagnostic
from drafter.gui.checking import Checker, CheckScheduler
from drafter.gui.document_sync import DocumentSnapshot

if TYPE_CHECKING:
    from drafter.gui.main_window import MainWindow
    from drafter.gui.parallel_page import ParallelPage

SOURCE = "parallel-page"  # the Issues dock's list for these diagnostics (see IssuesDock.set_extra)


def page_checker(main: Checker) -> Checker:
    """The main page's kind of checker for the second page: a fresh incremental one (its
    caches belong to one document), or the same function when it keeps nothing (tests)."""
    return IncrementalChecker() if isinstance(main, IncrementalChecker) else main


def labelled(diagnostics: list[Diagnostic], language: str) -> list[Diagnostic]:
    """The page's diagnostics as the Issues dock lists them: "FR PP3", the page's own kept."""
    label = (language or "?").upper()
    return [dataclasses.replace(d, paragraph=f"{label} {d.paragraph}", source=SOURCE,
                                data={**d.data, "page": d}) for d in diagnostics]


class ParallelPageChecks(QObject):
    """Runs the checks on the second page and lists them in the window's Issues dock."""

    def __init__(self, window: MainWindow, page: ParallelPage) -> None:
        super().__init__(window)
        self.window = window
        self.page = page
        self.scheduler = CheckScheduler(page, page_checker(window.checks.checker), self)
        self.scheduler.options = window.checks.options  # one set of options: settings apply to both
        self.scheduler.failed.connect(lambda message: window.statusBar().showMessage(message, 8000))
        self.scheduler.checked.connect(self._list, Qt.ConnectionType.DirectConnection)
        self.active = True
        self.language = ""  # the version's, as its last check run read it
        hook = window.editor.diagnostic_menu_hook  # Fix, Ignore once, Disable rule: the window's
        if hook is not None:
            page.diagnostic_menu_hook = lambda menu, diagnostic: hook(menu, self.label(diagnostic))
        files = getattr(window, "files", None)
        if files is not None:  # after the window's own handler has set the options
            files.settings_changed.connect(lambda _: self.scheduler.invalidate())

    def start(self) -> None:
        """A version was loaded: check it soon (on the timer, so opening stays quick)."""
        self.active = True
        self.scheduler.invalidate()

    def stop(self) -> None:
        """The version was closed: nothing more is listed, and nothing is left from it."""
        self.active = False
        self.window.issues.set_extra(SOURCE, [])

    def _list(self, snapshot: DocumentSnapshot, diagnostics: list[Diagnostic]) -> None:
        self.language = snapshot.resolution.meta.language
        if self.active:
            self.window.issues.set_extra(SOURCE, labelled(diagnostics, self.language))

    def label(self, diagnostic: Diagnostic) -> Diagnostic:
        return labelled([diagnostic], self.language)[0]

    def owns(self, diagnostic: Diagnostic) -> bool:
        return diagnostic.source == SOURCE and isinstance(diagnostic.data.get("page"), Diagnostic)

    def go_to(self, diagnostic: Diagnostic) -> None:
        """The labelled diagnostic's span selected on the second page, the focus there."""
        located = self.page.locate(diagnostic.data["page"])
        if located is not None:
            self.page.go_to(*located)
