"""The redline in the UN layout: the Word exporter with a tracked-change run emitter.

:func:`drafter.formats.docx.writer.build_document` lays out a resolution and
sends every body paragraph through one :class:`RunEmitter`. The redline gives it
a *display* resolution — the new text with the deleted paragraphs (and the old
places of moved ones) put back where they were — and an emitter that writes each
paragraph from the comparison's pieces, wrapped in ``w:ins``/``w:del``:

* the label is tracked when it differs between the texts (literal numbers);
* a paragraph inserted or deleted as a whole has every run tracked, lead tabs
  included, and its paragraph mark marked, so accepting leaves nothing behind;
* footnote marks are tracked like text, and each note's own text is rewritten
  with its word-level changes.

Italics: the exporter resolves the opener's italic range on the text it lays out
(the new text, or the base text for deleted paragraphs); deleted words inside a
changed paragraph are italic when they sit at an italic range (a replaced
opener), which is how a reviser's Word shows them.
"""

from __future__ import annotations

import itertools
from dataclasses import replace

from docx.document import Document as DocxDocument
from lxml import etree

from drafter.comparison import Comparison, FootnoteDiff, ParagraphDiff, Piece
from drafter.comparison.diff import Segment, diff_text
from drafter.comparison.tokens import normalize
from drafter.core.model import Annex, Footnote, FootnoteRef, Paragraph, ParagraphKind, Resolution
from drafter.formats.docx.writer import (
    BodyContent,
    ExportOptions,
    PlainRunEmitter,
    RunFactory,
    build_document,
)
from drafter.redline.labels import paragraph_labels
from drafter.redline.post_layout import (
    shift_insertion_marks,
    track_annexes,
    track_title,
    turn_on_tracking,
)
from drafter.redline.revisions import RevisionMarks, mark_paragraph, qn, tracked

_RUN = qn("w:r")


class TrackedRunEmitter:
    """Writes the paragraphs of a display resolution from the comparison's pieces."""

    def __init__(self, display: dict[int, tuple[ParagraphDiff, list[Piece]]],
                 labels: dict[int, tuple[str | None, str | None]], marks: RevisionMarks,
                 base_formula: str = "", track_renumbering: bool = True) -> None:
        """``track_renumbering`` False: a kept paragraph whose number changed shows its new number as
        plain text (rejecting all changes in Word then keeps the new numbers)."""
        self.display = display  # id(display paragraph) -> (diff, footnote pieces in order)
        self.labels = labels  # id(display paragraph) -> (base label, new label)
        self.track_renumbering = track_renumbering
        self.marks = marks
        self.base_formula = base_formula
        self.plain = PlainRunEmitter()
        self._label: str | None = None

    def label(self, p: etree._Element, label: str | None, runs: RunFactory) -> None:
        self._label = label  # written in body(), once the paragraph is known

    def body(self, p: etree._Element, content: BodyContent, runs: RunFactory) -> None:
        found = self.display.get(id(content.paragraph)) if content.paragraph is not None else None
        if found is None:  # the formula
            self.plain.label(p, self._label, runs)
            if not self.base_formula or normalize(self.base_formula) == normalize(content.text):
                self.plain.body(p, content, runs)
                return
            for segment in diff_text(self.base_formula, content.text):
                italic = bool(content.italic)  # the formula is italic as a whole, or not at all
                p.extend(tracked(segment.op, [runs.text(segment.text, italic)], self.marks))
            return
        diff, note_pieces = found
        assert content.paragraph is not None
        if content.paragraph.kind not in (ParagraphKind.HEADING, ParagraphKind.PART):
            self._write_label(p, content.paragraph, runs)
        elif not (diff.mark_deleted or diff.mark_inserted):
            self._track_numeral(p, content.paragraph, runs)
        note_ids = [note_id for _, note_id in content.notes]
        self._write_pieces(p, diff, content, runs, dict(zip(map(id, note_pieces), note_ids, strict=True)))
        if diff.mark_deleted or diff.mark_inserted:
            op = "delete" if diff.mark_deleted else "insert"
            for child in list(p):
                if child.tag == _RUN:  # lead tabs and anything else still untracked
                    index = p.index(child)
                    for element in reversed(tracked(op, [child], self.marks)):
                        p.insert(index, element)
            mark_paragraph(p, op, self.marks)

    def _track_numeral(self, p: etree._Element, paragraph: Paragraph, runs: RunFactory) -> None:
        """A kept heading whose section numeral changed ("II" -> "III"): the exporter
        wrote the new numeral as plain text; write it as a tracked replacement."""
        base_numeral, new_numeral = self.labels.get(id(paragraph), (None, None))
        if base_numeral == new_numeral or (not self.track_renumbering and base_numeral and new_numeral):
            return
        written = [child for child in p if child.tag == _RUN]
        for child in written:
            p.remove(child)
        p.append(runs.text("\t\t"))
        if base_numeral:
            p.extend(tracked("delete", [runs.text(base_numeral)], self.marks))
        if new_numeral:
            p.extend(tracked("insert", [runs.text(new_numeral)], self.marks))
        if paragraph.text:
            p.append(runs.text("\n"))

    def _write_label(self, p: etree._Element, paragraph: Paragraph, runs: RunFactory) -> None:
        base_label, new_label = self.labels.get(id(paragraph), (None, None))
        p.append(runs.text("\t"))
        if base_label is None and new_label is None:
            return
        if base_label == new_label or (not self.track_renumbering and base_label and new_label):
            p.append(runs.text(f"{new_label}"))
        else:
            if base_label:
                p.extend(tracked("delete", [runs.text(base_label)], self.marks))
            if new_label:
                p.extend(tracked("insert", [runs.text(new_label)], self.marks))
        p.append(runs.text("\t"))

    def _write_pieces(self, p: etree._Element, diff: ParagraphDiff, content: BodyContent,
                      runs: RunFactory, note_ids: dict[int, int]) -> None:
        spans = content.italic
        display_side = "delete" if diff.mark_deleted else "insert"
        position = 0
        for piece in diff.pieces:
            if piece.footnote is not None:
                note_id = note_ids[id(piece)]
                _fill_note(runs, note_id, piece, self.marks)
                p.extend(tracked(piece.op, [runs.note_reference(note_id)], self.marks))
                continue
            on_display = piece.op in ("equal", display_side)
            if on_display:
                parts = _split_italic(piece.text, position, spans)
                position += len(piece.text)
            else:
                parts = [(piece.text, any(s <= position <= e and s < e for s, e in spans))]
            p.extend(tracked(piece.op, [runs.text(text, italic) for text, italic in parts if text],
                             self.marks))


def _split_italic(text: str, start: int, spans: list[tuple[int, int]]) -> list[tuple[str, bool]]:
    cuts = {0, len(text)}
    for span_start, span_end in spans:
        for cut in (span_start - start, span_end - start):
            if 0 < cut < len(text):
                cuts.add(cut)
    ordered = sorted(cuts)
    return [
        (text[a:b], any(s <= start + a < e for s, e in spans))
        for a, b in itertools.pairwise(ordered)
    ]


def note_segments(diff: FootnoteDiff) -> list[Segment]:
    """A note's text as segments: all inserted, all deleted, or word by word."""
    if diff.kind == "inserted" and diff.new is not None:
        return [Segment("insert", diff.new.text)]
    if diff.kind == "deleted" and diff.base is not None:
        return [Segment("delete", diff.base.text)]
    if diff.segments:
        return diff.segments
    note = diff.new or diff.base
    return [Segment("equal", note.text if note else "")]


def _fill_note(runs: RunFactory, note_id: int, piece: Piece, marks: RevisionMarks) -> None:
    """Replace the (empty) text of note ``note_id`` with the note's tracked text."""
    assert piece.footnote is not None
    root = runs.footnotes.root
    # the exporter has just appended this paragraph's notes: search from the end
    wanted, tag, id_attribute = str(note_id), qn("w:footnote"), qn("w:id")
    note = next(n for n in reversed(root) if n.tag == tag and n.get(id_attribute) == wanted)
    paragraph = note.find(qn("w:p"))
    for segment in note_segments(piece.footnote):
        paragraph.extend(tracked(segment.op, [runs.text(segment.text)], marks))
    if piece.op != "equal":  # the in-note mark and tabs go and come with the note
        for child in list(paragraph):
            if child.tag == _RUN:
                index = paragraph.index(child)
                for element in reversed(tracked(piece.op, [child], marks)):
                    paragraph.insert(index, element)


def display_resolution(comparison: Comparison) -> tuple[
    Resolution, dict[int, tuple[ParagraphDiff, list[Piece]]], dict[int, tuple[str | None, str | None]]
]:
    """The new text with deleted paragraphs back in place; maps for the emitter."""
    base_labels = dict(zip(map(id, comparison.base.paragraphs), paragraph_labels(comparison.base),
                           strict=True))
    new_labels = dict(zip(map(id, comparison.new.paragraphs), paragraph_labels(comparison.new),
                          strict=True))
    paragraphs: list[Paragraph] = []
    footnotes: list[Footnote] = []
    display: dict[int, tuple[ParagraphDiff, list[Piece]]] = {}
    labels: dict[int, tuple[str | None, str | None]] = {}
    for diff in comparison.paragraphs:
        note_pieces = [piece for piece in diff.pieces if piece.footnote is not None]
        refs = []
        for _ in note_pieces:
            number = len(footnotes) + 1
            footnotes.append(Footnote(number, ""))
            refs.append(FootnoteRef(number, 0))
        shown = replace(diff.paragraph, footnote_refs=refs)
        paragraphs.append(shown)
        display[id(shown)] = (diff, note_pieces)
        base_label = base_labels.get(id(diff.base)) if diff.kind not in ("inserted", "moved") else None
        new_label = new_labels.get(id(diff.new)) if diff.kind not in ("deleted", "moved_from") else None
        labels[id(shown)] = (base_label, new_label)
    annexes = [Annex(annex.title, [item.text for item in annex.paragraphs]) for annex in comparison.annexes]
    resolution = replace(comparison.new, paragraphs=paragraphs, footnotes=footnotes, annexes=annexes)
    return resolution, display, labels


def renumbered_labels(comparison: Comparison) -> int:
    """How many kept paragraphs (or headings) carry another number or label in the new text."""
    _resolution, _display, labels = display_resolution(comparison)
    return sum(1 for base, new in labels.values() if base and new and base != new)


def build_un_redline(comparison: Comparison, marks: RevisionMarks, paper: str = "letter",
                     track_renumbering: bool = True) -> DocxDocument:
    resolution, display, labels = display_resolution(comparison)
    emitter = TrackedRunEmitter(display, labels, marks, base_formula=comparison.base.formula,
                                track_renumbering=track_renumbering)
    document = build_document(resolution, ExportOptions(paper=paper, emitter=emitter))
    track_title(document.element.body, comparison.base.meta.title, comparison.new.meta.title, marks)
    track_annexes(document.element.body, comparison.annexes, marks)
    shift_insertion_marks(document.element.body)
    turn_on_tracking(document.settings.element)
    return document
