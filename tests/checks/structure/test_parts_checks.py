"""Structural checks hold within each part and nested draft."""

from __future__ import annotations

import drafter
from drafter.core.model import Metadata, Organ, Paragraph, ParagraphKind, Resolution, assign_addresses

K = ParagraphKind


def _resolution(organ: Organ, formula: str, *items: tuple) -> Resolution:
    paragraphs = [Paragraph(kind, text, source_label=label) for kind, text, label in items]
    assign_addresses(paragraphs)
    return Resolution(meta=Metadata(organ=organ), formula=formula, paragraphs=paragraphs)


def _found(resolution: Resolution) -> list[tuple[str, str]]:
    return [(d.paragraph, d.rule) for d in drafter.check(resolution) if d.source == "structure"]


def test_numbering_restarts_in_each_part_without_a_gap():
    resolution = _resolution(
        Organ.GA, "The General Assembly,",
        (K.PREAMBULAR, "Recalling its resolution 70/1,", None),
        (K.OPERATIVE, "Takes note of the report;", "1."),
        (K.OPERATIVE, "Requests a report;", "2."),
        (K.PART, "Margin", "A"),
        (K.PREAMBULAR, "Recalling its resolution 44/198,", None),
        (K.OPERATIVE, "Reaffirms the range;", "1."),
        (K.OPERATIVE, "Notes the margin;", "3."),
        (K.PART, "Miscellaneous", "B"),
        (K.OPERATIVE, "Welcomes the decision;", "1."),
        (K.OPERATIVE, "Decides to continue the project.", "2."),
    )
    found = _found(resolution)
    assert ("A.OP2", "operative-numbering-gap") in found
    assert [f for f in found if f[1] in ("operative-numbering-gap", "preamble-after-operative")] == [
        ("A.OP2", "operative-numbering-gap"),
    ]


def test_also_needs_the_plain_opener_in_the_same_part():
    resolution = _resolution(
        Organ.GA, "The General Assembly,",
        (K.PART, "First", "I"),
        (K.PREAMBULAR, "Recalling its resolution 70/1,", None),
        (K.PREAMBULAR, "Recalling also its resolution 71/1,", None),
        (K.OPERATIVE, "Takes note of the report;", None),
        (K.PART, "Second", "II"),
        (K.PREAMBULAR, "Recalling also its resolution 72/1,", None),
        (K.OPERATIVE, "Takes note of the report.", None),
    )
    sequencing = [a for a, rule in _found(resolution) if rule == "sequencing-order"]
    assert sequencing == ["II.PP1"]


def test_nested_draft_formula_is_checked_against_its_own_organ():
    items = (
        (K.CLAUSE, "Recommends to the General Assembly the adoption of the following draft:", None),
        (K.DRAFT_FORMULA, "The General Assembly", None),
        (K.PREAMBULAR, "Emphasizing the responsibility of the United Nations,", None),
        (K.OPERATIVE, "Welcomes the report;", "1."),
        (K.OPERATIVE, "Requests a report.", "2."),
    )
    resolution = _resolution(Organ.ECOSOC, "The Economic and Social Council", *items)
    found = _found(resolution)
    # The Council's own formula needs no comma (no preamble of its own); the draft's does.
    assert ("D1", "formula-punctuation") in found
    assert ("FORMULA", "formula-punctuation") not in found
    assert not [f for f in found if f[1] == "formula-organ-mismatch"]
    resolution.paragraphs[1].text = "The Security Council,"
    assert ("D1", "formula-organ-mismatch") not in _found(resolution)  # it names an organ
    resolution.paragraphs[1].text = "The Assembly of States Parties,"
    assert ("D1", "formula-organ-mismatch") in _found(resolution)


def test_french_draft_openers_agree_with_the_assembly_not_the_council():
    items = (
        (K.CLAUSE, "Recommande à l’Assemblée générale d’adopter le projet de résolution suivant :", None),
        (K.DRAFT_FORMULA, "L’Assemblée générale,", None),
        (K.PREAMBULAR, "Consciente de la responsabilité de l’Organisation,", None),
        (K.OPERATIVE, "Prend note du rapport.", None),
    )
    resolution = _resolution(Organ.ECOSOC, "Le Conseil économique et social", *items)
    resolution.meta.language = "fr"
    assert not [f for f in _found(resolution) if f[1] == "opener-agreement"]
    resolution.paragraphs[2].text = "Conscient de la responsabilité de l’Organisation,"
    assert ("D1.PP1", "opener-agreement") in _found(resolution)
