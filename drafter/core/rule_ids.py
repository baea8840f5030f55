"""Every rule id a user may switch off: the catalogues' ids, LanguageTool's and spelling.

The Settings dialog checks the ids typed into "Disabled rules" against this, so a
typo is caught where it is typed rather than silently switching nothing off.
LanguageTool ids cannot be listed offline: any "lt:" followed by an id in
LanguageTool's form (capitals, digits, underscores) is accepted.
"""

from __future__ import annotations

import re
from functools import cache

from drafter.resources import load_json

CATALOGUES = ("structure", "formatting", "placeholders", "parallel", "style")
OTHER_IDS = frozenset({"spelling"})
_LANGUAGETOOL_ID = re.compile(r"lt:[A-Z][A-Z0-9_]*(?:\[\d+\])?")


@cache
def catalogue_rule_ids() -> frozenset[str]:
    """The ids of every rule in ``resources/rules/*.json``."""
    found: set[str] = set()
    for name in CATALOGUES:
        rules = load_json(f"rules/{name}.json")["rules"]
        found.update(rules)  # each catalogue maps id -> rule
    return frozenset(found)


def is_known_rule(rule: str) -> bool:
    """A rule id Drafter may report (so switching it off means something)."""
    return rule in catalogue_rule_ids() or rule in OTHER_IDS or bool(_LANGUAGETOOL_ID.fullmatch(rule))
