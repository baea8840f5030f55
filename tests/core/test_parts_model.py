"""Parts and nested drafts in the model: addresses, printed names and numbers, JSON."""

from __future__ import annotations

from drafter.core import model_json
from drafter.core.labels import paragraph_labels
from drafter.core.model import Paragraph, ParagraphKind, Resolution, assign_addresses

K = ParagraphKind


def _paragraphs(*items: tuple[ParagraphKind, str] | tuple[ParagraphKind, str, str]) -> list[Paragraph]:
    paragraphs = [Paragraph(item[0], item[1], source_label=item[2] if len(item) > 2 else None)
                  for item in items]
    assign_addresses(paragraphs)
    return paragraphs


def test_one_part_texts_keep_todays_addresses():
    paragraphs = _paragraphs((K.PREAMBULAR, "Recalling,"), (K.OPERATIVE, "Decides;"),
                             (K.SUBPARAGRAPH, "one;"), (K.HEADING, "Title"), (K.OPERATIVE, "Requests."))
    assert [p.address for p in paragraphs] == ["PP1", "OP1", "OP1(a)", "H1", "OP2"]


def test_part_addresses_name_the_part_and_numbering_restarts():
    paragraphs = _paragraphs(
        (K.PREAMBULAR, "Recalling,"), (K.OPERATIVE, "Decides;"),
        (K.PART, "Base salary scale", "A"), (K.PREAMBULAR, "Recalling,"), (K.CLAUSE, "Approves;"),
        (K.PART, "Margin", "B"), (K.OPERATIVE, "Reaffirms;"), (K.OPERATIVE, "Notes;"),
        (K.SUBPARAGRAPH, "first;"), (K.HEADING, "A heading"),
    )
    assert [p.address for p in paragraphs] == [
        "PP1", "OP1", "A", "A.PP1", "A.C1", "B", "B.OP1", "B.OP2", "B.OP2(a)", "B.H1",
    ]


def test_roman_parts_and_nested_drafts():
    paragraphs = _paragraphs(
        (K.CLAUSE, "Recommends … the following draft resolution:"),
        (K.DRAFT_FORMULA, "The General Assembly,"),
        (K.PREAMBULAR, "Emphasizing,"), (K.OPERATIVE, "Welcomes;"), (K.OPERATIVE, "Requests;"),
        (K.PART, "First", "I"), (K.OPERATIVE, "Notes;"), (K.PART, "Second", "II"), (K.OPERATIVE, "Notes."),
    )
    assert [p.address for p in paragraphs] == [
        "C1", "D1", "D1.PP1", "D1.OP1", "D1.OP2", "D1.I", "D1.I.OP1", "D1.II", "D1.II.OP1",
    ]


def test_printed_names_and_numbers_restart_per_part_in_the_language():
    paragraphs = _paragraphs(
        (K.OPERATIVE, "a"), (K.OPERATIVE, "b"),
        (K.PART, "x", "I"), (K.OPERATIVE, "c"), (K.OPERATIVE, "d"),
        (K.PART, "y"), (K.OPERATIVE, "lone"),  # inserted by the drafter: named by its place
    )
    assert paragraph_labels(paragraphs, "en") == ["1.", "2.", "I", "1.", "2.", "II", None]
    assert paragraph_labels(paragraphs, "zh")[2::3] == ["一", "二"]
    assert paragraph_labels(paragraphs, "ar")[2] == "أولا"
    lettered = _paragraphs((K.PART, "x", "A"), (K.OPERATIVE, "a"), (K.PART, "y"), (K.OPERATIVE, "b"))
    assert paragraph_labels(lettered, "ar") == ["ألف", None, "باء", None]
    assert [p.address for p in lettered] == ["A", "A.OP1", "B", "B.OP1"]


def test_json_keeps_parts_and_drafts():
    resolution = Resolution(paragraphs=_paragraphs(
        (K.OPERATIVE, "a"), (K.PART, "Title", "I"), (K.OPERATIVE, "b"),
        (K.CLAUSE, "Recommends:"), (K.DRAFT_FORMULA, "The General Assembly,"), (K.OPERATIVE, "c"),
    ))
    back = model_json.loads(model_json.dumps(resolution))
    assert [(p.address, p.kind, p.source_label) for p in back.paragraphs] == [
        (p.address, p.kind, p.source_label) for p in resolution.paragraphs
    ]
    assert back.find("I.C1").text == "Recommends:" and back.find("D1.OP1").text == "c"
