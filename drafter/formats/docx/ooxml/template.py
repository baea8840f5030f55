"""The base Word document of the export, and the page setup.

``build_template()`` turns python-docx's default document into the UN base
document: UN style sheet, UN settings, an empty footnotes part with its separator
notes, US Letter page with the official margins, different first page, empty body.
``tools/build_templates.py`` saves it as ``templates/docx/un_resolution.docx``;
the exporter opens that file (no binary in the repository without its generator,
and a test checks the two still agree).

Page setup measured on the official files (sectPr of A/RES/72/248): Letter
12240 x 15840 twips, margins top 1440, left/right 1200, header 432, footer 504.
As there, the document has two sections: the first holds only an empty paragraph
and gives page 1 its larger bottom margin (1728, room for the job number and
barcode) and its own first-page header/footer; the body is a continuous second
section with the continuation pages' bottom margin (1152, text ending about 58 pt
above the paper's edge, drafting-rules.md 6.1) and inherits the headers. A4 keeps
the same margins (Geneva layout was not measured). The numbers are data, in
``resources/export/layout.json``, which the editor's page reads as well.
"""

from __future__ import annotations

from pathlib import Path

import docx
from docx.document import Document as DocxDocument
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from lxml import etree

from drafter.core.paper import paper_layout
from drafter.formats.docx.namespaces import STYLES_WITH_EFFECTS_RELATIONSHIP
from drafter.formats.docx.ooxml import footnotes
from drafter.formats.docx.ooxml.settings import un_settings_element
from drafter.formats.docx.ooxml.styles import un_styles_element
from drafter.formats.docx.ooxml.xml import fragment, w

TEMPLATE_RELATIVE = Path("docx") / "un_resolution.docx"
# From resources/export/layout.json, which the editor's page reads too (drafter.core.paper).
PAPER = paper_layout().sizes
MARGINS = paper_layout().margins
CONTINUATION_BOTTOM = paper_layout().continuation_bottom
_STYLES_WITH_EFFECTS = STYLES_WITH_EFFECTS_RELATIONSHIP


def section_properties(paper: str = "letter", *, first: bool = True) -> etree._Element:
    """``w:sectPr`` for the UN page: the first-page section or the continuous body section."""
    if paper not in PAPER:
        raise ValueError(f"unknown paper size {paper!r} (use one of: {', '.join(PAPER)})")
    width, height = PAPER[paper]
    values = dict(MARGINS) if first else {**MARGINS, "bottom": CONTINUATION_BOTTOM}
    margins = " ".join(f'w:{k}="{v}"' for k, v in values.items())
    kind = "" if first else '<w:type w:val="continuous"/>'
    title_page = "<w:titlePg/>" if first else ""
    return fragment(
        f'<w:sectPr>{kind}<w:pgSz w:w="{width}" w:h="{height}"/><w:pgMar {margins}/>'
        f'<w:cols w:space="720"/>{title_page}<w:docGrid w:linePitch="360"/></w:sectPr>'
    )


def first_section_paragraph(paper: str = "letter") -> etree._Element:
    """The empty paragraph that ends section 1 (page 1 margins, first-page header)."""
    p = fragment(
        '<w:p><w:pPr><w:spacing w:line="240" w:lineRule="auto"/>'
        '<w:rPr><w:sz w:val="2"/></w:rPr></w:pPr></w:p>'
    )
    ppr = p.find(w("pPr"))
    ppr.append(section_properties(paper, first=True))
    return p


def text_width(paper: str = "letter") -> int:
    """Width between the page margins, in twips (header/footer right tab)."""
    return paper_layout().text_width(paper)


def set_paper(document: DocxDocument, paper: str) -> None:
    """Set the paper size of every section of the document (margins stay)."""
    if paper not in PAPER:
        raise ValueError(f"unknown paper size {paper!r} (use one of: {', '.join(PAPER)})")
    width, height = PAPER[paper]
    for size in document.element.body.iter(w("pgSz")):
        size.set(w("w"), str(width))
        size.set(w("h"), str(height))


def _lay_out_sections(document: DocxDocument) -> None:
    body = document.element.body
    for child in list(body):
        body.remove(child)
    body.append(first_section_paragraph("letter"))
    body.append(section_properties("letter", first=False))


def build_template() -> DocxDocument:
    """The UN base document, built from python-docx's default one."""
    document = docx.Document()
    document.part._styles_part._element = un_styles_element()
    document.part._settings_part._element = un_settings_element()
    for rel_id, rel in list(document.part.rels.items()):
        if rel.reltype == _STYLES_WITH_EFFECTS:
            document.part.drop_rel(rel_id)
    package_rels = document.part.package.rels
    for rel_id, rel in list(package_rels.items()):
        if rel.reltype == RT.THUMBNAIL:  # python-docx's sample preview, not ours
            package_rels.pop(rel_id)
    footnotes.ensure_part(document)
    _lay_out_sections(document)
    core = document.core_properties
    core.author = core.last_modified_by = "Drafter"
    core.comments = core.title = core.subject = core.keywords = core.category = ""
    return document


def write_template(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    build_template().save(str(path))


def essential_parts(path: Path | str) -> dict[str, bytes]:
    """The parts that define the template's layout, canonicalized for comparison."""
    import zipfile

    names = ("word/styles.xml", "word/settings.xml", "word/footnotes.xml", "word/document.xml")
    out = {}
    with zipfile.ZipFile(path) as archive:
        for name in names:
            root = etree.fromstring(archive.read(name))
            out[name] = etree.tostring(root, method="c14n")
    return out


__all__ = [
    "CONTINUATION_BOTTOM", "MARGINS", "PAPER", "TEMPLATE_RELATIVE", "build_template", "essential_parts",
    "first_section_paragraph", "section_properties", "set_paper", "text_width", "write_template",
]
