"""Settings survive a save/load cycle and bad stored values fall back to safe defaults."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from drafter.settings import Settings


def _store(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "drafter.ini"), QSettings.Format.IniFormat)


def test_defaults_keep_text_on_the_machine(tmp_path) -> None:
    settings = Settings.load(_store(tmp_path))
    assert settings.languagetool_source == "none"
    assert settings.autosave_seconds == 30 and settings.page_size == "letter"


def test_round_trip(tmp_path) -> None:
    settings = Settings(interface_language="fr", disabled_rules=["a", "b"])
    settings.autosave_seconds, settings.page_size = 45, "a4"
    settings.remember_file("/x/one.docx")
    settings.remember_file("/x/two.docx")
    settings.remember_file("/x/one.docx")
    settings.save(_store(tmp_path))
    again = Settings.load(_store(tmp_path))
    assert again.interface_language == "fr"
    assert again.disabled_rules == ["a", "b"]
    assert again.recent_files == ["/x/one.docx", "/x/two.docx"]
    assert (again.autosave_seconds, again.page_size) == (45, "a4")


def test_single_item_list_and_bad_values(tmp_path) -> None:
    store = _store(tmp_path)
    store.setValue("disabled_rules", "only-one")
    store.setValue("autosave_seconds", "abc")
    store.setValue("page_size", "tabloid")
    store.sync()
    settings = Settings.load(_store(tmp_path))
    assert settings.disabled_rules == ["only-one"]
    assert settings.autosave_seconds == 30
    assert settings.page_size == "letter"
