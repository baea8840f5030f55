"""docs/citation-rules.md is generated from the citation rule catalogue and kept in step."""

from __future__ import annotations

from drafter.commands.citation_rules import render_markdown
from drafter.resources import load_json
from support.corpus import REPO


def test_page_is_up_to_date() -> None:
    page = (REPO / "docs" / "citation-rules.md").read_text(encoding="utf-8")
    assert page == render_markdown(), "run tools/build_rules_doc.py"


def test_every_rule_is_on_the_page_with_the_title_threshold() -> None:
    page = render_markdown()
    for rule_id in load_json("rules/citations.json")["rules"]:
        assert f"`{rule_id}`" in page
    assert "at least 0.8" in page
