"""A calm window that counts in good grammar: the report on opening goes to the Issues dock and the
status bar (no box over the page), and every counted word takes its plural form from the .ts."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QMessageBox

from drafter.core.model import Footnote
from drafter.formats.docx.native_file import save_document
from drafter.gui import i18n
from drafter.gui.plurals import plural
from support.editor import type_unicode
from support.files import make_editor, rich_resolution


@pytest.fixture
def language(tmp_path, monkeypatch, qapp):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))

    def install(code: str) -> None:
        assert i18n.install_translators(code) == []

    yield install
    i18n.install_translators("en")


def _one_footnote_file(tmp_path):
    resolution = rich_resolution()
    resolution.footnotes = [Footnote(1, "A/75/100.")]
    for paragraph in resolution.paragraphs:
        paragraph.footnote_refs = [ref for ref in paragraph.footnote_refs if ref.number == 1]
    path = tmp_path / "one-note.docx"
    save_document(resolution, path)
    return path


def test_opening_shows_the_report_in_the_issues_dock_not_in_a_box(qtbot, tmp_path) -> None:
    path = _one_footnote_file(tmp_path)
    editor = make_editor(qtbot, tmp_path)
    assert editor.files.open_path(path)
    assert editor.dialogs.reports == []  # nothing over the page
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    report = editor.window.issues.report
    assert report.isVisible() and report.text().startswith("Opened one-note.docx: ")
    assert "1 footnote." in report.text() and "1 footnotes" not in report.text()
    assert "2 preambular paragraphs and 3 operative paragraphs, 2 sub-paragraphs" in report.text()
    assert "1 footnote" in editor.window.statusBar().currentMessage()


def test_english_plural_forms_come_from_the_translation(language) -> None:
    language("en")
    from PySide6.QtCore import QCoreApplication

    assert QCoreApplication.translate("Plurals", "%n footnote(s)", None, 1) == "1 footnote"
    assert QCoreApplication.translate("Plurals", "%n warning(s)", None, 8) == "8 warnings"


def test_french_counts_and_severity_words(qtbot, tmp_path, language) -> None:
    language("fr")
    assert plural("%n footnote(s)", 1) == "1 note de bas de page"
    assert plural("%n footnote(s)", 0) == "0 note de bas de page"  # French: 0 takes the singular
    assert plural("%n warning(s)", 8) == "8 avertissements"
    path = _one_footnote_file(tmp_path)
    editor = make_editor(qtbot, tmp_path)
    assert editor.files.open_path(path)
    text = editor.window.issues.report.text()
    assert "1 note de bas de page" in text and "paragraphes du dispositif" in text
    assert "warning" not in text and "error" not in text


def test_a_typed_opener_names_the_kind_with_its_article(qtbot, tmp_path) -> None:
    editor = make_editor(qtbot, tmp_path)
    window = editor.window
    shown = []
    window.editor.refused.connect(shown.append)
    block = window.editor.document().findBlockByNumber(0)
    while block.isValid() and not block.text().startswith("Noting"):
        block = block.next()
    cursor = QTextCursor(block)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
    cursor.removeSelectedText()
    window.editor.setTextCursor(cursor)
    type_unicode(window.editor, "Requests ")
    assert shown == ["“Requests” opens an operative paragraph: the paragraph is now one."]


