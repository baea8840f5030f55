"""The visible text of one Word paragraph, with its italics and footnote marks.

A paragraph's words are spread over runs nested in hyperlinks, fields, content
controls, smart tags and revision marks. This module walks them in order and
returns the text as Word shows it with tracked changes accepted (``w:ins`` and
``w:moveTo`` kept, ``w:del`` and ``w:moveFrom`` dropped), hidden text, field
instructions, drawings and comments left out, tabs and line breaks kept, the
italic ranges of that text, and each footnote reference with the offset after
which it stands (the mark itself is not text).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from drafter.core.model import Span
from drafter.formats.docx.namespaces import MC
from drafter.formats.docx.read_styles import W_TRANSITIONAL, StyleSheet, numbering_of, on_off

_BULLET_PRIVATE = range(0xF000, 0xF100)  # Symbol/Wingdings code points Word stores for symbols


@dataclass
class NoteReference:
    note_id: str
    offset: int
    styled: bool  # the run uses the footnote reference character style


@dataclass
class ParagraphContent:
    text: str
    italic_spans: list[Span] = field(default_factory=list)
    references: list[NoteReference] = field(default_factory=list)
    style: str | None = None
    num_id: int | None = None  # direct numPr
    num_level: int | None = None
    mark_deleted: bool = False  # the paragraph mark is a tracked deletion: joins the next one
    tracked: bool = False  # a revision mark was accepted while reading
    # Superscript characters that open the paragraph ("*" of a note typed by hand).
    lead_superscript: str = ""
    # Comment ranges by comment id: where they start, end, and where their mark stands.
    comment_starts: dict[str, int] = field(default_factory=dict)
    comment_ends: dict[str, int] = field(default_factory=dict)
    comment_marks: dict[str, int] = field(default_factory=dict)
    # Tracked changes as read: ("insert", start, end, "", author, date) for inserted text,
    # ("delete", at, at, deleted text, author, date) for deleted text.
    changes: list[tuple[str, int, int, str, str, str]] = field(default_factory=list)


class _TextCollector:
    """Collects text pieces and merges adjacent italic pieces into spans."""

    def __init__(self) -> None:
        self.pieces: list[str] = []
        self.length = 0
        self.spans: list[Span] = []
        self.references: list[NoteReference] = []
        self.tracked = False
        self.fields: list[bool] = []  # per open complex field: still in its instructions?
        self.instruction_depth = 0  # open fields whose instructions are being read
        self.lead_superscript = ""
        self.lead_open = True  # no ordinary (non-superscript) visible character seen yet
        self.comment_starts: dict[str, int] = {}
        self.comment_ends: dict[str, int] = {}
        self.comment_marks: dict[str, int] = {}
        self.changes: list[tuple[str, int, int, str, str, str]] = []

    def add(self, text: str, italic: bool, superscript: bool = False) -> None:
        if not text:
            return
        if self.lead_open and text.strip():
            if superscript:
                self.lead_superscript += text.strip()
            else:
                self.lead_open = False
        start = self.length
        self.pieces.append(text)
        self.length += len(text)
        if italic:
            if self.spans and self.spans[-1].end == start:
                self.spans[-1].end = self.length
            else:
                self.spans.append(Span(start, self.length))

    def field(self, kind: str | None) -> None:
        """Follow complex fields: text between "begin" and "separate" is the instruction, not text."""
        if kind == "begin":
            self.fields.append(True)
            self.instruction_depth += 1
        elif kind == "separate" and self.fields and self.fields[-1]:
            self.fields[-1] = False
            self.instruction_depth -= 1
        elif kind == "end" and self.fields:
            if self.fields.pop():
                self.instruction_depth -= 1


class ParagraphReader:
    """Reads paragraphs of one document (its style sheet decides inherited italics)."""

    def __init__(self, styles: StyleSheet, w: str = W_TRANSITIONAL) -> None:
        self.styles = styles
        self.w = w
        q = f"{{{w}}}"
        self.q = q
        self.tag_r = f"{q}r"
        self.tag_ppr = f"{q}pPr"
        self.skip_tracked = {f"{q}del", f"{q}moveFrom"}
        self.keep_tracked = {f"{q}ins", f"{q}moveTo"}
        self.tag_comment_start, self.tag_comment_end = f"{q}commentRangeStart", f"{q}commentRangeEnd"
        self.tag_del_text = f"{q}delText"
        # Paragraph children that never hold visible text.
        self.skip = {
            self.tag_ppr, f"{q}bookmarkStart",
            f"{q}bookmarkEnd", f"{q}proofErr", f"{q}permStart", f"{q}permEnd",
            f"{q}moveFromRangeStart", f"{q}moveFromRangeEnd", f"{q}moveToRangeStart",
            f"{q}moveToRangeEnd", f"{q}customXmlInsRangeStart", f"{q}customXmlInsRangeEnd",
            f"{q}customXmlDelRangeStart", f"{q}customXmlDelRangeEnd", f"{q}sdtPr", f"{q}sdtEndPr",
            f"{q}rPr", f"{q}customXmlPr", f"{q}smartTagPr", f"{q}fldData",
        }
        self.tag_rpr, self.tag_t = f"{q}rPr", f"{q}t"
        self.tag_i, self.tag_rstyle = f"{q}i", f"{q}rStyle"
        self.tag_vanish, self.tag_vert_align = f"{q}vanish", f"{q}vertAlign"
        self.tag_rpr_change = f"{q}rPrChange"
        self._format_changed = False
        # Run children that show text (value: the text) or need handling (value: their name).
        self._text_tags = {
            f"{q}tab": "\t", f"{q}ptab": "\t", f"{q}br": "\n", f"{q}cr": "\n",
            f"{q}noBreakHyphen": "\u2011", f"{q}sym": "sym", f"{q}fldChar": "fldChar",
            f"{q}footnoteReference": "footnoteReference", f"{q}commentReference": "commentReference",
        }
        self.alternate = f"{{{MC}}}AlternateContent"
        self.choice = f"{{{MC}}}Choice"

    # --- paragraph ---------------------------------------------------------------
    def read(self, paragraph: etree._Element) -> ParagraphContent:
        q = self.q
        ppr = paragraph.find(self.tag_ppr)
        style = num_id = num_level = None
        mark_deleted = tracked = False
        if ppr is not None:
            style_el = ppr.find(f"{q}pStyle")
            style = style_el.get(f"{q}val") if style_el is not None else None
            num_id, num_level = numbering_of(ppr.find(f"{q}numPr"), q)
            mark = ppr.find(f"{q}rPr")
            if mark is not None:
                mark_deleted = mark.find(f"{q}del") is not None or mark.find(f"{q}moveFrom") is not None
                tracked = mark_deleted or mark.find(f"{q}ins") is not None
            tracked = tracked or ppr.find(f"{q}pPrChange") is not None
        builder = _TextCollector()
        builder.tracked = tracked
        self._format_changed = False
        self._walk(paragraph, builder, self.styles.paragraph_italic(style))
        builder.tracked = builder.tracked or self._format_changed
        return ParagraphContent(
            text="".join(builder.pieces),
            italic_spans=builder.spans,
            references=builder.references,
            style=style,
            num_id=num_id,
            num_level=num_level,
            mark_deleted=mark_deleted,
            tracked=builder.tracked,
            lead_superscript=builder.lead_superscript,
            comment_starts=builder.comment_starts,
            comment_ends=builder.comment_ends,
            comment_marks=builder.comment_marks,
            changes=builder.changes,
        )

    def _walk(self, element: etree._Element, builder: _TextCollector, paragraph_italic: bool) -> None:
        for child in element:
            tag = child.tag
            if not isinstance(tag, str):
                continue
            if tag == self.tag_r:
                self._run(child, builder, paragraph_italic)
            elif tag in self.skip:
                continue
            elif tag == self.tag_comment_start:
                builder.comment_starts[child.get(f"{self.q}id") or ""] = builder.length
            elif tag == self.tag_comment_end:
                builder.comment_ends[child.get(f"{self.q}id") or ""] = builder.length
            elif tag in self.skip_tracked:
                builder.tracked = True
                deleted = "".join(t.text or "" for t in child.iter(self.tag_del_text, self.tag_t))
                at = builder.length
                if deleted:
                    builder.changes.append(("delete", at, at, deleted, *self._who(child)))
            elif tag in self.keep_tracked:
                builder.tracked = True
                start = builder.length
                self._walk(child, builder, paragraph_italic)
                if builder.length > start:
                    builder.changes.append(("insert", start, builder.length, "", *self._who(child)))
            elif tag == self.alternate:
                choice = child.find(self.choice)
                if choice is not None:
                    self._walk(choice, builder, paragraph_italic)
            else:  # hyperlink, fldSimple, sdt/sdtContent, smartTag, customXml, dir, bdo, math …
                self._walk(child, builder, paragraph_italic)

    def _who(self, change: etree._Element) -> tuple[str, str]:
        """(author, date) of a tracked change."""
        return change.get(f"{self.q}author") or "", change.get(f"{self.q}date") or ""

    # --- runs ----------------------------------------------------------------------
    def _run_format(
        self, rpr: etree._Element | None, paragraph_italic: bool
    ) -> tuple[bool, bool, bool, bool]:
        """(italic, hidden, footnote-reference style, superscript) of a run, in one pass over rPr."""
        if rpr is None:
            return paragraph_italic, False, False, False
        q = self.q
        char_style = direct = None
        hidden = superscript = False
        for prop in rpr:
            tag = prop.tag
            if tag == self.tag_i:
                direct = on_off(prop, self.w)
            elif tag == self.tag_rstyle:
                char_style = prop.get(f"{q}val")
            elif tag == self.tag_vanish:
                hidden = bool(on_off(prop, self.w))
            elif tag == self.tag_vert_align:
                superscript = prop.get(f"{q}val") == "superscript"
            elif tag == self.tag_rpr_change:
                self._format_changed = True  # a tracked formatting change, accepted as it stands
        if direct is not None:
            italic = direct
        else:
            # w:i is a toggle: an italic character style over an italic paragraph style is roman.
            italic = paragraph_italic ^ (self.styles.character_italic(char_style) is True)
        # A mark is set right when its character style says so or it is raised directly.
        styled = superscript or (self.styles.is_footnote_reference(char_style) if char_style else False)
        return italic, hidden, styled, superscript

    def _run(self, run: etree._Element, builder: _TextCollector, paragraph_italic: bool) -> None:
        q = self.q
        rpr = run[0] if len(run) and run[0].tag == self.tag_rpr else None
        italic, hidden, styled, superscript = self._run_format(rpr, paragraph_italic)
        custom_mark = False
        for child in run:
            tag = child.tag
            if tag == self.tag_t:
                if not (hidden or custom_mark or builder.instruction_depth):
                    builder.add(child.text or "", italic, superscript)
                continue
            if tag == self.tag_rpr or not isinstance(tag, str):
                continue
            local = self._text_tags.get(tag)
            if local is None:
                continue  # delText, instrText, drawings, objects, comment and endnote marks: not text
            if local == "fldChar":
                builder.field(child.get(f"{q}fldCharType"))
            elif hidden or builder.instruction_depth:
                continue
            elif local == "footnoteReference":
                note_id = child.get(f"{q}id")
                if note_id is not None:
                    builder.references.append(NoteReference(note_id.strip(), builder.length, styled))
                # A custom mark ("*") is typed after the reference in the same run: not text.
                custom_mark = child.get(f"{q}customMarkFollows") in ("1", "true", "on")
            elif local == "commentReference":
                builder.comment_marks[child.get(f"{q}id") or ""] = builder.length
            elif local == "sym":
                builder.add(_symbol(child.get(f"{q}char")), italic)
            else:
                builder.add(local, italic)


def _symbol(code: str | None) -> str:
    """The character of a ``w:sym`` (symbol-font code points map back to their ASCII slot)."""
    try:
        value = int(code or "", 16)
    except ValueError:
        return ""
    if value in _BULLET_PRIVATE:
        value -= 0xF000
    if not 0x20 <= value <= 0x10FFFF or 0xD800 <= value <= 0xDFFF:
        return ""
    return chr(value)
