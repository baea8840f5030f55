"""Export -> read keeps parts and nested drafts, from the visible Word text alone."""

from __future__ import annotations

import docx

import drafter
from drafter.core.model import Metadata, Paragraph, ParagraphKind, Resolution, assign_addresses
from drafter.formats.docx.reader import read_docx

K = ParagraphKind
# An omnibus text as a drafter builds it in the editor: parts named by their place.
OMNIBUS = [
    (K.PREAMBULAR, "Recalling its resolution 70/1,"),
    (K.OPERATIVE, "Takes note of the report;"),
    (K.OPERATIVE, "Requests the Secretary-General to report;"),
    (K.PART, "Revised estimates for the new office"),
    (K.PREAMBULAR, "Having considered the report of the Secretary-General,"),
    (K.OPERATIVE, "Approves the estimates;"),
    (K.OPERATIVE, "Appropriates an amount of 100,000 dollars;"),
    (K.PART, "Standards of accommodation for air travel"),
    (K.OPERATIVE, "Takes note of the report;"),
    (K.OPERATIVE, "Decides to keep the question under review;"),
    (K.PART, "Contingency fund"),
    (K.CLAUSE, "Notes that a balance of 1,000 dollars remains in the contingency fund."),
]

RECOMMENDS = """\
The Economic and Social Council

Recommends to the General Assembly the adoption of the following draft resolution:

The General Assembly,

Emphasizing the responsibility of the United Nations in crime prevention,

1. Welcomes the report of the Congress;

2. Requests the Secretary-General to report at its next session.
"""


def _shape(resolution) -> list[tuple[str, str, str]]:
    return [(p.address, p.kind.value, p.text) for p in resolution.paragraphs]


def test_omnibus_parts_survive_export_and_read(tmp_path):
    paragraphs = [Paragraph(kind, text) for kind, text in OMNIBUS]
    assign_addresses(paragraphs)
    resolution = Resolution(meta=Metadata(symbol="A/C.5/80/L.9", title="Special subjects"),
                            formula="The General Assembly,", paragraphs=paragraphs)
    assert [p.address for p in resolution.paragraphs if p.kind is ParagraphKind.PART] == ["A", "B", "C"]
    path = tmp_path / "omnibus.docx"
    drafter.export_docx(resolution, path)
    texts = [p.text for p in docx.Document(str(path)).paragraphs]
    assert "\t\tA\nRevised estimates for the new office" in texts  # name, then title, as UN files
    back = read_docx(path)  # the visible text only, not Drafter's embedded copy
    assert _shape(back) == _shape(resolution)
    assert back.find("B.OP2").source_label == "2."
    assert not [d for d in drafter.check(back) if d.rule == "operative-numbering-gap"]
    assert _shape(drafter.read(path)) == _shape(resolution)


def test_nested_draft_survives_export_and_read(tmp_path):
    resolution = drafter.parse_text(RECOMMENDS, language="en")
    assert [p.address for p in resolution.paragraphs] == ["C1", "D1", "D1.PP1", "D1.OP1", "D1.OP2"]
    path = tmp_path / "recommends.docx"
    drafter.export_docx(resolution, path)
    back = read_docx(path)
    assert _shape(back) == _shape(resolution)
    assert back.formula == "The Economic and Social Council"
