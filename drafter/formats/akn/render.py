"""Akoma Ntoso markup -> the blocks structure recovery receives.

The UN renders its resolutions from this markup as one paragraph per block: the
cover lines, "76/72. Title", the formula, each preambular paragraph, each operative
paragraph and item with its ``num`` in front ("1. ", "(a) ", Arabic "1 - "), the
headings, the closing lines and the annexes. Rendering the markup the same way and
handing the blocks to :func:`drafter.parsing.recovery.recover_structure` gives the
same model as reading the UN's rendered text, which matters because the markup is
not uniform across languages (Arabic files leave most operative numbers unmarked,
Chinese ones some sub-paragraphs) while the rendered text is. The markup stays
authoritative where the text would have to guess: footnotes come from
``authorialNote`` with their exact place, so marks glued to numbers ("2023,4")
need no guessing, and the cover page and preface are never body text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from lxml import etree

from drafter.core.model import Footnote, FootnoteRef
from drafter.formats.akn.names import local
from drafter.parsing.blocks import SourceBlock, SourceDocument

# Elements whose text is one paragraph of the rendering.
_TEXT_BLOCKS = frozenset({"p", "listIntroduction", "listWrapUp", "heading", "subheading", "tblock"})
# Elements that print nothing.
_SILENT = frozenset({"meta", "img", "noteRef", "componentRef", "toc"})
# Parts whose paragraphs are lines: an <eol/> starts a new block there.
_LINE_PARTS = frozenset({"coverPage", "conclusions"})
# Parts that are never the body: their lines go to recovery as header lines, so that a
# cover line that reads like a formula ("إن المجلس الاقتصادي والاجتماعي") cannot open the body.
_HEADER_PARTS = frozenset({"coverPage", "preface"})
_MARK = "\ue000"  # stands for a footnote mark while whitespace is normalized
_BREAK = "\ue001"  # stands for <eol/> while whitespace is normalized
# Whitespace runs that are layout of the XML file (they cross a line end), not text.
_LAYOUT_SPACE = re.compile(r"[ \t\r]*\n[ \t\r\n]*")
# Superscripts that only dress a footnote mark: Arabic "(" and ")" around it, a space.
_MARK_DRESS = frozenset({"", "(", ")", "()"})
# The empty mark Arabic note texts start with ("()\tA/75/312.").
_EMPTY_MARK = re.compile(r"^\s*\(\)\s*")


@dataclass
class _Rendering:
    blocks: list[SourceBlock] = field(default_factory=list)
    footnotes: list[Footnote] = field(default_factory=list)

    def note_number(self, marker: str | None) -> int:
        """The note's number as printed ("1"), or the next number for "*" and other marks."""
        digits = (marker or "").strip()
        if digits.isdecimal():
            return int(digits)
        return max((note.number for note in self.footnotes), default=0) + 1


def _normalize(text: str) -> str:
    """Layout whitespace of the XML file to one space; <eol/> to a line end; ends stripped."""
    return _LAYOUT_SPACE.sub(" ", text).strip(" \t\r\n").replace(_BREAK, "\n")


def _own(text: str) -> str:
    """Text from the file, without the characters that stand for marks and line ends here."""
    return text.replace(_MARK, "").replace(_BREAK, "")


def _pieces(element: etree._Element, rendering: _Rendering) -> Iterator[str]:
    """The text of an inline element in order, footnote marks and line ends as placeholders."""
    if element.text:
        yield _own(element.text)
    for child in element:
        name = local(child)
        if name == "authorialNote":
            number = rendering.note_number(child.get("marker"))
            note_text = _EMPTY_MARK.sub("", _normalize("".join(_note_text(child))))
            rendering.footnotes.append(Footnote(number, note_text))
            yield f"{_MARK}{number}{_MARK}"
        elif name == "eol" or name == "br":
            yield _BREAK
        elif name == "sup" and _dresses_mark(child):
            pass  # the superscript dress of a mark prints as part of the mark
        elif name and name not in _SILENT:
            yield from _pieces(child, rendering)
        if child.tail:
            yield _own(child.tail)


def _dresses_mark(sup: etree._Element) -> bool:
    """A superscript with no words standing right against an authorialNote."""
    if len(sup) or (sup.text or "").strip() not in _MARK_DRESS:
        return False
    before, after = sup.getprevious(), sup.getnext()
    return (before is not None and local(before) == "authorialNote" and not (before.tail or "").strip()) or (
        after is not None and local(after) == "authorialNote" and not (sup.tail or "").strip()
    )


def _note_text(note: etree._Element) -> Iterator[str]:
    """A note's words, its paragraphs separated by a line end."""
    paragraphs = [p for p in note if local(p) == "p"] or [note]
    for index, paragraph in enumerate(paragraphs):
        if index:
            yield _BREAK
        yield from _pieces(paragraph, _Rendering())


def _block(raw: str, label: str | None) -> SourceBlock | None:
    """One block from raw text with marks: the marks become footnote references."""
    text = _normalize(raw)
    if label:
        text = f"{label} {text}" if text else label
    refs: list[FootnoteRef] = []
    out: list[str] = []
    length = 0
    for index, part in enumerate(text.split(_MARK)):
        if index % 2:
            refs.append(FootnoteRef(int(part), length))
        else:
            out.append(part)
            length += len(part)
    words = "".join(out)
    if not words.strip():
        return None
    # A mark before leading space that was then stripped stays at the start of the words.
    lead = len(words) - len(words.lstrip())
    words = words.strip()
    refs = [FootnoteRef(r.number, min(len(words), max(0, r.offset - lead))) for r in refs]
    return SourceBlock(words, footnote_refs=refs)


class _Walker:
    """Walks the document in order, keeping the pending ``num`` of the current container."""

    def __init__(self) -> None:
        self.rendering = _Rendering()
        self.pending: str | None = None
        self.header = False  # inside the cover page or the preface
        self.annex_start = False  # the next block opens an attachment (an annex)

    def emit(self, raw: str, lines: bool) -> None:
        parts = raw.split(_BREAK) if lines else [raw]
        for part in parts:
            block = _block(part, self.pending)
            if block is not None:
                self.pending = None
                block.line = len(self.rendering.blocks) + 1
                block.is_header = self.header
                block.starts_annex, self.annex_start = self.annex_start, False
                self.rendering.blocks.append(block)

    def walk(self, element: etree._Element, lines: bool = False) -> None:
        for child in element:
            name = local(child)
            if not name or name in _SILENT:
                continue
            if name == "num":  # printed in front of the first paragraph that follows ("B. Title")
                self._flush_pending()  # a number with no words of its own ("5." above its points)
                self.pending = _normalize("".join(child.itertext())) or None
            elif name in _TEXT_BLOCKS:
                self.emit("".join(_pieces(child, self.rendering)), lines)
            else:
                self.annex_start = self.annex_start or name == "attachment"
                outer, self.header = self.header, self.header or name in _HEADER_PARTS
                self.walk(child, lines or name in _LINE_PARTS)
                self.header = outer
        self._flush_pending()

    def _flush_pending(self) -> None:
        if self.pending:
            label, self.pending = self.pending, None
            block = SourceBlock(label, line=len(self.rendering.blocks) + 1, is_header=self.header)
            self.rendering.blocks.append(block)


def render(document: etree._Element) -> SourceDocument:
    """The blocks and footnotes of an Akoma Ntoso document element (``<statement>``)."""
    walker = _Walker()
    walker.walk(document)
    rendering = walker.rendering
    return SourceDocument(
        blocks=rendering.blocks, footnotes=_in_order(rendering.footnotes), footnotes_resolved=True
    )


def _in_order(notes: list[Footnote]) -> list[Footnote]:
    """Notes by number, as a footnote list prints them — unless numbers repeat (an annex
    that numbers its notes afresh), when the order of the text is the only order."""
    numbers = [note.number for note in notes]
    return sorted(notes, key=lambda note: note.number) if len(set(numbers)) == len(numbers) else notes
