"""``drafter rules`` lists the style catalogue, and docs/rules.md is its current rendering."""

from __future__ import annotations

import json

import pytest

from drafter.checks.style.catalogue import rules
from drafter.cli import main
from drafter.commands.rules import render_markdown
from support.corpus import REPO


def test_rules_for_french_list_id_category_severity_description(capsys) -> None:
    assert main(["rules", "--lang", "fr"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].split()[:4] == ["id", "category", "severity", "languages"]
    rows = {line.split()[0]: line for line in out[1:-1]}
    french = [rule for rule in rules() if rule.applies_to("fr")]
    assert set(rows) == {rule.id for rule in french}
    assert "spelling-ize" not in rows
    line = rows["fr-secretaire-general"]
    assert line.split()[1:3] == ["capitals", "error"]
    assert "Secrétaire général" in line
    assert out[-1].startswith(f"{len(french)} rules")


def test_json_format_carries_examples_and_evidence(capsys) -> None:
    assert main(["rules", "--lang", "es", "--format", "json"]) == 0
    entries = json.loads(capsys.readouterr().out)
    assert entries and all("es" in entry["languages"] for entry in entries)
    first = entries[0]
    assert {"id", "category", "severity", "description", "source", "wrong", "right", "fix"} <= set(first)


def test_french_descriptions_on_request(capsys) -> None:
    assert main(["rules", "--ui", "fr"]) == 0
    assert "Orthographe d’Oxford" in capsys.readouterr().out


def test_unknown_language_is_a_usage_error(capsys) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["rules", "--lang", "xx"])
    assert exit_.value.code == 2
    assert "invalid choice" in capsys.readouterr().err


def test_reference_page_is_up_to_date() -> None:
    page = (REPO / "docs" / "rules.md").read_text(encoding="utf-8")
    assert page == render_markdown(), "run: .venv/bin/python tools/build_rules_doc.py"


def test_reference_page_shows_every_rule() -> None:
    page = render_markdown()
    for rule in rules():
        assert f"| `{rule.id}` |" in page
