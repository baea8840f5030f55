"""The base document: committed template = generator output; UN styles as in official files."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from lxml import etree

from drafter.formats.docx.ooxml.styles import STYLE_IDS, apply_language, style_ids, un_styles_element
from drafter.formats.docx.ooxml.template import (
    TEMPLATE_RELATIVE,
    essential_parts,
    section_properties,
    write_template,
)
from drafter.formats.docx.ooxml.xml import w
from drafter.resources import templates_dir

NS = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main"}


def test_committed_template_matches_its_generator(tmp_path: Path) -> None:
    fresh = tmp_path / "un_resolution.docx"
    write_template(fresh)
    committed = templates_dir() / TEMPLATE_RELATIVE
    assert essential_parts(committed) == essential_parts(fresh), (
        "templates/docx/un_resolution.docx is stale: run tools/build_templates.py"
    )


def _official_styles(corpus: Path) -> etree._Element:
    with zipfile.ZipFile(corpus / "GA_72_248_en.docx") as archive:
        return etree.fromstring(archive.read("word/styles.xml"))


def _style(root: etree._Element, style_id: str) -> etree._Element:
    found = root.find(f"w:style[@w:styleId='{style_id}']", NS)
    assert found is not None, style_id
    return found


@pytest.mark.parametrize(
    "style_id", ["Normal", "SingleTxt", "TitleH1", "TitleHCH", "H4", "H23", "Session", "AgendaItemNormal"]
)
def test_style_matches_the_official_definition(corpus: Path, style_id: str) -> None:
    """Same name, parent, indents, spacing, tabs, font size, bold/italic as the official sheet."""
    ours, official = _style(un_styles_element(), style_id), _style(_official_styles(corpus), style_id)
    for path in ("w:name", "w:basedOn", "w:pPr/w:ind", "w:pPr/w:spacing", "w:pPr/w:jc", "w:rPr/w:sz",
                 "w:rPr/w:b", "w:rPr/w:i", "w:rPr/w:rFonts", "w:rPr/w:spacing", "w:rPr/w:w"):
        mine, theirs = ours.find(path, NS), official.find(path, NS)
        assert (mine is None) == (theirs is None), (style_id, path)
        if mine is not None:
            assert dict(mine.attrib) == dict(theirs.attrib), (style_id, path)
    tabs = [(t.get(w("val")), t.get(w("pos"))) for t in ours.iterfind("w:pPr/w:tabs/w:tab", NS)]
    official_tabs = [(t.get(w("val")), t.get(w("pos"))) for t in official.iterfind("w:pPr/w:tabs/w:tab", NS)]
    assert tabs == official_tabs


def test_all_exported_style_ids_exist_in_the_official_sheet(corpus: Path) -> None:
    official = set(style_ids(_official_styles(corpus)))
    assert set(STYLE_IDS) <= official
    assert set(STYLE_IDS) <= set(style_ids(un_styles_element()))


def test_footnote_styles_are_superscript_and_8_5_point() -> None:
    styles = un_styles_element()
    reference = _style(styles, "FootnoteReference")
    assert reference.get(w("type")) == "character"
    assert reference.find("w:rPr/w:vertAlign", NS).get(w("val")) == "superscript"
    text = _style(styles, "FootnoteText")
    assert text.find("w:rPr/w:sz", NS).get(w("val")) == "17"


def test_apply_language_sets_every_lang_element() -> None:
    styles = un_styles_element()
    apply_language(styles, "fr-FR")
    values = {lang.get(w("val")) for lang in styles.iter(w("lang"))}
    assert values == {"fr-FR"}


@pytest.mark.parametrize(("paper", "size"), [("letter", ("12240", "15840")), ("a4", ("11906", "16838"))])
def test_section_properties(paper: str, size: tuple[str, str]) -> None:
    sect = section_properties(paper)
    page = sect.find("w:pgSz", NS)
    assert (page.get(w("w")), page.get(w("h"))) == size
    margins = sect.find("w:pgMar", NS)
    sides = (margins.get(w("left")), margins.get(w("right")), margins.get(w("top")))
    assert sides == ("1200", "1200", "1440")
    assert sect.find("w:titlePg", NS) is not None


def test_unknown_paper_is_refused() -> None:
    with pytest.raises(ValueError, match="legal"):
        section_properties("legal")
