"""Settings checks what is typed where it is typed: an unknown rule id or a server address that is
not a web address keeps the dialog open with the reason; "Add to dictionary" on a spelling match."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMenu

from drafter.core.diagnostics import Diagnostic, Severity
from drafter.gui.settings_dialog import SettingsDialog
from drafter.settings import Settings


def _select(combo, data: str) -> None:
    combo.setCurrentIndex(combo.findData(data))


def test_unknown_rule_ids_and_bad_addresses_keep_the_dialog_open(qtbot) -> None:
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    dialog.rules.setPlainText("placeholder-unfilled\nno-such-rule\nlt:EN_QUOTES")
    _select(dialog.source, "server")
    dialog.url.setText("languagetool at work")
    dialog.show()
    dialog.accept()
    assert dialog.isVisible() and dialog.result() != SettingsDialog.DialogCode.Accepted
    assert "no-such-rule" in dialog.problem.text() and "placeholder-unfilled" not in dialog.problem.text()
    assert "web address" in dialog.problem.text()
    dialog.rules.setPlainText("placeholder-unfilled, lt:EN_QUOTES, spelling")
    dialog.url.setText("https://lt.example.org/v2/")
    dialog.accept()
    assert dialog.result() == SettingsDialog.DialogCode.Accepted


class _Bridge(QObject):
    diagnostics_ready = Signal(list)
    notice = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.learned: list[str] = []

    def request(self, resolution) -> None:
        pass

    def add_to_dictionary(self, word: str) -> None:
        self.learned.append(word)

    def shutdown(self) -> None:
        pass


def test_a_languagetool_spelling_match_offers_add_to_dictionary(qtbot) -> None:
    from drafter.gui.main_window import MainWindow

    bridge = _Bridge()
    window = MainWindow(settings=Settings(), grammar=bridge)
    qtbot.addWidget(window)
    spelling = Diagnostic("lt:MORFOLOGIK_RULE_EN_US", Severity.WARNING, "OP1", 0, 6, "Possible typo",
                          source="grammar", data={"spelling": True, "word": "Kyrgyz"})
    menu = QMenu()
    menu.addAction("placeholder")
    window._add_diagnostic_actions(menu, spelling)
    [learn] = [a for a in menu.actions() if "dictionary" in a.text()]
    assert learn.text() == "Add “Kyrgyz” to the dictionary"
    learn.trigger()
    assert bridge.learned == ["Kyrgyz"]
