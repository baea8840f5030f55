"""The structure rule catalogue and the code agree, and every entry is complete.

Rule ids are read from the code itself (every kebab-case string literal of the
structure modules), so a rule added in code without its catalogue entry, or an entry
left behind after a rule was removed, fails here.
"""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest

import drafter.checks as checks_package
from drafter.core.diagnostics import Severity
from drafter.resources import load_json

CATALOGUE = load_json("rules/structure.json")
RULES = CATALOGUE["rules"]
RULE_ID = re.compile(r"^[a-z]+(?:-[a-z0-9]+)+$")


def rule_ids_in_code() -> set[str]:
    """Every kebab-case string literal of the structure modules (docstrings aside): rule ids."""
    found: set[str] = set()
    folder = Path(checks_package.__file__).parent
    for path in (folder / "structure").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and RULE_ID.match(node.value):
                found.add(node.value)
    return found


def placeholders(template: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(template) if field}


def test_code_and_catalogue_name_the_same_rules() -> None:
    in_code = rule_ids_in_code()
    assert len(in_code) >= 20
    assert in_code - set(RULES) == set(), "rules used in code but missing from structure.json"
    assert set(RULES) - in_code == set(), "catalogue entries no code reports"


@pytest.mark.parametrize("rule", sorted(RULES))
def test_catalogue_entry_is_complete(rule: str) -> None:
    entry = RULES[rule]
    assert RULE_ID.match(rule)
    Severity(entry["severity"])
    assert entry["category"]
    assert entry["explanation"].strip()
    assert "drafting-rules.md" in entry["source"]
    assert entry["wrong"] and entry["right"]
    english, french = entry["message"]["en"], entry["message"]["fr"]
    assert english.strip() and french.strip() and english != french
    # Both languages use the same values, so one call renders either.
    assert placeholders(english) == placeholders(french)
    values = dict.fromkeys(placeholders(english), "X")
    assert "{" not in english.format(**values) and "{" not in french.format(**values)


def test_catalogue_data_is_per_language() -> None:
    data = CATALOGUE["data"]
    for language in ("en", "fr", "es", "ru", "ar", "zh"):
        reserved = data["reserved"][language]
        assert reserved["demands"] and reserved["decides"] and reserved["chapter_vii"] and reserved["acting"]
    for section in ("reserved", "sequencing", "agreement", "labels", "opener_retries", "space_before"):
        assert data[section]["_source"], section
    for fragment in CATALOGUE["fragments"].values():
        assert set(fragment) >= {"en", "fr"}


def test_severities_follow_the_precision_policy() -> None:
    """Lexicons are incomplete: an unknown opener may only warn; wrong marks and numbers are errors."""
    assert RULES["preamble-unknown-opener"]["severity"] == "warning"
    assert RULES["operative-unknown-verb"]["severity"] == "warning"
    for rule in ("preamble-final-comma", "operative-final-semicolon", "operative-last-full-stop",
                 "operative-numbering-gap", "subparagraph-label-sequence", "lead-in-colon"):
        assert RULES[rule]["severity"] == "error", rule
