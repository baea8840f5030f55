"""The start page: what a drafter sees when Drafter opens without a file.

A blank page teaches nothing, so a start without a file offers the four ways in: a new
text from a template (organ × draft or adopted × language, the choices of File ▸ New),
Open…, the recent files, and two bundled examples (an English draft, a French adopted
resolution) that open as untitled copies, so that the examples themselves stay as shipped.
The page stands in front of the editor (a stack in the window's centre) until one is chosen.
Everything it does goes through the window's file controller, so unsaved changes, locks and
recent files behave exactly as from the File menu.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from drafter.core.model import DocumentStatus, Organ
from drafter.gui.new_dialog import labelled_combo, language_name, organ_names, status_names
from drafter.gui.new_dialog import tr as new_dialog_tr  # the same form as File ▸ New, the same words
from drafter.resources import resources_dir

PATH_ROLE = Qt.ItemDataRole.UserRole


def tr(text: str) -> str:
    return QCoreApplication.translate("StartPage", text)


def examples_dir() -> Path:
    """``examples/`` beside ``resources/`` (checkout, desktop bundle)."""
    return resources_dir().parent / "examples"


def examples() -> list[tuple[str, Path]]:
    """(label, file) for the bundled examples that are present."""
    found = [(tr("English draft resolution (oceans)"), examples_dir() / "draft_oceans_en.txt"),
             (tr("French adopted resolution (General Assembly)"), examples_dir() / "resolution_ga_fr.txt")]
    return [(label, path) for label, path in found if path.is_file()]


class StartPage(QWidget):
    """The choices; ``chosen`` is emitted once the window shows a document."""

    chosen = Signal()

    def __init__(self, window: Any, parent: QWidget | None = None) -> None:
        from drafter.core.new_document import template_languages

        super().__init__(parent)
        self.window = window
        self.setObjectName("StartPage")
        self.setAccessibleName(tr("Start page"))
        settings = window.settings
        welcome = tr("Welcome to Drafter")
        purpose = tr("Draft, check and export United Nations resolutions. What would you like to do?")
        title = QLabel(f"<h1>{welcome}</h1><p>{purpose}</p>")
        title.setWordWrap(True)

        new_box = QGroupBox(tr("New resolution from a template"), self)
        organs = [(o.value, n) for o, n in organ_names().items()]
        self.organ = labelled_combo(new_dialog_tr("Organ"), organs, settings.document_organ)
        kinds = [(s.value, n) for s, n in status_names().items()]
        self.status = labelled_combo(new_dialog_tr("Kind of text"), kinds, DocumentStatus.DRAFT.value)
        languages = template_languages()
        self.language = labelled_combo(new_dialog_tr("Language"), [(c, language_name(c)) for c in languages],
                                       settings.document_language if settings.document_language in languages
                                       else "en")
        self.create = QPushButton(tr("&Create"), new_box)
        self.create.setObjectName("StartCreate")
        self.create.clicked.connect(self.create_new)
        form = QFormLayout(new_box)
        form.addRow(new_dialog_tr("&Organ:"), self.organ)
        form.addRow(new_dialog_tr("&Kind:"), self.status)
        form.addRow(new_dialog_tr("&Language:"), self.language)
        form.addRow("", self.create)

        open_box = QGroupBox(tr("Open a file"), self)
        self.open_button = QPushButton(tr("&Open a .docx or .txt file…"), open_box)
        self.open_button.setObjectName("StartOpen")
        self.open_button.clicked.connect(self.open_file)
        self.recent = QListWidget(open_box)
        self.recent.setObjectName("StartRecent")
        self.recent.setAccessibleName(tr("Recent files"))
        self.recent.itemActivated.connect(self.open_recent)
        open_layout = QVBoxLayout(open_box)
        open_layout.addWidget(self.open_button)
        open_layout.addWidget(QLabel(tr("Recent files:")))
        open_layout.addWidget(self.recent)

        example_box = QGroupBox(tr("Try an example"), self)
        example_layout = QVBoxLayout(example_box)
        self.example_buttons: list[QPushButton] = []
        for label, path in examples():
            button = QPushButton(label, example_box)
            button.setObjectName(f"StartExample_{path.stem}")
            button.clicked.connect(lambda _=False, p=path: self.open_example(p))
            example_layout.addWidget(button)
            self.example_buttons.append(button)
        example_layout.addWidget(QLabel(tr("Examples open as untitled copies: save them where you like.")))
        example_layout.addStretch(1)

        columns = QHBoxLayout()
        columns.addWidget(new_box, 1)
        columns.addWidget(open_box, 1)
        columns.addWidget(example_box, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.addWidget(title)
        layout.addLayout(columns)
        layout.addWidget(QLabel(tr("The Guide pane on the right explains the ten things a drafter needs. "
                                   "Help ▸ Drafting rules explains every check.")))
        layout.addStretch(1)
        self.fill_recent()

    def fill_recent(self) -> None:
        self.recent.clear()
        for name in self.window.settings.recent_files:
            if Path(name).exists():
                item = QListWidgetItem(Path(name).name, self.recent)
                item.setToolTip(name)
                item.setData(PATH_ROLE, name)
        if self.recent.count() == 0:
            empty = QListWidgetItem(tr("No recent files"), self.recent)
            empty.setFlags(Qt.ItemFlag.NoItemFlags)

    # --- the four ways in -----------------------------------------------------------

    def create_new(self) -> None:
        from drafter.core.new_document import new_resolution

        organ, status = Organ(self.organ.currentData()), DocumentStatus(self.status.currentData())
        resolution = new_resolution(organ, status, str(self.language.currentData()))
        self._done(self._files().show_untitled(resolution))

    def open_file(self) -> None:
        self._done(self._files().open_dialog())

    def open_recent(self, item: QListWidgetItem) -> None:
        name = item.data(PATH_ROLE)
        if name:
            self._done(self._files().open_path(name))

    def open_example(self, path: Path) -> None:
        import drafter

        self._done(self._files().show_untitled(drafter.read(path)))

    def _files(self) -> Any:
        return self.window.files

    def _done(self, shown: bool) -> None:
        if shown:
            self.chosen.emit()


def show_start_page(window: Any) -> StartPage:
    """Put the start page in front of the editor until the drafter picks a way in."""
    stack = QStackedWidget(window)
    stack.setObjectName("StartStack")
    editor = window.takeCentralWidget()  # the editor, kept (setCentralWidget would delete it)
    page = StartPage(window, stack)
    stack.addWidget(page)
    stack.addWidget(editor)
    window.setCentralWidget(stack)
    stack.show()  # the window is already shown: a new central widget is not shown with it
    window.start_page = page

    def leave() -> None:
        stack.setCurrentWidget(editor)
        editor.setFocus()

    page.chosen.connect(leave)
    return page
