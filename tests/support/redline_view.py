"""A reader of Word tracked changes for the tests: "accept all" and "reject all" views.

Independent of the redline writer on purpose (it reads the XML the way Word
defines it), so that the round-trip tests prove the markup, not the writer's
own idea of it:

* accept all: drop ``w:del`` content, keep ``w:ins`` content, drop paragraphs whose
  mark is deleted (``w:pPr/w:rPr/w:del``);
* reject all: the reverse (``w:delText`` comes back, ``w:ins`` content and
  paragraphs with an inserted mark go);
* ``w:moveFrom``/``w:moveTo`` (which LibreOffice writes when it re-saves a
  deletion and an identical insertion nearby) count as deletion and insertion.

Footnotes: the notes whose reference survives in a view, in reference order,
each read in the same view.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from drafter.comparison.tokens import normalize as fold_typography

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_SPACE = re.compile(r"\s+")


@dataclass
class View:
    paragraphs: list[str]
    footnotes: list[str]


def _revision_of(element: etree._Element, stop: etree._Element) -> str | None:
    """'ins' or 'del' when the element sits inside a w:ins / w:del below ``stop``."""
    node = element.getparent()
    while node is not None and node is not stop:
        if node.tag in (W + "ins", W + "moveTo"):
            return "ins"
        if node.tag in (W + "del", W + "moveFrom"):
            return "del"
        node = node.getparent()
    return None


def _mark(paragraph: etree._Element) -> str | None:
    properties = paragraph.find(f"{W}pPr/{W}rPr")
    if properties is None:
        return None
    if properties.find(W + "del") is not None:
        return "del"
    if properties.find(W + "ins") is not None:
        return "ins"
    return None


def paragraph_view(paragraph: etree._Element, accept: bool) -> tuple[str, list[str]]:
    """The paragraph's text and the footnote ids it references, in one view."""
    dropped = "del" if accept else "ins"
    text: list[str] = []
    notes: list[str] = []
    tags = (W + "t", W + "delText", W + "tab", W + "br", W + "footnoteReference", W + "noBreakHyphen")
    for element in paragraph.iter(*tags):
        revision = _revision_of(element, paragraph)
        if revision == dropped:
            continue
        if element.tag == W + "delText":
            assert revision == "del", "w:delText outside w:del"
            text.append(element.text or "")
        elif element.tag == W + "t":
            text.append(element.text or "")
        elif element.tag == W + "footnoteReference":
            notes.append(element.get(W + "id"))
        elif element.tag == W + "noBreakHyphen":
            text.append("\u2011")
        else:
            text.append(" ")
    return "".join(text), notes


def normalize(text: str) -> str:
    """Whitespace collapsed and typographic variants folded (U+2011 and '-', curly and
    straight apostrophes, no-break spaces): the comparison deliberately treats them as
    the same character, so an unchanged word keeps the new text's spelling in both views."""
    return _SPACE.sub(" ", fold_typography(text)).strip()


# "5.", "(b)", "b)", a dash, or a section numeral ("IV", "B") before a heading's title
_LABEL = re.compile(r"^(\d+\.|\(?[a-z]{1,6}\)|[-–—•·]|[IVXLC]{1,7}|[A-Z])(?:\s+|$)")


def split_label(text: str) -> tuple[str | None, str]:
    """("5.", "Decides …") from a laid-out paragraph "5. Decides …" (literal labels).

    Text that merely starts with a capital letter and a space ("A culture …") would
    lose its first word here: the comparisons then fail, they cannot pass wrongly."""
    found = _LABEL.match(text)
    if found is None:
        return None, text
    return found.group(1), text[found.end():]


def read_view(path: str | Path, accept: bool) -> View:
    """The document as Word shows it after accepting (or rejecting) every revision.

    A paragraph whose mark goes away is joined to the next paragraph, as in Word.
    """
    with zipfile.ZipFile(path) as archive:
        body = etree.fromstring(archive.read("word/document.xml")).find(W + "body")
        names = archive.namelist()
        notes_root = (etree.fromstring(archive.read("word/footnotes.xml"))
                      if "word/footnotes.xml" in names else None)
    notes_by_id = {}
    if notes_root is not None:
        for note in notes_root.findall(W + "footnote"):
            notes_by_id[note.get(W + "id")] = note
    dropped_mark = "del" if accept else "ins"
    paragraphs: list[str] = []
    footnotes: list[str] = []
    carried = ""
    for paragraph in body.iter(W + "p"):
        text, refs = paragraph_view(paragraph, accept)
        for ref in refs:
            note = notes_by_id[ref]
            note_text = " ".join(paragraph_view(p, accept)[0] for p in note.iter(W + "p"))
            footnotes.append(normalize(note_text))
        if _mark(paragraph) == dropped_mark:
            carried += text
            continue
        paragraphs.append(normalize(carried + text))
        carried = ""
    return View(paragraphs, footnotes)


def revision_attributes(path: str | Path) -> list[dict[str, str]]:
    """Attributes of every w:ins / w:del in the body and footnotes."""
    found: list[dict[str, str]] = []
    with zipfile.ZipFile(path) as archive:
        for name in ("word/document.xml", "word/footnotes.xml"):
            if name not in archive.namelist():
                continue
            root = etree.fromstring(archive.read(name))
            for element in root.iter(W + "ins", W + "del"):
                found.append({key.replace(W, ""): value for key, value in element.attrib.items()})
    return found
