"""Build small Word files for the reader tests: python-docx for the package, XML for the rest.

python-docx writes a valid package (content types, styles, settings, a section);
the tests then put exactly the WordprocessingML they need into it: paragraphs and
runs as XML strings, a ``numbering.xml`` with the abstract definitions and
overrides under test, a ``footnotes.xml`` with arbitrary ids, a first-page header.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import parse_xml

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NSDECL = f'xmlns:w="{W_NS}"'
REV = 'w:author="A" w:date="2024-01-01T00:00:00Z"'  # attributes of a revision mark
XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
FOOTNOTES_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
FOOTNOTES_RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"


def run(
    text: str = "",
    *,
    italic: bool | None = None,
    style: str | None = None,
    superscript: bool = False,
    footnote: int | None = None,
    tab: bool = False,
) -> str:
    """One ``w:r``: text, or a tab, or a footnote reference, with the formatting asked for."""
    props = ""
    if style:
        props += f'<w:rStyle w:val="{style}"/>'
    if italic is True:
        props += "<w:i/>"
    elif italic is False:
        props += '<w:i w:val="0"/>'
    if superscript:
        props += '<w:vertAlign w:val="superscript"/>'
    body = "<w:tab/>" if tab else ""
    if footnote is not None:
        body += f'<w:footnoteReference w:id="{footnote}"/>'
    if text:
        body += f'<w:t xml:space="preserve">{escape(text)}</w:t>'
    return f"<w:r>{f'<w:rPr>{props}</w:rPr>' if props else ''}{body}</w:r>"


def para(*runs: str, style: str | None = None, num: tuple[int, int] | None = None, mark: str = "") -> str:
    """One ``w:p`` from run XML; ``num`` = (numId, ilvl); ``mark`` = XML inside the mark's rPr."""
    props = f'<w:pStyle w:val="{style}"/>' if style else ""
    if num is not None:
        props += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
    if mark:
        props += f"<w:rPr>{mark}</w:rPr>"
    return f"<w:p>{f'<w:pPr>{props}</w:pPr>' if props else ''}{''.join(runs)}</w:p>"


def text_para(text: str, style: str | None = None) -> str:
    return para(run(text), style=style)


def level(ilvl: int, fmt: str, text: str, start: int = 1, extra: str = "") -> str:
    return (
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
        f'{extra}<w:lvlText w:val="{text}"/></w:lvl>'
    )


def numbering(abstracts: dict[int, str], nums: dict[int, str]) -> str:
    """numbering.xml from {abstractNumId: levels XML} and {numId: '<w:abstractNumId …/>…'}."""
    body = "".join(f'<w:abstractNum w:abstractNumId="{k}">{v}</w:abstractNum>' for k, v in abstracts.items())
    body += "".join(f'<w:num w:numId="{k}">{v}</w:num>' for k, v in nums.items())
    return f"{XML_DECL}<w:numbering {NSDECL}>{body}</w:numbering>"


def footnotes_xml(notes: dict[int, str]) -> str:
    """A footnotes part with Word's two structural notes and the given notes (id -> text)."""
    body = (
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
        "</w:r></w:p></w:footnote>"
    )
    for note_id, text in notes.items():
        body += (
            f'<w:footnote w:id="{note_id}"><w:p><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
            f'<w:footnoteRef/></w:r><w:r><w:tab/><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'
            "</w:footnote>"
        )
    return f"{XML_DECL}<w:footnotes {NSDECL}>{body}</w:footnotes>"


def build_docx(
    path: Path,
    paragraphs: list[str],
    *,
    numbering_xml: str | None = None,
    notes: dict[int, str] | None = None,
    header: list[str] | None = None,
    italic_styles: tuple[str, ...] = (),
    plain_styles: tuple[str, ...] = ("SingleTxt",),
    char_styles: dict[str, bool] | None = None,
) -> Path:
    """Write a .docx whose body is exactly ``paragraphs`` (XML strings) and return its path."""
    document = docx.Document()
    styles = document.styles
    for name in plain_styles:
        styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    for name in italic_styles:
        styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH).font.italic = True
    for name, italic in (char_styles or {"FootnoteReference": False}).items():
        style = styles.add_style(name, WD_STYLE_TYPE.CHARACTER)
        style.style_id = name
        if italic:
            style.font.italic = True
        if name == "FootnoteReference":
            style.font.superscript = True
    body = document.element.body
    for existing in list(body):
        if not existing.tag.endswith("sectPr"):
            body.remove(existing)
    section_properties = body[-1]
    for xml in paragraphs:
        section_properties.addprevious(parse_xml(xml.replace("<w:p>", f"<w:p {NSDECL}>", 1)
                                                 if xml.startswith("<w:p>") else xml))
    if header:
        section = document.sections[0]
        section.different_first_page_header_footer = True
        first = section.first_page_header
        first.paragraphs[0].text = header[0]
        for line in header[1:]:
            first.add_paragraph(line)
    document.save(path)
    replace: dict[str, bytes] = {}
    if numbering_xml is not None:
        replace["word/numbering.xml"] = numbering_xml.encode()
    if notes is not None:
        replace["word/footnotes.xml"] = footnotes_xml(notes).encode()
    if replace:
        _rewrite(path, replace)
    return path


def _rewrite(path: Path, parts: dict[str, bytes]) -> None:
    """Put parts into the package, adding relationships and content types for new ones."""
    with zipfile.ZipFile(path) as archive:
        items = {info.filename: archive.read(info.filename) for info in archive.infolist()}
    rels = items["word/_rels/document.xml.rels"].decode()
    types = items["[Content_Types].xml"].decode()
    if "word/numbering.xml" in parts and "numbering.xml" not in rels:
        rels = rels.replace(
            "</Relationships>",
            '<Relationship Id="rIdNum" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/numbering" Target="numbering.xml"/></Relationships>',
        )
        types = types.replace(
            "</Types>",
            '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-'
            'officedocument.wordprocessingml.numbering+xml"/></Types>',
        )
    if "word/footnotes.xml" in parts and "footnotes.xml" not in rels:
        rels = rels.replace(
            "</Relationships>",
            f'<Relationship Id="rIdFn" Type="{FOOTNOTES_RT}" Target="footnotes.xml"/></Relationships>',
        )
        types = types.replace(
            "</Types>", f'<Override PartName="/word/footnotes.xml" ContentType="{FOOTNOTES_CT}"/></Types>'
        )
    items["word/_rels/document.xml.rels"] = rels.encode()
    items["[Content_Types].xml"] = types.encode()
    items.update(parts)
    write_zip(path, items)


def write_zip(path: Path, items: dict[str, bytes]) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in items.items():
            archive.writestr(name, data)


def resolution_paragraphs(*operative: str) -> list[str]:
    """A small GA resolution's opening (session, title, formula, two preambular paragraphs)."""
    return [
        text_para("Seventy-second session"),
        text_para("Agenda item 72"),
        text_para("72/999.\tA test of the Word reader", style="SingleTxt"),
        para(run(tab=True), run("The General Assembly", italic=True), run(","), style="SingleTxt"),
        para(run(tab=True), run("Recalling", italic=True), run(" its resolution 71/1 of 1 January 2017,"),
             style="SingleTxt"),
        para(run(tab=True), run("Noting", italic=True), run(" the report of the Secretary-General,"),
             style="SingleTxt"),
        *operative,
    ]


def typed_op(number: int, verb: str, rest: str, last: bool = False) -> str:
    end = "." if last else ";"
    return para(run(f"\t{number}.\t"), run(verb, italic=True), run(f" {rest}{end}"), style="SingleTxt")
