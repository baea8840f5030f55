"""Whether two aligned paragraphs give the same dates and figures, and how sure a difference is.

Dates are compared exactly (the facts already read ranges and the six languages' forms into
one "year-month-day" form). A date one version gives in less detail ("4 December" or
"December 2020" against "4 December 2020", "1949" against "12 August 1949") is a
translation choice, a warning; a date on both sides that the other side lacks is a
different date, an error. Figures are a warning: one version may spell a small number in
words, and a year may stand alone in one version and inside a date in the other.
"""

from __future__ import annotations

from collections import Counter

from drafter.parallel.facts import Facts


def date_rule(a: Facts, b: Facts) -> str | None:
    """``parallel-date`` (certain), ``parallel-date-detail`` (likely a form) or None."""
    if a.dates == b.dates:
        return None
    extra_a, extra_b = _without_less_detailed(a.dates - b.dates, b.dates - a.dates)
    return "parallel-date" if extra_a and extra_b else "parallel-date-detail"


def numbers_differ(a: Facts, b: Facts) -> bool:
    """Figures of ten or more in one version only, or small figures on both sides that differ.

    A figure that the other version gives as the year or day of a date is the same fact
    ("in 2019" against "en mai 2019"); a small figure on one side only is most likely a
    number the other version spells in words ("three" against "3")."""
    only_a = _unexplained(a.numbers - b.numbers, a, b)
    only_b = _unexplained(b.numbers - a.numbers, b, a)
    small_a, small_b = {n for n in only_a if len(n) == 1}, {n for n in only_b if len(n) == 1}
    return bool(set(only_a) - small_a or set(only_b) - small_b or (small_a and small_b))


def _unexplained(numbers: Counter[str], mine: Facts, other: Facts) -> Counter[str]:
    """The figures left once those the other version has in its dates more often are set
    aside: "in 2019" against "en mai 2019", but not "1783 (2018)" against "1783 (2017)"
    where both versions date other things in 2018."""
    mine_parts, other_parts = _date_parts(mine), _date_parts(other)
    return Counter({n: c for n, c in numbers.items() if other_parts[n] - mine_parts[n] < c})


def _date_parts(facts: Facts) -> Counter[str]:
    return Counter(part.lstrip("0") for date, count in facts.dates.items()
                   for part in date.split("-") if part for _ in range(count))


def _parts(date: str) -> tuple[str, str, str]:
    year, month, *day = date.split("-")
    return year, month, day[0] if day else ""


def _covers(detailed: str, brief: str) -> bool:
    """Whether ``detailed`` is ``brief`` with more given (every part ``brief`` has agrees)."""
    pairs = zip(_parts(brief), _parts(detailed), strict=True)
    return all(not mine or mine == theirs for mine, theirs in pairs)


def _without_less_detailed(extra_a: Counter[str], extra_b: Counter[str]) -> tuple[Counter[str], Counter[str]]:
    """Drop a date given in less detail (no year, no day) against a fuller twin on the other side."""
    extra_a, extra_b = Counter(extra_a), Counter(extra_b)
    for mine, theirs in ((extra_a, extra_b), (extra_b, extra_a)):
        for date in [d for d in mine if "" in _parts(d)]:
            twin = next((t for t in theirs if theirs[t] > 0 and t != date and _covers(t, date)), None)
            if twin is not None and mine[date] > 0:
                mine[date] -= 1
                theirs[twin] -= 1
    return +extra_a, +extra_b  # unary plus drops the zero counts
