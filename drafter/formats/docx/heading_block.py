"""The heading block at the top of a UN-layout export's body: session, agenda item,
the adoption line ("Resolution adopted by the General Assembly on …"), the basis,
the sponsors and the numbered title; the Security Council's own form; and the cover
lines the model holds that no metadata field accounts for, written where they stood
so that nothing typed on the cover is lost.
"""

from __future__ import annotations

import re

from lxml import etree

from drafter.core.agenda import agenda_line
from drafter.core.labels import LabelStyle
from drafter.core.model import DocumentStatus, Organ
from drafter.core.notes import anchors_at, cover_place, meta_place
from drafter.core.printed import sponsor_line
from drafter.formats.docx.layout import Layout
from drafter.formats.docx.ooxml.paragraphs import new_paragraph
from drafter.formats.docx.ooxml.xml import W_VAL, make, w

_RPR = w("rPr")

# Metadata written on the cover (or in the masthead); a cover line holding one is not lost.
_COVER_FIELDS = (
    "symbol", "session", "agenda_item", "agenda_title", "title", "number", "committee", "distribution",
    "date", "original_language", "adoption_date", "adoption_basis", "meeting", "reissued",
)


# Metadata written in the body's heading block (not in the masthead header part).
_BLOCK_FIELDS = ("session", "agenda_item", "agenda_title", "adoption_date", "adoption_basis", "title")


def heading_block(layout: Layout) -> None:
    meta, strings = layout.meta, layout.strings
    is_sc = meta.organ is Organ.SC
    adopted = meta.status is DocumentStatus.ADOPTED
    if meta.session:
        layout.marked_line("Session", meta.session, meta_place("session"))
    if meta.committee and not adopted:
        layout.line("committee", meta.committee)
    if meta.agenda_item:
        item = agenda_line(meta.agenda_item, layout.language)
        shift = max(0, item.find(meta.agenda_item))
        layout.marked_line("AgendaItemNormal", item, meta_place("agenda_item"), shift=shift)
    if meta.agenda_title:
        layout.marked_line("AgendaTitleH2", meta.agenda_title, meta_place("agenda_title"))
    if is_sc:
        _sc_heading(layout, adopted)
        return
    layout.spacers(3)
    # Write what the model holds: the status picks the usual lines, but an adoption
    # date, basis, sponsors or number present in the model are never dropped.
    if adopted or meta.adoption_date:
        date = meta.adoption_date
        table = strings["adoption_line"] if date else strings["adoption_line_undated"]
        template = table.get(meta.organ.value, table["GA"])
        # No-break spaces keep "on 24 December" together, as the official files do,
        # so the line breaks before "on" rather than inside the date.
        template = template.replace(" {date}", "\u00a0{date}")
        line = template.format(date=date.replace(" ", "\u00a0"))
        layout.line("adoption", line, lead="\t\t")
        layout.spacers(2)
    if meta.adoption_basis:
        _basis_line(layout, meta.adoption_basis)
        layout.spacers(2)
    if meta.sponsors:
        layout.line("sponsors", sponsor_line(meta, strings), lead="\t\t")
        layout.spacers(2)
    if meta.title or meta.number:
        number = LabelStyle.for_language(meta.language).title_number(meta.number)
        layout.marked_line("title", meta.title, meta_place("title"), lead=f"\t{number}\t")
        layout.spacers(2, exact=True)


def other_cover_lines(layout: Layout) -> tuple[list[int], list[int]]:
    """Cover lines the model holds that no metadata field accounts for (a note typed on
    the cover, a line of an unusual masthead), as indexes: those before the first
    line of the heading block, and the others. They are written, never dropped."""
    meta = layout.meta
    known = [getattr(meta, name) for name in _COVER_FIELDS] + list(meta.sponsors)
    known_solid = [_solid(value) for value in known if len(_solid(value)) >= 2]
    block = [v for v in (_solid(getattr(meta, name)) for name in _BLOCK_FIELDS) if len(v) >= 2]
    whole = {_solid(v) for v in (layout.organ_name(), layout.strings["united_nations"], meta.organ.value)}
    before: list[int] = []
    after: list[int] = []
    block_started = False
    for index, line in enumerate(layout.res.heading_lines):
        solid = _solid(line)
        block_started = block_started or any(value in solid for value in block)
        if solid and solid not in whole and not any(value in solid for value in known_solid):
            (after if block_started else before).append(index)
    return before, after


def write_cover_lines(layout: Layout, indexes: list[int]) -> None:
    for index in indexes:
        line = layout.res.heading_lines[index]
        layout.marked_line("SingleTxt", line.strip(), cover_place(index), lead="\t",
                           shift=-(len(line) - len(line.lstrip())))


def _sc_heading(layout: Layout, adopted: bool) -> None:
    meta, strings = layout.meta, layout.strings
    layout.spacers(2)
    if adopted and meta.number:
        layout.line("adoption", strings["sc_resolution"].format(number=meta.number), lead="\t\t")
    meeting = meta.meeting.strip().rstrip(".").strip()
    if adopted and meta.adoption_date:
        if re.match(strings["sc_meeting_form"], meeting):
            line = strings["sc_adopted"].format(meeting=meeting, date=meta.adoption_date)
        else:  # no bare meeting number: the older "of <date>" line (the meeting is in the closing)
            line = strings["sc_of_date"].format(date=meta.adoption_date)
        layout.line("sc_adopted", line, lead="\t\t")
    if not adopted and meta.sponsors:
        layout.line("sponsors", sponsor_line(meta, strings), lead="\t\t")
    layout.spacers(2, exact=True)


def _basis_line(layout: Layout, basis: str) -> None:
    """"[on the report of …]": brackets roman, the words italic (H4 style)."""
    p = new_paragraph("basis")
    inner = basis.strip()
    opened = inner.startswith("[")
    closed = inner.endswith("]")
    inner = inner[1 if opened else 0 : -1 if closed else None]
    p.append(layout.runs.text("\t\t"))
    if opened:
        p.append(_roman_run(layout, "["))
    layout.marked_runs(p, inner, anchors_at(layout.res, meta_place("adoption_basis")), shift=-int(opened))
    layout.written_places.add(meta_place("adoption_basis"))
    if closed:
        p.append(_roman_run(layout, "]"))
    layout.add(p)


def _roman_run(layout: Layout, text: str) -> etree._Element:
    """A run of ``text`` that stays upright in an italic paragraph style."""
    run = layout.runs.text(text)
    run.find(_RPR).insert(0, make(w("i"), {W_VAL: "0"}))
    return run


def _solid(text: str) -> str:
    return "".join(text.split()).casefold()
