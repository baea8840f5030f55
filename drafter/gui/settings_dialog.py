"""File > Settings: the drafter's preferences, edited on a copy and applied on OK.

Grammar checking may send the text elsewhere, so the LanguageTool source is
explicit and the public service comes with a warning shown right under the
choice (draft resolutions are often confidential until issued).
"""

from __future__ import annotations

import copy
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from drafter.core.model import Organ
from drafter.core.rule_ids import is_known_rule
from drafter.gui.new_dialog import labelled_combo, language_name, lay_out_with_ok_cancel, organ_names
from drafter.settings import Settings

INTERFACE_LANGUAGES = ("en", "fr")


def tr(text: str) -> str:
    return QCoreApplication.translate("SettingsDialog", text)


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        from drafter.core.new_document import template_languages

        super().__init__(parent)
        self.original = settings
        self.setWindowTitle(tr("Settings"))
        self.setAccessibleName(tr("Settings"))
        self.interface = labelled_combo(tr("Interface language"),
                                [(code, language_name(code)) for code in INTERFACE_LANGUAGES],
                                settings.interface_language)
        self.document_language = labelled_combo(tr("Default document language"),
                                        [(code, language_name(code)) for code in template_languages()],
                                        settings.document_language)
        self.organ = labelled_combo(tr("Default organ"), [(o.value, n) for o, n in organ_names().items()],
                            settings.document_organ)
        self.source = labelled_combo(tr("LanguageTool source"), [
            ("none", tr("None (spelling only, nothing leaves this computer)")),
            ("local", tr("LanguageTool on this computer")),
            ("server", tr("LanguageTool server of my organization")),
            ("public", tr("Public LanguageTool service (languagetool.org)")),
        ], settings.languagetool_source)
        self.url = QLineEdit(settings.languagetool_url)
        self.url.setAccessibleName(tr("LanguageTool server address"))
        self.url.setPlaceholderText("https://languagetool.example.org/v2/")
        self.folder = QLineEdit(settings.languagetool_folder)
        self.folder.setAccessibleName(tr("LanguageTool folder"))
        self.warning = QLabel(tr("Warning: with the public service, the text of the resolution is sent "
                                 "over the Internet to languagetool.org. Do not use it for confidential "
                                 "drafts."))
        self.warning.setWordWrap(True)
        self.warning.setAccessibleName(tr("Public service warning"))
        font = self.warning.font()
        font.setBold(True)
        self.warning.setFont(font)
        self.rules = QPlainTextEdit("\n".join(settings.disabled_rules))
        self.rules.setAccessibleName(tr("Disabled rules"))
        self.rules.setPlaceholderText(tr("One rule id per line, e.g. placeholder-unfilled"))
        self.rules.setTabChangesFocus(True)
        self.autosave = QSpinBox()
        self.autosave.setRange(5, 3600)
        self.autosave.setSuffix(tr(" s"))
        self.autosave.setValue(settings.autosave_seconds)
        self.autosave.setAccessibleName(tr("Autosave interval in seconds"))
        self.quotes = QCheckBox(tr("Curly &quotes (“…”, « … »)"))
        self.quotes.setChecked(settings.typography_quotes)
        self.french_spaces = QCheckBox(tr("French &no-break spaces before ; : ! ? and inside « »"))
        self.french_spaces.setChecked(settings.typography_french_spaces)
        self.dashes = QCheckBox(tr("Double &hyphen to dash (–)"))
        self.dashes.setChecked(settings.typography_dashes)
        sizes = [("letter", tr("Letter")), ("a4", tr("A4"))]
        self.page = labelled_combo(tr("Page size"), sizes, settings.page_size)

        form = QFormLayout()
        form.addRow(tr("&Interface language:"), self.interface)
        form.addRow(tr("Default document &language:"), self.document_language)
        form.addRow(tr("Default &organ:"), self.organ)
        form.addRow(tr("Language&Tool:"), self.source)
        form.addRow("", self.warning)
        form.addRow(tr("Server &address:"), self.url)
        form.addRow(tr("Local &folder:"), self.folder)
        form.addRow(tr("&Disabled rules:"), self.rules)
        form.addRow(tr("A&utosave every:"), self.autosave)
        form.addRow(tr("&Page size:"), self.page)
        form.addRow(tr("Typography as you type and at export:"), self.quotes)
        form.addRow("", self.french_spaces)
        form.addRow("", self.dashes)
        self.problem = QLabel("")  # why OK did nothing (an unknown rule id, an address that is not one)
        self.problem.setObjectName("SettingsProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.setAccessibleName(tr("Settings problem"))
        self.problem.hide()
        form.addRow(self.problem)
        lay_out_with_ok_cancel(self, form)
        self.source.currentIndexChanged.connect(self._follow_source)
        self._follow_source()

    def _follow_source(self) -> None:
        """Show the warning only for the public service; the address only for a server."""
        source = self.source.currentData()
        self.warning.setVisible(source == "public")
        self.url.setEnabled(source == "server")
        self.folder.setEnabled(source == "local")

    def problems(self) -> list[str]:
        """What stops OK: rule ids no check reports, a server address that is not a web address."""
        found = []
        unknown = [rule for rule in _rules(self.rules.toPlainText()) if not is_known_rule(rule)]
        if unknown:
            found.append(tr("Unknown rule ids: {ids} (see “drafter rules” for the list).").format(
                ids=", ".join(unknown)))
        address = self.url.text().strip()
        if self.source.currentData() == "server" and not _web_address(address):
            found.append(tr("The server address must be a web address, e.g. "
                            "https://languagetool.example.org/v2/"))
        return found

    def accept(self) -> None:
        """OK keeps the dialog open, saying why, while a value cannot be used."""
        problems = self.problems()
        if problems:
            self.problem.setText("\n".join(problems))
            self.problem.show()
            return
        super().accept()

    def result_settings(self) -> Settings:
        """A copy of the settings with the dialog's values (recent files kept)."""
        values = copy.deepcopy(self.original)
        values.interface_language = str(self.interface.currentData())
        values.document_language = str(self.document_language.currentData())
        values.document_organ = str(self.organ.currentData() or Organ.GA.value)
        values.languagetool_source = str(self.source.currentData())
        values.languagetool_url = self.url.text().strip()
        values.languagetool_folder = self.folder.text().strip()
        values.disabled_rules = _rules(self.rules.toPlainText())
        values.autosave_seconds = self.autosave.value()
        values.page_size = str(self.page.currentData())
        values.typography_quotes = self.quotes.isChecked()
        values.typography_french_spaces = self.french_spaces.isChecked()
        values.typography_dashes = self.dashes.isChecked()
        return values

    def apply_to(self, settings: Settings) -> None:
        for name, value in vars(self.result_settings()).items():
            setattr(settings, name, value)

    @classmethod
    def edit(cls, parent: QWidget | None, settings: Settings) -> bool:
        """Show the dialog; on OK the values go into ``settings`` (the caller saves them)."""
        dialog = cls(settings, parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            dialog.apply_to(settings)
            return True
        finally:
            dialog.deleteLater()


def _rules(text: str) -> list[str]:
    """Rule ids from the text box: one per line or separated by commas, each once, in order."""
    seen: list[str] = []
    for part in text.replace(",", "\n").splitlines():
        rule = part.strip()
        if rule and rule not in seen:
            seen.append(rule)
    return seen


def _web_address(text: str) -> bool:
    """An http(s) address with a host ("https://lt.example.org/v2/", "http://localhost:8081")."""
    parts = urlsplit(text)
    return parts.scheme in ("http", "https") and bool(parts.hostname) and " " not in text
