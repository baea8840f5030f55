"""The end of a UN-layout export's text: the meeting lines in italics ("73rd plenary
meeting / 24 December 2018"), bracketed closing notes as plain paragraphs, and the
short centred rule that ends the text."""

from __future__ import annotations

from drafter.core.notes import anchors_at, closing_place
from drafter.core.printed import closing_lines
from drafter.formats.docx.layout import Layout
from drafter.formats.docx.ooxml.paragraphs import new_paragraph
from drafter.formats.docx.ooxml.xml import make, set_ppr, w


def closing(layout: Layout) -> None:
    lines = _closing_lines(layout)
    meeting = [item for item in lines if not item[1].lstrip().startswith("[")]
    notes = [item for item in lines if item[1].lstrip().startswith("[")]
    if meeting:
        # One paragraph per line (the official files use one paragraph with a line
        # break; separate paragraphs look the same and read back line by line).
        layout.spacers(1)
        for index, (place, line) in enumerate(meeting):
            p = new_paragraph("closing")
            if index < len(meeting) - 1:  # the lines stay together, on one page
                set_ppr(p, make(w("keepNext")), make(w("spacing"), {w("after"): "0"}))
            first = len(p)
            layout.marked_runs(p, line, anchors_at(layout.res, place), italic=True)
            layout.ranges(p, first, place)
            layout.written_places.add(place)
            layout.add(p)
            layout.tables_after(place)
    for place, line in notes:
        layout.marked_line("SingleTxt", line, place, lead="\t")
    if layout.res.paragraphs:
        layout.add(new_paragraph("end_rule"))  # the short centred rule that ends the text


def _closing_lines(layout: Layout) -> list[tuple[str, str]]:
    """(place, line) of each closing line to write (the derived ones have no place)."""
    res = layout.res
    if res.closing:
        return [(closing_place(i), line) for i, line in enumerate(res.closing) if line.strip()]
    return [("", line) for line in closing_lines(res)]
