"""File > Settings: values edited on a copy, the public-service warning, and what OK changes."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QSpinBox

from drafter.gui.settings_dialog import SettingsDialog
from drafter.settings import Settings
from support.files import make_editor


def _select(combo: QComboBox, data: str) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def test_public_languagetool_comes_with_a_warning(qtbot) -> None:
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.warning.isVisible() and not dialog.url.isEnabled()
    _select(dialog.source, "public")
    assert dialog.warning.isVisible() and "languagetool.org" in dialog.warning.text()
    _select(dialog.source, "server")
    assert not dialog.warning.isVisible() and dialog.url.isEnabled() and not dialog.folder.isEnabled()


def test_values_come_back_and_the_original_is_untouched(qtbot) -> None:
    original = Settings(recent_files=["/x/a.docx"])
    dialog = SettingsDialog(original)
    qtbot.addWidget(dialog)
    _select(dialog.interface, "fr")
    _select(dialog.document_language, "es")
    _select(dialog.organ, "HRC")
    _select(dialog.source, "server")
    dialog.url.setText("  https://lt.example.org/v2/ ")
    dialog.rules.setPlainText("style-a, style-b\n\nstyle-c\nstyle-a")
    dialog.autosave.setValue(45)
    _select(dialog.page, "a4")
    result = dialog.result_settings()
    assert (result.interface_language, result.document_language, result.document_organ) == ("fr", "es", "HRC")
    assert (result.languagetool_source, result.languagetool_url) == ("server", "https://lt.example.org/v2/")
    assert result.disabled_rules == ["style-a", "style-b", "style-c"]
    assert (result.autosave_seconds, result.page_size, result.recent_files) == (45, "a4", ["/x/a.docx"])
    assert original == Settings(recent_files=["/x/a.docx"])
    dialog.autosave.setValue(1)
    assert dialog.result_settings().autosave_seconds == 5  # never a busy loop of autosaves


def test_every_input_has_an_accessible_name(qtbot) -> None:
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    inputs = dialog.findChildren(QComboBox) + dialog.findChildren(QLineEdit) + dialog.findChildren(
        QPlainTextEdit) + dialog.findChildren(QSpinBox)
    inputs = [w for w in inputs if w.parent() is not None and not isinstance(w.parent(), QSpinBox)]
    assert len(inputs) >= 9
    assert [w for w in inputs if not w.accessibleName()] == []


def test_ok_applies_and_stores_the_settings(qtbot, tmp_path, monkeypatch) -> None:
    editor = make_editor(qtbot, tmp_path)

    def answer_ok(parent, settings):
        settings.autosave_seconds = 60
        settings.disabled_rules = ["style-x"]
        settings.page_size = "a4"
        return True

    monkeypatch.setattr(SettingsDialog, "edit", staticmethod(answer_ok))
    assert editor.files.open_settings()
    assert editor.files.autosave_timer.interval() == 60_000
    assert editor.window.checks.options.disabled_rules == {"style-x"}
    stored = Settings.load(editor.store)
    assert (stored.autosave_seconds, stored.disabled_rules, stored.page_size) == (60, ["style-x"], "a4")


def test_saves_use_the_page_size_setting(qtbot, tmp_path) -> None:
    calls = []
    target = tmp_path / "out.docx"
    editor = make_editor(qtbot, tmp_path, {"save": [str(target)]},
                         writer=lambda resolution, path, **options: calls.append((path, options)))
    editor.files.settings.page_size = "a4"
    assert editor.files.save()
    assert calls == [(target, {"paper": "a4"})]
