"""A style rule can be silenced at the three levels the runner offers: off everywhere
(user settings), off for one document (stored with it), or one occurrence ignored.
"""

from __future__ import annotations

from drafter.checks import occurrence_key
from drafter.core.model_json import dumps, loads
from support.style import checked, document

TEXT = "Requests the Secretary General to cooperate with member states;"


def _rules(found) -> list[str]:
    return sorted(d.rule for d in found)


def test_both_slips_are_reported_by_default() -> None:
    assert _rules(checked(document(TEXT))) == ["member-states", "secretary-general"]


def test_rule_off_everywhere() -> None:
    found = checked(document(TEXT), disabled_rules={"member-states"})
    assert _rules(found) == ["secretary-general"]


def test_rule_off_for_one_document_only() -> None:
    silenced = document(TEXT)
    silenced.meta.disabled_rules.append("secretary-general")
    assert _rules(checked(silenced)) == ["member-states"]
    assert _rules(checked(document(TEXT))) == ["member-states", "secretary-general"]


def test_document_setting_survives_saving() -> None:
    silenced = document(TEXT)
    silenced.meta.disabled_rules.append("secretary-general")
    reopened = loads(dumps(silenced))
    assert _rules(checked(reopened)) == ["member-states"]


def test_one_occurrence_ignored_leaves_the_others() -> None:
    resolution = document(TEXT, "Invites member states to report;")
    first = next(d for d in checked(resolution) if d.rule == "member-states" and d.paragraph == "OP1")
    resolution.ignored.append(occurrence_key(first, resolution))
    remaining = [(d.rule, d.paragraph) for d in checked(resolution)]
    assert ("member-states", "OP1") not in remaining
    assert ("member-states", "OP2") in remaining
    assert ("secretary-general", "OP1") in remaining


def test_ignored_occurrence_comes_back_when_the_words_change() -> None:
    resolution = document(TEXT)
    first = next(d for d in checked(resolution) if d.rule == "member-states")
    resolution.ignored.append(occurrence_key(first, resolution))
    resolution.paragraphs[0].text = TEXT.replace("member states", "Member states")
    assert "member-states" in _rules(checked(resolution))
