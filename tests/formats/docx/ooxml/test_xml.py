"""XML helpers and header/footer builders of the export's ooxml layer."""

from __future__ import annotations

from lxml import etree

from drafter.formats.docx.ooxml import headers
from drafter.formats.docx.ooxml.xml import (
    append_text,
    make,
    paragraph,
    prop,
    run,
    set_ppr,
    set_rpr,
    text_of,
    w,
    xml_safe,
)

NS = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main"}


def _names(element: etree._Element) -> list[str]:
    return [etree.QName(child).localname for child in element]


def test_properties_are_inserted_in_schema_order() -> None:
    p = paragraph("SingleTxt")
    set_ppr(p, prop("jc", val="right"), prop("keepNext"), prop("spacing", after="0"), prop("bidi"))
    assert _names(p.find(w("pPr"))) == ["pStyle", "keepNext", "bidi", "spacing", "jc"]
    set_ppr(p, prop("jc", val="left"))  # replaced, not duplicated
    assert [e.get(w("val")) for e in p.find(w("pPr")).iter(w("jc"))] == ["left"]
    r = run("x", italic=True)
    set_rpr(r, prop("lang", val="fr-FR"), prop("rStyle", val="FootnoteReference"), prop("b"))
    assert _names(r.find(w("rPr"))) == ["rStyle", "b", "i", "lang"]


def test_tabs_and_line_breaks_become_elements_and_read_back() -> None:
    r = make(w("r"))
    append_text(r, "\t1.\tDecides\nto act ")
    assert _names(r) == ["tab", "t", "tab", "t", "br", "t"]
    assert r[-1].get("{http://www.w3.org/XML/1998/namespace}space") == "preserve"
    assert text_of(r) == "\t1.\tDecides\nto act "


def test_xml_safe_keeps_text_and_replaces_what_xml_cannot_hold() -> None:
    assert xml_safe("plain « text » ") == "plain « text » "
    assert xml_safe("page\x0cbreak\x0bline\x01") == "page\nbreak\nline"


def test_masthead_table_holds_the_cover_in_reading_order() -> None:
    table, closing = headers.masthead(
        united_nations="United Nations", symbol="A/RES/72/248", organ="General Assembly",
        right_lines=["Distr.: General", "23 January 2018"],
    )
    cells = [text_of(c) for c in table.iter(w("tc"))]
    assert [c for c in cells if c] == [
        "United Nations", "A/RES/72/248", "General Assembly", "Distr.: General23 January 2018",
    ]
    big_letter = table.find(".//w:r/w:rPr/w:sz[@w:val='40']/../..", NS)
    assert text_of(big_letter) == "A"  # the big first letter of the symbol
    assert closing.tag == w("p")


def test_continuation_footer_has_page_fields_on_the_outer_side() -> None:
    (even,) = headers.continuation_footer("17-23338", page_first=True, width=9840)
    (odd,) = headers.continuation_footer("17-23338", page_first=False, width=9840)
    fields = [f.get(w("instr")).split()[0] for f in even.iter(w("fldSimple"))]
    assert fields == ["PAGE", "NUMPAGES"]
    assert text_of(even) == "1/1\t17-23338" and text_of(odd) == "17-23338\t1/1"
