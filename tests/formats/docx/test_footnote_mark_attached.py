"""A footnote mark never wraps away from its word in Word: the reference run follows the word's run
with nothing between them (no space, no empty run), so Word has no break opportunity there."""

from __future__ import annotations

import zipfile

from lxml import etree

from drafter.core.model import (
    Footnote,
    FootnoteRef,
    Metadata,
    Paragraph,
    ParagraphKind,
    Resolution,
    assign_addresses,
)
from drafter.formats.docx.writer import export_docx

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def test_every_reference_run_is_attached_to_the_word_before_it(tmp_path) -> None:
    long_line = "Requests the Secretary-General to report on the implementation of the present resolution"
    paragraphs = [Paragraph(ParagraphKind.PREAMBULAR, "Recalling its resolution 75/1,",
                            footnote_refs=[FootnoteRef(1, 29)]),
                  Paragraph(ParagraphKind.OPERATIVE, long_line + ";",
                            footnote_refs=[FootnoteRef(2, len(long_line) + 1)])]
    assign_addresses(paragraphs)
    resolution = Resolution(meta=Metadata(symbol="A/80/L.1"), formula="The General Assembly,",
                            paragraphs=paragraphs, footnotes=[Footnote(1, "A/75/1."), Footnote(2, "A/80/2.")])
    target = tmp_path / "out.docx"
    export_docx(resolution, target)
    body = etree.fromstring(zipfile.ZipFile(target).read("word/document.xml"))
    references = list(body.iter(f"{W}footnoteReference"))
    assert len(references) == 2
    for reference in references:
        run = reference.getparent()
        before = run.getprevious()
        text = "".join(t.text or "" for t in before.iter(f"{W}t"))
        assert text and not text[-1].isspace(), text
        assert before.find(f"{W}tab") is None and before.find(f"{W}br") is None
