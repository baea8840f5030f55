"""Compare ▸ Open Parallel Version…: the other language as a second page beside the first,
aligned, scrolled together, edited, checked and saved to its own file."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMenu

import drafter
from drafter.formats.docx.native_file import save_document
from drafter.gui.editor import ResolutionEditor
from drafter.gui.kinds import BlockKind, block_kind
from drafter.gui.parallel_sync import CURRENT, SHADES
from drafter.storage.recovery import RecoveryStore
from support.corpus import CORPUS
from support.editor import type_unicode
from support.files import make_editor
from support.pages import block_at, put_cursor

pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus not present")
ENGLISH, ARABIC = CORPUS / "GA_75_100_en.txt", CORPUS / "GA_75_100_ar.txt"


@pytest.fixture
def editor(qtbot, tmp_path, monkeypatch):
    """English on the page, a copy of the Arabic version offered by the (patched) file dialog."""
    arabic = tmp_path / "GA_75_100_ar.txt"
    shutil.copyfile(ARABIC, arabic)
    made = make_editor(qtbot, tmp_path, resolution=drafter.read(ENGLISH))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(arabic), ""))
    made.arabic = arabic
    return made


def _open_from_the_menu(window) -> None:
    compare = window.findChild(QMenu, "CompareMenu")
    next(a for a in compare.actions() if a.objectName() == "open_parallel").trigger()


def _top_address(page: ResolutionEditor) -> str:
    number = page.cursorForPosition(QPoint(0, 0)).block().blockNumber()
    return page.snapshot().addresses.get(number, "")


def _parallel_issues(window) -> list[tuple[str, str]]:
    return [(d.rule, d.paragraph) for d in window.issues.diagnostics if d.source == "parallel"]


def test_the_menu_shows_the_arabic_version_as_a_right_to_left_page_beside_the_first(editor) -> None:
    window = editor.window
    _open_from_the_menu(window)
    dock = window.parallel.dock
    assert dock is not None and dock.isVisible()
    page = dock.page
    assert isinstance(page, ResolutionEditor) and not page.isReadOnly()
    assert page.document().defaultTextOption().textDirection() == Qt.LayoutDirection.RightToLeft
    op1 = block_at(page, "OP1")
    assert block_kind(op1) is BlockKind.OPERATIVE and page.block_label(op1) == "1 -"  # the Arabic numbering
    assert window.editor.block_label(block_at(window.editor, "OP1")) == "1."
    # not justified: Qt would space the Arabic letters apart and break their joins
    assert not op1.blockFormat().alignment() & Qt.AlignmentFlag.AlignJustify
    assert block_at(window.editor, "OP1").blockFormat().alignment() & Qt.AlignmentFlag.AlignJustify
    assert dock.title.text().startswith("GA_75_100_ar.txt (EN / AR): 28 paragraphs aligned, 0 differences")
    assert window.editor.geometry().right() < dock.geometry().left() < window.issues.geometry().left()


def test_scrolling_either_page_scrolls_the_other_to_the_aligned_paragraph(editor, qtbot) -> None:
    window = editor.window
    page = window.parallel.open_parallel()
    page = window.parallel.page
    layout = window.editor.document().documentLayout()
    top = layout.blockBoundingRect(block_at(window.editor, "PP6")).top()
    window.editor.verticalScrollBar().setValue(round(top))
    assert _top_address(window.editor) == "PP6" and _top_address(page) == "PP6"
    other = page.document().documentLayout()
    page.verticalScrollBar().setValue(round(other.blockBoundingRect(block_at(page, "PP3")).top()))
    assert _top_address(page) == "PP3" and _top_address(window.editor) == "PP3"


def test_the_current_paragraph_is_highlighted_on_both_pages(editor) -> None:
    window = editor.window
    window.parallel.open_parallel()
    page = window.parallel.page
    put_cursor(window.editor, "OP3")
    highlighted = [s.cursor.block().blockNumber() for s in page.extraSelections()
                   if s.format.background().color() == CURRENT]
    assert highlighted == [block_at(page, "OP3").blockNumber()]
    put_cursor(page, "PP5")
    mine = [s.cursor.block().blockNumber() for s in window.editor.extraSelections()
            if s.format.background().color() == CURRENT]
    assert mine == [block_at(window.editor, "PP5").blockNumber()]


def test_typing_in_the_second_page_realigns_and_brings_a_finding_undo_takes_it_back(editor, qtbot) -> None:
    window = editor.window
    window.parallel.open_parallel()
    page = window.parallel.page
    english_before = window.editor.toPlainText()
    put_cursor(page, "PP2", "2012")
    qtbot.keyClicks(page, "2021")
    assert "67/123 المؤرخ 18 كانون الأول/ديسمبر 2021" in block_at(page, "PP2").text()
    qtbot.waitUntil(lambda: ("parallel-date", "PP2") in _parallel_issues(window), timeout=3000)
    assert window.parallel.dock.findings.count() == 1
    assert window.parallel.dock.findings.item(0).text().startswith("PP2 / PP2:")
    assert window.parallel.dock.title.text().startswith("GA_75_100_ar.txt * (EN / AR)")  # unsaved
    for side in (page, window.editor):  # the paragraph with the finding is shaded on both pages
        shaded = {s.cursor.block().blockNumber() for s in side.extraSelections()
                  if s.format.background().color() in SHADES.values()}
        assert shaded == {block_at(side, "PP2").blockNumber()}
    put_cursor(window.editor, "OP5")
    put_cursor(page, "OP5")
    window.checks.run_now(force=True)
    index = next(i for i, d in enumerate(window.issues.diagnostics) if d.source == "parallel")
    window.issues.select(index)
    window.issues.tree.itemActivated.emit(window.issues.tree.currentItem(), 0)  # Enter on the issue
    assert window.editor.textCursor().blockNumber() == block_at(window.editor, "PP2").blockNumber()
    assert page.textCursor().blockNumber() == block_at(page, "PP2").blockNumber()
    for _ in range(4):
        qtbot.keyClick(page, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "18 كانون الأول/ديسمبر 2012" in block_at(page, "PP2").text()
    assert window.editor.toPlainText() == english_before  # Ctrl+Z in the second page undid only there
    qtbot.waitUntil(lambda: not _parallel_issues(window), timeout=3000)


def test_typing_in_the_main_page_realigns_after_its_checks(editor, qtbot) -> None:
    window = editor.window
    window.parallel.open_parallel()
    put_cursor(window.editor, "PP2", "2012")
    qtbot.keyClicks(window.editor, "2021")
    qtbot.waitUntil(lambda: ("parallel-date", "PP2") in _parallel_issues(window), timeout=5000)
    assert window.parallel.dock.title.text().endswith("1 difference")


def test_ctrl_alt_f_in_the_second_page_asks_the_note_and_marks_that_page(editor, qtbot, monkeypatch) -> None:
    window = editor.window
    window.parallel.open_parallel()
    page = window.parallel.page
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *args, **kwargs: ("انظر A/75/1.", True))
    put_cursor(page, "OP3", "تحترم")
    cursor = page.textCursor()
    cursor.clearSelection()  # the cursor after the first word
    page.setTextCursor(cursor)
    qtbot.keyClick(page, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    arabic = page.resolution()
    assert [note.text for note in arabic.footnotes][-1] == "انظر A/75/1."
    assert [ref.offset for ref in arabic.find("OP3").footnote_refs] == [len("تحترم")]
    assert len(window.resolution().footnotes) == 2  # the English notes as they were


def test_ctrl_f_in_the_second_page_searches_that_page(editor, qtbot) -> None:
    window = editor.window
    window.parallel.open_parallel()
    page = window.parallel.page
    put_cursor(page, "PP1")
    qtbot.keyClick(page, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    dialog = page.find_dialog
    assert dialog is not None and dialog.isVisible() and dialog.editor is page
    assert window._find_dialog is None  # the main page's Find was not opened


def test_a_kind_key_in_the_second_page_changes_that_page_only(editor, qtbot) -> None:
    window = editor.window
    window.parallel.open_parallel()
    page = window.parallel.page
    put_cursor(page, "OP3")
    number = page.textCursor().blockNumber()
    qtbot.keyClick(page, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)  # Paragraph ▸ Sub-paragraph
    assert block_kind(page.document().findBlockByNumber(number)) is BlockKind.SUBPARAGRAPH
    assert page.block_label(page.document().findBlockByNumber(number)) == "(أ)"
    assert block_kind(block_at(window.editor, "OP3")) is BlockKind.OPERATIVE


def test_the_second_version_is_saved_to_its_own_text_file_and_reads_back(editor, qtbot) -> None:
    window = editor.window
    window.parallel.open_parallel()
    page = window.parallel.page
    window.parallel.save_action.trigger()  # nothing changed: the official file keeps its layout
    assert editor.arabic.read_bytes() == ARABIC.read_bytes()
    put_cursor(page, "OP3", "تحترم")
    type_unicode(page, "تحترم تماما")
    qtbot.keyClick(page, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Ctrl+S in its page
    assert not page.document().isModified()
    again = drafter.read(editor.arabic)
    assert again.find("OP3").text.startswith("تحترم تماما نطاق ولاية البعثات")
    assert [p.kind for p in again.paragraphs] == [p.kind for p in drafter.read(ARABIC).paragraphs]
    assert len(again.footnotes) == 2 and again.meta.language == "ar"
    assert editor.files.path is None and not editor.dialogs.asked  # the main document was left alone


def test_a_drafter_docx_is_saved_in_place_an_official_one_asks_for_a_name(editor, qtbot, tmp_path) -> None:
    window = editor.window
    ours = tmp_path / "arabic.docx"
    save_document(drafter.read(ARABIC), ours)
    window.parallel.open_parallel(ours)
    page = window.parallel.page
    put_cursor(page, "PP1", "إذ تسترشد")
    type_unicode(page, "وإذ تسترشد")
    window.parallel.save_action.trigger()
    assert drafter.read(ours).find("PP1").text.startswith("وإذ تسترشد بالمقاصد")
    official = next(CORPUS.glob("*.docx"))
    elsewhere = tmp_path / official.name
    shutil.copyfile(official, elsewhere)
    window.parallel.open_parallel(elsewhere)
    copy = tmp_path / "copy.docx"
    editor.dialogs.answers["save"] = [str(copy)]
    assert window.parallel.save() == copy
    assert elsewhere.read_bytes() == official.read_bytes() and copy.is_file()


def test_a_file_changed_on_disk_is_not_overwritten_without_asking(editor, qtbot) -> None:
    window = editor.window
    window.parallel.open_parallel()
    put_cursor(window.parallel.page, "PP1", "إذ")
    type_unicode(window.parallel.page, "وإذ")
    editor.arabic.write_text("changed elsewhere\n", encoding="utf-8")
    editor.dialogs.answers["overwrite"] = ["cancel"]
    assert window.parallel.save() is None
    assert editor.arabic.read_text(encoding="utf-8") == "changed elsewhere\n"
    assert editor.dialogs.asked == [("overwrite", "GA_75_100_ar.txt")]
    editor.dialogs.answers["overwrite"] = ["overwrite"]
    assert window.parallel.save() == editor.arabic
    assert drafter.read(editor.arabic).find("PP1").text.startswith("وإذ تسترشد")


def test_unsaved_edits_are_kept_in_the_recovery_folder_until_saved(editor, qtbot, tmp_path) -> None:
    window = editor.window
    window.parallel.open_parallel()
    page = window.parallel.page
    put_cursor(page, "PP1", "إذ")
    type_unicode(page, "وإذ")
    editor.files.autosave_timer.timeout.emit()  # the autosave's tick
    recovery = RecoveryStore(tmp_path / "recovery")

    def kept():
        return [item for item in recovery.pending() if item.original == str(editor.arabic)]

    qtbot.waitUntil(lambda: bool(kept()), timeout=5000)
    assert kept()[0].resolution.find("PP1").text.startswith("وإذ تسترشد")
    window.parallel.save()
    qtbot.waitUntil(lambda: not kept(), timeout=5000)


def test_closing_the_dock_or_the_window_asks_about_the_unsaved_version(editor, qtbot) -> None:
    window = editor.window
    window.parallel.open_parallel()
    page, dock = window.parallel.page, window.parallel.dock
    put_cursor(page, "PP1", "إذ")
    type_unicode(page, "وإذ")
    editor.dialogs.answers["unsaved"] = ["cancel"]
    assert not dock.close() and dock.isVisible()
    assert not window.close() and window.isVisible()
    assert [name for question, name in editor.dialogs.asked if question == "unsaved"] == [
        "GA_75_100_ar.txt", "GA_75_100_ar.txt"]
    editor.dialogs.answers["unsaved"] = ["discard"]
    assert dock.close() and not dock.isVisible()
    assert window.parallel.file is None and not _parallel_issues(window)
    assert editor.arabic.read_bytes() == ARABIC.read_bytes()


def test_a_finding_in_the_issues_dock_jumps_to_both_sides(editor, qtbot) -> None:
    window = editor.window
    window.parallel.open_parallel()
    page = window.parallel.page
    put_cursor(page, "OP2")  # drop the second operative paragraph of the Arabic version
    cursor = page.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
    cursor.movePosition(QTextCursor.MoveOperation.NextCharacter, QTextCursor.MoveMode.KeepAnchor)
    page.setTextCursor(cursor)
    qtbot.keyClick(page, Qt.Key.Key_Delete)
    window.parallel.refresh()
    missing = [d for d in window.issues.diagnostics if d.rule == "parallel-missing-paragraph"]
    assert len(missing) == 1 and missing[0].data["b"] is None and missing[0].paragraph.startswith("OP")
    window.checks.run_now(force=True)  # the page's snapshot for the jump
    put_cursor(window.editor, "PP1")
    window.issues.select(window.issues.diagnostics.index(missing[0]))
    window.issues.tree.itemActivated.emit(window.issues.tree.currentItem(), 0)
    english = block_at(window.editor, missing[0].paragraph).blockNumber()
    assert window.editor.textCursor().blockNumber() == english
    # the Arabic side shows where the paragraph is missing: at the paragraph aligned before it
    assert page.textCursor().blockNumber() == window.parallel.pages.aligned_block(window.editor, english)
    assert page.snapshot().addresses[page.textCursor().blockNumber()] in {"OP1", "OP2"}
    put_cursor(window.editor, "PP1")
    window.parallel.dock.findings.itemActivated.emit(window.parallel.dock.findings.item(0))  # the dock's list
    assert window.editor.textCursor().blockNumber() == english


def test_f6_reaches_the_second_page_and_its_keys_act_there(editor, qtbot) -> None:
    window = editor.window
    window.parallel.open_parallel()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    window.editor.setFocus()
    for _ in range(len(window.docks_in_order()) + 1):  # F6 visits the page, then each shown dock
        if QApplication.focusWidget() is window.parallel.page:
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6)
    assert QApplication.focusWidget() is window.parallel.page
    type_unicode(window.parallel.page, "و")
    qtbot.keyClick(window.parallel.page, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert editor.dialogs.asked == []  # Ctrl+S there saved the parallel version, not the main file
    assert not window.parallel.page.document().isModified()
    assert editor.arabic.read_bytes() != ARABIC.read_bytes()


@pytest.mark.usefixtures("french")
def test_the_dock_speaks_french(editor) -> None:
    window = editor.window
    window.parallel.open_parallel()
    dock = window.parallel.dock
    assert dock.save_button.text() == "&Enregistrer cette version"
    assert dock.title.text().startswith("GA_75_100_ar.txt (EN / AR) : 28 paragraphes alignés, 0 différence")
    assert window.parallel.save_action.text() == "Enregistrer la version pa&rallèle"


def test_a_file_that_cannot_be_read_is_named_in_one_line(editor, tmp_path) -> None:
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"not a zip")
    assert editor.window.parallel.open_parallel(broken) is None
    message = editor.window.statusBar().currentMessage()
    assert "broken.docx" in message and "\n" not in message
    assert editor.window.parallel.dock is None


def _a_date_finding(editor) -> None:
    window = editor.window
    window.parallel.open_parallel()
    put_cursor(window.parallel.page, "PP2", "2012")
    type_unicode(window.parallel.page, "2021")
    window.parallel.refresh()
    dates = [i for i, d in enumerate(window.issues.diagnostics) if d.rule == "parallel-date"]
    window.issues.select(dates[0])


@pytest.mark.parametrize("button", ["ignore_button", "disable_button"])
def test_ignore_once_and_disable_rule_apply_to_the_findings(editor, qtbot, button) -> None:
    _a_date_finding(editor)
    getattr(editor.window.issues, button).click()
    qtbot.waitUntil(lambda: not _parallel_issues(editor.window), timeout=5000)
    assert editor.window.parallel.dock.findings.count() == 1  # the comparison itself still lists it


def test_with_the_help_pane_made_the_versions_still_stand_side_by_side(editor) -> None:
    """drafter's window has the Guide (hidden) among the Issues' tabs: the column must not go blank."""
    from drafter.gui.help_menu import install_help, show_guide

    window = editor.window
    install_help(window)
    _open_from_the_menu(window)
    dock = window.parallel.dock
    assert window.editor.geometry().right() < dock.geometry().left() < window.issues.geometry().left()
    assert dock.geometry().top() >= 0 and window.issues.geometry().top() >= 0
    assert set(window.tabifiedDockWidgets(window.issues)) == {window.footnotes, window.references}
    assert window.issues.isVisible() and not window.guide.isVisible()
    show_guide(window)  # Help ▸ Guide: still a tab of the Issues' column
    assert window.guide in window.tabifiedDockWidgets(window.issues)
