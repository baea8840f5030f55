"""Comments and tracked changes placed at character offsets of a written paragraph.

The exporter writes a paragraph's words as runs; a comment or a tracked change the
model keeps is an offset range in those words. :func:`split_at` finds (cutting a run
in two when needed) the place in the paragraph where an offset falls, counting the
characters Word shows (text, tabs, breaks; footnote marks count nothing), from the
first child that holds the words (after the label or lead tabs).
"""

from __future__ import annotations

from copy import deepcopy

from lxml import etree

from drafter.formats.docx.ooxml.xml import W_VAL, XML_SPACE, w

_T, _R, _RPR = w("t"), w("r"), w("rPr")
_ONE_CHARACTER = {w("tab"), w("br"), w("cr"), w("noBreakHyphen"), w("sym")}


def _length(element: etree._Element) -> int:
    total = 0
    for node in element.iter(_T, *_ONE_CHARACTER):
        total += len(node.text or "") if node.tag == _T else 1
    return total


def _splittable(run: etree._Element) -> bool:
    return run.tag == _R and all(child.tag in (_RPR, _T) or child.tag in _ONE_CHARACTER for child in run)


def _split_run(run: etree._Element, at: int) -> tuple[etree._Element, etree._Element]:
    """Two runs with the run's formatting: its first ``at`` characters, and the rest."""
    first, second = etree.Element(_R), etree.Element(_R)
    rpr = run.find(_RPR)
    if rpr is not None:
        first.append(deepcopy(rpr))
        second.append(deepcopy(rpr))
    seen = 0
    for child in run:
        if child.tag == _RPR:
            continue
        size = len(child.text or "") if child.tag == _T else 1
        if seen + size <= at:
            first.append(deepcopy(child))
        elif seen >= at:
            second.append(deepcopy(child))
        else:  # a w:t cut in two
            cut = at - seen
            for target, piece in ((first, child.text[:cut]), (second, child.text[cut:])):
                t = etree.SubElement(target, _T)
                t.text = piece
                t.set(XML_SPACE, "preserve")
        seen += size
    return first, second


def split_at(p: etree._Element, first: int, offset: int) -> int:
    """The index in ``p`` of the child before which character ``offset`` of the words falls."""
    position = 0
    index = first
    while index < len(p):
        child = p[index]
        size = _length(child)
        if position >= offset:
            return index
        if position + size > offset:
            if not _splittable(child):
                return index + 1  # inside a link or a field: the nearest boundary after it
            before, after = _split_run(child, offset - position)
            p.remove(child)
            p.insert(index, after)
            p.insert(index, before)
            return index + 1
        position += size
        index += 1
    return len(p)


def mark_comment(p: etree._Element, first: int, start: int, end: int, ident: int) -> None:
    at_end = split_at(p, first, end)
    p.insert(at_end, etree.Element(w("commentRangeEnd"), {w("id"): str(ident)}))
    reference = etree.Element(_R)
    etree.SubElement(etree.SubElement(reference, _RPR), w("rStyle"), {W_VAL: "CommentReference"})
    etree.SubElement(reference, w("commentReference"), {w("id"): str(ident)})
    p.insert(at_end + 1, reference)
    p.insert(split_at(p, first, start), etree.Element(w("commentRangeStart"), {w("id"): str(ident)}))


def mark_insertion(p: etree._Element, first: int, start: int, end: int, attributes: dict[str, str]) -> None:
    at_start = split_at(p, first, start)  # first: a cut at the end cannot move it
    at_end = split_at(p, first, end)
    wrapper = etree.Element(w("ins"), attributes)
    for child in list(p)[at_start:at_end]:
        wrapper.append(child)  # moves it
    p.insert(at_start, wrapper)


def mark_deletion(p: etree._Element, first: int, at: int, text: str, attributes: dict[str, str]) -> None:
    wrapper = etree.Element(w("del"), attributes)
    run = etree.SubElement(wrapper, _R)
    deleted = etree.SubElement(run, w("delText"))
    deleted.text = text
    deleted.set(XML_SPACE, "preserve")
    p.insert(split_at(p, first, at), wrapper)
