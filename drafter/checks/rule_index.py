"""Every rule Drafter can report, from all the catalogues, for the views that explain rules.

The HTML report links each finding to its rule's explanation, and the editor's Help ▸
Drafting rules lists and searches them. Both read the same catalogues the checks use
(``resources/rules/<catalogue>.json``, the source of ``docs/rules.md`` too), so an
explanation is written once, next to the rule. Style rules have a short title; the other
catalogues have a message with blanks, shown with "…" in place of each blank.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from drafter.resources import load_json, resources_dir

_BLANK = re.compile(r"\{[a-z_]+\}")


@dataclass(frozen=True)
class RuleInfo:
    id: str
    catalogue: str  # structure, formatting, style, placeholders
    severity: str
    category: str
    titles: dict[str, str]  # interface language -> one-line description
    explanation: str
    source: str
    wrong: tuple[str, ...]
    right: tuple[str, ...]
    languages: tuple[str, ...]  # the text languages it applies to; empty: all

    def title(self, ui: str = "en") -> str:
        return self.titles.get(ui) or self.titles.get("en", self.id)

    def searchable(self, ui: str = "en") -> str:
        """All of the rule's words, lower case, for a search box."""
        return " ".join([self.id, self.category, self.title(ui), self.explanation, *self.wrong,
                         *self.right]).lower()


def _titles(entry: dict) -> dict[str, str]:
    if "title" in entry:
        return dict(entry["title"])
    return {language: _BLANK.sub("…", text) for language, text in entry.get("message", {}).items()}


@cache
def all_rules() -> dict[str, RuleInfo]:
    """Rule id -> its entry, catalogue by catalogue in file-name order."""
    found: dict[str, RuleInfo] = {}
    for path in sorted((resources_dir() / "rules").glob("*.json")):
        rules = load_json(f"rules/{path.name}").get("rules")
        if not isinstance(rules, dict):  # data files beside the catalogues (style_terms.json)
            continue
        for rule_id, entry in rules.items():
            found[rule_id] = RuleInfo(
                id=rule_id, catalogue=path.stem, severity=entry.get("severity", ""),
                category=entry.get("category", ""), titles=_titles(entry),
                explanation=entry.get("explanation", ""), source=entry.get("source", ""),
                wrong=tuple(entry.get("wrong", ())), right=tuple(entry.get("right", ())),
                languages=tuple(entry.get("languages", ())),
            )
    return found
