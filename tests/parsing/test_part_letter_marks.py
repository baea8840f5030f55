"""Footnote marks on a part's letter under the title ("B1") and after a Roman "I".

A part B of a Fifth Committee or ECOSOC text carries its note on the part's letter: either
on the title line ("75/245. United Nations common system B1") or on a line of its own under
it. Such a mark was read as part of the text ("B1"), the note was reported as unreferenced,
and the plain-text writer dropped the line under the title.
"""

from __future__ import annotations

import drafter
from drafter.core.notes import lines_after_title
from drafter.formats.text.writer import render_text
from drafter.parsing.footnotes import take_marks

_NOTES = "__________________\n\n1 For part A, see resolution 75/245 A.\n\n2 A/75/7.\n"


def _text(title_block: str) -> str:
    return (
        "United Nations\n\nA/RES/75/245 B\n\nGeneral Assembly\n\nSeventy-fifth session\n\n"
        f"{title_block}\n\nThe General Assembly,\n\n"
        "Recalling its resolution 75/245 A of 31 December 2020,\n\n"
        "1. Takes note of the report of the Advisory Committee;2\n\n"
        "2. Decides to keep the matter under review.\n\n" + _NOTES
    )


def _footnote_rules(resolution: drafter.Resolution) -> list[str]:
    return [d.rule for d in drafter.check(resolution) if d.rule.startswith("footnote")]


def test_a_part_letter_on_its_own_line_under_the_title_carries_its_mark() -> None:
    resolution = drafter.parse_text(_text("75/245. United Nations common system\n\nB1"), "en")
    [line] = lines_after_title(resolution)
    assert resolution.heading_lines[line] == "B"
    assert [(a.number, a.offset) for a in resolution.note_anchors] == [(1, 1)]
    assert _footnote_rules(resolution) == []


def test_a_part_letter_ending_the_title_carries_its_mark() -> None:
    resolution = drafter.parse_text(_text("75/245. United Nations common system B1"), "en")
    assert resolution.meta.title == "United Nations common system B"
    assert [a.number for a in resolution.note_anchors] == [1]
    assert _footnote_rules(resolution) == []


def test_the_text_writer_keeps_the_part_letter_and_its_mark() -> None:
    resolution = drafter.parse_text(_text("75/245. United Nations common system\n\nB1"), "en")
    written = render_text(resolution)
    assert "75/245. United Nations common system\n\nB1\n\nThe General Assembly," in written
    again = drafter.parse_text(written, "en")
    assert [again.heading_lines[i] for i in lines_after_title(again)] == ["B"]
    assert [(a.number, a.offset) for a in again.note_anchors] == [(1, 1)]
    assert again.note_anchors[0].place == f"COVER:{lines_after_title(again)[0] + 1}"


def test_a_roman_one_takes_a_mark_and_a_name_with_a_figure_does_not() -> None:
    [(clean, refs)] = take_marks(["codified in Additional Protocol I2 to the Geneva Conventions"], [1, 2])
    assert [r.number for r in refs] == [2] and "Protocol I to the" in clean
    [(clean, refs)] = take_marks(["the U4 Anti-Corruption Resource Centre"], [4])
    assert refs == [] and "U4 Anti-Corruption" in clean


def test_a_part_symbol_keeps_its_letter() -> None:
    resolution = drafter.parse_text(_text("75/245. United Nations common system\n\nB1"), "en")
    assert resolution.meta.symbol == "A/RES/75/245 B"
    assert resolution.meta.number == "75/245"
    omnibus_text = _text("75/253. Special subjects").replace("A/RES/75/245 B", "A/RES/75/253 A-C")
    omnibus = drafter.parse_text(omnibus_text, "en")
    assert omnibus.meta.symbol == "A/RES/75/253 A-C"
