"""The citation rules on small texts: each rule, its message, its fix, and where it stays silent."""

from __future__ import annotations

from drafter.checks import CheckOptions, check
from drafter.core.diagnostics import Diagnostic, Severity
from drafter.core.model import ParagraphKind, assign_addresses
from support.builders import resolution_from_texts

ONLY = CheckOptions(families=("citations",))


def _found(*texts: str, language: str = "en", rule: str | None = None, preamble: int = 1) -> list[Diagnostic]:
    resolution = resolution_from_texts(*texts, language=language)
    for paragraph in resolution.paragraphs[:preamble]:
        paragraph.kind = ParagraphKind.PREAMBULAR
    assign_addresses(resolution.paragraphs)
    return [d for d in check(resolution, ONLY) if rule is None or d.rule == rule]


def test_wrong_date_has_the_index_date_as_fix_in_each_language() -> None:
    cases = [
        ("en", "Recalling its resolution 70/1 of 25 October 2015,", "25 September 2015"),
        ("fr", "Rappelant sa résolution 70/1 du 25 septembre 2016,", "25 septembre 2015"),
        ("es", "Recordando su resolución 70/1, de 24 de septiembre de 2015,", "25 de septiembre de 2015"),
        ("ru", "ссылаясь на свою резолюцию 70/1 от 25 октября 2015 года,", "25 сентября 2015 года"),
        ("zh", "回顾其2015年10月25日第70/1号决议，", "2015年9月25日"),
    ]
    for language, text, right in cases:
        (finding,) = _found(text, language=language, rule="citation-date")
        assert finding.severity is Severity.WARNING and finding.paragraph == "PP1"
        assert finding.fix is not None and finding.fix.replacement == right, language
        assert text[finding.start : finding.end] != right


def test_right_date_is_silent_and_the_message_is_french_for_a_french_interface() -> None:
    assert _found("Recalling its resolution 70/1 of 25 September 2015,", rule="citation-date") == []
    resolution = resolution_from_texts("Recalling its resolution 70/1 of 25 October 2015,")
    (finding,) = [d for d in check(resolution, CheckOptions(families=("citations",), ui_language="fr"))
                  if d.rule == "citation-date"]
    assert finding.message.startswith("La résolution 70/1 a été adoptée le 25 September 2015")


def test_misquoted_title_is_reported_a_partial_quote_is_not() -> None:
    misquoted = ("Recalling its resolution 70/1 of 25 September 2015, entitled “Transforming our world: "
                 "the 2030 Agenda for Sustainable Developments”,")
    (finding,) = _found(misquoted, rule="citation-title")
    assert "threshold 0.8" in finding.message
    assert finding.fix is not None
    assert finding.fix.replacement == "Transforming our world: the 2030 Agenda for Sustainable Development"
    partial = "Recalling its resolution 70/1 of 25 September 2015, entitled “Transforming our world”,"
    assert _found(partial, rule="citation-title") == []


def test_unknown_symbol_is_information_only() -> None:
    (finding,) = _found("Recalling its resolution 98/765 of 1 January 2044,", rule="citation-unknown")
    assert finding.severity is Severity.INFO


def test_first_mention_needs_its_date_later_mentions_do_not_repeat_it() -> None:
    found = _found(
        "Recalling its resolution 70/1 of 25 September 2015,",
        "Recalling also its resolution 70/1 and its resolution 66/122,",
        "Recalling further its resolution 70/1 of 25 September 2015,",
        preamble=3, rule="citation-first-mention",
    )
    assert [(d.paragraph, d.severity) for d in found] == [("PP2", Severity.WARNING), ("PP3", Severity.INFO)]
    assert found[0].fix is not None and found[0].fix.replacement == " of 19 December 2011"
    assert found[1].fix is not None and found[1].fix.replacement == ""


def test_a_list_item_sharing_the_date_of_the_next_is_not_undated() -> None:
    text = "Recalling its resolutions 67/139 and 67/143 of 20 December 2012,"
    assert _found(text, rule="citation-first-mention") == []


def test_other_bodies_resolutions_are_not_held_to_the_date_rule() -> None:
    text = "Recalling the decision of the Environment Assembly, in paragraph 6 of its resolution 2/10,"
    assert _found(text, rule="citation-first-mention") == []
    text = "Noting that the Economic and Social Council, in its resolution 2017/21, endorsed the plan,"
    assert _found(text, rule="citation-first-mention") == []


def test_security_council_list_items_each_need_a_year() -> None:
    text = ("Recalling Security Council resolutions 1267 (1999), 1989 (2011) and 2253, "
            "and resolution 1514 (XV),")
    found = _found(text, rule="citation-sc-year")
    assert [text[d.start : d.end] for d in found] == ["2253"]


def test_organ_mismatch() -> None:
    text = "Recalling Security Council resolution 70/1 of 25 September 2015,"
    (finding,) = _found(text, rule="citation-organ")
    assert finding.message == ("70/1 is a symbol of the General Assembly, cited as a resolution of the "
                               "Security Council")
    assert _found("Recalling General Assembly and Security Council resolutions 70/262 and 2282 (2016),",
                  rule="citation-organ") == []


def test_its_inside_a_draft_recommended_to_the_assembly_is_the_assemblys() -> None:
    from drafter.api import parse_text

    text = (
        "The Economic and Social Council,\n\nRecalling its resolution 2021/7 of 8 June 2021,\n\n"
        "1. Recommends to the General Assembly the adoption of the following draft resolution:\n\n"
        "The General Assembly,\n\nRecalling its resolution 70/1 of 25 October 2015,\n\n1. Decides to act."
    )
    found = [(d.rule, d.paragraph) for d in check(parse_text(text, language="en"), ONLY)]
    assert found == [("citation-date", "D1.PP1")]
