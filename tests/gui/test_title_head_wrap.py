"""The lines drawn above the title wrap inside the page instead of running off it.

A Fourth Committee basis line ("[on the report of the Special Political and Decolonization
Committee (Fourth Committee) (A/75/414, para. 8)]") is wider than the page's column: it
was drawn on one line and cut at the sheet's edge, in English and in Arabic.
"""

from __future__ import annotations

from drafter.gui.page_view import fitted_lines

BASIS = ("[on the report of the Special Political and Decolonization Committee (Fourth Committee)"
         " (A/75/414, para. 8)]")
ADOPTED = "Resolution adopted by the General Assembly on 10 December 2020"


def _advance(text: str) -> float:
    return 7.0 * len(text)  # a fixed-width measure, as QFontMetrics.horizontalAdvance is called


def test_a_long_line_wraps_at_spaces_within_the_width() -> None:
    lines = fitted_lines([ADOPTED, BASIS], _advance, 560, 3)
    assert len(lines) == 3
    assert all(_advance(line) <= 560 for line in lines)
    assert " ".join(lines[1:]) == BASIS  # nothing lost, only wrapped
    assert lines[0] == ADOPTED


def test_what_does_not_fit_the_room_ends_with_an_ellipsis() -> None:
    lines = fitted_lines([ADOPTED, BASIS], _advance, 300, 3)
    assert len(lines) == 3 and lines[-1].endswith("…")
    assert all(_advance(line) <= 300 for line in lines)


def test_short_lines_are_left_as_they_are() -> None:
    assert fitted_lines(["France, Ghana and Peru: draft resolution"], _advance, 560, 3) == [
        "France, Ghana and Peru: draft resolution"]
