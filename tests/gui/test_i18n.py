"""The French interface: translations built from the .ts source, installed, and shown in the window."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel

from drafter.gui import i18n
from support.editor import block_with, put_cursor, sample_resolution
from support.files import make_editor
from support.i18n import GUI, painted_texts, tr_calls, ts_messages

TRANSLATED_MODULES = ["file_controller.py", "file_commands.py", "dialogs.py", "new_dialog.py",
                      "settings_dialog.py", "references_dock.py"]


@pytest.mark.parametrize("module", TRANSLATED_MODULES)
def test_every_interface_string_has_a_french_translation(module) -> None:
    messages = ts_messages()
    context, texts = tr_calls(GUI / module)
    assert len(texts) >= 5
    missing = [text for text in texts if not messages.get((context, text))]
    assert missing == []


def test_translations_keep_their_placeholders_and_accelerators() -> None:
    for (_, source), target in ts_messages().items():
        assert sorted(re.findall(r"\{\w+\}", source)) == sorted(re.findall(r"\{\w+\}", target)), source
        assert ("&" in source) == ("&" in target), source


def test_the_source_compiles_with_lrelease(tmp_path) -> None:
    target = tmp_path / "fr.qm"
    i18n.compile_translation(i18n.translation_source("fr"), target)
    assert target.stat().st_size > 1000
    assert i18n.available_languages() == ["en", "fr"]


def test_french_interface_shows_french_menus_and_commands(qtbot, tmp_path, french) -> None:
    editor = make_editor(qtbot, tmp_path)
    i18n.translate_window(editor.window)
    window = editor.window
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles[:6] == ["&Fichier", "É&dition", "&Paragraphe", "&Insertion", "&Vérification", "&Affichage"]
    names = window.actions_by_name
    assert names["file_save"].text() == "&Enregistrer"
    assert names["file_save_as"].text() == "Enregistrer so&us…"
    assert names["undo"].text() == "&Annuler"
    assert names["kind_operative"].text() == "Paragraphe du &dispositif"
    assert window.outline.windowTitle() == "Plan"
    window.checks.run_now(force=True)  # the window retitles the issues dock with a count: still French
    assert re.fullmatch(r"Problèmes \(\d+\)", window.issues.windowTitle())
    labels = {label.text() for label in window.metadata.findChildren(QLabel)}
    assert {"&Organe", "Auteurs", "Date d’adoption"} <= labels
    assert window.windowTitle() == "Résolution sans titre[*] — Drafter"
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)  # Qt's own strings too
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Annuler"


def test_every_menu_command_of_the_window_is_translated(qtbot, tmp_path, french) -> None:
    """A command added to the window without a French translation shows up here by name.

    Fix: add the English text and its French to the ``MainWindow`` context of
    ``resources/translations/drafter_fr.ts`` (or edit it with pyside6-linguist).
    """
    editor = make_editor(qtbot, tmp_path)
    i18n.translate_window(editor.window)
    french_texts = set(ts_messages().values())
    shown = [action.text() for menu_action in editor.window.menuBar().actions()
             for action in menu_action.menu().actions() if not action.isSeparator() and action.menu() is None]
    assert len(shown) > 25
    words = [re.sub(r" \(\d+\)$", "", text) for text in shown]  # "Notes de bas de page (1)"
    assert [text for text in words if text not in french_texts] == []


def test_settings_and_new_dialogs_in_french(qtbot, french) -> None:
    from drafter.gui.dialogs import NewDocumentChoice
    from drafter.gui.new_dialog import NewDocumentDialog
    from drafter.gui.settings_dialog import SettingsDialog
    from drafter.settings import Settings

    settings_dialog = SettingsDialog(Settings())
    qtbot.addWidget(settings_dialog)
    assert settings_dialog.windowTitle() == "Paramètres"
    assert settings_dialog.page.itemText(0) == "Lettre"
    new = NewDocumentDialog(NewDocumentChoice(*_defaults()))
    qtbot.addWidget(new)
    assert new.windowTitle() == "Nouvelle résolution"
    assert new.organ.itemText(2) == "Conseil de sécurité"


def _defaults():
    from drafter.core.model import DocumentStatus, Organ

    return Organ.GA, DocumentStatus.DRAFT, "fr"


def test_drafter_started_with_the_french_setting_speaks_french(tmp_path, monkeypatch, qapp) -> None:
    """``drafter`` itself: the interface language comes from the settings file at start-up."""
    from drafter.gui import launch

    (tmp_path / "settings.ini").write_text("[General]\ninterface_language=fr\n", encoding="utf-8")
    monkeypatch.setenv("DRAFTER_SETTINGS", str(tmp_path / "settings.ini"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    from PySide6.QtWidgets import QStatusBar

    shown = []
    real_show = QStatusBar.showMessage
    monkeypatch.setattr(QStatusBar, "showMessage", lambda bar, text, timeout=0: (
        shown.append(text), real_show(bar, text, timeout))[1])
    before = set(QApplication.topLevelWidgets())
    windows = []
    monkeypatch.setattr(QApplication, "exec", lambda self=None: windows.extend(
        w for w in QApplication.topLevelWidgets() if hasattr(w, "files") and w not in before) or 0)
    try:
        assert launch.run([]) == 0
        [window] = windows
        assert window.settings.interface_language == "fr"
        assert "Prêt" in shown and "Ready" not in shown  # the window was built in French
        assert window.menuBar().actions()[0].text() == "&Fichier"
        assert window.menuBar().actions()[1].text() == "É&dition"
        window.close()
    finally:
        i18n.install_translators("en")


def test_texts_built_while_the_editor_runs_are_french(qtbot, tmp_path, french) -> None:
    """The page's context menu and the status bar, made after start-up, follow the language too."""
    from drafter.gui.main_window import _tr

    editor = make_editor(qtbot, tmp_path)
    assert _tr("Paragraph &kind") == "&Type de paragraphe" and _tr("Ignore once") == "Ignorer cette fois"
    assert _tr("Disable rule {rule}").format(rule="x") == "Désactiver la règle x"
    editor.window._show_position()
    assert editor.window.position_label.text().startswith("Alinéa du préambule")


def test_page_hints_shortcuts_help_and_issue_groups_are_french(qtbot, tmp_path, french, monkeypatch) -> None:
    """Texts the window paints or builds itself (not literals that translate_window finds)."""
    from drafter.core.model import DocumentStatus

    resolution = sample_resolution()
    resolution.meta.session = resolution.meta.agenda_item = resolution.meta.agenda_title = ""
    resolution.meta.language, resolution.meta.status = "fr", DocumentStatus.DRAFT  # hints: document's words
    editor = make_editor(qtbot, tmp_path, resolution=resolution)
    window = editor.window
    i18n.translate_window(window)
    painted = painted_texts(window.editor, monkeypatch)
    assert {"Session", "Point de l’ordre du jour", "Intitulé du point de l’ordre du jour"} <= set(painted)
    assert not {"Agenda item", "Title of the agenda item"} & set(painted)
    window.actions_by_name["shortcuts"].trigger()
    help_text = window.shortcuts_box.text()
    assert "Alt+Haut / Alt+Bas : déplacer le paragraphe avec ses alinéas" in help_text
    assert "move the paragraph" not in help_text
    window.shortcuts_box.close()
    window.checks.run_now(force=True)  # the hyphen checker: one warning
    tree = window.issues.tree
    groups = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert groups == ["Avertissements (1)"]
    from drafter.core.diagnostics import Severity
    from drafter.gui.issues_dock import _GROUP_NAMES

    assert [QApplication.translate("MainWindow", _GROUP_NAMES[s]) for s in Severity] == [
        "Erreurs", "Avertissements", "Informations"]


def test_diagnostic_messages_follow_the_interface_language(qtbot) -> None:
    """A French interface lists the checks' messages in French (the rule catalogues have them)."""
    from drafter.gui.main_window import MainWindow
    from drafter.settings import Settings

    resolution = sample_resolution()
    resolution.meta.language, resolution.formula = "fr", "L’Assemblée générale,"
    resolution.paragraphs[0].text = "Rappelant la résolution intitulée « Développement social »,"
    messages = {}
    for language in ("en", "fr"):
        window = MainWindow(settings=Settings(interface_language=language), grammar=False)
        qtbot.addWidget(window)
        window.load_resolution(resolution)
        window.checks.run_now(force=True)
        messages[language] = [d.message for d in window.issues.diagnostics if d.rule == "fr-guillemets-nbsp"]
    assert messages["en"] and messages["en"][0].startswith("Use a no-break space")
    assert messages["fr"] and messages["fr"][0].startswith("Employer une espace insécable")


def test_refusals_on_the_page_are_french(qtbot, tmp_path, french) -> None:
    """What the page says when it refuses or converts a keystroke (status bar) follows the language."""
    editor = make_editor(qtbot, tmp_path).window.editor
    said: list[str] = []
    editor.refused.connect(said.append)
    put_cursor(editor, block_with(editor, "Recalling"))
    assert editor.move_paragraph(-1) is False
    put_cursor(editor, block_with(editor, "Requests"))
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "(a) ")
    put_cursor(editor, block_with(editor, "Noting"))
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "Decides ")
    assert said == [
        "Ce paragraphe ne peut pas aller plus loin dans ce sens.",
        "Les numéros et les lettres sont dessinés par Drafter : "
        "celui qui a été tapé a été pris comme structure.",
        "« Decides » ouvre un paragraphe du dispositif : "
        "le paragraphe en est désormais un.",
    ]
