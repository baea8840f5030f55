"""Fix labels name their replacement once quoted: never ““progress””."""

from __future__ import annotations

from drafter.checks.style.catalogue import fix_label
from drafter.core.fix_labels import fill_fix_label


def test_a_quoted_replacement_keeps_its_own_marks_only() -> None:
    assert fix_label("en", "“progress”") == "Replace with “progress”"
    assert fix_label("fr", "« progrès »") == "Remplacer par « progrès »"
    assert fix_label("en", "progress") == "Replace with “progress”"


def test_other_templates_and_single_quote_characters() -> None:
    assert fill_fix_label("Replace by “{replacement}”", "”") == "Replace by “””"
    assert fill_fix_label("Replace by “{replacement}”", "'s") == "Replace by “'s”"
