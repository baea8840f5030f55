"""A drafter inserts parts in the editor: Insert ▸ Part…, a title, numbering afresh inside."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from drafter.core.model import Paragraph, ParagraphKind
from drafter.gui.kinds import BlockKind, block_kind
from support.editor import block_with, put_cursor


def _answer_title(monkeypatch, title: str) -> None:
    """The title dialog, answered as a drafter would (a modal dialog cannot be typed into headless)."""
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: (title, True))


def test_insert_part_restarts_numbering_and_addresses_name_the_part(window, qtbot, monkeypatch):
    editor = window.editor
    put_cursor(editor, block_with(editor, "Requests a report"))
    _answer_title(monkeypatch, "Danger pay: review of level")
    window.actions_by_name["insert_part"].trigger()
    # The cursor waits in the part's first operative paragraph: type it and one more.
    qtbot.keyClicks(editor, "Approves the revised scale;")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "Decides to review it again.")
    part = block_with(editor, "Danger pay")
    assert block_kind(part) is BlockKind.PART
    assert editor.block_label(part) == "A"
    assert editor.block_label(block_with(editor, "Approves the revised")) == "1."
    assert editor.block_label(block_with(editor, "Decides to review")) == "2."
    assert editor.block_label(block_with(editor, "Requests a report")) == "3."  # before the part
    resolution = window.resolution()
    assert resolution.find("A").text == "Danger pay: review of level"
    assert resolution.find("A.OP2").text == "Decides to review it again."
    assert resolution.find("OP3").text.startswith("Requests a report")

    # A second part after the first is B, with its own preambular paragraph (Ctrl+1).
    _answer_title(monkeypatch, "Miscellaneous")
    window.actions_by_name["insert_part"].trigger()
    qtbot.keyClicks(editor, "Recalling its resolution 70/244,")
    qtbot.keyClick(editor, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClick(editor, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, "Notes the decision;")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "Requests a report.")
    assert editor.block_label(block_with(editor, "Miscellaneous")) == "B"
    assert editor.block_label(block_with(editor, "Notes the decision")) == "1."
    resolution = window.resolution()
    assert [p.address for p in resolution.paragraphs if p.address.startswith("B")] == [
        "B", "B.PP1", "B.OP1", "B.OP2",
    ]
    assert resolution.find("B.PP1").kind is ParagraphKind.PREAMBULAR

    # Undo takes the second part away; the first keeps its numbers.
    for _ in range(50):
        if "Miscellaneous" not in editor.toPlainText():
            break
        editor.undo()
    assert "Miscellaneous" not in editor.toPlainText()
    assert [p.address for p in window.resolution().paragraphs][-3:] == ["A", "A.OP1", "A.OP2"]
    assert editor.block_label(block_with(editor, "Decides to review")) == "2."


def test_insert_part_is_refused_in_the_heading_lines(window, monkeypatch):
    editor = window.editor
    put_cursor(editor, block_with(editor, "The General Assembly,"))
    _answer_title(monkeypatch, "Part title")
    refusals = []
    editor.refused.connect(refusals.append)
    assert window.insert_part() is False
    assert refusals and "part" in refusals[0]


def test_roman_parts_of_an_opened_text_stay_roman(window, qtbot, monkeypatch):
    resolution = window.resolution()
    resolution.paragraphs[2:2] = [Paragraph(ParagraphKind.PART, "Activities of the Office", source_label="I")]
    window.load_resolution(resolution)
    editor = window.editor
    put_cursor(editor, block_with(editor, "Requests a report"))
    _answer_title(monkeypatch, "Activities of the Committee")
    window.actions_by_name["insert_part"].trigger()
    qtbot.keyClicks(editor, "Notes with appreciation the work of the Committee.")
    assert editor.block_label(block_with(editor, "Activities of the Office")) == "I"
    assert editor.block_label(block_with(editor, "Activities of the Committee")) == "II"
    assert window.resolution().find("II.OP1").text.startswith("Notes with appreciation")


def test_enter_after_a_part_title_starts_its_first_paragraph(window, qtbot, monkeypatch):
    editor = window.editor
    put_cursor(editor, block_with(editor, "Requests a report"))
    _answer_title(monkeypatch, "Contingency fund")
    window.actions_by_name["insert_part"].trigger()
    put_cursor(editor, block_with(editor, "Contingency fund"))
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "Recalling its resolution 74/263,")
    qtbot.keyClick(editor, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert block_kind(block_with(editor, "Contingency fund")) is BlockKind.PART
    assert block_kind(block_with(editor, "Recalling its resolution 74/263")) is BlockKind.PREAMBULAR
    assert window.resolution().find("A.PP1").text == "Recalling its resolution 74/263,"
