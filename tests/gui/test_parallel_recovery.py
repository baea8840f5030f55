"""After a crash, the parallel version's unsaved edits come back beside their document, not as a
document of their own (or the recovery dialog says why they cannot).

The crash is simulated as in test_recovery: the first window's autosaves are written, then the
window stops watching (no clean close, its lock released as a dead process's would be), and a new
window starts and offers the recovery folder's work.
"""

from __future__ import annotations

import shutil

import pytest

import drafter
from drafter.storage.lock import lock_path
from drafter.storage.recovery import RecoveryStore
from support.corpus import CORPUS
from support.editor import type_unicode
from support.files import make_editor
from support.pages import block_at, put_cursor

pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus not present")
ENGLISH, FRENCH = CORPUS / "GA_75_100_en.txt", CORPUS / "GA_75_100_fr.txt"
TYPED = "Rappelant encore "


def _first_session(qtbot, tmp_path, main_saved: bool, main_edited: bool):
    """English on the page (saved as draft.docx or never saved), the French version beside it with
    TYPED at the start of its PP2, both kept in the recovery folder; then the 'crash'."""
    french = tmp_path / FRENCH.name
    shutil.copyfile(FRENCH, french)
    draft = tmp_path / "draft.docx"
    editor = make_editor(qtbot, tmp_path, {"save": [str(draft)]}, resolution=drafter.read(ENGLISH))
    if main_saved:
        assert editor.files.save()
    if main_edited:
        put_cursor(editor.window.editor, "OP1")
        qtbot.keyClicks(editor.window.editor, "Firmly ")
        assert editor.files.autosave() is not None
    editor.window.parallel.open_parallel(french)
    put_cursor(editor.window.parallel.page, "PP2")
    type_unicode(editor.window.parallel.page, TYPED)
    editor.window.parallel.autosave()
    store = RecoveryStore(tmp_path / "recovery")
    qtbot.waitUntil(lambda: any(item.partner is not None for item in store.pending()), timeout=5000)
    editor.files.autosave_timer.stop()  # the crash: nothing more is written, nothing cleaned up
    editor.window.removeEventFilter(editor.files)
    editor.window.removeEventFilter(editor.window.parallel)
    if editor.files.lock is not None:
        editor.files.lock.release()
    return editor, french, draft


def _french_pp2(window) -> str:
    return block_at(window.parallel.page, "PP2").text()


def test_the_version_comes_back_beside_its_saved_document_which_is_opened(qtbot, tmp_path) -> None:
    _, french, draft = _first_session(qtbot, tmp_path, main_saved=True, main_edited=False)
    second = make_editor(qtbot, tmp_path, {"recovery": ["recover"]})  # a new window, untitled sample
    assert second.files.offer_recovery()
    assert second.dialogs.asked == [("recovery", f"{FRENCH.name}: It is the parallel version of "
                                     "“draft.docx”, which is not open: recovering opens “draft.docx” "
                                     "with this version beside it.")]
    window = second.window
    assert second.files.path == draft and lock_path(draft).exists()
    assert not second.files.is_modified()  # the English document as saved
    assert window.parallel.file.path == french and window.parallel.dock.isVisible()
    assert _french_pp2(window).startswith(TYPED + "Rappelant ses résolutions")
    assert window.parallel.page.document().isModified()
    assert window.parallel.dock.title.text().startswith(f"{FRENCH.name} * (EN / FR)")
    assert french.read_bytes() == FRENCH.read_bytes()  # the file itself was never touched
    kept = RecoveryStore(tmp_path / "recovery").pending()  # kept again, now naming this window's file
    assert [(item.original, item.partner.path) for item in kept if item.partner] == [
        (str(french), str(draft))]


def test_an_untitled_document_and_its_version_both_come_back_side_by_side(qtbot, tmp_path) -> None:
    _first_session(qtbot, tmp_path, main_saved=False, main_edited=True)
    second = make_editor(qtbot, tmp_path, {"recovery": ["recover"]})
    assert second.files.offer_recovery()
    assert [about for _, about in second.dialogs.asked] == [
        "Untitled resolution",
        f"{FRENCH.name}: It is the parallel version of “Untitled resolution”: it goes back beside it."]
    window = second.window
    assert block_at(window.editor, "OP1").text().startswith("Firmly ")
    assert _french_pp2(window).startswith(TYPED)
    # both kept again under this window's keys: the version names the recovered document's new autosave
    kept = RecoveryStore(tmp_path / "recovery").pending()
    version = next(item for item in kept if item.partner is not None)
    assert version.partner.key == second.files.recovery_key()


def test_without_its_document_the_dialog_says_so_and_the_version_is_not_lost(qtbot, tmp_path) -> None:
    _, french, _ = _first_session(qtbot, tmp_path, main_saved=False, main_edited=False)
    second = make_editor(qtbot, tmp_path, {"recovery": ["recover"]})
    assert second.files.offer_recovery()
    assert second.dialogs.asked == [("recovery", f"{FRENCH.name}: It is the parallel version of “Untitled "
                                     "resolution”, which is not open and cannot be opened: recovering shows "
                                     "this version as a document of its own.")]
    assert second.files.path == french and second.files.is_modified()
    assert block_at(second.window.editor, "PP2").text().startswith(TYPED)


def test_later_keeps_the_version_and_discard_removes_it(qtbot, tmp_path) -> None:
    _first_session(qtbot, tmp_path, main_saved=True, main_edited=False)
    store = RecoveryStore(tmp_path / "recovery")
    later = make_editor(qtbot, tmp_path, {"recovery": ["later"]})
    assert not later.files.offer_recovery() and later.window.parallel.dock is None
    assert [item.partner is not None for item in store.pending()] == [True]
    discard = make_editor(qtbot, tmp_path, {"recovery": ["discard"]})
    assert not discard.files.offer_recovery() and store.pending() == []


def test_starting_with_the_document_itself_shows_it_with_the_version_and_no_notice(qtbot, tmp_path) -> None:
    from drafter.gui.startup import start

    _, french, draft = _first_session(qtbot, tmp_path, main_saved=True, main_edited=False)
    second = make_editor(qtbot, tmp_path, {"recovery": ["recover"]})
    start(second.window, draft)  # drafter draft.docx
    assert second.files.path == draft and second.window.parallel.file.path == french
    assert "was not opened" not in second.window.statusBar().currentMessage()


def test_every_text_of_the_recovery_of_a_version_has_its_french() -> None:
    from support.i18n import GUI, tr_calls, ts_messages

    context, texts = tr_calls(GUI / "parallel_recovery.py")
    assert len(texts) == 4 and all(ts_messages().get((context, text)) for text in texts)


@pytest.mark.usefixtures("french")
def test_the_recovery_dialog_says_it_in_french(qtbot, tmp_path) -> None:
    _first_session(qtbot, tmp_path, main_saved=True, main_edited=False)
    second = make_editor(qtbot, tmp_path, {"recovery": ["later"]})
    second.files.offer_recovery()
    assert second.dialogs.asked == [("recovery", f"{FRENCH.name}: Il s’agit de la version parallèle de "
                                     "« draft.docx », qui n’est pas ouvert : la récupération ouvre "
                                     "« draft.docx » avec cette version à côté.")]
