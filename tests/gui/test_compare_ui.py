"""The editor's "Compare with Base Text…" and "Export for Submission with Track Changes…".

The page shows a revision of A/RES/76/71 (GA_76_71_en.txt with paragraphs edited,
inserted, deleted and moved, made by ``revise`` in test_compare_corpus); the base
picked in the (scripted) file dialog is the official text. The list shows the
changes at their addresses, double-clicking one puts the cursor on it, and the
exported redline, read back with the independent ``w:ins``/``w:del`` reader,
gives the page when every change is accepted and the base when rejected.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QMenu

import drafter
from drafter.comparison import ChangeKind, build_comparison
from drafter.gui.compare_actions import (
    ScriptedCompareDialogs,
    author_name,
    install_compare_actions,
)
from drafter.gui.compare_targets import Target, change_targets, first_edit_span
from drafter.settings import Settings
from support.corpus import CORPUS
from support.files import make_editor
from support.i18n import GUI, tr_calls, ts_messages
from support.redline import body_slice, footnotes_in_order, make
from support.redline_view import normalize, read_view, revision_attributes
from support.revision import revise

AUTHOR = "Delegation of Norway"

# What the page (the revision) has against the official text, paragraph by paragraph.
EXPECTED = [
    ("changed", "PP2"), ("deleted", "PP4"), ("moved", "OP3"), ("changed", "OP6"),
    ("inserted", "OP9"), ("deleted", "OP9"), ("changed", "OP200(b)"), ("inserted", "OP200(d)"),
]


@pytest.fixture(scope="module")
def texts(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(official text, revision) as files, both copies in a temporary folder (the tests
    write files next to them: never into the shared corpus)."""
    official = CORPUS / "GA_76_71_en.txt"
    if not official.is_file():
        pytest.skip("shared corpus not present")
    folder = tmp_path_factory.mktemp("texts")
    text = official.read_text(encoding="utf-8")
    base, revision = folder / "GA_76_71_en.txt", folder / "GA_76_71_en_rev1.txt"
    base.write_text(text, encoding="utf-8")
    revision.write_text(revise(text), encoding="utf-8")
    return base, revision


def first_word_checker(resolution: drafter.Resolution, options: object) -> list[drafter.Diagnostic]:
    """A check family that underlines the first word of every operative paragraph."""
    return [drafter.Diagnostic("test-first-word", drafter.Severity.INFO, p.address, 0, p.text.find(" "),
                               "First word.", source="style")
            for p in resolution.paragraphs if p.kind is drafter.ParagraphKind.OPERATIVE and " " in p.text]


@pytest.fixture
def editor(qtbot, texts: tuple[Path, Path]):
    """The window with the revision open, the compare commands installed, scripted dialogs."""
    from drafter.gui.main_window import MainWindow

    settings = Settings()
    settings.author_name = AUTHOR  # type: ignore[attr-defined]  # read when present
    window = MainWindow(checker=first_word_checker, settings=settings, grammar=False)
    qtbot.addWidget(window)
    window.load_resolution(drafter.read(texts[1]), texts[1])
    dialogs = ScriptedCompareDialogs(base=[str(texts[0])])
    controller = install_compare_actions(window, dialogs)
    window.show()
    qtbot.waitExposed(window)
    return window, controller, dialogs


def paragraph_changes(dialog) -> list[tuple[str, str]]:
    return [(c.kind.value, c.address) for c in dialog.visible_changes()
            if not c.kind.value.startswith("foot")]


def double_click(qtbot, dialog, description_start: str) -> None:
    change = next(c for c in dialog.changes if c.description.startswith(description_start))
    item = dialog.item_for(change)
    assert item is not None, f"{description_start!r} is not shown"
    dialog.list.scrollToItem(item)
    centre = dialog.list.visualItemRect(item).center()
    # a real double-click: Qt's item views only activate the row the first click pressed
    qtbot.mouseClick(dialog.list.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(dialog.list.viewport(), Qt.MouseButton.LeftButton, pos=centre)


def cursor_block_text(window) -> str:
    return window.editor.textCursor().block().text()


# --- the menu ------------------------------------------------------------------------


def test_the_commands_are_in_a_compare_menu_before_help_and_installed_once(editor) -> None:
    window, controller, _ = editor
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles[-2:] == ["Co&mpare", "&Help"]
    menu = window.findChild(QMenu, "CompareMenu")
    names = [a.objectName() for a in menu.actions()]
    assert names == ["compare_base", "export_track_changes", "open_parallel", "save_parallel"]
    assert window.actions_by_name["compare_base"].text() == "Compare with &Base Text…"
    assert install_compare_actions(window) is controller
    assert [a.text() for a in window.menuBar().actions()].count("Co&mpare") == 1


def test_export_is_also_in_the_file_menu_when_the_file_layer_is_there(qtbot, tmp_path: Path) -> None:
    made = make_editor(qtbot, tmp_path)
    install_compare_actions(made.window, ScriptedCompareDialogs())
    file_menu = made.window.findChild(QMenu, "FileMenu")
    names = [a.objectName() for a in file_menu.actions()]
    assert names[names.index("file_export") + 1] == "export_track_changes"


def test_export_joins_a_file_menu_built_after_the_commands(qtbot, tmp_path: Path) -> None:
    """As ``drafter`` starts: commands installed first, then the file layer's File menu."""
    from PySide6.QtCore import QSettings

    from drafter.gui.dialogs import ScriptedDialogs
    from drafter.gui.file_controller import attach
    from drafter.gui.main_window import MainWindow
    from drafter.storage.recovery import RecoveryStore

    window = MainWindow(checker=first_word_checker, settings=Settings(), grammar=False)
    qtbot.addWidget(window)
    install_compare_actions(window, ScriptedCompareDialogs())
    attach(window, window.settings, dialogs=ScriptedDialogs({"unsaved": ["discard"]}),
           recovery=RecoveryStore(tmp_path / "recovery"),
           store=QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))

    def placed() -> bool:
        names = [a.objectName() for a in window.findChild(QMenu, "FileMenu").actions()]
        return names[names.index("file_export") + 1] == "export_track_changes"

    qtbot.waitUntil(placed)
    assert [a.objectName() for a in window.findChild(QMenu, "FileMenu").actions()].count(
        "export_track_changes") == 1


# --- the list of changes ------------------------------------------------------------------


def test_compare_lists_the_changes_from_the_base_by_paragraph_address(editor, texts) -> None:
    window, controller, dialogs = editor
    window.actions_by_name["compare_base"].trigger()
    dialog = controller.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialogs.asked == [("base", str(texts[1].parent))]  # starts in the document's folder
    assert paragraph_changes(dialog) == EXPECTED
    descriptions = [c.description for c in dialog.visible_changes()]
    assert "PP2: 'Taking into account' replaced by 'Bearing in mind'" in descriptions
    assert "OP3 (was OP249) moved" in descriptions
    assert "OP6 (was OP5): 'Reiterates' replaced by 'Reaffirms'" in descriptions
    assert "New OP9 inserted" in descriptions
    assert "Footnote 3 (PP6, was PP7): 'D' replaced by 'E'" in descriptions
    first = dialog.list.topLevelItem(0)
    assert [first.text(0), first.text(1), first.text(2)] == [
        "PP2", "Changed", "PP2: 'Taking into account' replaced by 'Bearing in mind'"]
    assert "GA_76_71_en.txt" in dialog.summary.text() and "GA_76_71_en_rev1.txt" in dialog.summary.text()


def test_the_list_filters_by_kind_with_counts(editor) -> None:
    _, controller, _ = editor
    dialog = controller.compare_with_base()
    everything = len(dialog.visible_changes())
    offered = [dialog.filter.itemData(i) for i in range(dialog.filter.count())]
    assert offered[:5] == ["all", "changed", "inserted", "deleted", "moved"] and "annexes" not in offered
    assert dialog.select_filter("deleted")
    shown = [(c.kind.value, c.address) for c in dialog.visible_changes()]
    assert shown == [("deleted", "PP4"), ("deleted", "OP9")]
    assert dialog.filter.currentText() == "Deleted paragraphs (2)"
    assert dialog.select_filter("footnotes")
    assert {c.kind for c in dialog.visible_changes()} <= {
        ChangeKind.FOOTNOTE_CHANGED, ChangeKind.FOOTNOTE_DELETED, ChangeKind.FOOTNOTE_INSERTED}
    assert dialog.select_filter("all")
    assert len(dialog.visible_changes()) == everything
    assert not dialog.select_filter("annexes")  # not offered: this comparison has none


def test_double_click_puts_the_cursor_on_the_changed_words(qtbot, editor) -> None:
    window, controller, _ = editor
    dialog = controller.compare_with_base()
    double_click(qtbot, dialog, "OP6 (was OP5):")
    cursor = window.editor.textCursor()
    assert cursor.selectedText() == "Reaffirms"
    assert cursor.block().blockNumber() == window.editor.snapshot().blocks["OP6"]
    double_click(qtbot, dialog, "New OP9 inserted")
    assert cursor_block_text(window).startswith("Invites States to share information")
    double_click(qtbot, dialog, "OP3 (was OP249) moved")
    assert cursor_block_text(window).startswith("Notes the desire")


def test_a_footnote_change_shows_the_note_and_its_mark(qtbot, editor) -> None:
    window, controller, _ = editor
    dialog = controller.compare_with_base()
    double_click(qtbot, dialog, "Footnote 3 (PP6, was PP7)")
    cursor = window.editor.textCursor()
    assert cursor.block().blockNumber() == window.editor.snapshot().blocks["PP6"]
    table = window.footnotes.table
    assert table.currentRow() == 2 and table.item(2, 1).text().endswith("appendix E.")


def test_enter_on_a_row_goes_to_the_change_and_keeps_the_list_open(qtbot, editor) -> None:
    window, controller, _ = editor
    dialog = controller.compare_with_base()
    dialog.list.setCurrentItem(dialog.item_for(next(c for c in dialog.changes if c.address == "OP6")))
    dialog.list.setFocus()
    qtbot.keyClick(dialog.list, Qt.Key.Key_Return)
    assert window.editor.textCursor().selectedText() == "Reaffirms"
    assert dialog.isVisible()


def test_a_deleted_paragraph_is_shown_where_it_was_taken_from(qtbot, editor, texts) -> None:
    window, controller, _ = editor
    dialog = controller.compare_with_base()
    double_click(qtbot, dialog, "PP4 deleted")
    official = drafter.read(texts[0]).paragraphs
    deleted = next(i for i, p in enumerate(official)
                   if normalize(p.text).startswith("Noting with satisfaction the upcoming"))
    assert cursor_block_text(window) == official[deleted + 1].text  # the paragraph that followed it


def test_an_edit_makes_the_list_out_of_date_and_compare_again_shows_it(qtbot, editor) -> None:
    window, controller, _ = editor
    dialog = controller.compare_with_base()
    assert not dialog.is_stale()
    cursor = QTextCursor(window.editor.document().findBlockByNumber(window.editor.snapshot().blocks["OP1"]))
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    cursor.insertText(" and beyond")
    qtbot.waitUntil(dialog.is_stale)  # decided once typing pauses
    assert dialog.refresh_button.isVisibleTo(dialog)
    qtbot.mouseClick(dialog.refresh_button, Qt.MouseButton.LeftButton)
    assert not dialog.is_stale()
    assert any(c.address == "OP1" and c.edits == [("", " and beyond")] for c in dialog.changes)


def test_showing_check_results_does_not_make_the_list_out_of_date(qtbot, editor) -> None:
    """Underlining check results signals a change of the document, not of its text."""
    window, controller, _ = editor
    dialog = controller.compare_with_base()
    window.checks.run_now(force=True)
    assert window.editor.diagnostics  # the page shows underlines now
    assert controller._stale_timer.isActive() or not dialog.is_stale()
    assert controller.check_stale() is False and not dialog.is_stale()


def test_copy_list_gives_one_change_per_line(editor) -> None:
    _, controller, _ = editor
    dialog = controller.compare_with_base()
    dialog.select_filter("deleted")
    dialog.copy_list()
    assert QApplication.clipboard().text().splitlines() == [c.description for c in dialog.visible_changes()]


# --- the redline ------------------------------------------------------------------------


def assert_redline(path: Path, base: drafter.Resolution, page: drafter.Resolution) -> None:
    accepted, rejected = read_view(path, accept=True), read_view(path, accept=False)
    page_texts = [normalize(p.text) for p in page.paragraphs if normalize(p.text)]
    base_texts = [normalize(p.text) for p in base.paragraphs if normalize(p.text)]
    assert body_slice(accepted.paragraphs, page_texts) == page_texts
    assert body_slice(rejected.paragraphs, base_texts) == base_texts
    assert accepted.footnotes == footnotes_in_order(page)
    assert rejected.footnotes == footnotes_in_order(base)


def test_export_with_track_changes_accepts_to_the_page_and_rejects_to_the_base(
        editor, texts, tmp_path: Path) -> None:
    window, _controller, dialogs = editor
    dialogs.redline = [str(tmp_path / "for-submission")]  # the .docx is added
    window.actions_by_name["export_track_changes"].trigger()
    written = tmp_path / "for-submission.docx"
    assert dialogs.errors == []
    assert [q for q, _ in dialogs.asked] == ["base", "redline", "renumbering"]  # the revision renumbers
    assert dialogs.asked[1][1] == str(texts[1].parent / "GA_76_71_en_rev1-track-changes.docx")
    assert_redline(written, drafter.read(texts[0]), window.resolution())
    authors = {attributes.get("author") for attributes in revision_attributes(written)}
    assert authors == {AUTHOR}
    assert str(written) in window.statusBar().currentMessage()
    assert not list(tmp_path.glob(".*.tmp"))  # the atomic write left no temporary file


def test_save_redline_from_the_list_writes_the_page_as_it_is_now(
        qtbot, editor, texts, tmp_path: Path) -> None:
    window, controller, dialogs = editor
    dialog = controller.compare_with_base()
    cursor = QTextCursor(window.editor.document().findBlockByNumber(window.editor.snapshot().blocks["OP2"]))
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    cursor.insertText(" Added after comparing.")
    dialogs.redline = [str(tmp_path / "redline.docx")]
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    page = window.resolution()
    op2 = next(p for p in page.paragraphs if p.address == "OP2")
    assert op2.text.endswith("Added after comparing.")
    assert_redline(tmp_path / "redline.docx", drafter.read(texts[0]), page)


def test_an_export_against_another_base_leaves_the_list_and_its_base_alone(editor, tmp_path: Path) -> None:
    window, controller, dialogs = editor
    dialog = controller.compare_with_base()
    listed = [c.description for c in dialog.changes]
    list_base = controller.base_path
    other = tmp_path / "other-base.txt"
    other.write_text(Path(dialogs.base[0]).read_text(encoding="utf-8").replace("Reaffirming", "Recalling", 1),
                     encoding="utf-8")
    dialogs.base = [str(other)]
    dialogs.redline = [str(tmp_path / "against-other.docx")]
    assert controller.export_with_track_changes() == tmp_path / "against-other.docx"
    assert controller.base_path == list_base and [c.description for c in dialog.changes] == listed
    assert [q for q, _ in dialogs.asked][-3:] == ["base", "redline", "renumbering"]
    assert dialogs.asked[-3] == ("base", str(list_base.parent))  # starts where the last base was
    dialogs.redline = [str(tmp_path / "against-list-base.docx")]
    assert controller.save_redline() == tmp_path / "against-list-base.docx"
    assert_redline(tmp_path / "against-list-base.docx", drafter.read(list_base), window.resolution())


def test_a_word_base_against_the_text_on_the_page(qtbot, tmp_path: Path) -> None:
    """The official .docx as base (the Word reader), the page from an edited text."""
    from drafter.gui.main_window import MainWindow

    if not (CORPUS / "GA_72_248_en.docx").is_file():
        pytest.skip("shared corpus not present")
    base = drafter.read(CORPUS / "GA_72_248_en.docx")
    first = next(p for p in base.paragraphs if p.kind is drafter.ParagraphKind.OPERATIVE)
    edited = first.text.split(" ", 1)[1][:40]
    page = tmp_path / "revised.txt"
    page.write_text((CORPUS / "GA_72_248_en.txt").read_text(encoding="utf-8").replace(
        edited, "with appreciation " + edited, 1), encoding="utf-8")
    window = MainWindow(checker=first_word_checker, settings=Settings(), grammar=False)
    qtbot.addWidget(window)
    window.load_resolution(drafter.read(page), page)
    dialogs = ScriptedCompareDialogs(base=[str(CORPUS / "GA_72_248_en.docx")],
                                     redline=[str(tmp_path / "redline.docx")])
    controller = install_compare_actions(window, dialogs)
    dialog = controller.compare_with_base()
    assert dialog is not None and dialogs.errors == []
    assert any(c.address == "OP1" and c.edits == [("", "with appreciation ")] for c in dialog.changes)
    assert controller.save_redline() == tmp_path / "redline.docx"
    assert_redline(tmp_path / "redline.docx", base, window.resolution())


def test_export_never_replaces_the_base_or_the_document(editor, tmp_path: Path) -> None:
    window, controller, dialogs = editor
    base, document = tmp_path / "official.docx", tmp_path / "draft.docx"
    drafter.export_docx(drafter.read(dialogs.base[0]), base)
    window.path = document  # the page's own file, as if opened from there
    before = base.read_bytes()
    dialogs.base = [str(base)]
    for taken in (base, document, tmp_path / "draft"):  # "draft" becomes draft.docx
        dialogs.redline = [str(taken)]
        assert controller.export_with_track_changes() is None
    assert base.read_bytes() == before and not document.exists()
    assert len(dialogs.errors) == 3
    assert all(text.startswith(str(tmp_path)) and "choose another name" in text for _, text in dialogs.errors)


def test_a_failed_write_leaves_the_existing_file_intact(editor, tmp_path: Path, monkeypatch) -> None:
    from docx.document import Document

    _window, controller, dialogs = editor
    target = tmp_path / "redline.docx"
    target.write_bytes(b"the previous export")

    def broken_save(self, path) -> None:
        Path(path).write_bytes(b"half a file")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Document, "save", broken_save)
    dialogs.redline = [str(target)]
    assert controller.export_with_track_changes() is None
    assert target.read_bytes() == b"the previous export"
    [(_, text)] = dialogs.errors
    assert text == f"{target}: No space left on device"
    assert not list(tmp_path.glob(".*.tmp"))


@pytest.mark.parametrize("name, content, problem", [
    ("damaged.docx", b"this is not a zip archive", "damaged.docx: "),
    ("missing.txt", None, "missing.txt: no such file"),
    ("empty.txt", b"", "empty.txt: "),
])
def test_a_base_that_cannot_be_read_gives_one_clear_line(
        editor, tmp_path: Path, name: str, content: bytes | None, problem: str) -> None:
    _window, controller, dialogs = editor
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    dialogs.base = [str(path)]
    dialogs.redline = [str(tmp_path / "never.docx")]
    assert controller.compare_with_base() is None
    assert controller.export_with_track_changes() is None
    assert controller.dialog is None and not (tmp_path / "never.docx").exists()
    assert len(dialogs.errors) == 2
    for title, text in dialogs.errors:
        assert title == "Cannot read the base text"
        assert problem in text and "\n" not in text and "Traceback" not in text
    assert [q for q, _ in dialogs.asked] == ["base", "base"]  # no output asked for an unreadable base


def test_a_failing_comparison_gives_a_message_not_a_crash(editor, monkeypatch) -> None:
    from drafter.gui import compare_actions

    _, controller, dialogs = editor

    def broken(base: object, new: object, language: str) -> None:
        raise ValueError("alignment failed")

    monkeypatch.setattr(compare_actions, "build_comparison", broken)
    assert controller.compare_with_base() is None and controller.dialog is None
    assert dialogs.errors == [("Cannot compare", f"{dialogs.base[0]}: ValueError: alignment failed")]


def test_cancelling_the_file_dialogs_does_nothing(editor, tmp_path: Path) -> None:
    _window, controller, dialogs = editor
    dialogs.base = [None]
    assert controller.compare_with_base() is None and controller.dialog is None
    dialogs.base = [str(editor[0].path)]
    dialogs.redline = [None]
    assert controller.export_with_track_changes() is None
    assert dialogs.errors == [] and not list(tmp_path.iterdir())


def test_author_name_from_the_settings_or_the_system() -> None:
    settings = Settings()
    assert author_name(settings)  # the user logged in, or "Drafter"
    settings.author_name = "  Mission of Fiji "  # type: ignore[attr-defined]
    assert author_name(settings) == "Mission of Fiji"


# --- where a change is shown (no window needed) -------------------------------------------------


def test_targets_of_changes_in_the_new_text() -> None:
    base = make([("preambular", "Recalling its resolution 70/1,"),
                 ("operative", "Encourages States to act;"),
                 ("operative", "Decides to continue;"),
                 ("operative", "Requests a report.")])
    new = make([("preambular", "Recalling its resolution 70/1,"),
                ("operative", "Urges States to act;"),
                ("operative", "Decides to continue its work;"),
                ])
    comparison = build_comparison(base, new)
    targets = dict(zip([c.description for c in comparison.changes], change_targets(comparison), strict=True))
    assert targets["OP1: 'Encourages' replaced by 'Urges'"] == Target("OP1", 0, len("Urges"))
    start = len("Decides to continue")
    assert targets["OP2: 'its work' inserted after 'Decides to continue'"] == Target(
        "OP2", start + 1, start + len(" its work"))
    assert targets["OP3 deleted"] == Target("OP2")  # at the end: the last paragraph before it


def test_first_edit_span_of_a_deletion_is_where_the_words_were() -> None:
    base = make([("operative", "Decides to continue its work;")])
    new = make([("operative", "Decides to continue;")])
    [diff] = build_comparison(base, new).paragraphs
    assert first_edit_span(diff) == (len("Decides to continue"), len("Decides to continue"))



# --- French ------------------------------------------------------------------------------------


@pytest.mark.parametrize("module", ["compare_dialog.py", "compare_actions.py"])
def test_every_string_of_the_compare_interface_has_a_french_translation(module: str) -> None:
    messages = ts_messages()
    context, texts = tr_calls(GUI / module)
    assert len(texts) >= 5
    assert [text for text in texts if not messages.get((context, text))] == []


def test_the_compare_menu_in_french(editor, tmp_path: Path, monkeypatch) -> None:
    from drafter.gui import i18n

    window, controller, _ = editor
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    assert i18n.install_translators("fr") == []
    try:
        i18n.translate_window(window)
        menu = window.findChild(QMenu, "CompareMenu")
        assert menu.title() == "Co&mparer"
        assert [a.text() for a in menu.actions()] == [
            "Comparer avec le texte de &base…", "Exporter pour soumission avec &suivi des modifications…",
            "Ouvrir une version &parallèle…", "Enregistrer la version pa&rallèle"]
        dialog = controller.compare_with_base()
        assert dialog.windowTitle() == "Modifications par rapport au texte de base"
        assert dialog.list.topLevelItem(0).text(1) == "Modifiée"
    finally:
        i18n.install_translators("en")
