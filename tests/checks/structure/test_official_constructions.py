"""Constructions of official texts that the checks must not report (issue 13).

Each was an error-level diagnostic on official resolutions of shared/train: a colon
that introduces a table or a quoted text, a resolution whose only operative sentence
is unnumbered, a Russian or Chinese text with no preamble whose formula has no comma,
and openers the lexicon does not list. Their near misses still fire.
"""

from __future__ import annotations

import pytest

from drafter.api import check, parse_text
from drafter.core.diagnostics import Severity

TABLE_AND_QUOTE = """The General Assembly,

Recalling its resolution 70/1,

Gravely disturbed by the violence,

1. Greets the efforts of the Organization;

2. Approves the changes shown in the table below:

A. Pension administration

Action \t Post \t Level

New \t Chief \t P-5

3. Amends rule 1 to read as follows:

The Assembly shall meet every year.

4. Decides to remain seized of the matter.
"""


def _rules(text: str, language: str) -> list[tuple[str, str]]:
    return [(d.rule, d.paragraph) for d in check(parse_text(text, language=language))
            if d.rule != "citation-first-mention"]


def test_colon_before_a_table_or_quoted_text_and_unlisted_openers_give_nothing() -> None:
    assert _rules(TABLE_AND_QUOTE, "en") == []


def test_colon_before_another_operative_paragraph_is_still_reported() -> None:
    """Items missing or a slip for ";": the text cannot tell which, so a warning with the fix."""
    inserted = "Requests the Secretary-General to report:\n\n5. Decides to remain"
    text = TABLE_AND_QUOTE.replace("Decides to remain", inserted)
    diagnostics = check(parse_text(text, language="en"))
    [wrong] = [d for d in diagnostics if d.rule == "lead-in-without-items"]
    assert (wrong.paragraph, wrong.severity) == ("OP4", Severity.WARNING)
    assert wrong.fix is not None and wrong.fix.replacement == ";"
    assert not [d for d in diagnostics if d.rule == "operative-final-semicolon"]


def test_numbered_clauses_after_a_lead_in_are_not_verb_led() -> None:
    """GA Fifth Committee texts with no preamble: "Resolves that:" then numbered clauses."""
    text = (
        "The General Assembly\n\nResolves that:\n\n"
        "1. The Working Capital Fund shall be established for the year 2021;\n\n"
        "2. Member States shall make advances to the Working Capital Fund.\n"
    )
    assert _rules(text, "en") == []
    plain = text.replace("Resolves that:\n\n", "Recalling its resolution 74/1,\n\n")
    assert ("operative-unknown-verb", "OP1") in _rules(plain, "en")


def test_nonsense_opener_still_warns() -> None:
    text = TABLE_AND_QUOTE.replace("Greets the efforts", "Request the efforts")
    assert ("operative-unknown-verb", "OP1") in _rules(text, "en")


@pytest.mark.parametrize("last", [
    "Appoints Mr. António Guterres Secretary-General for a second term of office.\n",
    "Approves the report of the Credentials Committee.1\n\n__________________\n\n1 A/75/606.\n",
])
def test_unnumbered_last_sentence_is_the_operative_clause(last: str) -> None:
    text = "The General Assembly,\n\nRecalling its resolution 70/1,\n\n" + last
    resolution = parse_text(text, language="en")
    kinds = [(p.address, p.kind.value) for p in resolution.paragraphs]
    assert kinds == [("PP1", "preambular"), ("C1", "clause")]
    assert _rules(text, "en") == []


def test_russian_formula_without_comma_before_the_operative_part() -> None:
    text = ("Генеральная Ассамблея\n\n1. уполномочивает Генерального секретаря принять обязательства;\n\n"
            "2. постановляет продолжить рассмотрение этого вопроса.\n")
    resolution = parse_text(text, language="ru")
    assert resolution.formula == "Генеральная Ассамблея"
    assert resolution.counts()["operative"] == 2
    assert _rules(text, "ru") == []


def test_chinese_formula_without_comma_before_the_operative_part() -> None:
    text = "大会\n\n1. 授权秘书长承付款项；\n\n2. 决定继续审议这个问题。\n"
    assert parse_text(text, language="zh").formula == "大会"
