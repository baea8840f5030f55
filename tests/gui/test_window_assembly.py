"""The window is built in one place: its parts reach each other through constructors and signals."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QMenu

from drafter.gui.dialogs import ScriptedDialogs
from drafter.gui.file_controller import attach
from drafter.gui.main_window import MainWindow
from drafter.gui.settings_store import default_store
from drafter.settings import IniStore, Settings
from drafter.storage.recovery import RecoveryStore
from support.editor import hyphen_checker, sample_resolution


class ConfigurableBridge(QObject):
    """A grammar bridge that records the LanguageTool configurations it is given."""

    diagnostics_ready = Signal(list)
    notice = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.configs: list[object] = []

    def request(self, resolution) -> None:
        self.diagnostics_ready.emit([])

    def set_config(self, config) -> None:
        self.configs.append(config)

    def shutdown(self) -> None:
        pass


def _window(qtbot, tmp_path, **options) -> MainWindow:
    window = MainWindow(checker=hyphen_checker, settings=Settings(), **options)
    qtbot.addWidget(window)  # the scripted dialogs discard what a test leaves unsaved
    window.load_resolution(sample_resolution())
    return window


def _attach(window, tmp_path):
    return attach(window, window.settings, dialogs=ScriptedDialogs({"unsaved": ["discard"]}),
                  recovery=RecoveryStore(tmp_path / "recovery"),
                  store=QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


def test_the_compare_commands_are_there_from_the_start_and_join_the_file_menu(qtbot, tmp_path) -> None:
    window = _window(qtbot, tmp_path, grammar=False)
    compare = window.findChild(QMenu, "CompareMenu")
    names = [a.objectName() for a in compare.actions()]
    assert names == ["compare_base", "export_track_changes", "open_parallel", "save_parallel"]
    assert window.findChild(QMenu, "FileMenu") is None  # the page alone has no file layer
    files = _attach(window, tmp_path)
    names = [a.objectName() for a in files.menu.actions()]
    assert names[names.index("file_export") + 1] == "export_track_changes"  # at once, no timer
    assert window.menuBar().actions()[0].menu() is files.menu
    assert window.actions_by_name["file_save"] is files.actions["file_save"]


def test_the_title_follows_the_file_layer(qtbot, tmp_path) -> None:
    window = _window(qtbot, tmp_path, grammar=False)
    assert window.windowTitle() == "Untitled resolution[*] — Drafter" and not window.isWindowModified()
    files = _attach(window, tmp_path)
    window.editor.set_document_state(sponsors=["Chile"])  # an edit outside the text
    window.checks.run_now(force=True)
    assert files.is_modified() and window.isWindowModified()
    files.mark_saved()
    assert not window.isWindowModified()


def test_new_settings_reach_the_checks_and_the_grammar_bridge_by_signal(qtbot, tmp_path) -> None:
    bridge = ConfigurableBridge()
    window = _window(qtbot, tmp_path, grammar=bridge)
    files = _attach(window, tmp_path)
    files.settings.disabled_rules = ["test-hyphen", "lt:MORFOLOGIK_RULE_EN_US"]
    files.settings.languagetool_source = "server"
    files.settings.languagetool_url = "http://127.0.0.1:8081"
    files.apply_settings()
    assert window.checks.options.disabled_rules == {"test-hyphen", "lt:MORFOLOGIK_RULE_EN_US"}
    window.checks.run_now(force=True)
    assert [d.rule for d in window.issues.diagnostics] == []
    assert bridge.configs[-1].source == "server" and bridge.configs[-1].url == "http://127.0.0.1:8081"


def test_what_the_editor_saves_the_command_line_reads(tmp_path, monkeypatch, qapp) -> None:
    monkeypatch.setenv("DRAFTER_SETTINGS", str(tmp_path / "settings.ini"))
    settings = Settings(disabled_rules=["a, b", "c"], recent_files=["/d/é f.docx"], autosave_seconds=20)
    settings.save(default_store())
    assert Settings.load(IniStore(tmp_path / "settings.ini")) == settings
