"""An editor window with its file controller, isolated from the user's settings and recovery folder."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings

from drafter.core.model import (
    Footnote,
    FootnoteRef,
    Metadata,
    Organ,
    Paragraph,
    ParagraphKind,
    Resolution,
    assign_addresses,
)
from drafter.gui.dialogs import ScriptedDialogs
from drafter.settings import Settings
from drafter.storage.recovery import RecoveryStore
from support.editor import hyphen_checker, sample_resolution


@dataclass
class Editor:
    window: object
    files: object  # DocumentFileController
    dialogs: ScriptedDialogs
    store: QSettings


def make_editor(qtbot, tmp_path: Path, answers: dict | None = None, resolution: Resolution | None = None,
                checker=hyphen_checker, **options) -> Editor:
    """A shown window with ``resolution`` (default: the sample), scripted dialogs, own ini and recovery;
    ``checker=None`` runs the real checks."""
    from drafter.gui.file_controller import attach
    from drafter.gui.main_window import MainWindow

    store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings = Settings.load(store)
    window = MainWindow(checker=checker, settings=settings, grammar=False)
    dialogs = ScriptedDialogs(dict(answers or {}))
    # at teardown, whatever the test left unsaved is discarded (the test has made its point)
    qtbot.addWidget(window, before_close_func=lambda _: dialogs.answers.update(unsaved=["discard"]))
    window.load_resolution(resolution or sample_resolution())
    files = attach(window, settings, dialogs=dialogs, recovery=RecoveryStore(tmp_path / "recovery"),
                   store=store, **options)
    window.show()
    qtbot.waitExposed(window)
    window.editor.setFocus()
    return Editor(window, files, dialogs, store)


def rich_resolution() -> Resolution:
    """Every part Save must keep: kinds and levels, footnotes, metadata, suppressions."""
    paragraphs = [
        Paragraph(ParagraphKind.PREAMBULAR, "Recalling its resolution 75/1,",
                  footnote_refs=[FootnoteRef(1, 29)]),
        Paragraph(ParagraphKind.PREAMBULAR, "Noting with concern the situation,"),
        Paragraph(ParagraphKind.OPERATIVE, "Welcomes the report of the Secretary-General;"),
        Paragraph(ParagraphKind.OPERATIVE, "Calls upon States:"),
        Paragraph(ParagraphKind.SUBPARAGRAPH, "To act promptly;", level=1),
        Paragraph(ParagraphKind.SUBPARAGRAPH, "To report on progress;", level=1,
                  footnote_refs=[FootnoteRef(2, 21)]),
        Paragraph(ParagraphKind.OPERATIVE, "Decides to remain seized of the matter."),
    ]
    assign_addresses(paragraphs)
    return Resolution(
        meta=Metadata(organ=Organ.GA, language="en", symbol="A/80/L.7", session="Eightieth session",
                      agenda_item="Agenda item 5", title="Saving and reopening", sponsors=["Norway"],
                      disabled_rules=["placeholder-unfilled"]),
        formula="The General Assembly,",
        paragraphs=paragraphs,
        footnotes=[Footnote(1, "A/75/100."), Footnote(2, "A/75/200.")],
        ignored=["test-hyphen|OP1|Secretary General"],
    )


def drop_file(window, path: Path) -> None:
    """Drag ``path`` onto the page and drop it, as from a file manager (the drag must be accepted)."""
    from PySide6.QtCore import QEvent, QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    target = window.editor.viewport()
    enter = QDragEnterEvent(target.rect().center(), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(target.rect().center()), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QEvent.Type.Drop)
    QApplication.sendEvent(target, drop)
