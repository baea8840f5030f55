"""Issue 12: every word of an official Word file is in Drafter's export of it, in order.

The words are read with a small lxml reader of this test's own (paragraph and
footnote text, ``w:t`` and tabs only), not with Drafter's reader, so a loss in the
reader and the same loss in the writer cannot hide each other. The masthead may move
into a header part, so header and footer parts count as text of the file too. The
same files must give no warning- or error-level diagnostic: they are official texts,
right by definition.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from lxml import etree

import drafter
from drafter.formats.docx.writer import export_docx
from support.corpus import CORPUS

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
OFFICIAL = sorted(CORPUS.glob("*.docx")) if CORPUS.is_dir() else []
_WORD = re.compile(r"\w+")


def _paragraph_words(data: bytes) -> list[list[str]]:
    """The words of each paragraph of a part (separator notes have none)."""
    root = etree.fromstring(data)
    out = []
    for paragraph in root.iter(f"{W}p"):
        note = next(paragraph.iterancestors(f"{W}footnote"), None)
        if note is not None and note.get(f"{W}type"):
            continue
        out.append(_WORD.findall(_text(paragraph).casefold()))
    return out


_CHARACTERS = {f"{W}tab": " ", f"{W}br": " ", f"{W}cr": " ", f"{W}noBreakHyphen": "-"}


def _text(paragraph: etree._Element) -> str:
    """What Word shows of a paragraph: text, tabs, breaks, non-breaking hyphens (deleted text not)."""
    pieces = []
    for element in paragraph.iter(f"{W}t", *_CHARACTERS):
        pieces.append(element.text or "" if element.tag == f"{W}t" else _CHARACTERS[element.tag])
    return "".join(pieces)


def paragraphs_of(path: Path) -> tuple[list[list[str]], list[list[str]], list[list[str]]]:
    """(body, footnote, header and footer) paragraphs of a .docx, each as its words."""
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        body = _paragraph_words(archive.read("word/document.xml"))
        notes = _paragraph_words(archive.read("word/footnotes.xml")) if "word/footnotes.xml" in names else []
        furniture = [
            words
            for name in names
            if re.fullmatch(r"word/(header|footer)\d*\.xml", name)
            for words in _paragraph_words(archive.read(name))
        ]
    return body, notes, furniture


def _flat(paragraphs: list[list[str]]) -> list[str]:
    return [word for words in paragraphs for word in words]


def words_of(path: Path) -> tuple[list[str], list[str], list[str]]:
    """(body words, footnote words, header and footer words) of a .docx."""
    body, notes, furniture = paragraphs_of(path)
    return _flat(body), _flat(notes), _flat(furniture)


def missing_in_order(original: list[str], exported: list[str]) -> list[str]:
    """Words of ``original`` not found, in order, in ``exported`` (a subsequence test)."""
    missing = []
    position = 0
    for word in original:
        found = _index(exported, word, position)
        if found < 0:
            missing.append(word)
        else:
            position = found + 1
    return missing


def _index(words: list[str], word: str, start: int) -> int:
    try:
        return words.index(word, start)
    except ValueError:
        return -1


@pytest.mark.parametrize("path", OFFICIAL, ids=lambda p: p.name)
def test_every_word_of_an_official_file_is_exported_in_order(path: Path, tmp_path: Path) -> None:
    out = tmp_path / "export.docx"
    export_docx(drafter.read(path), out)
    body_paragraphs, note_paragraphs, _ = paragraphs_of(path)
    body_out, notes_out, furniture_out = words_of(out)
    # A note typed by hand in the body ("* Acknowledging that …") may become a real
    # footnote: such a paragraph is looked for among the exported notes instead.
    exported_notes = {tuple(words) for words in paragraphs_of(out)[1]}
    body = _flat([words for words in body_paragraphs if tuple(words) not in exported_notes])
    notes = _flat(note_paragraphs)
    # Body words: in order in the exported body, or (the masthead) in its header parts.
    missing = [w for w in missing_in_order(body, body_out) if w not in furniture_out]
    assert missing == [], f"{path.name}: body words lost: {missing[:20]}"
    assert missing_in_order(notes, notes_out) == [], f"{path.name}: footnote words lost"
    assert len(notes_out) >= len(notes)


@pytest.mark.parametrize("path", OFFICIAL, ids=lambda p: p.name)
def test_official_files_give_no_warning_or_error(path: Path) -> None:
    found = [d for d in drafter.check(drafter.read(path)) if d.severity in ("warning", "error")]
    assert [(d.rule, d.paragraph) for d in found] == []


def test_the_words_reader_sees_what_it_should(tmp_path: Path) -> None:
    """The test's own reader finds words in body, notes and headers of an export."""
    resolution = drafter.parse_text(
        "The General Assembly,\n\n\tRecalling its resolution 70/1,1\n\n\t1.\tDecides to act.\n\n"
        "__________________\n1 Transforming our world.\n"
    )
    resolution.meta.symbol = "A/RES/99/1"
    out = tmp_path / "small.docx"
    export_docx(resolution, out)
    body, notes, furniture = words_of(out)
    assert missing_in_order(["recalling", "its", "resolution", "decides", "to", "act"], body) == []
    assert notes == ["transforming", "our", "world"]
    assert "res" in furniture
