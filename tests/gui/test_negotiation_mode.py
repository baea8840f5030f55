"""A negotiator works on a compilation text in the editor: every step undoable."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextCursor

from drafter.api import read
from drafter.core.negotiation import AGREED_AD_REF
from support.corpus import REPO
from support.editor import block_with, put_cursor

EXAMPLE = REPO / "examples" / "negotiation_coral_reefs_en.txt"


@pytest.fixture
def window(qtbot):
    from drafter.gui.main_window import MainWindow
    from drafter.settings import Settings

    win = MainWindow(checker=lambda resolution, options: [], settings=Settings(), grammar=False)
    qtbot.addWidget(win)
    win.load_resolution(read(EXAMPLE))
    win.show()
    qtbot.waitExposed(win)
    win.editor.setFocus()
    return win


def _cursor_in(editor, starts: str, word: str) -> None:
    block = block_with(editor, starts)
    cursor = QTextCursor(block)
    cursor.setPosition(block.position() + block.text().index(word) + 1)
    editor.setTextCursor(cursor)


def test_negotiation_mode_is_on_for_a_negotiation_draft(window) -> None:
    assert window.negotiation.toggle.isChecked()
    assert window.negotiation.dock.isVisible()
    summary = window.negotiation.dock.summary.text()
    assert summary == "8 open brackets in 7 paragraphs; 4 agreed ad ref; 2 agreed"


def test_accept_an_alternative_in_one_undoable_step(window) -> None:
    editor = window.editor
    original = editor.toPlainText()
    _cursor_in(editor, "[Deeply concerned]", "Concerned]")
    window.actions_by_name["accept_alternative"].trigger()
    assert window.resolution().find("PP3").text.startswith("Concerned that coral reefs")
    editor.undo()
    assert editor.toPlainText() == original
    assert window.resolution().find("PP3").text.startswith("[Deeply concerned][Concerned]")


def test_remove_brackets_keeps_the_words(window) -> None:
    editor = window.editor
    _cursor_in(editor, "Recognizing the importance", "in particular")
    window.negotiation.dock.buttons["unbracket"].click()
    assert window.resolution().find("PP4").text == (
        "Recognizing the importance of coral reefs for the food security, livelihoods and cultural heritage "
        "of coastal communities, in particular in small island developing States, (AOSIS: retain)"
    )
    editor.undo()
    assert "[, in particular" in window.resolution().find("PP4").text


def test_mark_agreed_ad_ref_and_undo(window) -> None:
    editor = window.editor
    put_cursor(editor, block_with(editor, "Requests the Secretary-General"))
    window.actions_by_name["agreed_ad_ref"].trigger()
    assert window.resolution().find("OP5").status == AGREED_AD_REF
    assert window.negotiation.dock.summary.text().endswith("5 agreed ad ref; 2 agreed")
    editor.undo()
    assert window.resolution().find("OP5").status == ""


def test_insert_bis_keeps_later_clean_numbers(window, qtbot) -> None:
    editor = window.editor
    original = editor.toPlainText()
    before = [p.address for p in window.resolution().paragraphs]
    labels_after = editor.block_label(block_with(editor, "Requests the Secretary-General"))
    put_cursor(editor, block_with(editor, "Invites the United Nations Environment"))
    window.actions_by_name["insert_bis"].trigger()
    qtbot.keyClicks(editor, "Calls for partnerships;")
    resolution = window.resolution()
    assert resolution.find("OP4 bis").text == "Calls for partnerships;"
    after = [p.address for p in resolution.paragraphs]
    assert [a for a in after if a != "OP4 bis"] == before  # nothing else moved
    assert editor.block_label(block_with(editor, "Calls for partnerships")) == "4 bis."
    assert editor.block_label(block_with(editor, "Requests the Secretary-General")) == labels_after == "5."
    # A second one after the same paragraph is "ter", after the bis.
    put_cursor(editor, block_with(editor, "Invites the United Nations Environment"))
    window.actions_by_name["insert_bis"].trigger()
    qtbot.keyClicks(editor, "Encourages research;")
    assert window.resolution().find("OP4 ter").text == "Encourages research;"
    for _ in range(80):
        if editor.toPlainText() == original:
            break
        editor.undo()
    assert [p.address for p in window.resolution().paragraphs] == before


def test_issue_rev1_renumbers_and_shows_its_table(window) -> None:
    editor = window.editor
    original = editor.toPlainText()
    before = [p.address for p in window.resolution().paragraphs]
    window.negotiation.dock.buttons["rev1"].click()
    dock = window.negotiation.dock
    assert dock.table.isVisible()
    table = dock.table
    rows = [(table.item(r, 0).text(), table.item(r, 1).text()) for r in range(table.rowCount())]
    assert rows[0] == ("PP2 bis", "PP3") and ("OP3 bis", "OP4") in rows and ("OP6", "OP7") in rows
    resolution = window.resolution()
    assert resolution.meta.symbol == "A/C.2/81/L.12/Rev.1"
    assert [p.address for p in resolution.paragraphs if p.negotiation_label] == ["OP2 alt"]
    assert resolution.find("OP4").previous_address == "OP3 bis"
    assert editor.block_label(block_with(editor, "[Invites States to establish")) == "4."
    editor.undo()  # one step
    assert editor.toPlainText() == original
    assert [p.address for p in window.resolution().paragraphs] == before


def test_attribute_selected_text_to_delegations(window) -> None:
    editor = window.editor
    block = block_with(editor, "Requests the Secretary-General")
    cursor = QTextCursor(block)
    start = block.position() + block.text().index("at its eighty-third session")
    cursor.setPosition(start)
    cursor.setPosition(start + len("at its eighty-third session"), QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    from drafter.gui import negotiation_mode

    assert negotiation_mode.attribute(editor, ["Group of 77 and China", "Mexico"], "delete")
    text = window.resolution().find("OP5").text
    assert "[at its eighty-third session] (Group of 77 and China, Mexico: delete)" in text
    window.negotiation.dock.refresh()
    per_delegation = [window.negotiation.dock.per_delegation.item(i).text()
                      for i in range(window.negotiation.dock.per_delegation.count())]
    assert "Mexico: 1" in per_delegation
    editor.undo()
    assert "[at its" not in window.resolution().find("OP5").text


def test_outline_filter_open_only_and_by_delegation(window) -> None:
    dock, outline = window.negotiation.dock, window.outline
    dock.filter.setCurrentIndex(dock.filter.findData("open"))
    shown = [outline.list.item(i).data(256) for i in range(outline.list.count())
             if not outline.list.item(i).isHidden()]
    assert shown == ["PP2 bis", "PP3", "PP4", "OP2", "OP2 alt", "OP3(c)(ii)", "OP3 bis"]
    dock.filter.setCurrentIndex(dock.filter.findData("all"))
    dock.delegation.setCurrentIndex(dock.delegation.findData("Japan"))
    shown = [outline.list.item(i).data(256) for i in range(outline.list.count())
             if not outline.list.item(i).isHidden()]
    assert shown == ["OP2"]
