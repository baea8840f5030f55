"""The metadata panel: organ, language, symbol, session, agenda item, title, sponsors…

Fields that appear on the page (symbol, session, agenda item and its title, the
resolution's title) are the heading lines themselves: editing them here rewrites
the line as one undoable edit, and typing on the page shows up here after the
next check run. Changing the organ or the language rewrites the formula in that
language ("The General Assembly," / "Le Conseil de sécurité,") and re-runs checks.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextBlock
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QFormLayout,
    QLineEdit,
    QScrollArea,
    QWidget,
)

from drafter.core.lexicon import LANGUAGES, language_settings
from drafter.core.model import DocumentStatus, Metadata, Organ, Resolution
from drafter.gui.document_sync import HEADER_ORDER, agenda_line
from drafter.gui.kinds import HEADER_FIELDS, BlockKind
from drafter.gui.new_dialog import organ_names

if TYPE_CHECKING:
    from drafter.gui.checking import CheckScheduler
    from drafter.gui.editor import ResolutionEditor

# Fields kept on the Resolution's metadata only (not drawn as heading lines).
_PLAIN_FIELDS = (
    ("number", "Number (adopted)"),
    ("committee", "Committee"),
    ("date", "Date"),
    ("adoption_date", "Adoption date"),
    ("adoption_basis", "Adoption basis"),
    ("meeting", "Meeting"),
)
_HEADER_LABELS = {
    BlockKind.SYMBOL: "Symbol",
    BlockKind.SESSION: "Session",
    BlockKind.AGENDA: "Agenda item",
    BlockKind.AGENDA_TITLE: "Agenda item title",
    BlockKind.TITLE: "Title",
}


class MetadataDock(QDockWidget):
    def __init__(self, editor: ResolutionEditor, checks: CheckScheduler,
                 parent: QWidget | None = None) -> None:
        super().__init__("Document", parent)
        self.setObjectName("MetadataDock")
        self.setAccessibleName("Document metadata")
        self.editor = editor
        self.checks = checks
        body = QWidget(self)
        form = QFormLayout(body)
        self.organ = QComboBox(body)
        for organ, name in organ_names().items():
            self.organ.addItem(name, organ.value)
        self.organ.setAccessibleName("Organ")
        self.language = QComboBox(body)
        for code in LANGUAGES:
            self.language.addItem(language_settings(code).get("name", code), code)
        self.language.setAccessibleName("Language")
        self.status = QComboBox(body)
        self.status.addItem("Draft", DocumentStatus.DRAFT.value)
        self.status.addItem("Adopted text", DocumentStatus.ADOPTED.value)
        self.status.setAccessibleName("Draft or adopted")
        form.addRow("&Organ", self.organ)
        form.addRow("&Language", self.language)
        form.addRow("&Status", self.status)
        self.header_edits: dict[BlockKind, QLineEdit] = {}
        for kind, label in _HEADER_LABELS.items():
            edit = QLineEdit(body)
            edit.setAccessibleName(label)
            edit.editingFinished.connect(lambda k=kind: self._header_edited(k))
            self.header_edits[kind] = edit
            form.addRow(label, edit)
        self.sponsors = QLineEdit(body)
        self.sponsors.setAccessibleName("Sponsors")
        self.sponsors.setPlaceholderText("Comma-separated")
        self.sponsors.editingFinished.connect(self._plain_edited)
        form.addRow("Sponsors", self.sponsors)
        self.plain_edits: dict[str, QLineEdit] = {}
        for name, label in _PLAIN_FIELDS:
            edit = QLineEdit(body)
            edit.setAccessibleName(label)
            edit.editingFinished.connect(self._plain_edited)
            self.plain_edits[name] = edit
            form.addRow(label, edit)
        self.organ.currentIndexChanged.connect(lambda _: self._organ_or_language_changed())
        self.language.currentIndexChanged.connect(lambda _: self._organ_or_language_changed())
        self.status.currentIndexChanged.connect(lambda _: self._organ_or_language_changed())
        for combo in (self.organ, self.language, self.status):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
        scroll = QScrollArea(self)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        self.setWidget(scroll)
        self._filling = False
        checks.checked.connect(lambda snapshot, _: self.show_header(snapshot.resolution))
        editor.document_properties_changed.connect(self.follow_document)

    def show_resolution(self, resolution: Resolution) -> None:
        self._show_meta(resolution.meta, every_field=True)
        self.show_header(resolution)

    def show_header(self, resolution: Resolution) -> None:
        for kind, edit in self.header_edits.items():
            if not edit.hasFocus():
                edit.setText(str(getattr(resolution.meta, HEADER_FIELDS[kind])))
                edit.setCursorPosition(0)  # show the start of a long title, not its end

    def _header_block(self, kind: BlockKind) -> QTextBlock:
        return self.editor.document().findBlockByNumber(HEADER_ORDER.index(kind))

    def _set_line(self, kind: BlockKind, text: str) -> None:
        """Rewrite one heading line (or the formula) as a single undoable edit."""
        from PySide6.QtGui import QTextCharFormat, QTextCursor

        block = self._header_block(kind)
        if block.text() == text:
            return
        cursor = QTextCursor(block)
        cursor.beginEditBlock()
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(text, QTextCharFormat())
        cursor.endEditBlock()

    def _header_edited(self, kind: BlockKind) -> None:
        text = " ".join(self.header_edits[kind].text().split())
        if kind is BlockKind.AGENDA:  # a bare "78 (a)" is shown in the language's wording
            text = agenda_line(text, self.editor.base.meta.language)
        self._set_line(kind, text)

    def _plain_edited(self) -> None:
        """Sponsors, number, dates…: one undoable edit of the document (see editor)."""
        if self._filling:
            return
        fields: dict[str, object] = {
            "sponsors": [s.strip() for s in self.sponsors.text().split(",") if s.strip()]}
        for name, edit in self.plain_edits.items():
            fields[name] = edit.text().strip()
        if self.editor.set_document_state(**fields):
            self.editor.viewport().update()
            self.checks.invalidate()

    def _organ_or_language_changed(self) -> None:
        """New organ or language: formula, organ and language change in one undoable step."""
        if self._filling:
            return
        organ = Organ(self.organ.currentData())
        language = self.language.currentData()
        status = DocumentStatus(self.status.currentData())
        formula = language_settings(language)["formulas"].get(organ.formula_key) or None
        self.editor.set_document_properties(organ, language, status, formula)
        self.checks.invalidate()

    def follow_document(self) -> None:
        """Organ, language, status or a plain field changed in the document (an undo, a
        redo): show them."""
        self._show_meta(self.editor.base.meta, every_field=False)
        self.checks.invalidate()

    def _show_meta(self, meta: Metadata, *, every_field: bool) -> None:
        """Organ, language, status, sponsors and the plain fields of ``meta``, without
        treating them as the drafter's edits. A plain field that already shows its value
        keeps its cursor, unless ``every_field`` (a newly opened text) rewrites them all."""
        self._filling = True
        self.organ.setCurrentIndex(max(0, self.organ.findData(meta.organ.value)))
        self.language.setCurrentIndex(max(0, self.language.findData(meta.language)))
        self.status.setCurrentIndex(max(0, self.status.findData(meta.status.value)))
        self.sponsors.setText(", ".join(meta.sponsors))
        for name, edit in self.plain_edits.items():
            if every_field or edit.text() != str(getattr(meta, name)):
                edit.setText(str(getattr(meta, name)))
                edit.setCursorPosition(0)
        self._filling = False
