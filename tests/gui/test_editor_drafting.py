"""Drive the editor window as a drafter would: type, number, nest, footnote, fix, undo."""

from __future__ import annotations

from PySide6.QtCore import Qt

from drafter.core.model import ParagraphKind
from drafter.gui.footnote_marks import mark_positions
from drafter.gui.kinds import BlockKind, block_kind, block_level
from support.editor import (
    block_with,
    hyphen_checker,
    italic_ranges,
    put_cursor,
    sample_resolution,
    type_unicode,
)

CTRL_ALT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier


def _body(window) -> list[tuple[str, str, int, list[int]]]:
    """Kinds, texts, levels and footnote offsets of the body, as the core model sees it."""
    resolution = window.resolution()
    return [(p.kind.value, p.text, p.level, [r.offset for r in p.footnote_refs])
            for p in resolution.paragraphs]


def test_typed_preambular_opener_is_italic_exactly(window, qtbot):
    editor = window.editor
    put_cursor(editor, block_with(editor, "Noting with concern"))
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "Recalling also the Charter of the United Nations,")
    block = editor.textCursor().block()
    assert block_kind(block) is BlockKind.PREAMBULAR  # Enter continued the preamble
    assert italic_ranges(block) == [(0, len("Recalling also"))]
    # the formula is italic as a whole, an operative verb too
    formula = block_with(editor, "The General Assembly,")
    assert italic_ranges(formula) == [(0, len("The General Assembly,"))]
    assert italic_ranges(block_with(editor, "Decides to continue")) == [(0, len("Decides"))]


def test_inserted_operative_paragraph_renumbers_and_tab_makes_a_subparagraph(window, qtbot):
    editor = window.editor
    old_op3 = "Requests a report"
    assert editor.block_label(block_with(editor, old_op3)) == "3."
    put_cursor(editor, block_with(editor, "Decides to continue"))
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "Invites Member States to act;")
    new = editor.textCursor().block()
    assert block_kind(new) is BlockKind.OPERATIVE
    assert editor.block_label(new) == "3."
    assert editor.block_label(block_with(editor, old_op3)) == "4."
    # Tab: the new paragraph becomes (a) of OP2, and the old OP3 is 3 again
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    new = editor.textCursor().block()
    assert (block_kind(new), block_level(new)) == (BlockKind.SUBPARAGRAPH, 1)
    assert editor.block_label(new) == "(a)"
    assert editor.block_label(block_with(editor, old_op3)) == "3."
    # Enter continues at the same level: (b); Tab again gives (i)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "second item;")
    assert editor.block_label(editor.textCursor().block()) == "(b)"
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert editor.block_label(editor.textCursor().block()) == "(i)"
    qtbot.keyClick(editor, Qt.Key.Key_Backtab)
    assert editor.block_label(editor.textCursor().block()) == "(b)"
    assert window.resolution().find("OP2(b)").text == "second item;"


def test_footnote_inserted_before_an_existing_one_renumbers(window, qtbot):
    editor = window.editor
    existing = mark_positions(editor.document())
    assert len(existing) == 1
    block = block_with(editor, "Welcomes the report")
    put_cursor(editor, block)
    qtbot.keyClick(editor, Qt.Key.Key_F, CTRL_ALT)
    positions = mark_positions(editor.document())
    assert len(positions) == 2
    assert window.footnotes.texts() == ["", "A/80/100."]
    # the new note is open for typing in the footnotes pane
    from PySide6.QtWidgets import QApplication

    cell = QApplication.focusWidget()
    assert cell is not None and window.footnotes.table.isAncestorOf(cell)
    qtbot.keyClicks(cell, "A/80/200.")
    qtbot.keyClick(cell, Qt.Key.Key_Return)  # Qt commits the cell on the next event loop turn
    qtbot.waitUntil(lambda: window.footnotes.table.state() != window.footnotes.table.State.EditingState)
    resolution = window.resolution()
    assert [(n.number, n.text) for n in resolution.footnotes] == [(1, "A/80/200."), (2, "A/80/100.")]
    assert resolution.find("OP1").footnote_refs[0].number == 1
    assert resolution.find("OP2").footnote_refs[0].number == 2
    editor.undo()  # the note's text is an undoable edit of its mark
    assert [n.text for n in window.resolution().footnotes] == ["", "A/80/100."]
    editor.redo()
    # deleting the mark deletes the footnote, and the other one is 1 again
    cursor = editor.textCursor()
    cursor.setPosition(positions[0] + 1)
    editor.setTextCursor(cursor)
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    resolution = window.resolution()
    assert [(n.number, n.text) for n in resolution.footnotes] == [(1, "A/80/100.")]


def test_quick_fix_from_the_issues_dock_then_undo_everything(window, qtbot):
    editor = window.editor
    start = _body(window)
    # 1. type a paragraph
    put_cursor(editor, block_with(editor, "Noting with concern"))
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "Recalling also resolution 70/1,")
    # 2. an operative paragraph turned into (a)
    put_cursor(editor, block_with(editor, "Decides to continue"))
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "Invites States;")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    # 3. a footnote
    put_cursor(editor, block_with(editor, "Welcomes"))
    qtbot.keyClick(editor, Qt.Key.Key_F, CTRL_ALT)
    # 4. a move
    put_cursor(editor, block_with(editor, "Requests a report"))
    qtbot.keyClick(editor, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [p.text for p in window.resolution().paragraphs][4:7] == [
        "Requests a report at its next session.", "Decides to continue its work;", "Invites States;"]
    # 5. the quick fix, from the dock, on the paragraph that now has a footnote mark
    window.checks.run_now()
    assert [d.rule for d in window.issues.diagnostics] == ["test-hyphen"]
    window.issues.select(0)
    assert window.issues.fix_button.isEnabled()
    qtbot.mouseClick(window.issues.fix_button, Qt.MouseButton.LeftButton)
    assert window.resolution().find("OP1").text == "Welcomes the report of the Secretary-General;"
    assert window.issues.diagnostics == []
    assert _body(window) != start
    # undo all of it: back to exactly the document we opened
    while editor.document().isUndoAvailable():
        qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _body(window) == start
    assert [n.text for n in window.resolution().footnotes] == ["A/80/100."]
    # and redo brings the fix back
    while editor.document().isRedoAvailable():
        editor.redo()
    assert window.resolution().find("OP1").text == "Welcomes the report of the Secretary-General;"


def test_ignore_once_and_disable_rule(window):
    window.checks.run_now()
    diagnostic = window.issues.diagnostics[0]
    window.ignore_once(diagnostic)
    assert window.issues.diagnostics == []
    assert len(window.editor.base.ignored) == 1
    assert window.editor.base.ignored[0].startswith("test-hyphen|#")
    assert window.editor.base.ignored[0].endswith("|Secretary General")
    window.editor.undo()  # "Ignore once" is an edit like any other
    assert window.editor.base.ignored == []
    window.checks.run_now()
    window.disable_rule(window.issues.diagnostics[0])
    assert window.issues.diagnostics == []
    assert window.resolution().meta.disabled_rules == ["test-hyphen"]


def test_diagnostic_is_underlined_and_explained_on_the_page(window):
    window.checks.run_now()
    block = block_with(window.editor, "Welcomes")
    waves = [r for r in block.layout().formats() if r.format.underlineStyle().name == "WaveUnderline"]
    start = block.text().index("Secretary General")
    assert (waves[0].start, sum(r.length for r in waves)) == (start, len("Secretary General"))
    rect = window.editor.cursorRect(_cursor_at(block, start + 3))
    assert window.editor.diagnostic_at(rect.center()).rule == "test-hyphen"


def _cursor_at(block, column):
    from PySide6.QtGui import QTextCursor

    cursor = QTextCursor(block)
    cursor.setPosition(block.position() + column)
    return cursor


def test_structure_cannot_become_invalid(window, qtbot):
    editor = window.editor
    before = _body(window)
    put_cursor(editor, block_with(editor, "Decides to continue"))
    assert editor.set_kind(BlockKind.PREAMBULAR) is False  # PP after OP1: refused
    assert _body(window) == before
    # the first operative paragraph may become preambular (it stays before the others)
    put_cursor(editor, block_with(editor, "Welcomes"))
    assert editor.set_kind(BlockKind.PREAMBULAR) is True
    editor.undo()
    # Backspace at the start of OP1 merges it into the last preambular paragraph:
    # still valid, and a sub-paragraph left without its parent becomes operative
    put_cursor(editor, block_with(editor, "Decides to continue"))
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "item;")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    put_cursor(editor, block_with(editor, "Noting with concern"))
    cursor = editor.textCursor()
    op2 = block_with(editor, "Decides to continue")
    cursor.setPosition(op2.position() + op2.length() - 1, cursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)  # from the end of PP2 to the end of OP2 (mark included)
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    kinds = [p.kind for p in window.resolution().paragraphs]
    assert kinds == [ParagraphKind.PREAMBULAR, ParagraphKind.PREAMBULAR,
                     ParagraphKind.OPERATIVE, ParagraphKind.OPERATIVE]
    # the heading block cannot be merged away
    put_cursor(editor, block_with(editor, "Recalling its"), at_end=False)
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    assert window.resolution().formula == "The General Assembly,"


def test_alt_down_moves_a_paragraph_with_its_subparagraphs(window, qtbot):
    editor = window.editor
    put_cursor(editor, block_with(editor, "Welcomes"))
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "first;")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    put_cursor(editor, block_with(editor, "Welcomes"))
    qtbot.keyClick(editor, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    addresses = {p.address: p.text for p in window.resolution().paragraphs}
    assert addresses["OP1"] == "Decides to continue its work;"
    assert addresses["OP2"].startswith("Welcomes")
    assert addresses["OP2(a)"] == "first;"
    assert editor.textCursor().block().text().startswith("Welcomes")
    # the footnote travelled with its paragraph
    assert window.resolution().find("OP1").footnote_refs[0].offset == 28
    # the last paragraph cannot go further down; the first operative cannot go above the preamble
    put_cursor(editor, block_with(editor, "Requests a report"))
    assert editor.move_paragraph(1) is False
    put_cursor(editor, block_with(editor, "Decides to continue"))
    assert editor.move_paragraph(-1) is False
    # moved from the outline dock
    window.outline.refresh()
    window.outline.list.setCurrentRow(window.outline.addresses().index("OP3"))
    assert window.outline.move_selected(-1) is True
    assert window.resolution().find("OP2").text.startswith("Requests")
    assert window.outline.selected_address() == "OP2"


def test_french_typing_italics_labels_and_completion(qtbot):
    from drafter.core.model import DocumentStatus, Organ
    from drafter.core.new_document import new_resolution
    from drafter.gui.completion import candidates
    from drafter.gui.main_window import MainWindow
    from drafter.settings import Settings

    window = MainWindow(checker=lambda resolution, options: [], settings=Settings(), grammar=False)
    qtbot.addWidget(window)
    window.load_resolution(new_resolution(Organ.GA, DocumentStatus.DRAFT, "fr"))
    window.show()
    editor = window.editor
    editor.setFocus()
    first_pp = editor.first_body_block()
    put_cursor(editor, first_pp)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    block = editor.textCursor().block()
    type_unicode(editor, "Rappelant é")
    assert candidates(block, "Rappelant é", "fr")[0] == "Rappelant également"
    type_unicode(editor, "galement la résolution 70/1 de l’Assemblée générale,")
    assert italic_ranges(block) == [(0, len("Rappelant également"))]
    # after "Rappelant" (the template's first paragraph) the completion offers "Rappelant également" first
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert candidates(editor.textCursor().block(), "R", "fr")[0] == "Rappelant en outre"
    # French labels: a) not (a)
    last = editor.document().lastBlock()
    put_cursor(editor, last)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    type_unicode(editor, "décide de rester saisi;")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert editor.block_label(editor.textCursor().block()) == "a)"


def test_completion_popup_inserts_the_sequencing_form(window, qtbot):
    editor = window.editor
    put_cursor(editor, block_with(editor, "Requests a report"))
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "Al")
    popup = window.completer.completer.popup()
    assert popup.isVisible()
    assert window.completer.model.stringList()[0] == "Also requests"
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert editor.textCursor().block().text() == "Also requests "
    assert not popup.isVisible()


def test_find_and_replace_all_is_one_undo_step(window):
    from drafter.gui.find_replace import FindReplaceDialog

    dialog = FindReplaceDialog(window.editor, window)
    dialog.find_edit.setText("its")
    dialog.replace_edit.setText("ITS")
    dialog.case.setChecked(True)
    assert dialog.replace_all() == 3
    assert window.resolution().find("OP2").text == "Decides to continue ITS work;"
    window.editor.undo()
    assert window.resolution().find("OP2").text == "Decides to continue its work;"


def test_metadata_panel_changes_organ_formula_and_heading(window):
    from drafter.core.model import Organ

    panel = window.metadata
    panel.organ.setCurrentIndex(panel.organ.findData(Organ.SC.value))
    resolution = window.resolution()
    assert (resolution.formula, resolution.meta.organ) == ("The Security Council,", Organ.SC)
    panel.language.setCurrentIndex(panel.language.findData("fr"))
    resolution = window.resolution()
    assert (resolution.formula, resolution.meta.language) == ("Le Conseil de sécurité,", "fr")
    assert italic_ranges(block_with(window.editor, "Decides to")) == []  # French lexicon now
    panel.header_edits[BlockKind.TITLE].setText("Another title")
    panel.header_edits[BlockKind.TITLE].editingFinished.emit()
    assert window.resolution().meta.title == "Another title"
    window.editor.undo()
    assert window.resolution().meta.title == "Test resolution"
    # undo takes organ, language and formula back together, and the panel follows
    window.editor.undo()
    resolution = window.resolution()
    assert (resolution.formula, resolution.meta.organ, resolution.meta.language) == (
        "The Security Council,", Organ.SC, "en")
    assert panel.language.currentData() == "en"
    window.editor.undo()
    resolution = window.resolution()
    assert (resolution.formula, resolution.meta.organ) == ("The General Assembly,", Organ.GA)
    assert panel.organ.currentData() == Organ.GA.value
    assert italic_ranges(block_with(window.editor, "Decides to")) == [(0, len("Decides"))]


def test_document_round_trip_keeps_the_model(qtbot):
    from drafter.gui.editor import ResolutionEditor

    editor = ResolutionEditor()
    qtbot.addWidget(editor)
    original = sample_resolution()
    editor.load(original)
    back = editor.resolution()
    assert [(p.kind, p.text, p.level, p.address) for p in back.paragraphs] == [
        (p.kind, p.text, p.level, p.address) for p in original.paragraphs]
    assert [(r.number, r.offset) for p in back.paragraphs for r in p.footnote_refs] == [(1, 28)]
    assert back.footnotes[0].text == "A/80/100."
    assert (back.meta.symbol, back.meta.title, back.formula) == ("A/80/L.1", "Test resolution",
                                                                 "The General Assembly,")


def test_checks_run_by_themselves_when_typing_pauses(window, qtbot):
    editor = window.editor
    window.checks.run_now()
    assert len(window.issues.diagnostics) == 1
    put_cursor(editor, block_with(editor, "Requests a report"))
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "Invites the Secretary General to report;")
    assert len(window.issues.diagnostics) == 1  # nothing ran on the keystroke path
    qtbot.waitUntil(lambda: len(window.issues.diagnostics) == 2, timeout=5000)
    assert [d.paragraph for d in window.issues.diagnostics] == ["OP1", "OP4"]
    block = editor.textCursor().block()
    assert any(r.format.underlineStyle().name == "WaveUnderline" for r in block.layout().formats())


def test_heading_lines_survive_select_all(window, qtbot):
    editor = window.editor
    before = window.resolution()
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    for key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace, Qt.Key.Key_X):
        qtbot.keyClick(editor, key)
    qtbot.keyClick(editor, Qt.Key.Key_X, Qt.KeyboardModifier.ControlModifier)
    after = window.resolution()
    assert (after.meta.symbol, after.formula, len(after.paragraphs)) == (
        before.meta.symbol, before.formula, len(before.paragraphs))
    assert "heading lines" in window.statusBar().currentMessage()


def test_enter_in_the_heading_goes_down_and_the_status_bar_names_the_paragraph(window, qtbot):
    editor = window.editor
    put_cursor(editor, block_with(editor, "Test resolution"))
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert editor.textCursor().block().text() == "The General Assembly,"
    assert window.resolution().meta.title == "Test resolution"
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert editor.textCursor().block().text().startswith("Recalling its")
    put_cursor(editor, block_with(editor, "Decides"))
    assert window.position_label.text() == "Operative paragraph 2."


def test_pasting_numbered_paragraphs_keeps_their_structure(window, qtbot):
    from PySide6.QtCore import QMimeData

    editor = window.editor
    put_cursor(editor, block_with(editor, "Requests a report"))
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    data = QMimeData()
    data.setText("4. Calls upon States:\n(a) to act;\n(b) to report;\n"
                 "5. Decides to remain seized of the matter.")
    editor.insertFromMimeData(data)
    paragraphs = window.resolution().paragraphs
    assert [(p.address, p.text) for p in paragraphs[-4:]] == [
        ("OP4", "Calls upon States:"), ("OP4(a)", "to act;"), ("OP4(b)", "to report;"),
        ("OP5", "Decides to remain seized of the matter.")]
    editor.undo()  # the paste is one step: back to the empty OP4 that Enter made
    assert [(p.address, p.text) for p in window.resolution().paragraphs][-1] == ("OP4", "")


def test_dragging_in_the_outline_moves_a_paragraph_in_one_undo_step(window):
    outline = window.outline
    outline.refresh()
    rows = outline.addresses()
    before = [p.text for p in window.resolution().paragraphs]
    assert outline.move_row(rows.index("OP3"), rows.index("OP1")) is True
    assert [p.text for p in window.resolution().paragraphs][2:] == [
        "Requests a report at its next session.", "Welcomes the report of the Secretary General;",
        "Decides to continue its work;"]
    # dragged back down past both, then into the preamble: refused at the boundary
    rows = outline.addresses()
    assert outline.move_row(rows.index("OP1"), rows.index("OP3")) is True
    assert window.resolution().find("OP3").text.startswith("Requests")
    assert outline.move_row(rows.index("OP1"), rows.index("PP1")) is False
    window.editor.undo()
    window.editor.undo()
    assert [p.text for p in window.resolution().paragraphs] == before


def test_lines_above_the_title_follow_the_metadata():
    from drafter.core.model import DocumentStatus, Metadata, Organ
    from drafter.gui.page_view import title_head_lines

    adopted = Metadata(language="fr", status=DocumentStatus.ADOPTED, adoption_date="18 décembre 2013",
                       adoption_basis="[sur la base du rapport de la Troisième Commission (A/68/448)]")
    assert title_head_lines(adopted) == [
        "Résolution adoptée par l’Assemblée générale le 18 décembre 2013",
        "[sur la base du rapport de la Troisième Commission (A/68/448)]"]
    draft = Metadata(language="en", status=DocumentStatus.DRAFT, sponsors=["France", "Ghana", "Peru"])
    assert title_head_lines(draft) == ["France, Ghana and Peru: draft resolution"]
    council = Metadata(organ=Organ.SC, status=DocumentStatus.ADOPTED, number="1454 (2002)",
                       meeting="4683rd meeting", adoption_date="30 December 2002")
    assert title_head_lines(council) == [
        "Resolution 1454 (2002)",
        "Adopted by the Security Council at its 4683rd meeting, on 30 December 2002",
    ]
    template = Metadata(language="en", status=DocumentStatus.DRAFT, sponsors=["[Sponsors]: draft resolution"])
    assert title_head_lines(template) == ["[Sponsors]: draft resolution"]


def test_typed_numbers_and_labels_become_structure(window, qtbot):
    editor = window.editor
    put_cursor(editor, block_with(editor, "Decides to continue"))
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "3. Urges States;")
    block = editor.textCursor().block()
    assert (block.text(), block_kind(block), editor.block_label(block)) == (
        "Urges States;", BlockKind.OPERATIVE, "3.")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "(a) to act;")
    block = editor.textCursor().block()
    assert (block.text(), editor.block_label(block)) == ("to act;", "(a)")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "(i) now;")
    block = editor.textCursor().block()
    assert (block.text(), block_level(block), editor.block_label(block)) == ("now;", 2, "(i)")
    # a typed number in the middle of a paragraph is text
    qtbot.keyClicks(editor, " 3. ")
    assert editor.textCursor().block().text() == "now; 3. "


def test_ctrl_space_offers_the_sequel_on_an_empty_paragraph(window, qtbot):
    editor = window.editor
    put_cursor(editor, block_with(editor, "Noting with concern"))
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClick(editor, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    assert window.completer.completer.popup().isVisible()
    assert window.completer.model.stringList()[0] == "Noting also with concern"
    assert editor.textCursor().block().text() == ""


def test_sequencing_forms_per_language():
    from drafter.gui.completion import sequel

    cases = [
        ("Noting with concern", "preamble", "en", "Noting also with concern"),
        ("Noting also with concern", "preamble", "en", "Noting further with concern"),
        ("Requests", "operative", "en", "Also requests"),
        ("Also requests", "operative", "en", "Further requests"),
        ("Rappelant", "preamble", "fr", "Rappelant également"),
        ("Rappelant également", "preamble", "fr", "Rappelant en outre"),
        ("Décide", "operative", "fr", "Décide également"),
        ("Recordando", "preamble", "es", "Recordando también"),
    ]
    assert [sequel(phrase, part, lang) for phrase, part, lang, _ in cases] == [want for *_, want in cases]


def test_quick_fix_from_the_page_context_menu(window):
    from PySide6.QtWidgets import QMenu

    window.checks.run_now()
    diagnostic = window.issues.diagnostics[0]
    menu = QMenu()
    menu.addAction("Copy")
    window._add_diagnostic_actions(menu, diagnostic)
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts == ["Fix: Write Secretary-General", "Ignore once", "Disable rule test-hyphen", "Copy"]
    menu.actions()[0].trigger()
    assert window.resolution().find("OP1").text == "Welcomes the report of the Secretary-General;"


def test_a_footnote_diagnostic_opens_the_footnote(window):
    from drafter.core.diagnostics import Diagnostic, Severity

    window.footnotes.refresh()
    window.issues.show_diagnostics(None, [Diagnostic("x", Severity.INFO, "FN1", 0, 1, "m")])
    window.issues.select(0)
    window.issues._jump(window.issues.tree.currentItem())
    assert window.footnotes.table.currentRow() == 0
    assert window.editor.textCursor().block().text().startswith("Decides to continue")


def test_hovering_a_wavy_underline_shows_the_message(window):
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    window.checks.run_now()
    editor = window.editor
    block = block_with(editor, "Welcomes")
    rect = editor.cursorRect(_cursor_at(block, block.text().index("Secretary General") + 3))
    viewport = editor.viewport()
    point = rect.center()
    QApplication.sendEvent(viewport, QHelpEvent(QHelpEvent.Type.ToolTip, point, viewport.mapToGlobal(point)))
    assert QToolTip.text() == ("Write Secretary-General with a hyphen.  [test-hyphen]\n"
                               "Fix: Write Secretary-General")
    # away from any underline the page offers no diagnostic
    assert editor.diagnostic_at(QPoint(point.x(), point.y() - 200)) is None


def test_grammar_findings_join_the_structural_ones(qtbot):
    from PySide6.QtCore import QObject, Signal

    from drafter.core.diagnostics import Diagnostic, Severity
    from drafter.gui.main_window import MainWindow
    from drafter.settings import Settings

    class FakeBridge(QObject):
        """Answers each request at once with one spelling finding on 'Welcomes'."""

        diagnostics_ready = Signal(list)
        notice = Signal(str)

        def request(self, resolution):
            self.notice.emit("Spelling only (offline)")
            self.diagnostics_ready.emit([Diagnostic("spelling", Severity.INFO, "OP1", 0, 8, "Welcomes?",
                                                    source="grammar")])

        def shutdown(self):
            pass

    window = MainWindow(checker=hyphen_checker, settings=Settings(), grammar=FakeBridge())
    qtbot.addWidget(window)
    window.load_resolution(sample_resolution())
    window.show()
    qtbot.waitExposed(window)
    window.checks.run_now()
    assert sorted(d.rule for d in window.issues.diagnostics) == ["spelling", "test-hyphen"]
    assert window.statusBar().currentMessage() == "Spelling only (offline)"
    block = block_with(window.editor, "Welcomes")
    point = window.editor.cursorRect(_cursor_at(block, 2)).center()
    assert window.editor.diagnostic_at(point).rule == "spelling"
    # disabling the grammar rule for the document hides it like any other rule
    window.disable_rule(next(d for d in window.issues.diagnostics if d.rule == "spelling"))
    assert [d.rule for d in window.issues.diagnostics] == ["test-hyphen"]


def test_checks_rest_once_their_results_are_shown(window, qtbot):
    runs = []
    checker = window.checks.checker

    def counting(resolution, options):
        runs.append(1)
        return checker(resolution, options)

    window.checks.checker = counting
    window.checks.run_now()
    assert len(window.issues.diagnostics) == 1 and len(runs) == 1
    qtbot.wait(1200)  # four debounce periods with nothing typed
    assert len(runs) == 1
    assert not window.checks.is_stale()


def test_arabic_text_is_laid_out_right_to_left(qtbot, corpus):
    import drafter
    from drafter.gui.editor import ResolutionEditor
    from drafter.gui.kinds import BODY_INDENT, is_rtl

    editor = ResolutionEditor()
    qtbot.addWidget(editor)
    editor.load(drafter.read(corpus / "GA_75_100_ar.txt"))
    assert is_rtl(editor.document())
    body = editor.first_body_block()
    fmt = body.blockFormat()
    assert (fmt.leftMargin(), fmt.rightMargin()) == (0, BODY_INDENT)  # the indent is on the right
    operative = next(b for b in _blocks(editor) if block_kind(b) is BlockKind.OPERATIVE)
    assert editor.block_label(operative) == "1 -"  # UN Arabic texts number "1 - "


def _blocks(editor):
    block = editor.document().begin()
    while block.isValid():
        yield block
        block = block.next()


def test_kind_shortcuts_and_toolbar_commands(window, qtbot):
    editor = window.editor
    put_cursor(editor, block_with(editor, "Noting with concern"))
    qtbot.keyClick(editor, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # last PP -> OP1
    assert [p.address for p in window.resolution().paragraphs] == ["PP1", "OP1", "OP2", "OP3", "OP4"]
    qtbot.keyClick(editor, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)  # and back
    assert window.resolution().find("PP2").text == "Noting with concern the situation,"
    put_cursor(editor, block_with(editor, "Decides"))
    window.actions_by_name["kind_heading"].trigger()
    resolution = window.resolution()
    assert (resolution.find("H1").text, resolution.find("OP2").text) == (
        "Decides to continue its work;", "Requests a report at its next session.")
    window.actions_by_name["kind_preambular"].trigger()  # a heading among operative paragraphs: refused
    assert window.resolution().find("H1").text == "Decides to continue its work;"
    assert window.statusBar().currentMessage() == "A preambular paragraph cannot follow an operative one."


def test_an_operative_verb_after_the_preamble_starts_the_operative_part(window, qtbot):
    editor = window.editor
    put_cursor(editor, block_with(editor, "Noting with concern"))
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "Decides to act,")  # typed in a new preambular paragraph
    block = editor.textCursor().block()
    assert (block_kind(block), editor.block_label(block)) == (BlockKind.OPERATIVE, "1.")
    assert editor.block_label(block_with(editor, "Welcomes")) == "2."
    # in the middle of the preamble the same words stay preambular (the order would break)
    put_cursor(editor, block_with(editor, "Recalling its"))
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "Requests nothing,")
    assert block_kind(editor.textCursor().block()) is BlockKind.PREAMBULAR
