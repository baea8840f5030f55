"""Bad negotiation markup gives one clear diagnostic at its address; markup itself is no error."""

from __future__ import annotations

from drafter import checks
from drafter.api import parse_text

HEAD = "The General Assembly,\n\nNoting the report of the Secretary-General,\n\n"


def _found(body: str, language: str = "en") -> list[tuple[str, str]]:
    options = checks.CheckOptions(ui_language=language)
    return [(d.paragraph, d.rule) for d in checks.check(parse_text(HEAD + body), options)]


def test_well_formed_markup_gives_no_diagnostic() -> None:
    body = (
        "1. [Urges][Encourages] States to cooperate; (EU) (G77 and China: delete)\n\n"
        "1 bis. [Requests the Secretary-General to report;] (United States)\n\n"
        "2. Decides to remain seized of the matter. (agreed ad ref)\n"
    )
    assert _found(body) == []


def test_unbalanced_bracket_is_reported_at_its_paragraph() -> None:
    found = _found("1. Urges States [to cooperate;\n\n1 bis. Requests a report;\n\n"
                   "2. Decides to remain seized.\n")
    assert found == [("OP1", "negotiation-unbalanced-bracket")]


def test_alternatives_inside_alternatives_are_reported() -> None:
    found = _found("1. [Urges [all][the] States][Encourages States] to act; (EU)\n\n"
                   "2. Decides to remain seized.\n")
    assert ("OP1", "negotiation-nested-alternatives") in found


def test_a_bis_with_nothing_before_it_is_reported_in_french_too() -> None:
    body = "1 bis. Prie le Secrétaire général de faire rapport;\n\n"
    body += "1. Décide de rester saisie de la question.\n"
    text = "L’Assemblée générale,\n\nPrenant note du rapport,\n\n" + body
    diagnostics = checks.check(parse_text(text), checks.CheckOptions(ui_language="fr"))
    [orphan] = [d for d in diagnostics if d.rule == "negotiation-orphan-label"]
    assert orphan.paragraph == "OP0 bis"
    assert "sans paragraphe du dispositif" in orphan.message


def test_checks_run_on_each_alternative_at_the_alternative_address() -> None:
    body = (
        "1. Urges States to cooperate;\n\n1 alt. [Urges][Encouragez] States to cooperate; (EU)\n\n"
        "2. Decides to act.\n"
    )
    found = _found(body)
    assert ("OP1 alt", "operative-unknown-verb") in found
    assert all(rule != "placeholder-unfilled" for _, rule in found)


def test_an_alternative_to_the_last_paragraph_is_checked_as_the_last_paragraph() -> None:
    body = (
        "1. Urges States to cooperate;\n\n2. Decides to remain seized of the matter.\n\n"
        "2 alt. [Decides to conclude its consideration of the item.] (EU)\n"
    )
    assert _found(body) == []
    assert _found(body.replace("item.]", "item]")) == [("OP2 alt", "operative-last-full-stop")]


def test_a_proposed_last_paragraph_does_not_make_the_one_before_it_wrong() -> None:
    body = (
        "1. Urges States to cooperate;\n\n2. Decides to remain seized of the matter.\n\n"
        "2 bis. [Requests a report.] (EU)\n"
    )
    assert _found(body) == []
    assert _found(body.replace("report.]", "report;]")) == [("OP2 bis", "operative-last-full-stop")]
