"""Dates as UN texts write them -> ISO dates, for FRBR identifiers and ``docDate/@date``.

The month names per language are data (``resources/languages/<lang>.json``, read through
:mod:`drafter.core.months`). Cover lines of
Arabic, Chinese and Russian texts often carry an English issue date, so every
language's months are tried.
"""

from __future__ import annotations

import datetime
import re
from functools import cache

from drafter.core.lexicon import LANGUAGES
from drafter.core.months import month_numbers

_SPACE = r"[\s\u00a0\u202f]+"
_CHINESE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")


@cache
def _months() -> dict[str, int]:
    """Every language's month names, but Chinese (whose months are figures: 9月)."""
    names: dict[str, int] = {}
    for language in LANGUAGES:
        if language != "zh":
            names.update(month_numbers(language))
    return names


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    month = "|".join(sorted((re.escape(name) for name in _months()), key=len, reverse=True))
    day_first = re.compile(
        rf"(\d{{1,2}})(?:er|º)?{_SPACE}(?:de{_SPACE})?({month}){_SPACE}(?:de{_SPACE})?(\d{{4}})",
        re.IGNORECASE,
    )
    month_first = re.compile(rf"({month}){_SPACE}(\d{{1,2}}),?{_SPACE}(\d{{4}})", re.IGNORECASE)
    return day_first, month_first


def _date(year: str, month: int, day: str) -> datetime.date | None:
    try:
        return datetime.date(int(year), month, int(day))
    except ValueError:
        return None


def parse_date(text: str) -> datetime.date | None:
    """The first date written in ``text`` ("9 December 2021", "1er septembre 2023",
    "2020年12月10日", "10 كانون الأول/ديسمبر 2020"), or None."""
    found = _CHINESE.search(text)
    if found:
        return _date(found.group(1), int(found.group(2)), found.group(3))
    day_first, month_first = _patterns()
    found = day_first.search(text)
    if found:
        return _date(found.group(3), _months()[found.group(2).casefold()], found.group(1))
    found = month_first.search(text)
    if found:
        return _date(found.group(3), _months()[found.group(1).casefold()], found.group(2))
    return None
