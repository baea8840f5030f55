"""Real Word footnotes for python-docx 1.2, which has no footnote API.

What Word needs (tech-findings.md section 2.2, checked against the official
A/RES/72/248): a ``/word/footnotes.xml`` part of content type
``…wordprocessingml.footnotes+xml`` related to the document part; in it the two
structural notes Word always writes, ``w:id="-1"`` (``separator``) and ``w:id="0"``
(``continuationSeparator``); a ``FootnoteText`` paragraph style and a
``FootnoteReference`` character style (superscript); ``w:footnotePr`` in the
settings listing the two structural notes; and in the body one run per mark,
``<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="N"/></w:r>``.
Each note is ``<w:footnote w:id="N">`` with a ``FootnoteText`` paragraph that
starts with the in-note mark (``w:footnoteRef`` in ``FootnoteReference`` style).

The in-note layout follows the official files: a tab, the mark, a tab, the text
(the style's right tab at 1195 twips hangs the mark just left of the text).

Usage::

    writer = FootnoteWriter(document)          # creates the part if needed
    note_id = writer.add("Resolution 65/1.")   # returns the Word id
    paragraph_element.append(reference_run(note_id))
    read_footnotes(Document(path))             # {id: text}, structural notes skipped

Readers must key notes by id and order of reference, never assume ids start at 1
(LibreOffice renumbers them on save).
"""

from __future__ import annotations

from collections.abc import Iterable

from docx.document import Document as DocxDocument
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part, PartFactory, XmlPart
from lxml import etree

from drafter.formats.docx.ooxml.xml import W_VAL, fragment, run, text_of, w

FOOTNOTE_STYLE = "FootnoteText"
REFERENCE_STYLE = "FootnoteReference"
STRUCTURAL_TYPES = ("separator", "continuationSeparator", "continuationNotice")
PART_NAME = "/word/footnotes.xml"

# Load existing footnote parts as XML (not opaque blobs) so they can be read and
# extended. python-docx consults this table when it opens a package.
PartFactory.part_type_for.setdefault(CT.WML_FOOTNOTES, XmlPart)

_EMPTY_PART = (
    '<w:footnotes>'
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr>'
    '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
    '<w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr>'
    '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
    '<w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
    '</w:footnotes>'
)

_FOOTNOTE, _FOOTNOTES, _ID, _TYPE = w("footnote"), w("footnotes"), w("id"), w("type")


def find_part(document: DocxDocument) -> Part | None:
    """The document's footnotes part, or None when it has none."""
    for rel in document.part.rels.values():
        if rel.reltype == RT.FOOTNOTES and not rel.is_external:
            return rel.target_part
    return None


def _root(part: Part) -> etree._Element:
    if isinstance(part, XmlPart):
        return part.element
    # Opened before this module registered the XmlPart class: parse the blob.
    return etree.fromstring(part.blob)


def ensure_part(document: DocxDocument) -> XmlPart:
    """The footnotes part, created with its two separator notes when missing.

    Also makes sure the settings list the structural notes (``w:footnotePr``),
    as Word does; the styles are the caller's (the UN template has them).
    """
    part = find_part(document)
    if isinstance(part, XmlPart):
        return part
    if part is not None:
        raise ValueError("the document's footnotes part is not XML")
    part = XmlPart(PackURI(PART_NAME), CT.WML_FOOTNOTES, fragment(_EMPTY_PART), document.part.package)
    document.part.relate_to(part, RT.FOOTNOTES)
    ensure_settings(document)
    return part


def ensure_settings(document: DocxDocument) -> None:
    """``<w:footnotePr>`` with the ids of the two structural notes, in schema order."""
    settings = document.settings.element
    if settings.find(w("footnotePr")) is not None:
        return
    footnote_pr = fragment('<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>')
    # CT_Settings order: footnotePr comes before endnotePr and compat.
    for follower in ("endnotePr", "compat", "docVars", "rsids", "mathPr", "themeFontLang"):
        anchor = settings.find(w(follower))
        if anchor is not None:
            anchor.addprevious(footnote_pr)
            return
    settings.append(footnote_pr)


def reference_run(note_id: int, properties: Iterable[etree._Element] = ()) -> etree._Element:
    """The body run that marks note ``note_id`` (superscript via FootnoteReference)."""
    r = run(style=REFERENCE_STYLE, properties=properties)
    etree.SubElement(r, w("footnoteReference"), {_ID: str(note_id)})
    return r


class FootnoteWriter:
    """Adds notes to a document's footnotes part, numbering them after the last id."""

    def __init__(self, document: DocxDocument, *, run_properties: Iterable[etree._Element] = ()) -> None:
        self.part = ensure_part(document)
        self.root = self.part.element
        ids = [int(n.get(_ID, "0")) for n in self.root.iter(_FOOTNOTE)]
        self.next_id = max([0, *ids]) + 1
        self._run_properties = list(run_properties)

    def add(self, text: str | Iterable[tuple[str, bool]]) -> int:
        """Append a note; ``text`` is a string or (text, italic) pieces. Returns its id."""
        note_id = self.next_id
        self.next_id += 1
        note = etree.SubElement(self.root, _FOOTNOTE, {_ID: str(note_id)})
        p = etree.SubElement(note, w("p"))
        ppr = etree.SubElement(p, w("pPr"))
        etree.SubElement(ppr, w("pStyle"), {W_VAL: FOOTNOTE_STYLE})
        etree.SubElement(etree.SubElement(p, w("r")), w("tab"))
        mark = etree.SubElement(p, w("r"))
        etree.SubElement(etree.SubElement(mark, w("rPr")), w("rStyle"), {W_VAL: REFERENCE_STYLE})
        etree.SubElement(mark, w("footnoteRef"))
        etree.SubElement(etree.SubElement(p, w("r")), w("tab"))
        pieces = [(text, False)] if isinstance(text, str) else list(text)
        for piece, italic in pieces:
            if piece:
                p.append(run(piece, italic=italic, properties=[_copy(e) for e in self._run_properties]))
        return note_id


def _copy(element: etree._Element) -> etree._Element:
    from copy import deepcopy

    return deepcopy(element)


def note_text(note: etree._Element) -> str:
    """A note's text without the in-note mark and the tabs/spaces around it."""
    return text_of(note).strip()


def read_footnotes(document: DocxDocument) -> dict[int, str]:
    """{id: text} of the real notes of a document (structural notes skipped)."""
    part = find_part(document)
    if part is None:
        return {}
    root = _root(part)
    return {
        int(note.get(_ID, "0")): note_text(note)
        for note in root.iter(_FOOTNOTE)
        if note.get(_TYPE) not in STRUCTURAL_TYPES
    }


def reference_ids(element: etree._Element) -> list[int]:
    """Ids of the footnote references inside ``element`` (a paragraph or the body), in order."""
    return [int(ref.get(_ID, "0")) for ref in element.iter(w("footnoteReference"))]


__all__ = [
    "FOOTNOTE_STYLE", "REFERENCE_STYLE", "FootnoteWriter", "ensure_part",
    "ensure_settings", "find_part", "read_footnotes", "reference_ids", "reference_run",
]
