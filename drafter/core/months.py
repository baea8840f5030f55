"""Month names of the six languages, from one source (resources/languages/<lang>.json).

Three readers need them: the citation patterns (to read and write "25 September 2015"),
the AKN date reader (cover lines) and the parallel-version facts (to compare dates across
languages). They used to keep three copies that drifted apart; this module is the one
place they read. ``months`` is the written form, one per month ("كانون الأول/ديسمبر",
"декабря", "12" for Chinese); ``month_forms`` are other forms of running text ("декабре",
"setiembre", "يونيو"), each with its month's number.
"""

from __future__ import annotations

from functools import cache

from drafter.core.lexicon import language_settings


def written_months(language: str) -> list[str]:
    """The twelve months as the language writes them in a date, January first."""
    return list(language_settings(language).get("months") or [])


@cache
def month_numbers(language: str) -> dict[str, int]:
    """Every form of a month name, case-folded, with its month's number (1-12): the written
    form, each side of an Arabic "Levantine/Egyptian" pair, and the other forms."""
    settings = language_settings(language)
    numbers: dict[str, int] = {}
    for number, name in enumerate(settings.get("months") or [], start=1):
        numbers[name.casefold()] = number
        for part in name.split("/"):
            numbers[part.strip().casefold()] = number
    numbers.update({name.casefold(): number for name, number in (settings.get("month_forms") or {}).items()})
    return numbers
