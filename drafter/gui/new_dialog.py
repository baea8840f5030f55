"""File > New: pick the organ, draft or adopted text, and the language of the template.

The choices come from the data (``templates/documents/new_document.json`` lists
the languages); the defaults come from the settings (default organ and document
language), so a drafter who always writes French Third Committee drafts is asked
nothing new.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QVBoxLayout, QWidget

from drafter.core.model import DocumentStatus, Organ
from drafter.core.new_document import NewDocumentChoice
from drafter.resources import load_json


def tr(text: str) -> str:
    return QCoreApplication.translate("NewDocumentDialog", text)


def organ_names() -> dict[Organ, str]:
    """Organ names in the interface language (a function: the translator may change)."""
    return {
        Organ.GA: tr("General Assembly (plenary)"),
        Organ.GA_COMMITTEE: tr("General Assembly Main Committee"),
        Organ.SC: tr("Security Council"),
        Organ.ECOSOC: tr("Economic and Social Council"),
        Organ.HRC: tr("Human Rights Council"),
    }


def status_names() -> dict[DocumentStatus, str]:
    return {DocumentStatus.DRAFT: tr("Draft resolution"), DocumentStatus.ADOPTED: tr("Adopted resolution")}


def language_name(code: str) -> str:
    """The language's own name from its settings file ("Français"), or the code."""
    try:
        return str(load_json(f"languages/{code}.json").get("name", code))
    except (OSError, ValueError):
        return code


class NewDocumentDialog(QDialog):
    def __init__(self, defaults: NewDocumentChoice, parent: QWidget | None = None) -> None:
        from drafter.core.new_document import template_languages

        super().__init__(parent)
        self.setWindowTitle(tr("New resolution"))
        self.setAccessibleName(tr("New resolution"))
        organs = [(o.value, n) for o, n in organ_names().items()]
        self.organ = labelled_combo(tr("Organ"), organs, defaults.organ.value)
        kinds = [(s.value, n) for s, n in status_names().items()]
        self.status = labelled_combo(tr("Kind of text"), kinds, defaults.status.value)
        languages = template_languages()
        names = [(code, language_name(code)) for code in languages]
        self.language = labelled_combo(tr("Language"), names,
                                       defaults.language if defaults.language in languages else "en")
        form = QFormLayout()
        form.addRow(tr("&Organ:"), self.organ)
        form.addRow(tr("&Kind:"), self.status)
        form.addRow(tr("&Language:"), self.language)
        lay_out_with_ok_cancel(self, form)

    def choice(self) -> NewDocumentChoice:
        return NewDocumentChoice(Organ(self.organ.currentData()), DocumentStatus(self.status.currentData()),
                                 str(self.language.currentData()))

    @classmethod
    def ask(cls, parent: QWidget | None, defaults: NewDocumentChoice) -> NewDocumentChoice | None:
        dialog = cls(defaults, parent)
        try:
            return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()


def lay_out_with_ok_cancel(dialog: QDialog, form: QFormLayout) -> None:
    """A form above OK and Cancel, the layout every Drafter dialog uses."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addLayout(form)
    layout.addWidget(buttons)


def labelled_combo(accessible: str, items: list[tuple[str, str]], current: str) -> QComboBox:
    """A combo box of (data, text) items with an accessible name, ``current`` selected."""
    combo = QComboBox()
    combo.setAccessibleName(accessible)
    for data, text in items:
        combo.addItem(text, data)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo
