"""A resolution's table as a Word table: single rules, full text width, cells of text.

The cells' paragraphs are ``SingleTxt`` without the first-line indent (the official
tables of A/RES/70/1 use a plain grid). Each cell is one paragraph whose runs the
caller fills (text with line breaks and footnote marks), so a cell reads back as the
same text.
"""

from __future__ import annotations

from lxml import etree

from drafter.formats.docx.ooxml.xml import fragment, paragraph, set_ppr, w

_BORDERS = "".join(
    f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
    for side in ("top", "left", "bottom", "right", "insideH", "insideV")
)


def table(widths: list[int], rows: list[list[etree._Element]]) -> etree._Element:
    """A w:tbl of ``rows`` (each a list of filled cell paragraphs) with column ``widths`` (twips)."""
    grid = "".join(f'<w:gridCol w:w="{width}"/>' for width in widths)
    element = fragment(
        f'<w:tbl><w:tblPr><w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:tblBorders>{_BORDERS}</w:tblBorders>'
        '<w:tblLayout w:type="fixed"/><w:tblLook w:val="0000"/></w:tblPr>'
        f"<w:tblGrid>{grid}</w:tblGrid></w:tbl>"
    )
    for cells in rows:
        tr = etree.SubElement(element, w("tr"))
        for width, content in zip(widths, cells, strict=False):
            tc = etree.SubElement(tr, w("tc"))
            fragment_pr = fragment(f'<w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>')
            tc.append(fragment_pr)
            tc.append(content)
    return element


def cell_paragraph() -> etree._Element:
    """An empty cell paragraph, ready for runs."""
    p = paragraph("SingleTxt")
    set_ppr(p, fragment('<w:ind w:left="0" w:right="0" w:firstLine="0"/>'))
    return p
