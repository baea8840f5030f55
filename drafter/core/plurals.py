"""Which plural form a count takes in a language: CLDR's cardinal plural rules, as data.

"1 change, 2 changes" is English only: Russian has three forms for whole numbers (1, 21
"изменение"; 2, 22 "изменения"; 5, 11, 25 "изменений"), Arabic six, Chinese one. The
rules are copied verbatim from CLDR into ``resources/plurals/cardinal.json`` so that
they can be checked against their source and a language is added as data. Only the
part of the rule syntax that whole counts need is read: ``n``/``i`` (the count) and
``v``/``w``/``f``/``t``/``e``/``c`` (all 0 for a whole number), ``%``, ``=``, ``!=``,
ranges ``a..b``, lists ``a,b``, ``and``, ``or``.
"""

from __future__ import annotations

import re
from functools import cache

from drafter.errors import DrafterError
from drafter.resources import load_json, resources_dir

OTHER = "other"
RULES_FILE = "plurals/cardinal.json"
_RELATION = re.compile(r"^([niwvftec])\s*(?:%\s*(\d+)\s*)?(!=|=)\s*([\d.,\s]+)$")


def _path() -> str:
    return str(resources_dir() / RULES_FILE)


@cache
def _rules(language: str) -> dict[str, str]:
    table = load_json(RULES_FILE).get("languages", {})
    if language not in table:
        raise DrafterError(f"{_path()}: no plural rules for the language {language!r}")
    return dict(table[language])


def categories(language: str) -> tuple[str, ...]:
    """The plural forms of ``language`` in CLDR order, "other" last ("one", "few", "many", "other")."""
    return (*_rules(language), OTHER)


def category(language: str, count: int) -> str:
    """The CLDR plural category of the whole number ``count`` in ``language``."""
    for name, rule in _rules(language).items():
        if _holds(rule, count):
            return name
    return OTHER


def _holds(rule: str, count: int) -> bool:
    """Whether the CLDR ``rule`` selects ``count``: any of its "or" parts, all of that part's "and"s."""
    return any(all(_relation(part, count) for part in either.split(" and "))
               for either in rule.split(" or "))


def _relation(text: str, count: int) -> bool:
    found = _RELATION.match(text.strip())
    if found is None:
        raise DrafterError(f"{_path()}: cannot read the plural rule part {text.strip()!r}")
    operand, modulus, operator, ranges = found.groups()
    value = abs(count) if operand in "ni" else 0  # a whole number has no fraction digits, no exponent
    if modulus:
        value %= int(modulus)
    inside = any(_in_range(value, item) for item in ranges.split(","))
    return inside if operator == "=" else not inside


def _in_range(value: int, item: str) -> bool:
    low, _, high = item.strip().partition("..")
    if not low.isdigit() or (high and not high.isdigit()):
        raise DrafterError(f"{_path()}: cannot read the plural range {item.strip()!r}")
    return int(low) <= value <= int(high or low)
