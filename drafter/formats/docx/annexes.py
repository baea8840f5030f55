"""The annexes of a UN-layout export: "Annex" and its title, then the annex's lines,
a short line without closing punctuation or label set as a heading (an annex holds
guidelines, a declaration or a programme, each with its own headings). The adopted
text that a resolution's body embeds ("embedded" annexes) is written the same way,
before the closing lines."""

from __future__ import annotations

import re

from drafter.core.model import FootnoteRef
from drafter.core.notes import anchors_at, annex_place
from drafter.formats.docx.layout import Layout
from drafter.formats.docx.ooxml.paragraphs import new_paragraph

_LABEL_START = re.compile(r"^\s*(?:\(?[0-9a-zA-Z]{1,5}[.)]|[-–—•])\s")


def annexes(layout: Layout, *, embedded: bool) -> None:
    """The annexes (or the adopted text the body embeds, which comes before the closing)."""
    for number, annex in enumerate(layout.res.annexes):
        if annex.embedded is not embedded:
            continue
        _annex_title(layout, number, annex.title, "annex_title" if embedded else "annex")
        single_title = "\n" not in annex.title.strip()
        for index, text in enumerate(annex.paragraphs):
            place = annex_place(number, index)
            if index == 0 and single_title and _looks_like_heading(text):
                layout.marked_line("annex_title", text, place, lead="\t\t")  # the annex's own title
            elif _looks_like_heading(text):
                layout.marked_line("heading", text, place, lead="\t\t")
            else:
                layout.marked_line("SingleTxt", text, place, lead="\t")


def _annex_title(layout: Layout, number: int, title: str, style: str) -> None:
    """"Annex" (and a title below it when the model's title has more lines), with its marks."""
    place = annex_place(number, None)
    refs = anchors_at(layout.res, place)
    layout.written_places.add(place)
    if not title.strip():
        layout.line("annex", layout.strings["annex"])
        return
    start = 0
    first = True
    for line in title.split("\n"):
        end = start + len(line)
        mine = [FootnoteRef(r.number, r.offset - start) for r in refs if start <= r.offset <= end]
        refs = [r for r in refs if not start <= r.offset <= end]
        if line.strip():
            p = new_paragraph(style if first else "annex_title")
            if not first:
                p.append(layout.runs.text("\t\t"))
            layout.marked_runs(p, line, mine)
            layout.add(p)
            first = False
        start = end + 1
    layout.tables_after(place)


def _looks_like_heading(text: str) -> bool:
    """A short annex line without closing punctuation or label ("Guideline 1", "Preamble")."""
    stripped = text.strip()
    return (
        0 < len(stripped) <= 120
        and "\n" not in stripped
        and stripped[-1] not in ".,;:!?،。；：，"
        and not _LABEL_START.match(stripped)
    )
