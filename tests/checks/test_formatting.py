"""The formatting checks on resolutions built by hand: each rule fires where it should and only there.

No Word file is needed: a paragraph's ``italic_spans`` and a footnote mark's
``styled`` are what the Word reader fills in, so the rules are exercised directly,
including the promise to stay silent when the source carried no formatting.
"""

from __future__ import annotations

import pytest

from drafter.checks import CheckOptions
from drafter.checks.formatting import check
from drafter.core.diagnostics import rule_message
from drafter.core.model import (
    FootnoteRef,
    Metadata,
    Paragraph,
    ParagraphKind,
    Resolution,
    Span,
    assign_addresses,
)
from drafter.resources import load_json

OPTIONS = CheckOptions()


def _italic(text: str, *words: str) -> list[Span]:
    spans = []
    for word in words:
        start = text.index(word)
        spans.append(Span(start, start + len(word)))
    return spans


def _resolution(
    *paragraphs: Paragraph, language: str = "en", formula_italic: bool | None = True
) -> Resolution:
    resolution = Resolution(meta=Metadata(language=language), formula="The General Assembly,",
                            paragraphs=list(paragraphs), formula_italic=formula_italic)
    assign_addresses(resolution.paragraphs)
    return resolution


def _pp(text: str, *italic: str, spans: list[Span] | None = None) -> Paragraph:
    italic_spans = _italic(text, *italic) if spans is None else spans
    return Paragraph(ParagraphKind.PREAMBULAR, text, italic_spans=italic_spans)


def _op(text: str, *italic: str, **fields) -> Paragraph:
    spans = _italic(text, *italic)
    return Paragraph(ParagraphKind.OPERATIVE, text, italic_spans=spans, source_label="1", **fields)


def _rules(resolution: Resolution) -> list[tuple[str, str, str]]:
    out = []
    for d in check(resolution, OPTIONS):
        paragraph = resolution.find(d.paragraph)
        out.append((d.rule, d.paragraph, paragraph.text[d.start:d.end] if paragraph else ""))
    return out


def test_well_formatted_text_is_silent() -> None:
    resolution = _resolution(
        _pp("Recalling its resolution 71/1,", "Recalling"),
        _pp("Taking note of the report,", "Taking note"),
        _pp("Recognizing further the role of States,", "Recognizing", "further"),  # roman space between
        _pp("Expressing its appreciation to States,", "Expressing its appreciation"),
        _op("Decides to include in the provisional agenda of its next session the item;", "Decides"),
        _op("Notes with satisfaction the publication of the Global Ocean Science Report.",
            "Notes with satisfaction", "Global Ocean Science Report"),
    )
    assert check(resolution, OPTIONS) == []


def test_plain_text_sources_are_never_judged() -> None:
    resolution = _resolution(
        Paragraph(ParagraphKind.PREAMBULAR, "Recalling its resolution 71/1,"),
        Paragraph(ParagraphKind.OPERATIVE, "Decides to act.", source_label="1",
                  footnote_refs=[FootnoteRef(1, 6)]),
        formula_italic=None,
    )
    assert check(resolution, OPTIONS) == []


def test_opener_in_roman() -> None:
    resolution = _resolution(_pp("Recalling its resolution 71/1,"), _op("Decides to act.", "to act"))
    assert _rules(resolution) == [
        ("opener-not-italic", "PP1", "Recalling"),
        ("opener-not-italic", "OP1", "Decides"),
    ]


def test_opener_only_partly_italic() -> None:
    resolution = _resolution(_pp("Noting with concern the findings,", "Noting"))
    assert _rules(resolution) == [("opener-not-italic", "PP1", "Noting with concern")]


@pytest.mark.parametrize(
    ("text", "italic", "extra"),
    [
        ("Taking note of the report,", "Taking note of", "of"),
        ("Guided by the Charter,", "Guided by", "by"),
        ("Recalling its resolution 66/122 of 19 December 2011,", "Recalling its resolution 66/122 of 19",
         "its resolution 66/122 of 19"),
    ],
)
def test_italics_running_past_the_opener(text: str, italic: str, extra: str) -> None:
    assert _rules(_resolution(_pp(text, italic))) == [("italic-beyond-opener", "PP1", extra)]


def test_measured_extensions_may_stay_italic() -> None:
    resolution = _resolution(
        _pp("Noting with deep concern also the situation,", "Noting with deep concern also"),
        _op("Recalls its invitation to States;", "Recalls its invitation"),
    )
    assert check(resolution, OPTIONS) == []


def test_secondary_verbs_and_subparagraph_verbs_are_roman() -> None:
    sub = Paragraph(ParagraphKind.SUBPARAGRAPH, "To ensure access, and requests a report;", level=1,
                    italic_spans=_italic("To ensure access, and requests a report;", "requests"))
    resolution = _resolution(
        _pp("Welcoming the report, and noting the role of States,", "Welcoming", "noting"),
        _op("Decides to act:", "Decides"),
        sub,
    )
    assert _rules(resolution) == [
        ("italic-verb-in-paragraph", "PP1", "noting"),
        ("italic-verb-in-paragraph", "OP1(a)", "requests"),
    ]


def test_formula_in_roman() -> None:
    found = check(_resolution(_op("Decides to act.", "Decides"), formula_italic=False), OPTIONS)
    assert [(d.rule, d.paragraph) for d in found] == [("formula-not-italic", "FORMULA")]
    assert "The General Assembly" in found[0].message


def test_languages_without_italic_openers_are_skipped() -> None:
    resolution = _resolution(Paragraph(ParagraphKind.OPERATIVE, "请秘书长提交报告。", italic_spans=[],
                                       source_label="1"), language="zh")
    assert check(resolution, OPTIONS) == []


def test_mixed_numbering_reported_once_at_the_minority() -> None:
    resolution = _resolution(
        _op("Decides to act;", "Decides", auto_numbered=True),
        _op("Requests a report;", "Requests"),
        _op("Invites States to act.", "Invites"),
    )
    found = [d for d in check(resolution, OPTIONS) if d.rule == "numbering-mixed"]
    assert [(d.paragraph, d.severity.value) for d in found] == [("OP1", "warning")]


def test_footnote_marks_in_the_wrong_style() -> None:
    paragraph = _op("Decides to act.", "Decides",
                    footnote_refs=[FootnoteRef(1, 7, styled=True), FootnoteRef(2, 14, styled=False)])
    found = [d for d in check(_resolution(paragraph), OPTIONS)]
    assert [(d.rule, d.start, d.end) for d in found] == [("footnote-reference-style", 14, 14)]
    assert "2" in found[0].message


def test_reader_notes_become_info() -> None:
    resolution = _resolution(_op("Decides to act.", "Decides"))
    resolution.reader_notes = ["tracked changes were accepted", "an embedded object was skipped"]
    found = check(resolution, CheckOptions(ui_language="fr"))
    assert [(d.rule, d.severity.value, d.paragraph) for d in found] == [
        ("tracked-changes-accepted", "info", "DOC"), ("reader-note", "info", "DOC"),
    ]
    assert "modifications suivies" in found[0].message


def test_catalogue_shape_and_messages() -> None:
    catalogue = load_json("rules/formatting.json")
    assert catalogue["catalogue"] == "formatting"
    for rule in catalogue["rules"].values():
        assert rule["severity"] in ("error", "warning", "info")
        assert {"category", "message", "explanation", "source", "wrong", "right"} <= set(rule)
        assert rule["message"]["en"] and rule["message"]["fr"]
    assert rule_message("formatting", "opener-not-italic", "fr", opener="Rappelant") == (
        "Les premiers mots « Rappelant » devraient être en italique"
    )


def test_unknown_opener_in_roman_is_judged_on_its_first_word() -> None:
    # Invented openers, so that the test does not depend on the lexicon's contents.
    resolution = _resolution(_pp("Zealously vexed at the violence,"), _pp("Quaintly distressed,", "Quaintly"))
    assert _rules(resolution) == [("opener-not-italic", "PP1", "Zealously")]


def test_a_file_without_any_italics_is_reported_once() -> None:
    resolution = _resolution(
        _pp("Recalling its resolution 71/1,"), _op("Decides to act;"), _op("Requests a report.")
    )
    found = check(resolution, OPTIONS)
    assert [(d.rule, d.paragraph) for d in found] == [("no-italics", "PP1")]
    assert "3" in found[0].message


def test_french_openers_without_a_measured_scope() -> None:
    recalling = "Rappelant sa résolution 70/1 du 25 septembre 2015,"
    noting = "Prenant note avec satisfaction du rapport du Secrétaire général,"
    resolution = _resolution(
        _pp(recalling, "Rappelant"),
        _pp(noting, "Prenant note avec satisfaction"),
        _pp("Rappelant également sa résolution 70/2,", "Rappelant"),
        language="fr",
    )
    assert _rules(resolution) == [("opener-not-italic", "PP3", "Rappelant également")]
