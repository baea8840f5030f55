"""A part B opened in the editor: its symbol keeps the letter and its note on the letter
line under the title stays a note, with no false footnote diagnostic.

The editor draws the letter line (a cover line) under the title, in bold, without making
it text to type, and numbers its note after the page's marks. The footnote check must not
read that as marks out of order, and Save must keep the letter line, its note and the
symbol's letter.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor

import drafter
from drafter.core.content import differences
from drafter.core.notes import lines_after_title
from drafter.gui.kinds import TITLE_INDENT, UNDER_TITLE_GAP, UNDER_TITLE_LINE, BlockKind, block_kind
from support.files import make_editor

PART_B = """United Nations

A/RES/75/245 B

General Assembly

Distr.: General
20 May 2021

Seventy-fifth session

Agenda item 143

75/245. United Nations common system

B1

The General Assembly,

Recalling its resolution 75/245 A of 31 December 2020,

Having considered the report of the Secretary-General2 and the related report of the Advisory Committee,3

1. Takes note of the report of the International Civil Service Commission for 2020;4

2. Decides to keep the matter under review.

__________________

1 For part A, see resolution 75/245 A.

2 A/75/7.

3 A/75/7/Add.1.

4 A/75/30.
"""


def test_a_part_b_opens_without_false_footnote_diagnostics_and_saves_whole(qtbot, tmp_path: Path) -> None:
    source = tmp_path / "part_b.txt"
    source.write_text(PART_B, encoding="utf-8")
    target = tmp_path / "saved.docx"
    editor = make_editor(qtbot, tmp_path, {"save": [str(target)]}, checker=None)
    assert editor.files.open_path(source)
    window = editor.window
    window.checks.run_now()

    rules = [d.rule for d in window.issues.diagnostics if d.rule.startswith("footnote")]
    assert rules == []
    page = window.resolution()
    assert page.meta.symbol == "A/RES/75/245 B"
    assert len(page.footnotes) == 4
    window.footnotes.refresh()
    assert "For part A, see resolution 75/245 A." in window.footnotes.texts()

    assert editor.files.save()
    assert editor.dialogs.errors == []
    saved = drafter.read(target)
    assert differences(drafter.read(source), saved) == []
    assert saved.meta.symbol == "A/RES/75/245 B"
    assert [saved.heading_lines[i] for i in lines_after_title(saved)] == ["B"]


def _dark_pixels_under_the_title(editor) -> int:
    """Dark pixels in the room left above the formula, where the letter is drawn."""
    block = editor.document().begin()
    while block_kind(block) is not BlockKind.FORMULA:
        block = block.next()
    origin = block.layout().position()
    room = block.blockFormat().topMargin()
    image = editor.viewport().grab().toImage()
    left = int(origin.x() - editor.horizontalScrollBar().value() + TITLE_INDENT)
    top = int(origin.y() - editor.verticalScrollBar().value() - room)
    dark = 0
    for x in range(left, left + 30):
        for y in range(top, top + int(room)):
            if QColor(image.pixel(x, y)).lightness() < 100:
                dark += 1
    return dark


def test_the_part_letter_is_drawn_under_the_title(qtbot, tmp_path: Path) -> None:
    source = tmp_path / "part_b.txt"
    source.write_text(PART_B, encoding="utf-8")
    editor = make_editor(qtbot, tmp_path)
    assert editor.files.open_path(source)
    page = editor.window.editor
    assert page.lines_under_title() == ["B"]
    block = page.document().begin()
    while block_kind(block) is not BlockKind.FORMULA:
        block = block.next()
    assert block.blockFormat().topMargin() == UNDER_TITLE_GAP + UNDER_TITLE_LINE
    assert block.text() == "The General Assembly,"  # drawn, not typed
    assert _dark_pixels_under_the_title(page) > 20

    plain = tmp_path / "part_a.txt"  # a text with nothing under its title: no room, nothing drawn
    plain.write_text(PART_B.replace("\n\nB1\n", "\n").replace("1 For part A", "1 Earlier"), encoding="utf-8")
    assert editor.files.open_path(plain)
    page = editor.window.editor
    assert page.lines_under_title() == []
    assert _dark_pixels_under_the_title(page) == 0
