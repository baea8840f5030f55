"""Find and Replace All reach the footnote texts, which live on their marks and not in the page text."""

from __future__ import annotations

from PySide6.QtCore import Qt

from drafter.gui import i18n
from support.files import make_editor


def _dialog(window, replace: bool):
    window.find_replace(replace)
    return window._find_dialog


def test_replace_all_rewrites_footnotes_too_in_one_undo_step(qtbot, tmp_path) -> None:
    editor = make_editor(qtbot, tmp_path)
    window = editor.window
    dialog = _dialog(window, True)
    dialog.find_edit.setText("A/80/")
    dialog.replace_edit.setText("A/81/")
    qtbot.mouseClick(dialog.replace_all_button, Qt.MouseButton.LeftButton)
    resolution = window.resolution()
    assert resolution.meta.symbol == "A/81/L.1" and resolution.footnotes[0].text == "A/81/100."
    assert dialog.status.text() == "2 replaced"
    window.editor.setFocus()
    qtbot.keyClick(window.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    resolution = window.resolution()
    assert resolution.meta.symbol == "A/80/L.1" and resolution.footnotes[0].text == "A/80/100."


def test_replace_all_in_footnotes_keeps_case_and_whole_word_options(qtbot, tmp_path) -> None:
    editor = make_editor(qtbot, tmp_path)
    window = editor.window
    window.footnotes.refresh()
    window.footnotes.set_text(0, "See A/80/100 and a/80/100a.")
    dialog = _dialog(window, True)
    dialog.find_edit.setText("A/80/100")
    dialog.replace_edit.setText("A/80/200")
    dialog.case.setChecked(True)
    dialog.words.setChecked(True)
    assert dialog.replace_all() == 1
    assert window.resolution().footnotes[0].text == "See A/80/200 and a/80/100a."


def test_find_goes_on_into_the_footnotes(qtbot, tmp_path) -> None:
    editor = make_editor(qtbot, tmp_path)
    window = editor.window
    window.footnotes.refresh()
    dialog = _dialog(window, False)
    dialog.find_edit.setText("80/100")  # only in footnote 1
    assert dialog.find_next()
    assert dialog.status.text() == "Found in footnote 1"
    assert window.footnotes.table.currentRow() == 0
    dialog.find_edit.setText("Decides")
    assert dialog.find_next() and window.editor.textCursor().selectedText() == "Decides"
    assert dialog.find_next() and window.editor.textCursor().selectedText() == "Decides"  # wraps


def test_the_dialog_is_french_in_french(qtbot, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    assert i18n.install_translators("fr") == []
    try:
        editor = make_editor(qtbot, tmp_path)
        dialog = _dialog(editor.window, True)
        assert dialog.windowTitle() == "Rechercher et remplacer"
        assert dialog.replace_all_button.text() == "Remplacer &tout"
        dialog.find_edit.setText("zzz")
        assert dialog.replace_all() == 0 and dialog.status.text() == "0 remplacement"
    finally:
        i18n.install_translators("en")
