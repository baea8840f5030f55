"""File handling in the editor: open, edit, save, reopen; the unsaved prompt; safe saves; bad files."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import pytest
from PySide6.QtGui import QKeySequence, QTextCursor

import drafter
from drafter.core.model import DocumentStatus, Organ
from drafter.formats.docx.embedded_model import PART_NAME
from drafter.formats.docx.native_file import save_document
from drafter.gui.dialogs import NewDocumentChoice, chosen_path
from drafter.storage.lock import lock_path
from support.bad_docx import CASES, build_bad_files
from support.editor import block_with, type_unicode
from support.files import drop_file, make_editor, rich_resolution


def _type_at_end(window, starts_with: str, text: str) -> None:
    block = block_with(window.editor, starts_with)
    cursor = QTextCursor(block)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    window.editor.setTextCursor(cursor)
    type_unicode(window.editor, text)


@pytest.fixture
def saved_file(tmp_path) -> Path:
    path = tmp_path / "draft.docx"
    save_document(rich_resolution(), path)
    return path


def test_open_edit_save_reopen_gives_the_same_document(qtbot, tmp_path, saved_file) -> None:
    first = make_editor(qtbot, tmp_path)
    assert first.files.open_path(saved_file)
    assert first.window.resolution() == drafter.read(saved_file)
    _type_at_end(first.window, "Decides to remain", " Très bien")
    first.window.disable_rule(type("D", (), {"rule": "style-x"})())  # a document-level suppression
    assert first.files.is_modified()
    assert first.files.save()
    saved = first.window.resolution()
    assert saved.paragraphs[-1].text.endswith("matter. Très bien")
    assert saved.meta.disabled_rules == ["placeholder-unfilled", "style-x"]
    assert saved.ignored == ["test-hyphen|OP1|Secretary General"]
    assert not first.files.is_modified()
    first.files.close_cleanly()

    second = make_editor(qtbot, tmp_path / "other")
    assert second.files.open_path(saved_file)
    again = second.window.resolution()
    assert again == saved  # kinds, levels, footnotes, metadata, suppressed diagnostics
    assert [p.address for p in again.paragraphs] == ["PP1", "PP2", "OP1", "OP2", "OP2(a)", "OP2(b)", "OP3"]
    assert [(f.number, f.text) for f in again.footnotes] == [(1, "A/75/100."), (2, "A/75/200.")]


def test_saved_file_is_an_ordinary_word_file(qtbot, tmp_path, saved_file) -> None:
    """Without Drafter's embedded model, the Word reader finds the same structure on the page."""
    from drafter.formats.docx.reader import read_docx

    editor = make_editor(qtbot, tmp_path)
    editor.files.open_path(saved_file)
    _type_at_end(editor.window, "Welcomes", " again")
    assert editor.files.save()
    with zipfile.ZipFile(saved_file) as archive:
        assert "word/document.xml" in archive.namelist() and PART_NAME in archive.namelist()
    visible = read_docx(saved_file)
    assert visible.counts() == editor.window.resolution().counts()
    assert [p.text for p in visible.paragraphs] == [p.text for p in editor.window.resolution().paragraphs]


def test_title_shows_the_file_and_the_unsaved_mark(qtbot, tmp_path, saved_file) -> None:
    editor = make_editor(qtbot, tmp_path)
    window = editor.window
    assert window.windowTitle() == "Untitled resolution[*] — Drafter" and not window.isWindowModified()
    editor.files.open_path(saved_file)
    assert window.windowTitle() == "draft.docx[*] — Drafter" and not window.isWindowModified()
    _type_at_end(window, "Welcomes", "!")
    assert window.isWindowModified()
    editor.files.save()
    assert not window.isWindowModified()
    # an edit outside the text (metadata panel) also counts as unsaved
    window.metadata.sponsors.setText("Norway, Chile")
    window.metadata.sponsors.editingFinished.emit()
    window.checks.run_now(force=True)
    assert window.isWindowModified()


def test_text_file_is_saved_as_a_new_word_file(qtbot, tmp_path, corpus) -> None:
    target = tmp_path / "ga_68_131"  # the .docx suffix is added
    editor = make_editor(qtbot, tmp_path, {"save": [str(target)]})
    source = tmp_path / "GA_68_131_fr.txt"  # a copy: opening takes a lock next to the file
    source.write_bytes((corpus / "GA_68_131_fr.txt").read_bytes())
    before = source.read_bytes()
    assert editor.files.open_path(source)
    assert "GA_68_131_fr.txt" in editor.window.issues.report.text()  # the report is in the Issues dock
    assert editor.files.save()  # a .txt is never overwritten with Word content: Save As
    assert source.read_bytes() == before
    assert editor.files.path == target.with_suffix(".docx")
    assert drafter.read(editor.files.path) == editor.window.resolution()
    assert editor.dialogs.asked == [("save", str(source.with_suffix(".docx")))]


def test_a_typed_name_gets_the_files_ending_once(tmp_path) -> None:
    assert chosen_path(str(tmp_path / "draft.DOCX"), ".docx") == tmp_path / "draft.DOCX"
    assert chosen_path(str(tmp_path / "notes.txt"), ".docx") == tmp_path / "notes.txt.docx"
    assert chosen_path(str(tmp_path / "draft"), ".xml") == tmp_path / "draft.xml"


# --- the unsaved-changes prompt ---------------------------------------------------------


@pytest.mark.parametrize("answer", ["cancel", "discard", "save"])
def test_closing_with_unsaved_changes_asks(qtbot, tmp_path, saved_file, answer) -> None:
    editor = make_editor(qtbot, tmp_path, {"unsaved": [answer]})
    editor.files.open_path(saved_file)
    before = saved_file.read_bytes()
    _type_at_end(editor.window, "Welcomes", " X")
    closed = editor.window.close()
    assert editor.dialogs.asked == [("unsaved", "draft.docx")]
    assert closed is (answer != "cancel")
    if answer == "cancel":
        assert editor.window.isVisible() and editor.files.is_modified()
        assert editor.files.lock is not None and lock_path(saved_file).exists()
    else:
        assert not lock_path(saved_file).exists()  # the lock goes with the window
        assert list((tmp_path / "recovery").glob("*.json")) == []
    if answer == "save":
        assert drafter.read(saved_file).paragraphs[2].text.endswith(" X")
    else:
        assert saved_file.read_bytes() == before


def test_a_clean_document_closes_without_asking(qtbot, tmp_path, saved_file) -> None:
    editor = make_editor(qtbot, tmp_path)
    editor.files.open_path(saved_file)
    assert editor.window.close()
    assert editor.dialogs.asked == []


def test_opening_another_file_asks_first_and_cancel_keeps_the_text(qtbot, tmp_path, saved_file) -> None:
    other = tmp_path / "other.docx"
    save_document(rich_resolution(), other)
    editor = make_editor(qtbot, tmp_path, {"unsaved": ["cancel"]})
    editor.files.open_path(saved_file)
    _type_at_end(editor.window, "Welcomes", " kept")
    assert not editor.files.open_path(other)
    assert editor.files.path == saved_file
    assert editor.window.resolution().paragraphs[2].text.endswith(" kept")


def test_save_failing_halfway_leaves_the_previous_file_intact(qtbot, tmp_path, saved_file,
                                                              monkeypatch) -> None:
    import drafter.formats.docx.writer as docx_export

    editor = make_editor(qtbot, tmp_path)
    editor.files.open_path(saved_file)
    before = saved_file.read_bytes()
    _type_at_end(editor.window, "Welcomes", " lost?")

    def crash_halfway(resolution, path, **options) -> None:
        Path(path).write_bytes(b"PK\x03\x04 half a file")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(docx_export, "export_docx", crash_halfway)
    assert not editor.files.save()
    assert saved_file.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == [".~lock.draft.docx#"]
    title, text = editor.dialogs.errors[-1]
    assert title == "Cannot save the file" and "No space left on device" in text and "not changed" in text
    assert editor.files.is_modified()  # the work is still unsaved, and still on the page
    monkeypatch.undo()
    assert editor.files.save()
    assert drafter.read(saved_file).paragraphs[2].text.endswith(" lost?")


def test_a_file_changed_by_another_program_is_not_overwritten_silently(qtbot, tmp_path, saved_file) -> None:
    editor = make_editor(qtbot, tmp_path, {"overwrite": ["cancel", "overwrite"]})
    editor.files.open_path(saved_file)
    _type_at_end(editor.window, "Welcomes", " mine")
    saved_file.write_bytes(saved_file.read_bytes() + b"\0")  # someone else's save
    theirs = saved_file.read_bytes()
    assert not editor.files.save()
    assert saved_file.read_bytes() == theirs
    assert editor.files.save()
    assert [q for q, _ in editor.dialogs.asked] == ["overwrite", "overwrite"]
    assert drafter.read(saved_file).paragraphs[2].text.endswith(" mine")


def test_a_file_open_in_another_process_is_refused(qtbot, tmp_path, saved_file) -> None:
    lock_path(saved_file).write_text(
        f'{{"host": "{os.uname().nodename}", "pid": {os.getppid()}, "user": ""}}', encoding="utf-8")
    editor = make_editor(qtbot, tmp_path)
    assert not editor.files.open_path(saved_file)
    title, text = editor.dialogs.errors[0]
    assert title == "File already open" and f"process {os.getppid()}" in text
    assert editor.files.path is None


# --- bad files: a clear dialog, never a crash ---------------------------------------------


def test_every_file_the_reader_refuses_gives_a_clear_dialog(qtbot, tmp_path) -> None:
    (tmp_path / "bad").mkdir()
    bad = build_bad_files(tmp_path / "bad")
    editor = make_editor(qtbot, tmp_path)
    shown = editor.window.resolution()
    for case in CASES:
        path, reason = bad[case]
        assert not editor.files.open_path(path), case
        title, text = editor.dialogs.errors[-1]
        assert title == "Cannot open the file"
        assert str(path) in text and reason.lower() in text.lower() and "\n" not in text, case
        assert editor.window.resolution() == shown  # the page is untouched
    assert len(editor.dialogs.errors) == len(CASES)
    assert not any(p.name.startswith(".~lock") for p in (tmp_path / "bad").iterdir())


def test_a_reader_bug_still_ends_in_a_dialog(qtbot, tmp_path, saved_file, monkeypatch) -> None:
    def broken(path, language=None):
        raise KeyError("w:val")

    monkeypatch.setattr(drafter, "read", broken)
    editor = make_editor(qtbot, tmp_path)
    assert not editor.files.open_path(saved_file)
    assert "draft.docx" in editor.dialogs.errors[0][1] and "KeyError" in editor.dialogs.errors[0][1]


# --- new, recent files, drag and drop, export -------------------------------------------


def test_new_from_the_template_dialog(qtbot, tmp_path, saved_file) -> None:
    choice = NewDocumentChoice(Organ.SC, DocumentStatus.ADOPTED, "fr")
    editor = make_editor(qtbot, tmp_path, {"new": [choice]})
    editor.files.open_path(saved_file)
    assert editor.files.new_document()
    resolution = editor.window.resolution()
    assert resolution.formula == "Le Conseil de sécurité,"
    assert resolution.paragraphs[-1].text == "Décide de rester saisi de la question."
    assert editor.files.path is None and not lock_path(saved_file).exists()
    assert editor.window.windowTitle() == "Untitled resolution[*] — Drafter"


def test_recent_files_menu_reopens_a_file(qtbot, tmp_path, saved_file) -> None:
    editor = make_editor(qtbot, tmp_path)
    editor.files.open_path(saved_file)
    assert editor.files.settings.recent_files == [str(saved_file)]
    editor.files.close_cleanly()
    again = make_editor(qtbot, tmp_path)  # same settings file
    again.files._fill_recent()
    entries = [a for a in again.files.recent_menu.actions() if a.data()]
    assert [a.data() for a in entries] == [str(saved_file)]
    entries[0].trigger()
    assert again.files.path == saved_file


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # QDragEnterEvent(QPoint, …): the only form
def test_dropping_a_word_file_opens_it(qtbot, tmp_path, saved_file) -> None:
    editor = make_editor(qtbot, tmp_path)
    drop_file(editor.window, saved_file)
    qtbot.waitUntil(lambda: editor.files.path == saved_file)
    assert editor.window.resolution().meta.symbol == "A/80/L.7"


def test_export_for_submission_has_no_drafter_data(qtbot, tmp_path, saved_file) -> None:
    out = tmp_path / "clean.docx"
    editor = make_editor(qtbot, tmp_path, {"save": [str(out)], "masthead": ["export"]})
    editor.files.open_path(saved_file)
    assert editor.files.export_submission()
    with zipfile.ZipFile(out) as archive:
        assert PART_NAME not in archive.namelist()
    assert drafter.read(out).counts() == editor.window.resolution().counts()
    assert editor.files.path == saved_file  # the document keeps its own file


def test_file_commands_use_the_standard_shortcuts(qtbot, tmp_path) -> None:
    editor = make_editor(qtbot, tmp_path)
    actions = editor.files.actions
    for name, key in [("file_new", QKeySequence.StandardKey.New),
                      ("file_open", QKeySequence.StandardKey.Open),
                      ("file_save", QKeySequence.StandardKey.Save),
                      ("file_save_as", QKeySequence.StandardKey.SaveAs)]:
        assert actions[name].shortcuts() == QKeySequence.keyBindings(key), name
    assert editor.window.menuBar().actions()[0].text() == "&File"


def test_first_save_of_a_word_file_from_elsewhere_goes_through_save_as(qtbot, tmp_path) -> None:
    """An official or colleague's .docx may hold what Drafter does not model: never overwritten silently."""
    from drafter.formats.docx.native_file import export_for_submission

    foreign = tmp_path / "official.docx"
    export_for_submission(rich_resolution(), foreign)
    editor = make_editor(qtbot, tmp_path, {"save": [None, str(foreign)]})
    editor.files.open_path(foreign)
    before = foreign.read_bytes()
    _type_at_end(editor.window, "Welcomes", " edited")
    assert not editor.files.save()  # the drafter cancels the file dialog
    assert foreign.read_bytes() == before
    assert editor.files.save()  # and then confirms the same name
    assert editor.dialogs.asked == [("save", str(foreign)), ("save", str(foreign))]
    assert editor.files.save()  # from now on it is Drafter's file: no more questions
    assert len(editor.dialogs.asked) == 2


def test_new_asks_about_unsaved_changes_and_offers_the_settings_defaults(qtbot, tmp_path) -> None:
    editor = make_editor(qtbot, tmp_path, {"unsaved": ["cancel", "discard"], "new": [None]})
    editor.files.settings.document_organ, editor.files.settings.document_language = "HRC", "es"
    _type_at_end(editor.window, "Welcomes", " draft")
    assert not editor.files.new_document()  # cancelled at the prompt: nothing asked further
    assert editor.dialogs.asked == [("unsaved", "Untitled resolution")]
    assert not editor.files.new_document()  # discarded, then the New dialog is cancelled
    assert editor.dialogs.asked[-1] == ("new", "HRC draft es")  # the settings' defaults
    assert editor.window.resolution().paragraphs[2].text.endswith(" draft")


def test_new_dialog_starts_from_the_defaults_and_names_its_fields(qtbot) -> None:
    from drafter.gui.new_dialog import NewDocumentDialog

    defaults = NewDocumentChoice(Organ.HRC, DocumentStatus.ADOPTED, "es")
    dialog = NewDocumentDialog(defaults)
    qtbot.addWidget(dialog)
    assert dialog.choice() == defaults
    assert [dialog.organ.count(), dialog.status.count()] == [5, 2]
    assert {"en", "fr", "es"} <= {dialog.language.itemData(i) for i in range(dialog.language.count())}
    assert all(combo.accessibleName() for combo in (dialog.organ, dialog.status, dialog.language))
    dialog.organ.setCurrentIndex(dialog.organ.findData("SC"))
    assert dialog.choice().organ is Organ.SC


def test_a_file_read_before_the_controller_existed_is_taken_in_charge(qtbot, tmp_path, saved_file) -> None:
    """``drafter FILE`` may read the file first: the controller then locks it and reports on it."""
    resolution = drafter.read(saved_file)
    editor = make_editor(qtbot, tmp_path, resolution=resolution)
    editor.window.load_resolution(resolution, saved_file)
    editor.files.adopt(saved_file, resolution)
    assert editor.files.path == saved_file and lock_path(saved_file).exists()
    assert editor.window.windowTitle() == "draft.docx[*] — Drafter" and not editor.files.is_modified()
    assert editor.window.issues.report.text().startswith("Opened draft.docx: ")
    assert editor.files.settings.recent_files == [str(saved_file)]
