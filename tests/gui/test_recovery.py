"""Never losing work: autosave on a timer and on focus loss, recovery offered after a crash.

The in-process tests drive the controller directly; the last test is the real
thing: the editor in a subprocess, text typed, an autosave waited for, the process
killed with SIGKILL, and a second start that offers the text back.
"""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

import drafter
from drafter.core import model_json
from drafter.formats.docx.native_file import save_document
from drafter.storage.lock import lock_path
from drafter.storage.recovery import RecoveryStore
from support.app_process import crash_after_autosave, dumped_start
from support.editor import sample_resolution, type_after
from support.files import make_editor


def test_autosave_writes_only_when_something_changed(qtbot, tmp_path) -> None:
    editor = make_editor(qtbot, tmp_path)
    assert editor.files.autosave() is None  # nothing to keep yet
    type_after(editor.window, "Welcomes", " — édité")
    written = editor.files.autosave()
    assert written is not None and written.parent == tmp_path / "recovery"
    payload = json.loads(written.read_text(encoding="utf-8"))
    kept = model_json.from_dict(payload["resolution"])
    assert kept.paragraphs[2].text.endswith(" — édité") and payload["original"] == ""
    assert editor.files.autosave() is None  # unchanged since the last autosave


def test_losing_focus_autosaves(qtbot, tmp_path) -> None:
    editor = make_editor(qtbot, tmp_path)
    type_after(editor.window, "Welcomes", " focus")
    QApplication.sendEvent(editor.window, QEvent(QEvent.Type.WindowDeactivate))
    # written on the autosave thread
    qtbot.waitUntil(lambda: len(list((tmp_path / "recovery").glob("*.json"))) == 1)


def test_the_autosave_timer_follows_the_settings(qtbot, tmp_path) -> None:
    editor = make_editor(qtbot, tmp_path)
    assert editor.files.autosave_timer.interval() == 30_000 and editor.files.autosave_timer.isActive()
    editor.files.settings.autosave_seconds = 12
    editor.files.apply_settings()
    assert editor.files.autosave_timer.interval() == 12_000
    type_after(editor.window, "Welcomes", " tick")
    editor.files.autosave_timer.timeout.emit()  # what the timer does every 12 s
    qtbot.waitUntil(lambda: len(list((tmp_path / "recovery").glob("*.json"))) == 1)


def test_saving_and_closing_remove_the_autosave(qtbot, tmp_path) -> None:
    path = tmp_path / "draft.docx"
    editor = make_editor(qtbot, tmp_path, {"save": [str(path)]})
    type_after(editor.window, "Welcomes", " saved")
    assert editor.files.autosave() is not None
    assert editor.files.save()
    assert list((tmp_path / "recovery").glob("*.json")) == []
    type_after(editor.window, "Welcomes", " again")
    editor.files.autosave()
    editor.dialogs.answers["unsaved"] = ["discard"]
    assert editor.window.close()
    assert list((tmp_path / "recovery").glob("*.json")) == []


def test_recovered_text_comes_back_unsaved_with_its_file(qtbot, tmp_path) -> None:
    path = tmp_path / "draft.docx"
    first = make_editor(qtbot, tmp_path, {"save": [str(path)]})
    first.files.save()
    type_after(first.window, "Welcomes", " not lost")
    first.files.autosave()
    first.files.lock.release()  # as if the process had died: its lock is stale, its autosave stays
    first.files.autosave_timer.stop()
    first.window.removeEventFilter(first.files)

    second = make_editor(qtbot, tmp_path, {"recovery": ["recover"]})
    assert second.files.offer_recovery()
    assert second.dialogs.asked == [("recovery", "draft.docx")]
    assert second.window.resolution().paragraphs[2].text.endswith(" not lost")
    assert second.files.path == path and second.files.is_modified()
    assert second.window.isWindowModified() and lock_path(path).exists()
    assert len(list((tmp_path / "recovery").glob("*.json"))) == 1  # now under the new session's key


def test_discarded_recovery_is_gone_and_later_keeps_it(qtbot, tmp_path) -> None:
    store = RecoveryStore(tmp_path / "recovery")
    first = make_editor(qtbot, tmp_path)
    type_after(first.window, "Welcomes", " maybe")
    first.files.autosave()
    first.window.removeEventFilter(first.files)
    later = make_editor(qtbot, tmp_path, {"recovery": ["later"]})
    assert not later.files.offer_recovery() and len(store.pending()) == 1
    discard = make_editor(qtbot, tmp_path, {"recovery": ["discard"]})
    assert not discard.files.offer_recovery() and store.pending() == []


@pytest.mark.slow
def test_killed_editor_offers_the_typed_text_at_the_next_start(tmp_path) -> None:
    document = tmp_path / "draft.docx"
    save_document(sample_resolution(), document)
    typed = " Texte tapé avant la panne"
    recovery = crash_after_autosave(tmp_path, document, typed)
    assert lock_path(document).exists()  # the killed editor held the file

    payload = dumped_start(tmp_path, document, "after.json", DRAFTER_TEST_ANSWERS="recovery=recover")
    recovered = model_json.from_dict(payload["resolution"])
    assert recovered.paragraphs[0].text == "Recalling its resolution 75/1," + typed
    assert payload["modified"] and payload["path"] == str(document)
    assert payload["title"] == "draft.docx[*] — Drafter"
    assert "Texte tapé" not in model_json.dumps(drafter.read(document))  # the file was never touched
    assert list(recovery.glob("*.json")) == []  # the dump closed cleanly
    assert not lock_path(document).exists()


@pytest.mark.slow
def test_killed_untitled_draft_comes_back_from_the_timer_autosave(tmp_path) -> None:
    """No file, no dialog, no focus change: only the autosave timer can have kept the text."""
    typed = " (untitled, never saved)"
    crash_after_autosave(tmp_path, None, typed)

    payload = dumped_start(tmp_path, None, "after.json", DRAFTER_TEST_ANSWERS="recovery=recover")
    recovered = model_json.from_dict(payload["resolution"])
    assert recovered.paragraphs[0].text.endswith(typed)
    assert payload["modified"] and payload["path"] == ""
    assert payload["title"] == "Untitled resolution[*] — Drafter"


def test_test_hook_answers_are_parsed_and_fall_back_to_real_dialogs() -> None:
    from drafter.gui.dialogs import ScriptedDialogs, parse_answers

    answers = parse_answers(" recovery=recover ; unsaved=discard,cancel;")
    assert answers == {"recovery": ["recover"], "unsaved": ["discard", "cancel"]}
    asked = []

    class Real:
        def ask_overwrite_changed(self, name: str) -> str:
            asked.append(name)
            return "cancel"

    dialogs = ScriptedDialogs(answers, fallback=Real())
    assert [dialogs.ask_unsaved("a"), dialogs.ask_unsaved("a"), dialogs.ask_unsaved("a")] == [
        "discard", "cancel", "cancel"]  # the last answer repeats
    assert dialogs.ask_overwrite_changed("b") == "cancel" and asked == ["b"]  # not scripted: real dialog
