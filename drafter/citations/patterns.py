"""Per-language citation shapes, compiled once from ``resources/citations/patterns.json``.

The data says how a language writes "resolution 70/1 of 25 September 2015"; this
module only assembles the regular expressions and converts dates both ways, so a
new language or a new date form is a data change. How the number itself ("70/1",
"2231 (2015)") is written is the same in every language: :mod:`.symbols`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from drafter.core.months import written_months
from drafter.resources import load_json

ORGANS = ("GA", "SC", "ECOSOC", "HRC")

TITLE = (
    r"(?:“(?P<t1>[^”“]{1,600})”|«\s*(?P<t2>[^»]{1,600}?)\s*»|\"(?P<t3>[^\"]{1,600})\""
    r"|”(?P<t4>[^“”]{1,600})“)"
)


@dataclass(frozen=True)
class LanguagePatterns:
    code: str
    data: dict
    date: re.Pattern[str]  # a bare date, groups day/month/year


def _alternatives(phrases: list[str]) -> str:
    ordered = sorted(phrases, key=len, reverse=True)
    return "|".join(re.escape(p) for p in ordered)


@cache
def language(code: str) -> LanguagePatterns:
    """The patterns of ``code``; languages without data fall back to English."""
    table = load_json("citations/patterns.json")["languages"]
    data = table.get(code) or table["en"]
    code = code if code in table else "en"
    months = _alternatives(written_months(code)) if code != "zh" else r"\d{1,2}"
    date = re.compile(data["date"].replace("MONTHS", f"(?:{months})"))
    return LanguagePatterns(code, data, date)


@cache
def organ_regex(code: str, where: str) -> re.Pattern[str] | None:
    """One pattern naming each organ phrase of ``where`` (organs_before, organs_after …)."""
    organs = language(code).data.get(where) or {}
    parts = [
        f"(?P<{organ}>{_alternatives(phrases)})" for organ, phrases in organs.items() if phrases
    ]
    if not parts:
        return None
    if where == "organs_before":
        return re.compile(rf"(?:{'|'.join(parts)})\s+$", re.IGNORECASE)
    if where == "possessive_subject":
        return re.compile("|".join(parts))
    return re.compile(rf"\s+(?:{'|'.join(parts)})", re.IGNORECASE)


def iso_date(match: re.Match[str], code: str) -> str:
    """"25 September 2015" (a match of the language's date pattern) as "2015-09-25"."""
    months = written_months(language(code).code)
    month = months.index(match.group("month")) + 1 if code != "zh" else int(match.group("month"))
    return f"{int(match.group('year')):04d}-{month:02d}-{int(match.group('day')):02d}"


def parse_date(text: str, code: str) -> str:
    """The first date written in ``text`` as ISO, "" when none (adoption lines, cover dates)."""
    found = language(code).date.search(text)
    if not found:
        return ""
    try:
        return iso_date(found, code)
    except ValueError:
        return ""


def format_date(iso: str, code: str) -> str:
    """"2015-09-25" written as the language writes it: "25 septembre 2015", "2015年9月25日"."""
    patterns = language(code)
    year, month, day = (int(part) for part in iso.split("-"))
    day_text = str(day)
    if day == 1 and patterns.data.get("first_day"):
        day_text = patterns.data["first_day"]
    return patterns.data["date_format"].format(
        day=day_text, month=written_months(patterns.code)[month - 1], year=year
    )
