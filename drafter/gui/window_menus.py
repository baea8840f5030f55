"""The editor window's commands: the menu bar (Edit, Paragraph, Insert, Check, View,
Compare, Help), the structure toolbar and the page's paragraph context menu.

Every command is one QAction made by :func:`window_action`: it carries the window's
shortcut, is listed in ``window.actions_by_name`` (what tests, the context menu and
the other modules that add commands look commands up by) and is added to the window,
so that its shortcut works whichever menu shows it. Other modules add their own
menus and commands the same way (:mod:`drafter.gui.help_menu`,
:mod:`drafter.gui.negotiation_actions`); the File menu comes with the file layer.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMenu, QToolBar

from drafter.gui.i18n import window_tr as _tr
from drafter.gui.keyboard_nav import pane_actions
from drafter.gui.kinds import BlockKind
from drafter.gui.zoom import zoom_actions
from drafter.resources import resources_dir

if TYPE_CHECKING:
    from drafter.gui.main_window import MainWindow

Shortcut = str | QKeySequence.StandardKey | list[QKeySequence]


@dataclass(frozen=True)
class KindCommand:
    """One "make this paragraph a …" command of the Paragraph menu."""

    name: str  # the action's name in window.actions_by_name
    kind: BlockKind
    shortcut: str | None
    menu_text: str  # with a mnemonic, no two alike in the menu (Alt+P, letter)
    status_tip: str  # a whole sentence: an article is not glued to a kind name ("a operative")
    on_toolbar: bool = False


# The Paragraph menu's kinds, in the order they show.
KIND_COMMANDS = (
    KindCommand("kind_preambular", BlockKind.PREAMBULAR, "Ctrl+1", "&Preambular paragraph",
                "Make this a preambular paragraph", on_toolbar=True),
    KindCommand("kind_operative", BlockKind.OPERATIVE, "Ctrl+2", "&Operative paragraph",
                "Make this an operative paragraph", on_toolbar=True),
    KindCommand("kind_subparagraph", BlockKind.SUBPARAGRAPH, "Ctrl+3", "&Sub-paragraph",
                "Make this a sub-paragraph", on_toolbar=True),
    KindCommand("kind_heading", BlockKind.HEADING, "Ctrl+4", "Section &heading",
                "Make this a section heading", on_toolbar=True),
    KindCommand("kind_clause", BlockKind.CLAUSE, "Ctrl+5", "&Unnumbered clause",
                "Make this an unnumbered clause"),
    KindCommand("kind_preambular_item", BlockKind.PREAMBULAR_ITEM, None, "Preambular &item",
                "Make this a preambular item"),
    KindCommand("kind_closing", BlockKind.CLOSING, None, "C&losing line", "Make this a closing line"),
    KindCommand("kind_annex_title", BlockKind.ANNEX_TITLE, None, "&Annex title", "Make this an annex title"),
    KindCommand("kind_annex_text", BlockKind.ANNEX_TEXT, None, "Anne&x text", "Make this annex text"),
)
# The View menu's names of the docks (the docks' own toggle actions follow their titles, "Issues (3)").
DOCK_MENU_TEXT = {"OutlineDock": "&Outline", "IssuesDock": "&Issues", "FootnotesDock": "&Footnotes",
                  "MetadataDock": "&Document"}


def window_action(window: MainWindow, name: str, text: str, slot: Callable[..., object],
                  shortcut: Shortcut | None = None, menu: QMenu | None = None, tip: str = "") -> QAction:
    """A command of the window: named ``name`` (its icon is ``resources/icons/<name>.svg`` when
    there is one), in ``menu`` when given, and in ``window.actions_by_name``."""
    action = QAction(text, window)
    action.setObjectName(name)
    icon = resources_dir() / "icons" / f"{name}.svg"
    if icon.is_file():
        action.setIcon(QIcon(str(icon)))
    if shortcut is not None:
        action.setShortcuts(shortcut if isinstance(shortcut, list) else [QKeySequence(shortcut)])
    action.setStatusTip(tip or text.replace("&", ""))
    action.triggered.connect(slot)
    if menu is not None:
        menu.addAction(action)
    window.addAction(action)
    window.actions_by_name[name] = action
    return action


def build_menus(window: MainWindow) -> None:
    """The menu bar and the structure toolbar (``window.toolbar``), in the order they show."""
    _edit_menu(window)
    _paragraph_menu_and_toolbar(window)
    _insert_and_check_menus(window)
    _view_menu(window)
    _compare_menu(window)
    help_menu = window.menuBar().addMenu("&Help")
    help_menu.setObjectName("HelpMenu")  # other modules add to it (gui/help_menu.py)
    window_action(window, "shortcuts", "&Keyboard shortcuts", window.show_shortcuts,
                  QKeySequence.StandardKey.HelpContents, help_menu)
    # the editor handles Alt+Up/Down, Tab and Ctrl+Alt+F itself too; avoid ambiguous shortcuts
    for name in ("move_up", "move_down"):
        window.actions_by_name[name].setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)


def _edit_menu(window: MainWindow) -> None:
    edit = window.menuBar().addMenu("&Edit")
    editor = window.editor
    window_action(window, "undo", "&Undo", editor.undo, QKeySequence.StandardKey.Undo, edit)
    window_action(window, "redo", "&Redo", editor.redo, QKeySequence.StandardKey.Redo, edit)
    edit.addSeparator()
    window_action(window, "cut", "Cu&t", editor.cut_selection, QKeySequence.StandardKey.Cut, edit)
    window_action(window, "copy", "&Copy", editor.copy, QKeySequence.StandardKey.Copy, edit)
    window_action(window, "paste", "&Paste", editor.paste, QKeySequence.StandardKey.Paste, edit)
    edit.addSeparator()
    window_action(window, "find", "&Find…", lambda: window.find_replace(False),
                  QKeySequence.StandardKey.Find, edit)
    ctrl_h = QKeySequence("Ctrl+H")
    replace_keys = [ctrl_h, *(k for k in QKeySequence.keyBindings(QKeySequence.StandardKey.Replace)
                              if k != ctrl_h)]
    window_action(window, "replace", "Find and R&eplace…", lambda: window.find_replace(True),
                  replace_keys, edit)


def _paragraph_menu_and_toolbar(window: MainWindow) -> None:
    """The Paragraph menu (kind, level, moves) and the toolbar that repeats the main ones."""
    structure = window.menuBar().addMenu("&Paragraph")
    editor = window.editor
    toolbar = QToolBar("Structure", window)
    toolbar.setObjectName("StructureToolbar")
    toolbar.setAccessibleName("Structure toolbar")
    window.addToolBar(toolbar)
    window.toolbar = toolbar
    for command in KIND_COMMANDS:
        action = window_action(window, command.name, command.menu_text,
                               lambda _=False, k=command.kind: editor.set_kind(k),
                               command.shortcut, structure, command.status_tip)
        if command.on_toolbar:
            toolbar.addAction(action)
    structure.addSeparator()
    toolbar.addSeparator()
    window_action(window, "indent", "&Deeper level (Tab)", lambda: editor.change_level(+1), None, structure)
    window_action(window, "outdent", "Shallo&wer level (Shift+Tab)", lambda: editor.change_level(-1), None,
                  structure)
    toolbar.addAction(window_action(window, "move_up", "&Move paragraph up",
                                    lambda: editor.move_paragraph(-1), "Alt+Up", structure))
    toolbar.addAction(window_action(window, "move_down", "Move paragraph dow&n",
                                    lambda: editor.move_paragraph(1), "Alt+Down", structure))


def _insert_and_check_menus(window: MainWindow) -> None:
    bar = window.menuBar()
    insert = bar.addMenu("&Insert")
    window.toolbar.addSeparator()
    window.toolbar.addAction(window_action(window, "footnote", "&Footnote", window.insert_footnote,
                                           "Ctrl+Alt+F", insert))
    window_action(window, "insert_part", "&Part…", window.insert_part, "Ctrl+Alt+P", insert,
                  "Insert a part (A, B … or I, II …) with its title; numbering restarts in it")
    check = bar.addMenu("&Check")
    window_action(window, "check_now", "Check &now", lambda: window.checks.run_now(force=True), "F7", check)


def _view_menu(window: MainWindow) -> None:
    """The docks to show or hide, moving between panes (F6) and the zoom."""
    view = window.menuBar().addMenu("&View")
    view.setObjectName("ViewMenu")
    for dock in (window.outline, window.issues, window.footnotes, window.metadata):
        view.addAction(_dock_action(window, dock))
    view.addSeparator()
    for action in pane_actions(window, window.editor, window.docks_in_order):
        view.addAction(action)
        window.actions_by_name[action.objectName()] = action
    view.addSeparator()
    for action in zoom_actions(window, window.editor, window.show_zoom):
        view.addAction(action)
        window.actions_by_name[action.objectName()] = action
    window.editor.zoom_changed.connect(window.show_zoom)


def _compare_menu(window: MainWindow) -> None:
    """The commands of the compare controller and the parallel (language versions) view."""
    compare = window.menuBar().addMenu("Co&mpare")
    compare.setObjectName("CompareMenu")
    compare.setAccessibleName("Compare")
    for name, action in [*window.compare.actions.items(), *window.parallel.actions.items()]:
        compare.addAction(action)
        window.addAction(action)
        window.actions_by_name[name] = action


def _dock_action(window: MainWindow, dock: QDockWidget) -> QAction:
    """Show or hide ``dock`` from the View menu, under a name with a mnemonic that stays put."""
    toggle = dock.toggleViewAction()
    action = QAction(DOCK_MENU_TEXT[dock.objectName()], window)
    action.setObjectName("view_" + dock.objectName())
    action.setCheckable(True)
    action.setChecked(toggle.isChecked())
    toggle.toggled.connect(action.setChecked)
    action.triggered.connect(lambda _=False: toggle.trigger())
    window.actions_by_name[action.objectName()] = action
    return action


def add_paragraph_menu(window: MainWindow, menu: QMenu) -> None:
    """The paragraph commands (kind, level, move, footnote) in the page's context menu."""
    menu.addSeparator()
    kinds = menu.addMenu(_tr("Paragraph &kind"))
    for name, action in window.actions_by_name.items():
        if name.startswith("kind_"):
            kinds.addAction(action)
    for name in ("indent", "outdent", "move_up", "move_down", "footnote"):
        menu.addAction(window.actions_by_name[name])
