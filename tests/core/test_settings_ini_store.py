"""The Qt-free INI store reads exactly what QSettings writes, and QSettings reads what it writes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from drafter.settings import IniStore, Settings, SettingsFileError, settings_path

STRINGS = {
    "plain": "hello",
    "comma": "a,b",
    "quotes": 'say "hi" to \'them\'',
    "spaces": "  lead and trail  ",
    "inner spaces": "two  spaces",
    "non-ascii": "Égalité 中文 ١٢٣ ß 😀",
    "semicolon": "x;y",
    "equals": "k=v",
    "backslash": "C:\\Users\\drafter\\x1",
    "at": "@home",
    "double at": "@@twice",
    "empty": "",
    "controls": "line1\nline2\ttab\rcr\x01\x1fA",
    "hash": "#not a comment",
    "leading semicolon": ";x",
    "brackets": "[General]",
    "percent": "100%",
    "invalid word": "@Invalid()",
}
LISTS = {
    "empty list": [],
    "one item": ["only, one"],
    "one plain item": ["alone"],
    "two items": ["a, b", 'c"d', " e ", "Ünï"],
    "empty items": ["", ""],
    "paths": ["/home/a b/draft, v2.docx", "C:\\docs\\A_RES_72_73.docx", "@/x"],
}


def _written_by_qt(tmp_path, values: dict) -> IniStore:
    path = tmp_path / "settings.ini"
    store = QSettings(str(path), QSettings.Format.IniFormat)
    for number, value in enumerate(values.values()):
        store.setValue(f"k{number}", value)
    store.sync()
    return IniStore(path)


@pytest.mark.parametrize("name", STRINGS)
def test_strings_written_by_qsettings_read_back_unchanged(tmp_path, name) -> None:
    store = _written_by_qt(tmp_path, {name: STRINGS[name]})
    assert store.contains("k0")
    assert store.value("k0") == STRINGS[name]


@pytest.mark.parametrize("name", LISTS)
def test_lists_written_by_qsettings_load_as_the_same_list(tmp_path, name) -> None:
    path = tmp_path / "settings.ini"
    qt = QSettings(str(path), QSettings.Format.IniFormat)
    Settings(disabled_rules=LISTS[name], recent_files=["/x/one.docx"]).save(qt)
    loaded = Settings.load(IniStore(path))
    assert loaded.disabled_rules == LISTS[name]
    assert loaded.recent_files == ["/x/one.docx"]
    by_qt = Settings.load(QSettings(str(path), QSettings.Format.IniFormat))
    assert loaded.disabled_rules == by_qt.disabled_rules


def test_ints_and_bools_and_every_setting(tmp_path) -> None:
    path = tmp_path / "settings.ini"
    settings = Settings(interface_language="fr", document_language="ar", document_organ="HRC",
                        languagetool_source="server", languagetool_url="http://lt.example:8081/v2, x",
                        languagetool_folder="/opt/Language Tool",
                        disabled_rules=["lt:A", "placeholder-unfilled"],
                        autosave_seconds=45, page_size="a4", recent_files=["/a/ü.docx"])
    settings.save(QSettings(str(path), QSettings.Format.IniFormat))
    assert Settings.load(IniStore(path)) == settings
    qt = QSettings(str(path), QSettings.Format.IniFormat)
    qt.setValue("flag", True)
    qt.setValue("count", 7)
    qt.sync()
    store = IniStore(path)
    assert (store.value("flag"), store.value("count")) == ("true", "7")


def test_what_the_ini_store_writes_qsettings_reads_the_same(tmp_path) -> None:
    path = tmp_path / "settings.ini"
    ini = IniStore(path)
    for number, value in enumerate([*STRINGS.values(), *LISTS.values()]):
        ini.setValue(f"k{number}", value)
    ini.sync()
    qt = QSettings(str(path), QSettings.Format.IniFormat)
    for number, value in enumerate([*STRINGS.values(), *LISTS.values()]):
        read = qt.value(f"k{number}")
        if isinstance(value, list) and len(value) != 1:
            assert (read or []) == value, number
        else:
            assert read == (value[0] if isinstance(value, list) else value), number


def test_the_ini_store_keeps_what_it_does_not_know(tmp_path) -> None:
    path = tmp_path / "settings.ini"
    qt = QSettings(str(path), QSettings.Format.IniFormat)
    qt.setValue("Window/geometry", "kept")
    qt.setValue("page_size", "letter")
    qt.sync()
    Settings(page_size="a4").save(IniStore(path))
    again = QSettings(str(path), QSettings.Format.IniFormat)
    assert (again.value("Window/geometry"), again.value("page_size")) == ("kept", "a4")


def test_keys_before_any_section_belong_to_general(tmp_path) -> None:
    path = tmp_path / "settings.ini"
    path.write_text("interface_language=fr\n", encoding="utf-8")
    assert Settings.load(IniStore(path)).interface_language == "fr"
    assert Settings.load(QSettings(str(path), QSettings.Format.IniFormat)).interface_language == "fr"


def test_missing_file_gives_the_defaults(tmp_path) -> None:
    assert Settings.load(IniStore(tmp_path / "none.ini")) == Settings()


DAMAGED = [b"[General\nnot a line\n", b"\xff\xfe\x00garbage", b"[General]\njust words\n"]


@pytest.mark.parametrize("content", DAMAGED)
def test_a_damaged_file_is_one_line_naming_it(tmp_path, content) -> None:
    path = tmp_path / "settings.ini"
    path.write_bytes(content)
    with pytest.raises(SettingsFileError) as caught:
        IniStore(path)
    assert str(path) in str(caught.value) and "\n" not in str(caught.value)


def test_drafter_settings_points_to_the_file(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("DRAFTER_SETTINGS", str(tmp_path / "mine.ini"))
    assert settings_path() == tmp_path / "mine.ini"


def test_on_linux_the_file_is_the_one_native_qsettings_uses(tmp_path, monkeypatch, qapp) -> None:
    import sys

    if not sys.platform.startswith("linux"):
        pytest.skip("the native QSettings format is INI only on Linux and other Unix systems")
    monkeypatch.delenv("DRAFTER_SETTINGS")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path))
    native = QSettings("Drafter", "Drafter")
    assert native.fileName() == str(settings_path())
