"""What a paragraph says that does not depend on its language.

Two language versions of one resolution must carry the same numbers, dates, document
symbols and footnote marks in the same paragraphs. Each is normalized so that the six
languages compare equal: "25 September 2015", "25 septembre 2015", "2015年9月25日" and
"25 أيلول/سبتمبر 2015" all become the date (2015, 9, 25); "1,000", "1 000" and "1.000"
the number 1000; Arabic-Indic digits their ASCII values. Dates and symbols are taken out
of the text before numbers are read, so "70/1" is a symbol and never the numbers 70 and 1.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

from drafter.citations.symbols import symbols_in_text
from drafter.core import months
from drafter.core.model import Paragraph
from drafter.resources import load_json

_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹０１２３４５６７８９", "0123456789" * 3)
_OTHER_DIGIT = re.compile("[٠-٩۰-۹０-９]")
_ANY_DIGIT = re.compile(r"\d")
# Document symbols (A/RES/70/1, E/CN.6/2021/L.3, 70/1, "2231 (2015)"): the one pattern the
# citations read too, from resources/citations/symbols.json.
SYMBOL = symbols_in_text()
# A section number of three parts or more (11.2.4, which Arabic writes 11-2-4), a figure with
# thousands groups (1,000 / 1 000 / 1.000) or a decimal part (2.5 / 2,5).
_NUMBER = re.compile(
    r"(?P<section>\d{1,3}(?:[.\-]\d{1,3}){2,}(?![\d.\-]))"
    r"|\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+(?![\d])|\d+(?:[.,\u066b]\d+)?"
)
_CHINESE_DAY = re.compile(r"(?:(\d{1,2})\s*月\s*)?(\d{1,2})\s*日")
_GROUP_SEPARATORS = re.compile(r"(?<=\d)[,.\u00a0\u202f ](?=\d{3}(?!\d))")


@dataclass(frozen=True)
class Facts:
    """The language-independent content of one paragraph."""

    dates: Counter[str]
    symbols: Counter[str]
    numbers: Counter[str]
    footnotes: int
    length: int
    organs: frozenset[str] = frozenset()  # the organs named in full (GA, SC, ECOSOC, HRC)


def _dates_data(language: str) -> dict | None:
    """The language's entry in resources/parallel/dates.json (date forms, ordinal suffix,
    digit groups), None for a language it does not cover."""
    return load_json("parallel/dates.json")["languages"].get(language)


@cache
def _date_patterns(language: str) -> tuple[tuple[re.Pattern[str], dict[str, int]], ...]:
    """Full dates first (with the other end of a range written around them), then day and
    month, then month and year, with the months' numbers."""
    data = _dates_data(language)
    if data is None:
        return ()
    numbers = months.month_numbers(language)
    alternation = "|".join(sorted((re.escape(n) for n in numbers), key=len, reverse=True)) or r"\d{1,2}"
    full = _with_ranges(data["day_month_year"], data.get("range_before"), data.get("range_after"))
    day_month = _with_ranges(data["day_month"], data.get("range_before"), data.get("range_after"))
    month = _with_ranges(data["month_year"], data.get("month_range_before"), data.get("month_range_after"))
    return tuple(
        (re.compile(pattern.replace("{months}", alternation), re.IGNORECASE), numbers)
        for pattern in (full, day_month, month)
    )


@cache
def _month_cue(language: str) -> re.Pattern[str] | None:
    """A month name every date pattern of the language needs, when each does ("June",
    "juin"): a paragraph without one holds no date, and its three date searches are skipped.
    None where a month may be a figure alone (Chinese "6月")."""
    data = _dates_data(language)
    names = months.month_numbers(language)
    if data is None or not names or not all(
        "{months}" in data[key] for key in ("day_month_year", "day_month", "month_year")
    ):
        return None
    return re.compile("|".join(re.escape(name) for name in names), re.IGNORECASE)


def _with_ranges(pattern: str, before: str | None, after: str | None) -> str:
    """The date pattern with the other end of a range, when the language's data gives it."""
    return (f"(?:{before})?" if before else "") + pattern + (f"(?:{after})?" if after else "")


def _month(text: str | None, month_numbers: dict[str, int]) -> int | None:
    if not text:
        return None
    return int(text) if text.isdigit() else month_numbers[text.casefold()]


def _take_dates(text: str, language: str) -> tuple[Counter[str], str]:
    """The dates of ``text`` as "year-month-day" ("-12-04" without a year, "2020-03" without
    a day), and the text without them. A range gives both its ends: "20–22 June 2012" and
    "2012年6月20日至22日" both give 2012-06-20 and 2012-06-22."""
    found: Counter[str] = Counter()
    cue = _month_cue(language)
    if cue is not None and not cue.search(text):
        return found, text
    for pattern, month_numbers in _date_patterns(language):
        def replace(match: re.Match[str], month_numbers: dict[str, int] = month_numbers) -> str:
            groups = match.groupdict()
            month = _month(groups["month"], month_numbers)
            year = groups.get("year") or ""
            found[_date_key(year, month, groups.get("day"))] += 1
            for other_month, day in _other_ends(groups, month, month_numbers):
                found[_date_key(year, other_month, day)] += 1
            return " "
        text = pattern.sub(replace, text)
    return found, text


def _other_ends(groups: dict[str, str | None], month: int,
                month_numbers: dict[str, int]) -> list[tuple[int, str | None]]:
    """The other dates of a range or list written around one date: the days (and month) in
    front of it ("24, 25 and 30 March", "27 June to 1 July"), the Chinese days (and months)
    behind it ("3月24日、25日和30日", "8月26日至9月4日"), or the other month alone ("July and
    August 2014")."""
    ends: list[tuple[int, str | None]] = []
    if groups.get("days0"):
        before = _month(groups.get("month0"), month_numbers) or month
        ends += [(before, day) for day in re.findall(r"\d{1,2}", groups["days0"])]
    elif groups.get("month0"):
        ends.append((_month(groups["month0"], month_numbers), None))
    if groups.get("days1"):
        current = month
        for month_text, day in _CHINESE_DAY.findall(groups["days1"]):
            current = int(month_text) if month_text else current
            ends.append((current, day))
    elif groups.get("month1"):
        ends.append((int(groups["month1"]), None))
    return ends


def _date_key(year: str, month: int, day: str | None) -> str:
    return f"{year}-{month:02d}" + (f"-{int(day):02d}" if day else "")


def _take_symbols(text: str) -> tuple[Counter[str], str]:
    found: Counter[str] = Counter()

    def replace(match: re.Match[str]) -> str:
        found[match.group(0).rstrip(".-")] += 1
        return " "

    return found, SYMBOL.sub(replace, text)


@cache
def _ordinal_suffix(language: str) -> re.Pattern[str] | None:
    """What makes a figure an ordinal ("21st", "21e", "21ª", "21-й")."""
    suffix = (_dates_data(language) or {}).get("ordinal_suffix")
    return re.compile(f"(?:{suffix})(?!\\w)", re.IGNORECASE) if suffix else None


# Thousands groups stored lowest first ("000 17"): the first group has three digits, the last
# one to three.
_REVERSED_GROUPS = re.compile(r"(?<![\d.,/\-])\d{3}(?:[ \u00a0\u202f]\d{3})*[ \u00a0\u202f]\d{1,3}(?![\d/])")


@cache
def _groups_reversed(language: str) -> bool:
    """Whether the language's texts store a figure's thousands groups lowest first (Arabic:
    a right-to-left line shows "17 000" from the stored "000 17")."""
    return bool((_dates_data(language) or {}).get("reversed_digit_groups"))


def _groups_in_order(text: str) -> str:
    """The figures with reversed thousands groups written highest first ("000 17" -> "17000")."""
    return _REVERSED_GROUPS.sub(lambda m: "".join(reversed(re.split(r"[ \u00a0\u202f]", m.group(0)))), text)


def _numbers(text: str, language: str) -> Counter[str]:
    found: Counter[str] = Counter()
    suffix = _ordinal_suffix(language)
    if _groups_reversed(language):
        text = _groups_in_order(text)
    for match in _NUMBER.finditer(text):
        if suffix is not None and suffix.match(text, match.end()):
            continue  # "21st", "21e", "21ª": other versions spell it in words
        if match.group("section"):
            found[match.group(0).replace("-", ".")] += 1
            continue
        value = _GROUP_SEPARATORS.sub("", match.group(0)).replace(",", ".").replace("\u066b", ".")
        found[value.rstrip("0").rstrip(".") if "." in value else value.lstrip("0") or "0"] += 1
    return found


@cache
def _organ_patterns(language: str) -> dict[str, re.Pattern[str]]:
    names = load_json("parallel/organs.json")["languages"].get(language, {})
    return {organ: re.compile(pattern) for organ, pattern in names.items()}


def organ_keys(language: str) -> frozenset[str]:
    """The organs whose names this language's data can find."""
    return frozenset(_organ_patterns(language))


def _organs(text: str, language: str) -> frozenset[str]:
    return frozenset(organ for organ, pattern in _organ_patterns(language).items() if pattern.search(text))


def _below_ten(number: str) -> bool:
    return len(number) == 1


def facts_of_text(text: str, language: str, footnotes: int = 0) -> Facts:
    if _OTHER_DIGIT.search(text):
        text = text.translate(_DIGITS)
    organs = _organs(text, language)
    if not _ANY_DIGIT.search(text):  # no figure, date or symbol can be there
        return Facts(Counter(), Counter(), Counter(), footnotes, len(text), organs)
    dates, rest = _take_dates(text, language)
    symbols, rest = _take_symbols(rest)
    return Facts(dates, symbols, _numbers(rest, language), footnotes, len(text), organs)


def facts_of(paragraph: Paragraph, language: str) -> Facts:
    return facts_of_text(paragraph.text, language, len(paragraph.footnote_refs))
