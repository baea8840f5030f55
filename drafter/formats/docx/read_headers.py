"""The lines of the first page's header: "United Nations", the symbol, "Distr.", the date.

UN Word files keep the masthead in a header part shown on the first page only
(``w:titlePg`` with a ``first`` header reference in the first section); files
without a distinct first page show the ``default`` header there. Only the first
section matters: later sections' headers are running heads.
"""

from __future__ import annotations

from lxml import etree

from drafter.formats.docx.namespaces import R_STRICT as R_NS_STRICT
from drafter.formats.docx.namespaces import R as R_NS
from drafter.formats.docx.read_text import ParagraphReader
from drafter.formats.docx.safety import DocxPackage


def first_section(body: etree._Element, q: str) -> etree._Element | None:
    """The sectPr of the first section: the first one found in a paragraph, else the body's."""
    for sect in body.iter(f"{q}sectPr"):
        return sect
    return None


def first_page_header_lines(package: DocxPackage, body: etree._Element, reader: ParagraphReader) -> list[str]:
    return _first_page_lines(package, body, reader, "header")


def first_page_footer_lines(package: DocxPackage, body: etree._Element, reader: ParagraphReader) -> list[str]:
    """The first page's footer: job number with its language letter, release date, barcode."""
    return _first_page_lines(package, body, reader, "footer")


def _first_page_lines(
    package: DocxPackage, body: etree._Element, reader: ParagraphReader, kind: str
) -> list[str]:
    q = reader.q
    section = first_section(body, q)
    if section is None:
        return []
    references: dict[str, str] = {}
    for ref in section.findall(f"{q}{kind}Reference"):
        rel_id = ref.get(f"{{{R_NS}}}id") or ref.get(f"{{{R_NS_STRICT}}}id")
        if rel_id:
            references.setdefault(ref.get(f"{q}type") or "default", rel_id)
    title_page = section.find(f"{q}titlePg")
    distinct_first = title_page is not None and title_page.get(f"{q}val") not in ("0", "false", "off")
    rel_id = references.get("first") if distinct_first else None
    rel_id = rel_id or references.get("default")
    if not rel_id:
        return []
    target = package.relationships(package.main_part).get(rel_id)
    if target is None or not target[0].endswith(f"/{kind}"):
        return []
    root = package.optional_xml(target[1])
    if root is None:
        return []
    lines = []
    for paragraph in root.iter(f"{q}p"):
        text = " ".join(reader.read(paragraph).text.split())
        if text:
            lines.append(text)
    return lines
