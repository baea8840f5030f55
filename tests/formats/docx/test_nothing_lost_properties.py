"""Issue 12, properties: whatever notes and tables a resolution has, export → read keeps them.

Hypothesis builds adopted GA resolutions with footnote marks on the title, in annex
titles and paragraphs, in closing lines and in table cells, plus notes nothing marks;
each is exported and read back, and the content must be the same
(:func:`drafter.core.content.differences`).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import drafter
from drafter.core.content import differences
from drafter.core.model import (
    Annex,
    DocumentStatus,
    Footnote,
    FootnoteRef,
    Metadata,
    NoteAnchor,
    Organ,
    Paragraph,
    ParagraphKind,
    Resolution,
    Table,
    assign_addresses,
)
from drafter.core.notes import annex_place, closing_place, meta_place
from drafter.formats.docx.writer import export_docx

WORDS = st.sampled_from(
    ["peace", "States", "development", "rights", "oceans", "report", "Council", "climate", "water", "2030"]
)
NOTE = st.lists(WORDS, min_size=1, max_size=8).map(lambda words: "Resolution " + " ".join(words) + ".")


def _sentence(words: list[str]) -> str:
    return "The " + " ".join(words) + " are noted."


SENTENCE = st.lists(WORDS, min_size=1, max_size=12).map(_sentence)


@st.composite
def resolutions(draw: st.DrawFn) -> Resolution:
    notes: list[str] = []

    def note() -> int:
        notes.append(draw(NOTE))
        return len(notes)

    def ends_of_words(text: str) -> st.SearchStrategy[list[int]]:
        ends = [i for i in range(1, len(text) + 1)
                if text[i - 1].isalnum() and (i == len(text) or not text[i].isalnum())]
        return st.lists(st.sampled_from(ends), max_size=2, unique=True).map(sorted)

    anchors: list[NoteAnchor] = []
    title = "Saving " + " ".join(draw(st.lists(WORDS, min_size=1, max_size=6)))
    for offset in draw(ends_of_words(title)):
        anchors.append(NoteAnchor(meta_place("title"), note(), offset))
    paragraphs = [
        Paragraph(ParagraphKind.PREAMBULAR, "Recalling its resolution 70/1,"),
        Paragraph(ParagraphKind.OPERATIVE, "Requests the Secretary-General to report;"),
        Paragraph(ParagraphKind.OPERATIVE, "Decides to remain seized of the matter."),
    ]
    paragraphs[0].footnote_refs = [FootnoteRef(note(), 29)]
    assign_addresses(paragraphs)
    annex_paragraphs = draw(st.lists(SENTENCE, min_size=1, max_size=4))
    for index, text in enumerate(annex_paragraphs):
        for offset in draw(ends_of_words(text)):
            anchors.append(NoteAnchor(annex_place(0, index), note(), offset))
    tables = []
    if draw(st.booleans()):
        rows = draw(st.lists(st.lists(SENTENCE, min_size=2, max_size=2), min_size=1, max_size=3))
        cell_refs = {}
        if draw(st.booleans()):
            cell_refs["0:1"] = [FootnoteRef(note(), len(rows[0][1]) - 1)]
        place = draw(st.sampled_from([annex_place(0, len(annex_paragraphs) - 1), "OP1"]))
        tables.append(Table(place, rows, cell_refs))
    closing = ["4th plenary meeting", "25 September 2015"]
    if draw(st.booleans()):
        anchors.append(NoteAnchor(closing_place(0), note(), len(closing[0])))
    unmarked = draw(st.lists(NOTE, max_size=2, unique=True))
    footnotes = [Footnote(i, text) for i, text in enumerate(notes, start=1)]
    footnotes += [Footnote(len(notes) + i, text) for i, text in enumerate(unmarked, start=1)]
    return Resolution(
        meta=Metadata(organ=Organ.GA, language="en", symbol="A/RES/80/1", status=DocumentStatus.ADOPTED,
                      session="Eightieth session", title=title, number="80/1", distribution="General",
                      meeting="4th plenary meeting", adoption_date="25 September 2015"),
        formula="The General Assembly,",
        paragraphs=paragraphs,
        footnotes=footnotes,
        annexes=[Annex("Annex", annex_paragraphs)],
        closing=closing,
        note_anchors=anchors,
        tables=tables,
    )


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(resolutions())
def test_notes_and_tables_anywhere_survive_export(resolution: Resolution) -> None:
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "export.docx"
        notices = export_docx(resolution, out)
        again = drafter.read(out)
    assert differences(resolution, again) == []
    marked = {a.number for a in resolution.note_anchors} | {r.number for p in resolution.paragraphs
                                                            for r in p.footnote_refs}
    marked |= {r.number for t in resolution.tables for refs in t.cell_refs.values() for r in refs}
    assert len(notices) == len([n for n in resolution.footnotes if n.number not in marked])
