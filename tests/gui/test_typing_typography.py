"""UN typography as you type (curly quotes, French no-break spaces, dashes), one Ctrl+Z undoing each
conversion, each switchable in Settings; Export for Submission applies the same rules, and writes a
file the user's colleagues can read (umask 022)."""

from __future__ import annotations

import os
import stat

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

import drafter
from drafter.core.model import Metadata, Paragraph, ParagraphKind, Resolution, assign_addresses
from support.editor import block_with, type_unicode
from support.files import make_editor

NBSP = "\u00a0"


def _at_end_of(window, starts_with: str) -> None:
    cursor = QTextCursor(block_with(window.editor, starts_with))
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    window.editor.setTextCursor(cursor)


def _undo(qtbot, window) -> None:
    qtbot.keyClick(window.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def test_curly_quotes_as_you_type_and_one_undo_gives_the_straight_quote_back(qtbot, tmp_path) -> None:
    window = make_editor(qtbot, tmp_path).window
    _at_end_of(window, "Requests a report")
    type_unicode(window.editor, ' on "progress"')
    assert window.editor.textCursor().block().text().endswith("session. on “progress”")
    _undo(qtbot, window)
    assert window.editor.textCursor().block().text().endswith("session. on “progress\"")
    _undo(qtbot, window)  # the typing before it
    assert "progress" not in window.editor.textCursor().block().text()


def test_apostrophe_and_double_hyphen(qtbot, tmp_path) -> None:
    window = make_editor(qtbot, tmp_path).window
    _at_end_of(window, "Requests a report")
    type_unicode(window.editor, " the Secretary-General's work -- now")
    assert window.editor.textCursor().block().text().endswith("Secretary-General’s work – now")


def _french() -> Resolution:
    paragraphs = [Paragraph(ParagraphKind.PREAMBULAR, "Rappelant ses résolutions,"),
                  Paragraph(ParagraphKind.OPERATIVE, "Prie le Secrétaire général")]
    assign_addresses(paragraphs)
    return Resolution(meta=Metadata(language="fr", symbol="A/80/L.1"), formula="L’Assemblée générale,",
                      paragraphs=paragraphs)


def test_french_spaces_and_guillemets_as_you_type(qtbot, tmp_path) -> None:
    window = make_editor(qtbot, tmp_path, resolution=_french()).window
    assert window.editor.language == "fr"
    _at_end_of(window, "Prie le")
    type_unicode(window.editor, ' de présenter "un rapport";')
    text = window.editor.textCursor().block().text()
    assert text.endswith(f"de présenter «{NBSP}un rapport{NBSP}»{NBSP};")
    _undo(qtbot, window)
    assert window.editor.textCursor().block().text().endswith(f"«{NBSP}un rapport{NBSP}»;")


def test_each_conversion_can_be_turned_off_in_the_settings(qtbot, tmp_path) -> None:
    editor = make_editor(qtbot, tmp_path)
    window = editor.window
    settings = editor.files.settings
    settings.typography_quotes = False
    settings.typography_dashes = False
    editor.files.apply_settings()
    _at_end_of(window, "Requests a report")
    type_unicode(window.editor, ' "as typed" -- yes')
    assert window.editor.textCursor().block().text().endswith('"as typed" -- yes')


@pytest.fixture
def umask_022():
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def _straight(qtbot, tmp_path, answers):
    editor = make_editor(qtbot, tmp_path, answers)
    editor.window.editor.typography = type(editor.window.editor.typography)(quotes=False)  # type it straight
    _at_end_of(editor.window, "Requests a report")
    type_unicode(editor.window.editor, ' on "progress"')
    return editor


def test_export_for_submission_converts_and_is_readable_by_others(qtbot, tmp_path, umask_022) -> None:
    target = tmp_path / "submission.docx"
    editor = _straight(qtbot, tmp_path, {"save": [str(target)], "masthead": ["export"]})
    assert editor.files.export_submission()
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
    exported = drafter.read(target)
    assert exported.paragraphs[-1].text.endswith("on “progress”")
    assert editor.window.resolution().paragraphs[-1].text.endswith('on "progress"')  # the page is unchanged


def test_export_keeps_straight_quotes_when_the_user_turned_them_off(qtbot, tmp_path) -> None:
    target = tmp_path / "submission.docx"
    editor = _straight(qtbot, tmp_path, {"save": [str(target)], "masthead": ["export"]})
    editor.files.settings.typography_quotes = False
    assert editor.files.export_submission()
    assert drafter.read(target).paragraphs[-1].text.endswith('on "progress"')
