"""Namespace helpers and fast builders for WordprocessingML elements.

The exporter writes hundreds of paragraphs, so elements are built directly with
lxml rather than through python-docx's proxy objects (several times faster). The
root of each paragraph is created with python-docx's own parser so that, once in
the tree, python-docx sees its usual element classes when it reopens or walks it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from docx.oxml.parser import OxmlElement, oxml_parser, parse_xml
from lxml import etree

from drafter.formats.docx.namespaces import R as R_NS
from drafter.formats.docx.namespaces import W as W_NS

XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
# python-docx's parser: elements made with it get python-docx's element classes.
_make = oxml_parser.makeelement
make = _make  # public: build root elements with python-docx element classes
NSDECLS = f'xmlns:w="{W_NS}" xmlns:r="{R_NS}"'


def w(tag: str) -> str:
    """Clark name of a ``w:`` element or attribute: w("p") -> "{…/main}p"."""
    return f"{{{W_NS}}}{tag}"


W_VAL = w("val")
_P, _PPR, _R, _RPR, _T, _TAB, _BR = w("p"), w("pPr"), w("r"), w("rPr"), w("t"), w("tab"), w("br")
_TABS = w("tabs")

# Children of w:pPr must follow the schema order (CT_PPrBase); the builder sorts by it.
_PPR_ORDER = {
    name: index
    for index, name in enumerate(
        [
            "pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl",
            "numPr", "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens",
            "kinsoku", "wordWrap", "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN",
            "bidi", "adjustRightInd", "snapToGrid", "spacing", "ind", "contextualSpacing",
            "mirrorIndents", "suppressOverlap", "jc", "textDirection", "textAlignment",
            "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr", "pPrChange",
        ]
    )
}
# Children of w:rPr in schema order (CT_RPr); only the ones the exporter writes.
_RPR_ORDER = {
    name: index
    for index, name in enumerate(
        [
            "rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "noProof",
            "color", "spacing", "w", "kern", "position", "sz", "szCs", "u", "vertAlign", "rtl",
            "cs", "lang",
        ]
    )
}


def element(tag: str, **attributes: str) -> etree._Element:
    """A ``w:`` element with ``w:`` attributes, created by python-docx's parser."""
    return OxmlElement(f"w:{tag}", attrs={w(k): v for k, v in attributes.items()})


def sub(parent: etree._Element, tag: str, **attributes: str) -> etree._Element:
    return etree.SubElement(parent, w(tag), {w(k): v for k, v in attributes.items()})


def fragment(xml: str) -> etree._Element:
    """Parse an XML fragment written with ``w:``/``r:`` prefixes (declared here)."""
    head, _, rest = xml.partition(">")
    if head.endswith("/"):
        head, rest = head[:-1], "/>" + rest
        return parse_xml(f"{head} {NSDECLS}{rest}")
    return parse_xml(f"{head} {NSDECLS}>{rest}")


def _ordered_insert(parent: etree._Element, child: etree._Element, order: dict[str, int]) -> None:
    rank = order.get(etree.QName(child).localname, 999)
    for index, existing in enumerate(parent):
        if order.get(etree.QName(existing).localname, 999) > rank:
            parent.insert(index, child)
            return
    parent.append(child)


def _set_properties(
    owner: etree._Element, tag: str, order: dict[str, int], children: tuple[etree._Element, ...]
) -> etree._Element:
    """Put ``children`` into ``owner``'s properties element ``tag`` (created first if
    missing), replacing any of the same name, in the schema order Word requires."""
    properties = owner.find(tag)
    if properties is None:
        properties = _make(tag)
        owner.insert(0, properties)
    for child in children:
        existing = properties.find(child.tag)
        if existing is not None:
            properties.remove(existing)
        _ordered_insert(properties, child, order)
    return properties


def set_ppr(p: etree._Element, *children: etree._Element) -> etree._Element:
    """Add properties to a paragraph's w:pPr in schema order (created if missing)."""
    return _set_properties(p, _PPR, _PPR_ORDER, children)


def set_rpr(r: etree._Element, *children: etree._Element) -> etree._Element:
    """Add properties to a run's w:rPr in schema order (created if missing)."""
    return _set_properties(r, _RPR, _RPR_ORDER, children)


def prop(tag: str, **attributes: str) -> etree._Element:
    """A bare property element (w:b, w:jc w:val="right" …) for set_ppr/set_rpr."""
    return _make(w(tag), {w(k): v for k, v in attributes.items()})


def paragraph(style: str | None = None) -> etree._Element:
    """A new w:p, with its paragraph style when given."""
    p = OxmlElement("w:p")
    if style:
        ppr = etree.SubElement(p, _PPR)
        etree.SubElement(ppr, w("pStyle"), {W_VAL: style})
    return p


# Characters XML 1.0 cannot hold (lxml refuses them): C0 controls other than tab and
# newline, lone surrogates, U+FFFE/U+FFFF. Vertical tab and form feed (Word's manual
# line break, PDF page breaks) become line breaks; the rest is dropped.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """``text`` with the characters XML cannot hold replaced (line breaks) or dropped."""
    if not _NOT_XML.search(text):
        return text
    text = text.replace("\x0b", "\n").replace("\x0c", "\n").replace("\r\n", "\n").replace("\r", "\n")
    return _NOT_XML.sub("", text)


def append_text(r: etree._Element, text: str) -> None:
    """Append ``text`` to run ``r``: tabs become w:tab, newlines w:br, the rest w:t."""
    text = xml_safe(text)
    start = 0
    for index, ch in enumerate(text):
        if ch == "\t" or ch == "\n":
            if index > start:
                _t(r, text[start:index])
            etree.SubElement(r, _TAB if ch == "\t" else _BR)
            start = index + 1
    if start < len(text):
        _t(r, text[start:])


def _t(r: etree._Element, text: str) -> None:
    t = etree.SubElement(r, _T)
    t.text = text
    if text[0] == " " or text[-1] == " ":
        t.set(XML_SPACE, "preserve")


def run(
    text: str = "",
    *,
    italic: bool = False,
    bold: bool = False,
    style: str | None = None,
    properties: Iterable[etree._Element] = (),
) -> etree._Element:
    """A w:r holding ``text`` (tabs and line breaks converted), with simple formatting."""
    r = _make(_R)
    extra = list(properties)
    if style or italic or bold or extra:
        rpr = etree.SubElement(r, _RPR)
        if style:
            etree.SubElement(rpr, w("rStyle"), {W_VAL: style})
        if bold:
            etree.SubElement(rpr, w("b"))
        if italic:
            etree.SubElement(rpr, w("i"))
        for child in extra:
            _ordered_insert(rpr, child, _RPR_ORDER)
    if text:
        append_text(r, text)
    return r


def text_of(p: etree._Element) -> str:
    """The visible text of a paragraph or part: w:t text, tabs as \\t, breaks as \\n."""
    out = []
    for node in p.iter(_T, _TAB, _BR):
        if node.tag == _TAB and node.getparent().tag == _TABS:
            continue  # a tab stop definition (w:pPr/w:tabs/w:tab), not a tab character
        if node.tag == _T:
            out.append(node.text or "")
        else:
            out.append("\t" if node.tag == _TAB else "\n")
    return "".join(out)
