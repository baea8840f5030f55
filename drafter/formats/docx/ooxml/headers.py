"""Headers and footers in the UN layout (drafting-rules.md 6.2-6.3, official header/footer parts).

* First page: the masthead, a table as in the official ``header3.xml`` — "United
  Nations" and the symbol (large first letter) on the first row; the organ in
  XLarge bold and the distribution block ("Distr.: General", date, "Original: …")
  on the second, with the official rules under each row. The emblem, barcode and
  QR code are the Secretariat's and are left out (drafting-rules.md 6.5).
* Continuation pages, even: symbol left, short title right (bold 8.5 pt, rule
  under); odd: short title left, symbol right.
* Footers: even pages "n/N" left and the job number right; odd pages the
  reverse; the first page carries the job number with its language letter.

Page numbers are ``PAGE`` / ``NUMPAGES`` fields so Word and LibreOffice fill them.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from lxml import etree

from drafter.formats.docx.ooxml.xml import fragment, xml_safe

# Masthead column widths (twips), official header3.xml: emblem, name, gap, right block.
_COLUMNS = (1267, 5227, 245, 3111)


def _text_runs(text: str, rpr: str = "") -> str:
    text = xml_safe(text)
    out = []
    for index, line in enumerate(text.split("\n")):
        if index:
            out.append(f"<w:r>{rpr and f'<w:rPr>{rpr}</w:rPr>'}<w:br/></w:r>")
        if line:
            out.append(
                f"<w:r>{rpr and f'<w:rPr>{rpr}</w:rPr>'}"
                f'<w:t xml:space="preserve">{escape(line)}</w:t></w:r>'
            )
    return "".join(out)


def _cell(width: int, paragraphs: str, borders: str, *, bottom: bool = True) -> str:
    valign = '<w:vAlign w:val="bottom"/>' if bottom else ""
    return (
        f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/><w:tcBorders>{borders}</w:tcBorders>'
        f'{valign}</w:tcPr>{paragraphs or "<w:p/>"}</w:tc>'
    )


def masthead(
    *, united_nations: str, symbol: str, organ: str, right_lines: list[str], language_rpr: str = "",
    rtl: bool = False,
) -> list[etree._Element]:
    """The first-page header: a two-row table and an empty closing paragraph (mirrored for RTL)."""
    thin = '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
    thick = (
        '<w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        '<w:bottom w:val="single" w:sz="12" w:space="0" w:color="auto"/>'
    )
    name = (
        '<w:p><w:pPr><w:pStyle w:val="HCh"/><w:spacing w:after="80"/></w:pPr>'
        + _text_runs(united_nations, f'<w:b w:val="0"/>{language_rpr}')
        + "</w:p>"
    )
    head, tail = symbol[:1], symbol[1:]
    symbol_p = (
        '<w:p><w:pPr><w:pStyle w:val="Header"/><w:spacing w:after="80"/><w:jc w:val="right"/></w:pPr>'
        + _text_runs(head, '<w:position w:val="-4"/><w:sz w:val="40"/>')
        + _text_runs(tail, '<w:position w:val="-4"/><w:sz w:val="20"/>')
        + "</w:p>"
    )
    organ_p = (
        '<w:p><w:pPr><w:pStyle w:val="XLarge"/><w:spacing w:before="109"/></w:pPr>'
        + _text_runs(organ, language_rpr)
        + "</w:p>"
    )
    first_spacing = '<w:spacing w:before="240"/>'
    right = "".join(
        f'<w:p><w:pPr><w:pStyle w:val="Publication"/>{first_spacing if i == 0 else ""}'
        f"</w:pPr>{_text_runs(line, language_rpr)}</w:p>"
        for i, line in enumerate(right_lines)
    )
    grid = "".join(f'<w:gridCol w:w="{c}"/>' for c in _COLUMNS)
    table = (
        f'<w:tbl><w:tblPr>{"<w:bidiVisual/>" if rtl else ""}<w:tblW w:w="{sum(_COLUMNS)}" w:type="dxa"/>'
        '<w:tblLayout w:type="fixed"/>'
        '<w:tblCellMar><w:left w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tblCellMar>'
        f'<w:tblLook w:val="0000"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>'
        '<w:tr><w:trPr><w:trHeight w:hRule="exact" w:val="864"/></w:trPr>'
        + _cell(_COLUMNS[0], "", thin)
        + _cell(_COLUMNS[1], name, thin)
        + _cell(_COLUMNS[2], "", thin)
        + _cell(_COLUMNS[3], symbol_p, thin)
        + '</w:tr><w:tr><w:trPr><w:trHeight w:hRule="exact" w:val="2880"/></w:trPr>'
        + _cell(_COLUMNS[0], "", thick, bottom=False)
        + _cell(_COLUMNS[1], organ_p, thick, bottom=False)
        + _cell(_COLUMNS[2], "", thick, bottom=False)
        + _cell(_COLUMNS[3], right, thick, bottom=False)
        + "</w:tr></w:tbl>"
    )
    closing = '<w:p><w:pPr><w:pStyle w:val="Header"/><w:rPr><w:sz w:val="2"/></w:rPr></w:pPr></w:p>'
    return [fragment(table), fragment(closing)]


def continuation_header(left: str, right: str, *, width: int) -> list[etree._Element]:
    """Bold 8.5 pt line: ``left`` at the margin, ``right`` flush right, a rule under it."""
    p = (
        '<w:p><w:pPr><w:pStyle w:val="Header"/>'
        '<w:pBdr><w:bottom w:val="single" w:sz="2" w:space="1" w:color="000000"/></w:pBdr>'
        f'<w:tabs><w:tab w:val="clear" w:pos="4320"/><w:tab w:val="clear" w:pos="8640"/>'
        f'<w:tab w:val="right" w:pos="{width}"/></w:tabs><w:spacing w:after="80"/>'
        "<w:rPr><w:b/></w:rPr></w:pPr>"
        + _text_runs(left, "<w:b/>")
        + "<w:r><w:rPr><w:b/></w:rPr><w:tab/></w:r>"
        + _text_runs(right, "<w:b/>")
        + "</w:p>"
    )
    return [fragment(p)]


def _page_fields() -> str:
    rpr = "<w:rPr><w:b/></w:rPr>"
    return (
        f'<w:fldSimple w:instr=" PAGE \\* Arabic "><w:r>{rpr}<w:t>1</w:t></w:r></w:fldSimple>'
        f"<w:r>{rpr}<w:t>/</w:t></w:r>"
        f'<w:fldSimple w:instr=" NUMPAGES \\* Arabic "><w:r>{rpr}<w:t>1</w:t></w:r></w:fldSimple>'
    )


def continuation_footer(job: str, *, page_first: bool, width: int) -> list[etree._Element]:
    """"n/N" (bold 8.5 pt) and the job number (7 pt), page number on the outer side."""
    job_runs = _text_runs(job, '<w:b w:val="0"/><w:sz w:val="14"/>') if job else ""
    tab = "<w:r><w:tab/></w:r>"
    body = _page_fields() + tab + job_runs if page_first else job_runs + tab + _page_fields()
    p = (
        '<w:p><w:pPr><w:pStyle w:val="Footer"/><w:tabs><w:tab w:val="clear" w:pos="4320"/>'
        f'<w:tab w:val="clear" w:pos="8640"/><w:tab w:val="right" w:pos="{width}"/></w:tabs></w:pPr>'
        f"{body}</w:p>"
    )
    return [fragment(p)]


def first_page_footer(job_line: str) -> list[etree._Element]:
    """The job number with language letter ("17-23338 (E)"), or an empty footer."""
    return [fragment(f'<w:p><w:pPr><w:pStyle w:val="ReleaseDate0"/></w:pPr>{_text_runs(job_line)}</w:p>')]
