"""The French interface leaves no English behind: accessible names, the issues' menu and "Fix:"
tooltips, the severity words of the open report (the Find dialog: test_find_footnotes.py)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMenu

from drafter.gui import i18n
from support.files import make_editor


@pytest.mark.usefixtures("french")
def test_accessible_names_are_french(qtbot, tmp_path) -> None:
    window = make_editor(qtbot, tmp_path).window
    i18n.translate_window(window)
    assert window.editor.accessibleName() == "Texte de la résolution"
    assert window.issues.tree.accessibleName() == "Problèmes par gravité"
    assert window.position_label.accessibleName() == "Paragraphe en cours"


@pytest.mark.usefixtures("french")
def test_issue_menu_and_fix_tooltip_are_french(qtbot, tmp_path) -> None:
    window = make_editor(qtbot, tmp_path).window
    window.checks.run_now(force=True)  # the hyphen checker: one finding with a fix
    window.issues.select(0)
    assert window.issues.fix_button.toolTip().startswith("Corriger")
    shown = []

    def read_and_close() -> None:  # the menu runs its own loop: read it from inside, then close it
        menu = QApplication.activePopupWidget()
        if isinstance(menu, QMenu):
            shown.extend(action.text() for action in menu.actions())
            menu.close()
        else:
            QTimer.singleShot(50, read_and_close)

    QTimer.singleShot(50, read_and_close)
    item = window.issues.tree.currentItem()
    window.issues._menu(window.issues.tree.visualItemRect(item).center())
    assert shown and "Aller à" in shown and not [text for text in shown if text.startswith(("Fix", "Go to"))]


@pytest.mark.usefixtures("french")
def test_the_page_tooltip_of_an_issue_with_a_fix_is_french(qtbot, tmp_path) -> None:
    window = make_editor(qtbot, tmp_path).window
    window.checks.run_now(force=True)  # the hyphen checker: one finding with a fix
    tooltip = window.editor.tooltip_text(window.issues.diagnostics[0])
    assert "\nCorriger : " in tooltip and "Fix:" not in tooltip
