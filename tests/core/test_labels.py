"""One source for printed numbers and labels: editor, Word export and redline agree."""

from __future__ import annotations

import drafter
from drafter.core.labels import LabelStyle, paragraph_labels, printed_labels
from drafter.core.model import Paragraph, ParagraphKind, Resolution, assign_addresses

K = ParagraphKind


def test_labels_follow_the_language_style() -> None:
    items = [("operative", 0, None), ("subparagraph", 1, None), ("subparagraph", 2, None),
             ("subparagraph", 1, None), ("heading", 0, "II"), ("operative", 0, None)]
    assert printed_labels(items, LabelStyle.for_language("en")) == ["1.", "(a)", "(i)", "(b)", None, "2."]
    assert printed_labels(items, LabelStyle.for_language("fr")) == ["1.", "a)", "i)", "b)", None, "2."]
    assert printed_labels(items, LabelStyle.for_language("ar"))[1] == "(أ)"


def test_dash_items_keep_their_dash() -> None:
    items = [("preambular", 0, None), ("preambular_item", 1, "-"),
             ("operative", 0, None), ("operative", 0, None)]
    assert printed_labels(items, LabelStyle()) == [None, "-", "1.", "2."]


def _one_operative() -> Resolution:
    paragraphs = [Paragraph(K.PREAMBULAR, "Recalling its resolution 70/1 of 25 September 2015,"),
                  Paragraph(K.OPERATIVE, "Decides to remain seized of the matter.")]
    assign_addresses(paragraphs)
    return Resolution(formula="The General Assembly,", paragraphs=paragraphs)


def test_a_lone_operative_paragraph_is_not_numbered_in_the_editor_or_in_word(tmp_path) -> None:
    resolution = _one_operative()
    assert paragraph_labels(resolution.paragraphs, "en") == [None, None]
    path = tmp_path / "one.docx"
    drafter.export_docx(resolution, path)
    again = drafter.read(path)
    assert [p.text for p in again.paragraphs] == [p.text for p in resolution.paragraphs]
    assert "operative-single-numbered" not in {d.rule for d in drafter.check(again)}
