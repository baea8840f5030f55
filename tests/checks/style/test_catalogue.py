"""The style catalogue, tested from itself: every rule's wrong examples fire it and its
right examples do not, every offered fix removes what it fixes, and every entry is
complete (messages in English and French with the same fields, evidence, examples).
"""

from __future__ import annotations

import re
import string

import pytest

from drafter.checks.style.catalogue import STYLE_LANGUAGES, example_language, raw_catalogue, rules
from drafter.checks.style.code_rules import CODE_RULES
from drafter.core.model import ParagraphKind
from support.style import apply_fix, document, style

ALL = rules()
WRONG = [(rule.id, example) for rule in ALL for example in rule.wrong]
RIGHT = [(rule.id, example) for rule in ALL for example in rule.right]


def _run(rule_id: str, example: str):
    rule = next(r for r in ALL if r.id == rule_id)
    language, text = example_language(example, rule)
    assert language in rule.languages, f"{rule_id}: example in {language}, rule for {rule.languages}"
    return text, style(document(text, language=language, kind=ParagraphKind.PREAMBULAR), rule=rule_id)


def test_catalogue_has_at_least_sixty_rules_across_the_categories() -> None:
    assert len(ALL) >= 60
    categories = {rule.category for rule in ALL}
    for needed in ("capitals", "names", "spelling", "numbers", "abbreviations", "references",
                   "dates", "quotes", "typography", "inclusive", "spanish"):
        assert needed in categories, needed
    for language in STYLE_LANGUAGES:
        assert sum(rule.applies_to(language) for rule in ALL) >= 15, language


@pytest.mark.parametrize(("rule_id", "example"), WRONG, ids=[f"{r}:{i}" for i, (r, _) in enumerate(WRONG)])
def test_wrong_example_fires(rule_id: str, example: str) -> None:
    text, found = _run(rule_id, example)
    assert found, f"{rule_id} silent on its wrong example {text!r}"
    for diagnostic in found:
        assert diagnostic.source == "style"
        assert 0 <= diagnostic.start <= diagnostic.end <= len(text)
        assert diagnostic.message and "{" not in diagnostic.message


@pytest.mark.parametrize(("rule_id", "example"), RIGHT, ids=[f"{r}:{i}" for i, (r, _) in enumerate(RIGHT)])
def test_right_example_is_silent(rule_id: str, example: str) -> None:
    text, found = _run(rule_id, example)
    assert not found, f"{rule_id} fires on its right example {text!r}: {[d.message for d in found]}"


FIXABLE = [(r, e) for r, e in WRONG if next(x for x in ALL if x.id == r).has_fix]


@pytest.mark.parametrize(
    ("rule_id", "example"), FIXABLE, ids=[f"{r}:{i}" for i, (r, _) in enumerate(FIXABLE)]
)
def test_fix_removes_the_finding(rule_id: str, example: str) -> None:
    rule = next(r for r in ALL if r.id == rule_id)
    language, text = example_language(example, rule)
    for _ in range(5):  # one fix at a time, as the editor applies them
        found = [d for d in style(document(text, language=language), rule=rule_id) if d.fix]
        if not found:
            break
        text = apply_fix(text, found[0])
    assert not style(document(text, language=language), rule=rule_id), text


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_every_entry_is_complete() -> None:
    entries = raw_catalogue()["rules"]
    for rule_id, entry in entries.items():
        assert re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", rule_id), rule_id
        assert entry["severity"] in ("error", "warning", "info"), rule_id
        assert set(entry["languages"]) <= set(STYLE_LANGUAGES), rule_id
        assert entry["message"]["en"] and entry["message"]["fr"], rule_id
        assert _fields(entry["message"]["en"]) == _fields(entry["message"]["fr"]), rule_id
        assert entry["title"]["en"] and entry["title"]["fr"], rule_id
        assert entry["explanation"] and entry["source"], rule_id
        assert entry["wrong"] and entry["right"], rule_id
        assert ("pattern" in entry) != ("code" in entry), f"{rule_id}: a pattern or code, not both"
        if "code" in entry:
            assert entry["code"] in CODE_RULES, rule_id


def test_unconfirmed_rules_are_never_errors() -> None:
    """drafting-rules.md tags [K] what no source confirmed: such a rule may not be an error."""
    for rule in ALL:
        if "[K" in rule.source:
            assert rule.severity.value != "error", rule.id


def test_messages_render_in_french() -> None:
    found = style(document("Calls upon member states to act;"), ui="fr", rule="member-states")
    assert found and "Écrire" in found[0].message
    assert found[0].fix is not None and "Remplacer" in found[0].fix.description
