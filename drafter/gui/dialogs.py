"""The questions the file layer asks the drafter, behind one small replaceable interface.

:class:`DocumentFileController` never opens a message box itself: it asks a
``Dialogs`` object. :class:`QtDialogs` shows the real Qt boxes; tests pass a
:class:`ScriptedDialogs` that answers from a script and records every question,
so no test waits in a modal loop. The subprocess test of crash recovery answers
through the environment (``DRAFTER_TEST_ANSWERS``, see :func:`dialogs_from_environment`).

Answers are plain strings so that scripts and environment variables can give them:
``ask_unsaved`` -> "save" | "discard" | "cancel"; ``ask_export_incomplete`` ->
"export" | "cancel"; ``ask_recovery`` -> "recover" |
"discard" | "later"; ``ask_overwrite_changed`` -> "overwrite" | "save_as" | "cancel".
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from drafter.core.new_document import NewDocumentChoice
from drafter.gui.new_dialog import NewDocumentDialog


def tr(text: str) -> str:
    return QCoreApplication.translate("Dialogs", text)


class Dialogs(Protocol):
    """Everything the file layer may ask or tell; each call returns the drafter's answer."""

    def ask_unsaved(self, name: str) -> str: ...

    def ask_recovery(self, name: str, saved_at: str, note: str = "") -> str: ...

    def ask_overwrite_changed(self, name: str) -> str: ...

    def ask_export_incomplete(self, missing: list[str]) -> str: ...

    def error(self, title: str, text: str) -> None: ...

    def report(self, title: str, text: str, details: str) -> None: ...

    def open_file_name(self, folder: str) -> str | None: ...

    def save_file_name(self, suggested: str, title: str) -> str | None: ...

    def new_document(self, defaults: NewDocumentChoice) -> NewDocumentChoice | None: ...


def chosen_path(name: str, suffix: str, also: tuple[str, ...] = ()) -> Path:
    """The file a save dialog's answer names: absolute, ending in ``suffix`` (".docx"), which
    is added when the drafter typed another ending or none ("draft" -> "draft.docx"); an
    ending in ``also`` is kept as typed (the parallel version may be saved as .txt)."""
    path = Path(name).absolute()
    kept = path.suffix.lower() == suffix or path.suffix.lower() in also
    return path if kept else path.with_name(path.name + suffix)


class QtDialogs:
    """The real dialogs, parented to the editor window (system palette and style)."""

    def __init__(self, parent: QWidget) -> None:
        self.parent = parent
        self._reports: list[QMessageBox] = []

    def ask_unsaved(self, name: str) -> str:
        box = QMessageBox(QMessageBox.Icon.Warning, tr("Unsaved changes"),
                          tr("Save the changes to “{name}” before closing it?").format(name=name),
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel, self.parent)
        box.setInformativeText(tr("If you do not save, your changes will be lost."))
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        box.setAccessibleName(tr("Unsaved changes"))
        answer = box.exec()
        names = {QMessageBox.StandardButton.Save: "save", QMessageBox.StandardButton.Discard: "discard"}
        return names.get(QMessageBox.StandardButton(answer), "cancel")

    def ask_export_incomplete(self, missing: list[str]) -> str:
        """"export" or "cancel": the masthead lacks ``missing`` (names already translated)."""
        box = QMessageBox(QMessageBox.Icon.Warning, tr("Incomplete masthead"),
                          tr("The masthead lacks what the layout of this organ needs:"),
                          QMessageBox.StandardButton.Cancel, self.parent)
        box.setInformativeText("\n".join(f"• {name}" for name in missing) + "\n\n"
                               + tr("Fill them in the Document panel, or export as it is."))
        export = box.addButton(tr("&Export anyway"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAccessibleName(tr("Incomplete masthead"))
        box.exec()
        return "export" if box.clickedButton() is export else "cancel"

    def ask_recovery(self, name: str, saved_at: str, note: str = "") -> str:
        """``note``: what recovering will do, when it is not simply showing the work (a parallel version)."""
        box = QMessageBox(QMessageBox.Icon.Question, tr("Recover unsaved work"),
                          tr("Drafter was not closed properly. Unsaved work on “{name}” was kept "
                             "(last saved automatically at {time}).").format(name=name, time=saved_at),
                          QMessageBox.StandardButton.NoButton, self.parent)
        box.setInformativeText((note + "\n\n" if note else "") + tr("Recover it now?"))
        recover = box.addButton(tr("&Recover"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(tr("&Discard"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(tr("&Later"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(recover)
        box.setAccessibleName(tr("Recover unsaved work"))
        box.exec()
        clicked = box.clickedButton()
        return "recover" if clicked is recover else "discard" if clicked is discard else "later"

    def ask_overwrite_changed(self, name: str) -> str:
        box = QMessageBox(QMessageBox.Icon.Warning, tr("File changed on disk"),
                          tr("“{name}” was changed by another program since you opened it.")
                          .format(name=name),
                          QMessageBox.StandardButton.NoButton, self.parent)
        box.setInformativeText(tr("Overwriting it loses the other program's changes."))
        overwrite = box.addButton(tr("&Overwrite"), QMessageBox.ButtonRole.DestructiveRole)
        save_as = box.addButton(tr("Save &As…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(save_as)
        box.exec()
        clicked = box.clickedButton()
        return "overwrite" if clicked is overwrite else "save_as" if clicked is save_as else "cancel"

    def error(self, title: str, text: str) -> None:
        QMessageBox.critical(self.parent, title, text)

    def report(self, title: str, text: str, details: str) -> None:
        """Not modal: the drafter reads the report while looking at the text."""
        box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Close,
                          self.parent)
        box.setModal(False)
        box.setAccessibleName(title)
        if details:
            box.setDetailedText(details)
        box.finished.connect(lambda _: self._reports.remove(box) if box in self._reports else None)
        self._reports.append(box)
        box.show()

    def open_file_name(self, folder: str) -> str | None:
        kinds = tr("Resolutions (*.docx *.txt *.xml);;Word documents (*.docx);;Text files (*.txt);;"
                   "Akoma Ntoso XML (*.xml);;All files (*)")
        name, _ = QFileDialog.getOpenFileName(self.parent, tr("Open resolution"), folder, kinds)
        return name or None

    def save_file_name(self, suggested: str, title: str) -> str | None:
        name, _ = QFileDialog.getSaveFileName(self.parent, title, suggested, tr("Word documents (*.docx)"))
        return name or None

    def new_document(self, defaults: NewDocumentChoice) -> NewDocumentChoice | None:
        return NewDocumentDialog.ask(self.parent, defaults)


@dataclass
class ScriptedDialogs:
    """Answers from a script, for tests and the subprocess hook; records what was asked.

    ``answers`` maps a question (``unsaved``, ``recovery``, ``overwrite``,
    ``open``, ``save``, ``new``) to the answers to give, in order; the last answer
    repeats. A question with no scripted answer goes to ``fallback`` when there is
    one, otherwise it is an error (a test must say what the drafter answers).
    """

    answers: dict[str, list[object]] = field(default_factory=dict)
    fallback: Dialogs | None = None
    asked: list[tuple[str, str]] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)
    reports: list[tuple[str, str, str]] = field(default_factory=list)

    def _answer(self, question: str, about: str) -> object:
        self.asked.append((question, about))
        queue = self.answers.get(question)
        if not queue:
            raise LookupError(f"no scripted answer for the {question!r} question ({about})")
        return queue.pop(0) if len(queue) > 1 else queue[0]

    def _has(self, question: str) -> bool:
        return bool(self.answers.get(question)) or self.fallback is None

    def ask_unsaved(self, name: str) -> str:
        if not self._has("unsaved"):
            return self.fallback.ask_unsaved(name)  # type: ignore[union-attr]
        return str(self._answer("unsaved", name))

    def ask_recovery(self, name: str, saved_at: str, note: str = "") -> str:
        if not self._has("recovery"):
            return self.fallback.ask_recovery(name, saved_at, note)  # type: ignore[union-attr]
        return str(self._answer("recovery", f"{name}: {note}" if note else name))

    def ask_overwrite_changed(self, name: str) -> str:
        if not self._has("overwrite"):
            return self.fallback.ask_overwrite_changed(name)  # type: ignore[union-attr]
        return str(self._answer("overwrite", name))

    def ask_export_incomplete(self, missing: list[str]) -> str:
        if not self._has("masthead"):
            return self.fallback.ask_export_incomplete(missing)  # type: ignore[union-attr]
        return str(self._answer("masthead", ", ".join(missing)))

    def error(self, title: str, text: str) -> None:
        self.errors.append((title, text))
        if self.fallback is not None:
            self.fallback.error(title, text)

    def report(self, title: str, text: str, details: str) -> None:
        self.reports.append((title, text, details))
        if self.fallback is not None:
            self.fallback.report(title, text, details)

    def open_file_name(self, folder: str) -> str | None:
        if not self._has("open"):
            return self.fallback.open_file_name(folder)  # type: ignore[union-attr]
        answer = self._answer("open", folder)
        return None if answer is None else str(answer)

    def save_file_name(self, suggested: str, title: str) -> str | None:
        if not self._has("save"):
            return self.fallback.save_file_name(suggested, title)  # type: ignore[union-attr]
        answer = self._answer("save", suggested)
        return None if answer is None else str(answer)

    def new_document(self, defaults: NewDocumentChoice) -> NewDocumentChoice | None:
        if not self._has("new"):
            return self.fallback.new_document(defaults)  # type: ignore[union-attr]
        answer = self._answer("new", f"{defaults.organ.value} {defaults.status.value} {defaults.language}")
        return answer if isinstance(answer, NewDocumentChoice) or answer is None else defaults


def parse_answers(text: str) -> dict[str, list[object]]:
    """``"recovery=recover;unsaved=discard,cancel"`` -> {"recovery": ["recover"], …}."""
    answers: dict[str, list[object]] = {}
    for item in _split(text, ";"):
        question, _, values = item.partition("=")
        answers[question.strip()] = list(_split(values, ","))
    return answers


def _split(text: str, separator: str) -> Iterable[str]:
    return (part.strip() for part in text.split(separator) if part.strip())


def dialogs_from_environment(parent: QWidget) -> Dialogs:
    """Real dialogs, or scripted ones over them when ``DRAFTER_TEST_ANSWERS`` is set (test hook)."""
    script = os.environ.get("DRAFTER_TEST_ANSWERS", "")
    real = QtDialogs(parent)
    if not script:
        return real
    return ScriptedDialogs(parse_answers(script), fallback=real)
