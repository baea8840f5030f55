"""Negotiation markup in the model: brackets, alternatives, attributions, labels, renumbering."""

from __future__ import annotations

from drafter.api import parse_text
from drafter.core import model_json
from drafter.core.model import Paragraph, ParagraphKind, assign_addresses
from drafter.core.negotiation import analyse, resolve
from drafter.core.negotiation_state import (
    clean_addresses,
    is_negotiation_draft,
    negotiation_counts,
    renumbering_table,
    summary_line,
)

OP, PP = ParagraphKind.OPERATIVE, ParagraphKind.PREAMBULAR


def test_adjacent_brackets_are_one_group_of_alternatives() -> None:
    markup = analyse("[Urges][Encourages] States to act [promptly];")
    assert [len(g.options) for g in markup.groups] == [2, 1]
    assert len(markup.alternatives) == 1 and not markup.problems


def test_each_alternative_reads_as_plain_text() -> None:
    text = "[Urges] [Encourages] States to act[ promptly]; (EU)"
    assert resolve(text, 0).text == "Urges States to act promptly;"
    assert resolve(text, 1).text == "Encourages States to act promptly;"


def test_attributions_name_delegations_and_their_action() -> None:
    markup = analyse("Urges States; (G77 and China: delete) (United States, Japan: retain) (EU)")
    found = [(a.delegations, a.action) for a in markup.attributions]
    assert found == [
        (("Group of 77 and China",), "delete"),
        (("United States of America", "Japan"), "retain"),
        (("European Union",), "add"),
    ]


def test_an_abbreviation_after_its_name_is_not_an_attribution() -> None:
    text = "Welcomes the work of the Association of Southeast Asian Nations (ASEAN) and the (EU) summit;"
    assert analyse(text).attributions == []
    assert analyse("Urges States (Hungary, 2019) to act;").attributions == []


def test_brackets_inside_a_quoted_instrument_are_not_markup() -> None:
    markup = analyse("Recalling article 2, which reads “States [shall] cooperate”,")
    assert markup.groups == [] and markup.problems == []


def test_unbalanced_and_nested_alternatives_are_problems() -> None:
    assert [p.kind for p in analyse("[Urges States to act;").problems] == ["unbalanced-open"]
    assert [p.kind for p in analyse("Urges] States").problems] == ["unbalanced-close"]
    nested = analyse("[Urges [all][the] States][Encourages States]")
    assert [p.kind for p in nested.problems] == ["nested-alternatives"]


def _body(*items: tuple[ParagraphKind, str]) -> list[Paragraph]:
    paragraphs = [Paragraph(kind, "Text;", negotiation_label=label) for kind, label in items]
    assign_addresses(paragraphs)
    return paragraphs


LABELS = (
    (PP, ""), (PP, "bis"), (PP, ""), (OP, ""), (OP, "alt"), (OP, ""), (OP, "bis"), (OP, "ter"), (OP, ""),
)


def test_bis_and_alt_keep_the_number_before_them() -> None:
    body = _body(*LABELS)
    assert [p.address for p in body] == [
        "PP1", "PP1 bis", "PP2", "OP1", "OP1 alt", "OP2", "OP2 bis", "OP2 ter", "OP3",
    ]


def test_clean_numbering_is_derived_and_the_table_lists_what_moves() -> None:
    body = _body(*LABELS)
    assert clean_addresses(body) == ["PP1", "PP2", "PP3", "OP1", "OP1 alt", "OP2", "OP3", "OP4", "OP5"]
    assert renumbering_table(body) == [
        ("PP1 bis", "PP2"), ("PP2", "PP3"), ("OP2 bis", "OP3"), ("OP2 ter", "OP4"), ("OP3", "OP5"),
    ]
    assert [p.address for p in body][1] == "PP1 bis"  # nothing stored changed


def test_labels_compose_with_parts() -> None:
    body = [
        Paragraph(OP, "A;"), Paragraph(ParagraphKind.PART, "Title", source_label="A"),
        Paragraph(OP, "B;"), Paragraph(OP, "C;", negotiation_label="bis"),
        Paragraph(ParagraphKind.SUBPARAGRAPH, "d;", level=1),
    ]
    assign_addresses(body)
    assert [p.address for p in body] == ["OP1", "A", "A.OP1", "A.OP1 bis", "A.OP1 bis(a)"]


def test_negotiation_fields_are_saved() -> None:
    resolution = parse_text(
        "The General Assembly,\n\nNoting the report, (agreed ad ref)\n\n1. Urges States;\n\n"
        "1 bis. [Encourages States;] (EU)\n\n"
        "2. Decides to remain seized. (Facilitator's note: to be revisited)\n"
    )
    again = model_json.loads(model_json.dumps(resolution))
    assert [(p.address, p.negotiation_label, p.status, p.notes) for p in again.paragraphs] == [
        ("PP1", "", "agreed ad ref", []),
        ("OP1", "", "", []),
        ("OP1 bis", "bis", "", []),
        ("OP2", "", "", ["to be revisited"]),
    ]
    assert again.paragraphs[3].text == "Decides to remain seized."
    assert is_negotiation_draft(again)
    assert negotiation_counts(again) == {
        "brackets": 1, "alternatives": 0, "new_paragraphs": 1, "agreed": 1, "attributions": 1,
    }
    assert summary_line(again) == "1 open bracket in 1 paragraph; 1 agreed ad ref"


def test_a_template_with_placeholders_is_not_a_negotiation_draft() -> None:
    text = "The General Assembly,\n\nRecalling [its relevant resolutions],\n\n1. Decides [x];\n"
    resolution = parse_text(text)
    assert not is_negotiation_draft(resolution)


def test_attributions_inside_brackets_after_commas_and_with_others() -> None:
    markup = analyse("[Urges States (EU)] to act; (Mexico et al.) (US, delete)")
    assert [(a.delegations, a.action) for a in markup.attributions] == [
        (("European Union",), "add"), (("Mexico",), "add"), (("United States of America",), "delete"),
    ]


def test_a_status_is_found_among_the_attributions_after_it() -> None:
    resolution = parse_text("The General Assembly,\n\n1. Urges States; (agreed ad ref) (EU)\n\n2. Decides.\n")
    first = resolution.paragraphs[0]
    assert (first.text, first.status) == ("Urges States; (EU)", "agreed ad ref")


def test_a_label_on_its_own_line_joins_its_text() -> None:
    resolution = parse_text(
        "The General Assembly,\n\nPP1\n\nRecalling its resolution,\n\n"
        "PP1 bis\n\n[Noting the report,] (EU)\n\nOP1\n\nUrges States;\n\nOP2\n\nDecides to act.\n"
    )
    assert [(p.address, p.text) for p in resolution.paragraphs] == [
        ("PP1", "Recalling its resolution,"), ("PP1 bis", "[Noting the report,] (EU)"),
        ("OP1", "Urges States;"), ("OP2", "Decides to act."),
    ]
