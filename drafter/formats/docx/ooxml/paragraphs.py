"""Paragraph prototypes of the UN heading block and body, as in the official files.

Each is a ``w:p`` with its style and the direct formatting the official files put
on that kind of line (A/RES/72/248, A/RES/72/73, E/RES/2018/5): the adoption line
in ``TitleHCH`` hanging from 1267, the basis line in ``H4``, the number and title
in ``TitleH1`` with the heading tab grid, section headings in ``H23``, the small
``SingleTxt`` spacers between heading lines, the right-aligned italic closing
lines, annex headings on a new page. :func:`new_paragraph` returns a deep copy
(cheaper than parsing each time).
"""

from __future__ import annotations

from copy import deepcopy
from functools import cache

from lxml import etree

from drafter.formats.docx.ooxml.xml import fragment

_HEADING_TABS = (
    '<w:tabs><w:tab w:val="right" w:pos="1022"/><w:tab w:val="left" w:pos="1267"/>'
    '<w:tab w:val="left" w:pos="1742"/><w:tab w:val="left" w:pos="2218"/></w:tabs>'
)


@cache
def _prototype(kind: str) -> etree._Element:
    xml = {
        "spacer": '<w:p><w:pPr><w:pStyle w:val="SingleTxt"/><w:spacing w:after="0" w:line="120" '
        'w:lineRule="atLeast"/><w:rPr><w:sz w:val="10"/></w:rPr></w:pPr></w:p>',
        "spacer_exact": '<w:p><w:pPr><w:pStyle w:val="SingleTxt"/><w:spacing w:after="0" w:line="120" '
        'w:lineRule="exact"/><w:rPr><w:sz w:val="10"/></w:rPr></w:pPr></w:p>',
        "adoption": '<w:p><w:pPr><w:pStyle w:val="TitleHCH"/>'
        '<w:ind w:left="1267" w:right="1260" w:hanging="1267"/></w:pPr></w:p>',
        "basis": '<w:p><w:pPr><w:pStyle w:val="H4"/><w:ind w:right="1260"/></w:pPr></w:p>',
        "title": f'<w:p><w:pPr><w:pStyle w:val="TitleH1"/>{_HEADING_TABS}'
        '<w:ind w:right="1260"/></w:pPr></w:p>',
        "committee": '<w:p><w:pPr><w:pStyle w:val="TitleH1"/><w:ind w:left="0" w:hanging="0"/></w:pPr></w:p>',
        "sponsors": f'<w:p><w:pPr><w:pStyle w:val="H23"/><w:keepNext/>{_HEADING_TABS}'
        '<w:ind w:left="1267" w:right="1260" w:hanging="1267"/></w:pPr></w:p>',
        "sc_adopted": f'<w:p><w:pPr><w:pStyle w:val="H56"/>{_HEADING_TABS}'
        '<w:ind w:right="1260"/></w:pPr></w:p>',
        # Official files put two 6 pt spacer paragraphs around a heading; spacing does the same.
        "heading": f'<w:p><w:pPr><w:pStyle w:val="H23"/><w:keepNext/><w:keepLines/>{_HEADING_TABS}'
        '<w:spacing w:before="120" w:after="240"/>'
        '<w:ind w:left="1267" w:right="1260" w:hanging="1267"/></w:pPr></w:p>',
        "closing": '<w:p><w:pPr><w:pStyle w:val="SingleTxt"/><w:jc w:val="right"/>'
        "<w:rPr><w:i/></w:rPr></w:pPr></w:p>",
        # A 72 pt rule centred under the text block (official files draw a 1-inch line there).
        "end_rule": '<w:p><w:pPr><w:pStyle w:val="SingleTxt"/><w:pBdr><w:bottom w:val="single" '
        'w:sz="2" w:space="1" w:color="auto"/></w:pBdr><w:spacing w:before="240" w:after="0" '
        'w:line="120" w:lineRule="exact"/><w:ind w:left="4200" w:right="4200"/>'
        "<w:rPr><w:sz w:val=\"10\"/></w:rPr></w:pPr></w:p>",
        "annex": '<w:p><w:pPr><w:pStyle w:val="HCh"/><w:pageBreakBefore/><w:spacing w:after="240"/>'
        '<w:ind w:left="1267" w:right="1267"/></w:pPr></w:p>',
        "annex_title": f'<w:p><w:pPr><w:pStyle w:val="H1"/>{_HEADING_TABS}'
        '<w:spacing w:after="240"/></w:pPr></w:p>',
    }[kind]
    return fragment(xml)


def new_paragraph(kind: str) -> etree._Element:
    """A fresh copy of prototype ``kind`` (KeyError for an unknown kind)."""
    return deepcopy(_prototype(kind))
