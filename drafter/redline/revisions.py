"""Word tracked-change markup: ``w:ins``/``w:del`` runs and paragraph marks.

Kept apart from any document layout so that whichever exporter lays out the page
(the UN-layout exporter, or the plain fallback in :mod:`drafter.redline.writer`)
emits the same, valid revision markup:

* inserted text: ``<w:ins w:id w:author w:date><w:r>…<w:t>…</w:t></w:r></w:ins>``;
* deleted text: ``<w:del …><w:r>…<w:delText>…</w:delText></w:r></w:del>``;
* a paragraph inserted or deleted as a whole also has its paragraph mark marked,
  ``<w:pPr><w:rPr><w:ins …/></w:rPr></w:pPr>`` (or ``w:del``), otherwise accepting
  a deletion would leave an empty paragraph behind and rejecting an insertion
  would merge two paragraphs;
* footnote reference runs go inside ``w:ins``/``w:del`` like text runs.

Every revision carries the author and date and a ``w:id`` unique in the package
(Word repairs files with duplicate ids), hence the shared :class:`RevisionMarks`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cache

from lxml import etree

from drafter.formats.docx.namespaces import W

XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


@cache
def qn(tag: str) -> str:
    """'w:ins' -> '{namespace}ins' (only the w: prefix is used here)."""
    prefix, local = tag.split(":")
    assert prefix == "w"
    return f"{{{W}}}{local}"


def iso_date(value: str | None) -> str:
    """A w:date value (ISO 8601, seconds, Z) from a user's --date, or now."""
    if not value:
        return datetime.now(UTC).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")
    parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone(UTC).replace(tzinfo=None)
    return parsed.replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass
class RevisionMarks:
    """Author, date and the id counter shared by every revision of one document."""

    author: str = "Drafter"
    date: str = field(default_factory=lambda: iso_date(None))
    next_id: int = 1

    def revision(self, tag: str) -> etree._Element:
        """A new ``w:ins`` or ``w:del`` element with a fresh id."""
        element = etree.Element(qn(tag), nsmap={"w": W})
        element.set(qn("w:id"), str(self.next_id))
        element.set(qn("w:author"), self.author)
        element.set(qn("w:date"), self.date)
        self.next_id += 1
        return element


RunProperties = Callable[[], etree._Element | None]


def text_run(text: str, deleted: bool = False, properties: etree._Element | None = None) -> etree._Element:
    """A run of text; deleted text must be in ``w:delText``, not ``w:t``.

    Tabs and line breaks become ``w:tab``/``w:br`` as Word expects.
    """
    run = etree.Element(qn("w:r"), nsmap={"w": W})
    if properties is not None:
        run.append(properties)
    text_tag = qn("w:delText") if deleted else qn("w:t")
    buffer = ""

    def flush() -> None:
        nonlocal buffer
        if buffer:
            element = etree.SubElement(run, text_tag)
            element.text = buffer
            element.set(XML_SPACE, "preserve")
            buffer = ""

    for char in text:
        if char == "\t":
            flush()
            etree.SubElement(run, qn("w:tab"))
        elif char in "\n\v\u2028":
            flush()
            etree.SubElement(run, qn("w:br"))
        else:
            buffer += char
    flush()
    return run


def footnote_reference_run(footnote_id: int, style_id: str = "FootnoteReference") -> etree._Element:
    run = etree.Element(qn("w:r"), nsmap={"w": W})
    properties = etree.SubElement(run, qn("w:rPr"))
    etree.SubElement(properties, qn("w:rStyle")).set(qn("w:val"), style_id)
    etree.SubElement(run, qn("w:footnoteReference")).set(qn("w:id"), str(footnote_id))
    return run


def tracked(op: str, runs: list[etree._Element], marks: RevisionMarks) -> list[etree._Element]:
    """Wrap runs in a revision for ``insert``/``delete``; ``equal`` runs stay as they are.

    Deleted runs have their ``w:t`` renamed to ``w:delText``.
    """
    if op == "equal" or not runs:
        return runs
    wrapper = marks.revision("w:ins" if op == "insert" else "w:del")
    for run in runs:
        if op == "delete":
            for text in run.iter(qn("w:t")):
                text.tag = qn("w:delText")
        wrapper.append(run)
    return [wrapper]


# Schema order of the children of w:pPr that may follow w:rPr (only w:sectPr and
# w:pPrChange); w:rPr must be inserted before them.
_AFTER_RPR = {qn("w:sectPr"), qn("w:pPrChange")}


def mark_paragraph(paragraph: etree._Element, op: str, marks: RevisionMarks) -> None:
    """Mark the paragraph mark itself as inserted or deleted (``w:pPr/w:rPr/w:ins|w:del``)."""
    if op == "equal":
        return
    properties = paragraph.find(qn("w:pPr"))
    if properties is None:
        properties = etree.Element(qn("w:pPr"))
        paragraph.insert(0, properties)
    run_properties = properties.find(qn("w:rPr"))
    if run_properties is None:
        run_properties = etree.Element(qn("w:rPr"))
        follower = next((c for c in properties if c.tag in _AFTER_RPR), None)
        if follower is not None:
            follower.addprevious(run_properties)
        else:
            properties.append(run_properties)
    # w:ins / w:del come first in CT_ParaRPr
    run_properties.insert(0, marks.revision("w:ins" if op == "insert" else "w:del"))
