"""Tracked changes inside footnotes: the footnote part and the text of each note.

A footnote of a redline is written once, with its own text marked: an inserted
footnote has its text inside ``w:ins``, a deleted one inside ``w:del``, a changed
one word by word like a body paragraph. The reference mark in the body carries
the same revision, so accepting or rejecting all changes keeps exactly the notes
of the new or the base text.
"""

from __future__ import annotations

from docx.document import Document as DocxDocument
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import XmlPart
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from lxml import etree

from drafter.comparison.diff import Segment
from drafter.comparison.model import FootnoteDiff
from drafter.formats.redline_runs import RevisionMarks, qn, text_run, tracked

_FOOTNOTES_XML = (
    f"<w:footnotes {nsdecls('w', 'r')}>"
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
    'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" '
    'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
    "</w:footnotes>"
)


def footnotes_root(document: DocxDocument) -> etree._Element:
    """The ``w:footnotes`` element of the document, creating the part if needed."""
    for relationship in document.part.rels.values():
        if relationship.reltype == RT.FOOTNOTES and not relationship.is_external:
            part = relationship.target_part
            if not isinstance(part, XmlPart):  # loaded as an opaque blob
                part = _replace_blob_part(document, relationship, part)
            return part.element
    part = XmlPart(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, parse_xml(_FOOTNOTES_XML),
                   document.part.package)
    document.part.relate_to(part, RT.FOOTNOTES)
    return part.element


def _replace_blob_part(document: DocxDocument, relationship: object, part: object) -> XmlPart:
    xml_part = XmlPart(part.partname, part.content_type, parse_xml(part.blob),  # type: ignore[attr-defined]
                       document.part.package)
    relationship._target = xml_part  # type: ignore[attr-defined]
    return xml_part


def _next_id(root: etree._Element) -> int:
    ids = [int(note.get(qn("w:id"))) for note in root.findall(qn("w:footnote"))]
    return max([0, *ids]) + 1


def note_segments(diff: FootnoteDiff) -> list[Segment]:
    """The note's text as segments: all inserted, all deleted, or word by word."""
    if diff.kind == "inserted" and diff.new is not None:
        return [Segment("insert", diff.new.text)]
    if diff.kind == "deleted" and diff.base is not None:
        return [Segment("delete", diff.base.text)]
    if diff.segments:
        return diff.segments
    note = diff.new or diff.base
    return [Segment("equal", note.text if note else "")]


def add_tracked_footnote(
    root: etree._Element, diff: FootnoteDiff, marks: RevisionMarks,
    text_style: str = "FootnoteText", reference_style: str = "FootnoteReference",
) -> int:
    """Append the footnote with its text marked as the diff says; returns its w:id."""
    footnote_id = _next_id(root)
    note = etree.SubElement(root, qn("w:footnote"))
    note.set(qn("w:id"), str(footnote_id))
    paragraph = etree.SubElement(note, qn("w:p"))
    properties = etree.SubElement(paragraph, qn("w:pPr"))
    etree.SubElement(properties, qn("w:pStyle")).set(qn("w:val"), text_style)
    mark = etree.Element(qn("w:r"))
    etree.SubElement(etree.SubElement(mark, qn("w:rPr")), qn("w:rStyle")).set(qn("w:val"), reference_style)
    etree.SubElement(mark, qn("w:footnoteRef"))
    paragraph.append(mark)
    paragraph.append(text_run(" "))
    for segment in note_segments(diff):
        for element in tracked(segment.op, [text_run(segment.text)], marks):
            paragraph.append(element)
    return footnote_id
