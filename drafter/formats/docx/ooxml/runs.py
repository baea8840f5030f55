"""Run emission for body paragraphs: the one place where a paragraph's words become runs.

The exporter (:mod:`drafter.formats.docx.writer`) hands every body paragraph to a
:class:`RunEmitter`: ``label()`` writes the lead (tab, "1." or "(a)", tab) and
``body()`` the words, from a :class:`BodyContent` (text, italic ranges, footnote
marks as ``(offset, Word note id)``). :class:`PlainRunEmitter` is the normal
export; a redline writer supplies its own emitter and wraps the runs it gets from
:class:`RunFactory` in ``w:ins``/``w:del``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from lxml import etree

from drafter.formats.docx.ooxml.footnotes import FootnoteWriter, reference_run
from drafter.formats.docx.ooxml.xml import W_VAL, append_text, make, w

if TYPE_CHECKING:
    from drafter.core.model import Paragraph

_R, _RPR, _TAB, _I, _LANG = w("r"), w("rPr"), w("tab"), w("i"), w("lang")
_RTL = w("rtl")


@dataclass(frozen=True)
class Segment:
    """A piece of a paragraph's body: text (italic or not) or one footnote mark."""

    text: str = ""
    italic: bool = False
    note_id: int | None = None


@dataclass
class BodyContent:
    """What :meth:`RunEmitter.body` writes: words, italic ranges and footnote marks."""

    text: str
    italic: list[tuple[int, int]] = field(default_factory=list)
    notes: list[tuple[int, int]] = field(default_factory=list)  # (offset, Word footnote id)
    paragraph: Paragraph | None = None  # the model paragraph, None for the formula


class RunFactory:
    """Makes runs in the document's language; shared by all emitters of one export."""

    def __init__(self, footnotes: FootnoteWriter, language_tag: str, rtl: bool) -> None:
        self.footnotes = footnotes
        self.language_tag = language_tag
        self.rtl = rtl

    def _rpr(self, r: etree._Element, italic: bool) -> None:
        rpr = etree.SubElement(r, _RPR)
        if italic:
            etree.SubElement(rpr, _I)
        if self.rtl:
            etree.SubElement(rpr, _RTL)
        etree.SubElement(rpr, _LANG, {W_VAL: self.language_tag})

    def text(self, text: str, italic: bool = False) -> etree._Element:
        """A run of ``text`` (tabs and line breaks converted), italic or roman."""
        r = make(_R)
        self._rpr(r, italic)
        append_text(r, text)
        return r

    def tab(self) -> etree._Element:
        r = make(_R)
        etree.SubElement(r, _TAB)
        return r

    def note_reference(self, note_id: int) -> etree._Element:
        return reference_run(note_id)

    @staticmethod
    def segments(content: BodyContent) -> list[Segment]:
        """The body split at italic boundaries and footnote marks, in text order."""
        text = content.text
        size = len(text)
        cuts = {0, size}
        spans = [(max(0, s), min(size, e)) for s, e in content.italic if e > s]
        for start, end in spans:
            cuts.update((start, end))
        notes = sorted((min(max(0, off), size), note) for off, note in content.notes)
        cuts.update(off for off, _ in notes)
        ordered = sorted(cuts)
        out: list[Segment] = []
        note_index = 0
        for start, end in zip(ordered, [*ordered[1:], size + 1], strict=False):
            while note_index < len(notes) and notes[note_index][0] == start:
                out.append(Segment(note_id=notes[note_index][1]))
                note_index += 1
            if start < min(end, size):
                italic = any(s <= start < e for s, e in spans)
                out.append(Segment(text=text[start:end], italic=italic))
        return out


class RunEmitter(Protocol):
    """Writes the runs of one body paragraph (see the module docstring)."""

    def label(self, p: etree._Element, label: str | None, runs: RunFactory) -> None: ...

    def body(self, p: etree._Element, content: BodyContent, runs: RunFactory) -> None: ...


class PlainRunEmitter:
    """The normal export: tab + label + tab, then roman/italic runs and note marks."""

    def label(self, p: etree._Element, label: str | None, runs: RunFactory) -> None:
        lead = runs.text(f"\t{label}\t" if label else "\t")
        p.append(lead)

    def body(self, p: etree._Element, content: BodyContent, runs: RunFactory) -> None:
        for segment in runs.segments(content):
            if segment.note_id is not None:
                p.append(runs.note_reference(segment.note_id))
            else:
                p.append(runs.text(segment.text, segment.italic))
