"""A part B opened in the editor: its symbol keeps the letter and its note on the letter
line under the title stays a note, with no false footnote diagnostic.

The editor does not show the letter line (a cover line); it numbers that note after the
page's marks. The footnote check must not read that as marks out of order, and Save must
keep the letter line, its note and the symbol's letter.
"""

from __future__ import annotations

from pathlib import Path

import drafter
from drafter.core.content import differences
from drafter.core.notes import lines_after_title
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
