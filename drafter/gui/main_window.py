"""The editor window: the page in the middle, docks around it, commands in menus.

The window only wires things together, and it is the one place that does: it
builds the page (:mod:`drafter.gui.editor`), the check scheduler, the docks
(issues, outline, footnotes, metadata), the compare commands
(:mod:`drafter.gui.compare_actions`) and the grammar bridge, and hands each what it
needs in its constructor or connects it by signals. The file layer
(:mod:`drafter.gui.file_controller`: New/Open/Save, autosave, locks) is given to
the window with :meth:`MainWindow.use_files` (``drafter`` always does; tests of
the page alone leave it out): the window then shows its File menu and the file's
name and unsaved mark in the title. Commands are QActions with standard key
sequences where Qt has one, so that menus, the toolbar and shortcuts are the same
commands.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QWidget,
)

from drafter.checks import occurrence_key
from drafter.checks.pipeline import finish
from drafter.core.diagnostics import Diagnostic
from drafter.core.model import Resolution
from drafter.grammar import GrammarConfig
from drafter.gui import parts
from drafter.gui.akn_export import AknExport
from drafter.gui.checking import Checker, CheckScheduler
from drafter.gui.citation_completion import CitationCompleter
from drafter.gui.compare_actions import CompareController
from drafter.gui.completion import OpenerCompleter
from drafter.gui.document_sync import DocumentSnapshot
from drafter.gui.editor import ResolutionEditor
from drafter.gui.find_replace import FindReplaceDialog
from drafter.gui.footnotes_dock import FootnotesDock
from drafter.gui.grammar_bridge import GrammarBridge
from drafter.gui.i18n import window_tr as _tr
from drafter.gui.issues_dock import IssuesDock
from drafter.gui.kinds import HEADER_HINTS, KIND_NAMES, block_kind
from drafter.gui.metadata_dock import MetadataDock
from drafter.gui.negotiation_actions import NegotiationMode
from drafter.gui.outline_dock import OutlineDock
from drafter.gui.parallel_dock import ParallelController
from drafter.gui.references_dock import ReferencesDock
from drafter.gui.settings_store import load_settings
from drafter.gui.window_menus import add_paragraph_menu, build_menus
from drafter.settings import Settings

if TYPE_CHECKING:
    from drafter.gui.file_controller import DocumentFileController

SHORTCUTS = [
    "Enter: next paragraph of the same kind (on an empty (a): back one level)",
    "Tab / Shift+Tab: operative paragraph ↔ (a) ↔ (i); preambular paragraph ↔ item",
    "Alt+Up / Alt+Down: move the paragraph with its sub-paragraphs",
    "Ctrl+1 … Ctrl+5: preambular, operative, sub-paragraph, heading, unnumbered clause",
    "Ctrl+Alt+F: insert a footnote at the cursor",
    "Ctrl+Alt+P: insert a part (A, B … or I, II …) with its title; numbering restarts in it",
    "Ctrl+Space: opening phrases for this paragraph",
    "Ctrl+F / Ctrl+H: find / find and replace",
    "F7: check now",
    "Typing “3. ” or “(a) ” at the start of a paragraph sets its kind: numbers are drawn.",
]
SHORTCUTS_TEXT = "\n".join(SHORTCUTS)

DOCK_WIDTHS = (220, 240)  # left (outline, document) and right (issues, footnotes) at start
TOOLBAR_TEXT_WIDTH = 1400  # narrower windows show the toolbar's icons only (names in tooltips)


class MainWindow(QMainWindow):
    def __init__(self, checker: Checker | None = None, parent: QWidget | None = None, *,
                 settings: Settings | None = None, grammar: bool | QObject = True) -> None:
        """``checker`` replaces the check runner (tests); ``grammar=False`` leaves out
        spelling/grammar, and an object passed as ``grammar`` is used as the bridge
        (``request(resolution)``, ``diagnostics_ready``, ``notice``, ``shutdown()``)."""
        super().__init__(parent)
        self.settings = settings if settings is not None else load_settings()
        self.setObjectName("DrafterMainWindow")
        self.setAccessibleName("Drafter")
        self.path: Path | None = None
        self.files: DocumentFileController | None = None  # see use_files
        self._find_dialog: FindReplaceDialog | None = None  # made at the first Find
        self.editor = ResolutionEditor(self)
        self.setCentralWidget(self.editor)
        self.checks = CheckScheduler(self.editor, checker, self)
        self.checks.options.disabled_rules = set(self.settings.disabled_rules)
        self.editor.typography = self.settings.typography()
        self.checks.options.ui_language = self.settings.interface_language  # messages too
        self.checks.failed.connect(lambda message: self.statusBar().showMessage(message, 8000))
        self.editor.refused.connect(lambda message: self.statusBar().showMessage(message, 5000))
        self.editor.diagnostic_menu_hook = self._add_diagnostic_actions
        self.editor.context_menu_hook = lambda menu: add_paragraph_menu(self, menu)
        self.completer = OpenerCompleter(self.editor)
        self.citation_completer = CitationCompleter(self.editor)
        self.editor.document().modificationChanged.connect(lambda _: self._update_title())
        self.actions_by_name: dict[str, QAction] = {}
        self._build_docks()
        self.compare = CompareController(self)
        self.parallel = ParallelController(self)
        self.akn_export = AknExport(self)
        build_menus(self)
        self.negotiation = NegotiationMode(self)
        self._grammar = None
        self._grammar_snapshot = None
        self._structural: list[Diagnostic] = []
        if grammar:
            self._connect_grammar(None if grammar is True else grammar)
        self.position_label = QLabel(self)
        self.position_label.setAccessibleName("Current paragraph")
        self.statusBar().addPermanentWidget(self.position_label)
        self.editor.cursorPositionChanged.connect(self._show_position)
        # a key may change the paragraph's kind or level without moving the cursor (Enter on an empty (iii))
        self.editor.document().contentsChanged.connect(lambda: QTimer.singleShot(0, self._show_position))
        self.resize(1280, 900)
        self.statusBar().showMessage(_tr("Ready"))

    # --- documents ----------------------------------------------------------------

    def load_resolution(self, resolution: Resolution, path: Path | None = None) -> None:
        self.path = path
        self.editor.load(resolution)
        self.negotiation.follow(resolution)
        self.metadata.show_resolution(resolution)
        self.footnotes.refresh()
        self.checks.invalidate()  # first check run on the timer: opening stays fast
        self._update_title()

    def resolution(self) -> Resolution:
        """The document as the core model (what a save or an export writes)."""
        return self.editor.resolution()

    def _show_position(self) -> None:
        """The kind and number of the paragraph the cursor is in, in the status bar."""
        block = self.editor.textCursor().block()
        kind = block_kind(block)
        name = _tr(KIND_NAMES.get(kind) or HEADER_HINTS.get(kind, ""))
        label = self.editor.block_label(block)
        self.position_label.setText(f"{name} {label}".strip())

    def _update_title(self) -> None:
        """The file's name, and ``*`` when there are unsaved changes (the file layer's view, if any)."""
        if self.files is not None:
            name, modified = self.files.display_name(), self.files.is_modified()
        else:
            name = self.path.name if self.path else "Untitled resolution"
            modified = self.editor.document().isModified()
        self.setWindowTitle(f"{name}[*] — Drafter")
        self.setWindowModified(modified)

    # --- the file layer -----------------------------------------------------------

    def use_files(self, files: DocumentFileController) -> None:
        """Give the window its file layer: the File menu goes first, the title follows the file."""
        self.files = files
        bar = self.menuBar()
        bar.insertMenu(bar.actions()[0] if bar.actions() else None, files.menu)
        self.actions_by_name.update(files.actions)
        export = files.actions["file_export"]
        following = files.menu.actions()[files.menu.actions().index(export) + 1:]
        files.menu.insertAction(following[0] if following else None,
                                self.compare.actions["export_track_changes"])
        files.menu.insertAction(following[0] if following else None, self.akn_export.action)
        files.state_changed.connect(self._update_title)
        files.settings_changed.connect(self.apply_settings)
        self.checks.checked.connect(lambda *_: self._update_title())  # edits outside the text
        self._update_title()

    def apply_settings(self, settings: Settings) -> None:
        """Changed settings: the rules switched off everywhere and the LanguageTool source."""
        self.checks.options.disabled_rules = set(settings.disabled_rules)
        self.editor.typography = settings.typography()
        self.checks.invalidate()
        if self._grammar is not None and hasattr(self._grammar, "set_config"):
            self._grammar.set_config(GrammarConfig.from_settings(settings))

    # --- docks --------------------------------------------------------------------

    def _build_docks(self) -> None:
        self.outline = OutlineDock(self.editor, self)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.outline)
        self.metadata = MetadataDock(self.editor, self.checks, self)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.metadata)
        self.issues = IssuesDock(self.editor, self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.issues)
        self.footnotes = FootnotesDock(self.editor, self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.footnotes)
        self.references = ReferencesDock(self.editor, self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.references)
        self.issues.fix_requested.connect(self.apply_fix)
        self.issues.ignore_requested.connect(self.ignore_once)
        self.issues.disable_requested.connect(self.disable_rule)
        self.issues.footnote_requested.connect(self.footnotes.show_number)
        self.checks.checked.connect(self.issues.show_diagnostics)
        self.checks.checked.connect(lambda snapshot, _: self.outline.show_snapshot(snapshot))
        # Two docks a side, tabbed (the Document panel one click away behind the outline), and
        # narrow: at 1280 px the page keeps a full sheet's text column, at 1024 px a usable one.
        self.tabifyDockWidget(self.outline, self.metadata)
        self.tabifyDockWidget(self.issues, self.footnotes)
        self.tabifyDockWidget(self.issues, self.references)
        for front in (self.outline, self.issues):  # once the tab bars exist (Qt makes them on show)
            QTimer.singleShot(0, front.raise_)
        self.resizeDocks([self.outline, self.issues], list(DOCK_WIDTHS), Qt.Orientation.Horizontal)

    # --- menus (built by gui/window_menus.py) -------------------------------------

    def docks_in_order(self) -> list[QDockWidget]:
        """The docks as F6 visits them: left side, right side, then any dock made later."""
        fixed = [self.outline, self.metadata, self.issues, self.footnotes, self.references]
        return fixed + [dock for dock in self.findChildren(QDockWidget) if dock not in fixed]

    def show_zoom(self, percent: int) -> None:
        """The zoom just set, for a moment in the status bar."""
        self.statusBar().showMessage(_tr("Zoom: {percent} %").format(percent=percent), 2000)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The toolbar names its commands when there is room, and shows icons only when not."""
        wide = event.size().width() >= TOOLBAR_TEXT_WIDTH
        style = Qt.ToolButtonStyle.ToolButtonTextBesideIcon if wide else Qt.ToolButtonStyle.ToolButtonIconOnly
        if hasattr(self, "toolbar") and self.toolbar.toolButtonStyle() != style:
            self.toolbar.setToolButtonStyle(style)
        super().resizeEvent(event)

    # --- commands -----------------------------------------------------------------

    def show_shortcuts(self) -> None:
        """The structure keys, which a drafter coming from Word would not guess."""
        text = "\n".join(_tr(line) for line in SHORTCUTS)
        box = QMessageBox(QMessageBox.Icon.Information, _tr("Keyboard shortcuts"), text,
                          QMessageBox.StandardButton.Close, self)
        box.setAccessibleName("Keyboard shortcuts")
        box.setModal(False)
        box.show()
        self.shortcuts_box = box  # the last one shown (tests read its text)

    def insert_footnote(self) -> None:
        position = self.editor.insert_footnote()
        if position is not None:
            self.footnotes.refresh()
            self.footnotes.focus_mark(position, edit=True)  # type the note at once

    def find_replace(self, replace: bool) -> None:
        if self._find_dialog is None:
            self._find_dialog = FindReplaceDialog(self.editor, self, footnotes=self.footnotes)
        self._find_dialog.open_for(replace)

    def _target(self, diagnostic: Diagnostic) -> tuple[ResolutionEditor, CheckScheduler, Diagnostic]:
        """The page a diagnostic is on, that page's checks, and the diagnostic as they made it
        (the parallel version's are listed in the Issues dock under its language)."""
        return self.parallel.target(diagnostic) or (self.editor, self.checks, diagnostic)

    def apply_fix(self, diagnostic: Diagnostic) -> None:
        editor, checks, diagnostic = self._target(diagnostic)
        if checks.is_stale():
            checks.run_now()
            diagnostic = _same(diagnostic, editor.diagnostics) or diagnostic
        if editor.apply_fix(diagnostic):
            checks.run_now()
            self.statusBar().showMessage(_tr("Applied: {fix}").format(fix=diagnostic.fix.description), 4000)

    def ignore_once(self, diagnostic: Diagnostic) -> None:
        editor, checks, diagnostic = self._target(diagnostic)
        resolution = editor.snapshot_used.resolution if editor.snapshot_used else editor.resolution()
        key = occurrence_key(diagnostic, resolution)
        if key not in editor.base.ignored:  # an undoable edit (see editor.set_document_state)
            editor.set_document_state(ignored=[*editor.base.ignored, key])
        checks.invalidate()
        checks.run_now()

    def disable_rule(self, diagnostic: Diagnostic) -> None:
        editor, checks, diagnostic = self._target(diagnostic)
        rules = editor.base.meta.disabled_rules
        if diagnostic.rule not in rules:  # an undoable edit (see editor.set_document_state)
            editor.set_document_state(disabled_rules=[*rules, diagnostic.rule])
        checks.invalidate()
        checks.run_now()
        notice = _tr("Rule {rule} is off for this document").format(rule=diagnostic.rule)
        self.statusBar().showMessage(notice, 5000)

    def insert_part(self) -> bool:
        """Insert ▸ Part…: ask for the part's title, then insert it after this paragraph."""
        title, accepted = QInputDialog.getText(self, _tr("Insert a part"), _tr("Title of the part:"))
        if not accepted:
            return False
        return parts.insert_part(self.editor, title)

    def _add_diagnostic_actions(self, menu: QMenu, diagnostic: Diagnostic) -> None:
        first = menu.actions()[0] if menu.actions() else None
        added = []
        if diagnostic.fix is not None:
            fix = QAction(_tr("Fix: {fix}").format(fix=diagnostic.fix.description), menu)
            fix.triggered.connect(lambda: self.apply_fix(diagnostic))
            added.append(fix)
        word = str(diagnostic.data.get("word", "")) if diagnostic.data.get("spelling") else ""
        if word and self._grammar is not None and hasattr(self._grammar, "add_to_dictionary"):
            learn = QAction(_tr("Add “{word}” to the dictionary").format(word=word), menu)
            learn.triggered.connect(lambda: self._grammar.add_to_dictionary(word))
            added.append(learn)
        ignore = QAction(_tr("Ignore once"), menu)
        ignore.triggered.connect(lambda: self.ignore_once(diagnostic))
        disable = QAction(_tr("Disable rule {rule}").format(rule=diagnostic.rule), menu)
        disable.triggered.connect(lambda: self.disable_rule(diagnostic))
        added += [ignore, disable]
        for action in added:
            menu.insertAction(first, action)
        menu.insertSeparator(first)

    def _connect_grammar(self, bridge: QObject | None) -> None:
        """Grammar and spelling (the grammar bridge) after each structural check run."""
        try:
            if bridge is None:
                bridge = GrammarBridge(self, config=GrammarConfig.from_settings(self.settings),
                                       ui_language=self.settings.interface_language)
            self._grammar = bridge
        except Exception as error:  # a grammar source that cannot start must not stop the editor
            self.statusBar().showMessage(_tr("Grammar checks are off: {error}").format(error=error), 8000)
            self._grammar = None
            return
        self._grammar.notice.connect(lambda message: self.statusBar().showMessage(message, 8000))
        self._grammar.diagnostics_ready.connect(self._grammar_ready)
        self.checks.checked.connect(self._request_grammar)

    def _request_grammar(self, snapshot: DocumentSnapshot, diagnostics: list[Diagnostic]) -> None:
        self._structural = list(diagnostics)
        self._grammar_snapshot = snapshot
        if self._grammar is not None:
            self._grammar.request(snapshot.resolution)

    def _grammar_ready(self, diagnostics: list[Diagnostic]) -> None:
        """Merge grammar results, if they are about the text the page still shows."""
        snapshot = self._grammar_snapshot
        if snapshot is None or self.editor.snapshot_used is not snapshot or self.checks.is_stale():
            return
        options = self.checks.options
        merged = finish(self._structural + diagnostics, snapshot.resolution, options.disabled_rules)
        self.checks.show(merged, snapshot)
        self.issues.show_diagnostics(snapshot, merged)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.checks.stop()
        if self._grammar is not None:
            self._grammar.shutdown()
            self._grammar = None
        super().closeEvent(event)


def _same(diagnostic: Diagnostic, diagnostics: list[Diagnostic]) -> Diagnostic | None:
    for candidate in diagnostics:
        if (candidate.rule, candidate.paragraph, candidate.start, candidate.end) == (
            diagnostic.rule, diagnostic.paragraph, diagnostic.start, diagnostic.end
        ):
            return candidate
    return None
