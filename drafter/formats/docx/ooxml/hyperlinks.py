"""Document symbols as hyperlinks to the Official Document System, as official files have them.

After the document is built, every run of plain text in the body and in the notes is
searched for UN document symbols ("A/72/70/Add.1", "E/CN.5/2018/3", "SPLOS/303"); each
is cut out of its run into a ``w:hyperlink`` to ``https://undocs.org/<symbol>`` whose
run keeps the run's formatting and adds the ``Hyperlink`` character style. Which symbols
are linked (the series, a cited resolution number's symbol) are symbol shapes, read
through :mod:`drafter.core.symbol_shapes` from ``resources/citations/symbols.json``; the
address, the style and the words before a cited number are export data
(``resources/export/symbols.json``).
"""

from __future__ import annotations

import re
from copy import deepcopy
from functools import cache

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.part import Part
from lxml import etree

from drafter.core.symbol_shapes import symbol_re, symbol_table
from drafter.formats.docx.ooxml.xml import W_VAL, fragment, w
from drafter.resources import load_json

_R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_T, _R, _P, _RPR = w("t"), w("r"), w("p"), w("rPr")


@cache
def _data() -> dict:
    return load_json("export/symbols.json")


@cache
def _number_patterns() -> tuple[re.Pattern[str], list[tuple[re.Pattern[str], str]]]:
    """(a list of resolution numbers after "resolution(s)", each number's shape and symbol)."""
    data = _data()
    resolutions = symbol_table("resolution_symbols")
    shapes = [(re.compile(rf"(?<![\d/]){item['pattern']}(?![\d/])"), item["symbol"]) for item in resolutions]
    number = "|".join(f"(?:{item['pattern']})" for item in resolutions)
    number = re.sub(r"(?<!\\)\((?!\?)", "(?:", number)  # the list needs no groups of its own
    number = f"(?:{number})(?:{data['resolution_dates']})?"  # "70/1 of 25 September 2015"
    joiner = rf"(?:\s*,\s*|\s+(?:{data['resolution_joiners']})\s+)"
    words = data["resolution_words"]
    listed = re.compile(rf"\b(?:{words})\s+({number}(?:{joiner}{number})*)(?![\d/])", re.IGNORECASE)
    return listed, shapes


def links_in(text: str) -> list[tuple[int, int, str]]:
    """(start, end, symbol) of each document symbol and resolution number in ``text``."""
    found = [(m.start(), m.end(), m.group(0)) for m in symbol_re("linked_symbol").finditer(text)]
    listed, shapes = _number_patterns()
    for group in listed.finditer(text):
        start, end = group.span(1)
        taken: list[tuple[int, int]] = []
        for shape, symbol in shapes:
            for number in shape.finditer(text, start, end):
                if not any(a < number.end() and number.start() < b for a, b in taken):
                    taken.append(number.span())
                    found.append((number.start(), number.end(), symbol.format(*number.groups())))
    found.sort()
    return [item for index, item in enumerate(found) if not index or item[0] >= found[index - 1][1]]


def ensure_style(styles: etree._Element) -> None:
    """Add the official ``Hyperlink`` character style when the style sheet lacks it."""
    if styles.find(f"{w('style')}[@{w('styleId')}='Hyperlink']") is None:
        styles.append(fragment(_data()["hyperlink_style"]))


def link_symbols(root: etree._Element, part: Part) -> int:
    """Wrap the symbols in the plain runs under ``root`` (a part's XML) in hyperlinks; returns how many."""
    count = 0
    for t in list(root.iter(_T)):
        text = t.text
        if not text or "/" not in text:  # every symbol has a slash: most runs stop here
            continue
        run = t.getparent()
        if run.tag != _R or run.getparent().tag != _P:
            continue  # already a link, or inside tracked changes (a redline's own business)
        if any(child.tag not in (_T, _RPR) for child in run) or len(run.findall(_T)) != 1:
            continue
        found = links_in(text)
        if found:
            _split(run, text, found, part)
            count += len(found)
    return count


def _split(run: etree._Element, text: str, found: list[tuple[int, int, str]], part: Part) -> None:
    rpr = run.find(w("rPr"))
    position = 0
    anchor = run
    for start, end, symbol in found:
        if start > position:
            anchor = _after(anchor, _run(rpr, text[position:start]))
        url = _data()["url"].format(symbol=symbol)
        relationship = part.relate_to(url, RT.HYPERLINK, is_external=True)
        link = etree.Element(w("hyperlink"), {_R_ID: relationship, w("history"): "1"})
        linked = _run(rpr, text[start:end])
        linked_rpr = linked.find(w("rPr"))
        if linked_rpr is None:
            linked_rpr = etree.Element(w("rPr"))
            linked.insert(0, linked_rpr)
        linked_rpr.insert(0, etree.Element(w("rStyle"), {W_VAL: "Hyperlink"}))
        link.append(linked)
        anchor = _after(anchor, link)
        position = end
    if position < len(text):
        _after(anchor, _run(rpr, text[position:]))
    run.getparent().remove(run)


def _after(anchor: etree._Element, element: etree._Element) -> etree._Element:
    anchor.addnext(element)
    return element


def _run(rpr: etree._Element | None, text: str) -> etree._Element:
    r = etree.Element(w("r"))
    if rpr is not None:
        r.append(deepcopy(rpr))
    t = etree.SubElement(r, w("t"))
    t.text = text
    if text != text.strip():
        t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    return r
