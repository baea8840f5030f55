"""File ▸ Export as Akoma Ntoso…: the document as AKN4UN XML for the UN's pipeline.

A small command beside "Export for Submission…": it asks where to write, writes
the model with :func:`drafter.formats.akn.writer.export_akn` and says so in the
status bar. The window builds it (``window.akn_export``) and puts its action in the
File menu; the file dialog is a callable so that tests answer it as a drafter would.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox

from drafter.errors import DrafterError
from drafter.formats.akn.writer import export_akn
from drafter.gui.dialogs import chosen_path


def tr(text: str) -> str:
    return QCoreApplication.translate("AknExport", text)


class AknExport:
    """The command and its action ("file_export_akn")."""

    def __init__(self, window: Any, ask_path: Callable[[str], str | None] | None = None,
                 report: Callable[[str, str], None] | None = None) -> None:
        self.window = window
        self.ask_path = ask_path or self._dialog
        self.report = report or self._message
        self.action = QAction(tr("Export as A&koma Ntoso…"), window)
        self.action.setObjectName("file_export_akn")
        self.action.setStatusTip(tr("Write the text as Akoma Ntoso XML (AKN4UN), the UN's own markup"))
        self.action.triggered.connect(lambda _=False: self.export())
        window.addAction(self.action)
        if hasattr(window, "actions_by_name"):
            window.actions_by_name["file_export_akn"] = self.action

    def _suggested(self) -> str:
        files = getattr(self.window, "files", None)
        path = getattr(files, "path", None)
        if path is not None:
            return str(Path(path).with_suffix(".xml"))
        return str(Path.home() / (tr("Untitled resolution") + ".xml"))

    def _dialog(self, suggested: str) -> str | None:
        name, _ = QFileDialog.getSaveFileName(self.window, tr("Export as Akoma Ntoso"), suggested,
                                              tr("Akoma Ntoso XML (*.xml)"))
        return name or None

    def _message(self, title: str, text: str) -> None:
        QMessageBox.critical(self.window, title, text)

    def export(self) -> Path | None:
        """Ask for a file name and write the document there; None when cancelled or refused."""
        name = self.ask_path(self._suggested())
        if not name:
            return None
        path = chosen_path(name, ".xml")
        try:
            export_akn(self.window.resolution(), path)
        except DrafterError as error:
            self.report(tr("Cannot export"), str(error))
            return None
        self.window.statusBar().showMessage(tr("Exported {path}").format(path=path), 5000)
        return path
