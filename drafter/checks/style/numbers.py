"""Number style rules that need arithmetic or context (UN Editorial Manual, numbers).

Numbers one to nine go in words and 10 upwards in figures, but a pattern cannot
tell "3 States" (wrong) from "paragraph 3", "5 per cent", "children under 5 years
of age" or "between 5 and 15 years" (all right), nor write the fix "three",
"twenty-first" or "soixante-dixième". Each rule here stays silent whenever such a
context is present: a false alarm costs more than a missed slip.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from drafter.checks.style.catalogue import terms
from drafter.checks.style.context import Hit, StyleContext
from drafter.core.lexicon import language_settings

_EN = language_settings("en")["number_words"]
_FR = language_settings("fr")["number_words"]
_UNITS: list[str] = _EN["units"]
_TEENS: list[str] = _EN["teens"]
_TENS: list[str] = _EN["tens"]
_ORDINAL_EN: dict[str, str] = _EN["ordinal_exceptions"]
_WORD_VALUES = {word: i for i, word in enumerate(_UNITS) if word}
_WORD_VALUES.update({word: 10 + i for i, word in enumerate(_TEENS)})
_WORD_VALUES.update({word: 10 * i for i, word in enumerate(_TENS) if word})

_FR_UNITS: list[str] = _FR["units"]  # un … seize: French spells 17-19 as dix-sept …
_FR_TENS = {tens: word for tens, word in enumerate(_FR["tens"]) if word}

_HYPHENS = "-\u2010\u2011"
_LAST_WORD = re.compile(r"(.*[- ])?(\w+)")
_SENTENCE_END = re.compile(r"(?:^|[.!?:]\s*|\(\w{1,4}\)\s*)$")


def english_cardinal(number: int) -> str:
    """1 -> "one", 21 -> "twenty-one" (1–999)."""
    if number >= 100:
        hundreds, rest = divmod(number, 100)
        head = f"{_UNITS[hundreds]} {_EN['hundred']}"
        return head if not rest else f"{head} and {english_cardinal(rest)}"
    if number < 10:
        return _UNITS[number]
    if number < 20:
        return _TEENS[number - 10]
    tens, unit = divmod(number, 10)
    return _TENS[tens] if not unit else f"{_TENS[tens]}-{_UNITS[unit]}"


def english_ordinal(number: int) -> str:
    """70 -> "seventieth", 21 -> "twenty-first"."""
    head, last = _LAST_WORD.fullmatch(english_cardinal(number)).groups()  # type: ignore[union-attr]
    if last in _ORDINAL_EN:
        last = _ORDINAL_EN[last]
    elif last.endswith("y"):
        last = last[:-1] + "ieth"
    else:
        last += "th"
    return f"{head or ''}{last}"


def french_cardinal(number: int) -> str:
    """1 -> "un", 71 -> "soixante et onze", 81 -> "quatre-vingt-un" (1–199, UN spelling)."""
    if number >= 100:
        rest = number - 100
        return _FR["hundred"] if not rest else f"{_FR['hundred']} {french_cardinal(rest)}"
    if number <= 16:
        return _FR_UNITS[number]
    if number < 20:
        return f"dix-{_FR_UNITS[number - 10]}"
    tens, unit = divmod(number, 10)
    if tens in (7, 9):
        base = "soixante" if tens == 7 else "quatre-vingt"
        rest = french_cardinal(10 + unit)
        joiner = " et " if tens == 7 and unit == 1 else "-"
        return f"{base}{joiner}{rest}"
    base = "quatre-vingt" if tens == 8 else _FR_TENS[tens]
    if unit == 0:
        return "quatre-vingts" if tens == 8 else base
    joiner = " et " if unit == 1 and tens != 8 else "-"
    return f"{base}{joiner}{_FR_UNITS[unit]}"


def french_ordinal(number: int) -> str:
    """70 -> "soixante-dixième", 1 -> "première" (sessions are feminine)."""
    if number == 1:
        return _FR["first_ordinal"]
    words = french_cardinal(number)
    if words.endswith("quatre-vingts"):
        words = words[:-1]
    if words.endswith("cinq"):
        return words + "uième"
    if words.endswith("neuf"):
        return words[:-1] + "vième"
    if words.endswith("e"):
        return words[:-1] + "ième"
    return words + "ième"


def words_to_number(words: str) -> int | None:
    """"twenty-five" -> 25; None for anything else."""
    total = 0
    for part in re.split(f"[{_HYPHENS}]", words.lower()):
        if part not in _WORD_VALUES:
            return None
        total += _WORD_VALUES[part]
    return total


@cache
def _count_nouns() -> str:
    nouns = sorted(terms()["count_nouns_en"], key=len, reverse=True)
    return "|".join(re.escape(noun) for noun in nouns)


@cache
def _modifiers() -> str:
    return "|".join(re.escape(word) for word in terms()["count_modifiers_en"])


@cache
def _digit_before_noun() -> re.Pattern[str]:
    # Digit first, so that the scan skips straight from digit to digit.
    return re.compile(
        rf"([1-9])[ \u00a0](?:(?:{_modifiers()})[ \u00a0])?(?:{_count_nouns()})\b(?![{_HYPHENS}])"
    )


@cache
def _word_before_noun() -> re.Pattern[str]:
    big = "|".join(_TEENS + _TENS[2:])
    small = "|".join(_UNITS[1:])
    # Lower case only: a number word with a capital opens a sentence, where words are right.
    return re.compile(
        rf"((?:{big})(?:[{_HYPHENS}](?:{small}))?)[ \u00a0](?:(?:{_modifiers()})[ \u00a0])?"
        rf"(?:{_count_nouns()})\b(?![{_HYPHENS}])"
    )


_LABEL_WORDS = re.compile(
    r"(?:paragraphs?|paras?\.|articles?|rules?|goals?|targets?|annex(?:es)?|chapters?|chap\.|"
    r"sections?|sect\.|items?|levels?|phases?|tiers?|resolutions?|decisions?|tables?|figures?|"
    r"categor(?:y|ies)|pages?|principles?|options?|steps?|No\.|Nos\.|indicators?|under|aged?|"
    r"ages|over|below|above|vol\.|part|group|committee|protocol|stage|"
    r"recommendations?|volume|session|meeting|report|sub-paragraph|subparagraph)\s*$",
    re.IGNORECASE,
)
_AFTER_PUNCTUATION = re.compile(r"[,;:.)]\s+$")
_AGE_AFTER = re.compile(r"\s*(?:years?\s+(?:of\s+age|old)|(?:-|\u2011)year)", re.IGNORECASE)
# A figure of 10 or more that is not a year (years sit next to small numbers everywhere).
_BIG_FIGURE = re.compile(r"(?<![\w.,/])(?!(?:19|20)\d\d(?![\d.,]))\d{2,}(?:[.,]\d+)?(?![\w/])")
_PER_CENT = re.compile(r"per[ \u00a0]cent\b|percent\b")
_NUMBER_WORD_BEFORE = re.compile(
    r"(?<![\w-])((?:" + "|".join(_TEENS + _TENS[2:] + _UNITS[1:]) + r")"
    r"(?:[-\u2010\u2011](?:" + "|".join(_UNITS[1:]) + r"))?)[ \u00a0]$",
    re.IGNORECASE,
)
_FIVE_DIGITS = re.compile(r"([1-9]\d{4,})(?![\w/,\u2011-]|\.\d)")
_NUMBER_LABELS = re.compile(r"(?:No|Nos|ISBN|ISSN|ISO|vol|Sales|para|paras|p|pp)\.?\s*$", re.IGNORECASE)
# A year followed by a footnote number of one to three digits, as plain text glues them.
_YEAR_AND_MARK = re.compile(r"(?:19|20)\d\d\d{1,3}")
_CENTURY = re.compile(r"(?<!\d)(\d{1,2})(?:st|nd|rd|th)([\s\u00a0-]|\u2011)(century|centuries)\b")
_SESSION = {
    "en": re.compile(
        r"(\d{1,3})(?<!\d\d\d\d)(?:st|nd|rd|th)((?:\s|\u00a0)(?:special\s|emergency\sspecial\s|"
        r"regular\s|resumed\s)?session)\b"
    ),
    "fr": re.compile(r"(\d{1,3})(?<!\d\d\d\d)(?:e|ème|è|eme|ième)((?:\s|\u00a0)session)\b"),
}


def _at_sentence_start(text: str, start: int) -> bool:
    """Nothing but a sentence end, a label or the paragraph start before ``start``."""
    before = text[max(0, start - 40) : start]
    cut = before.rfind("\n")  # paragraphs are joined by blank lines
    if cut != -1:
        before = before[cut + 1 :]
    elif start > 40:
        before = "x " + before  # the window does not reach the paragraph start
    return bool(_SENTENCE_END.search(before.rstrip()))


def _in_mixed_series(text: str, start: int, end: int) -> bool:
    """A figure of 10 or more close by ("between 5 and 15 years") puts the series in figures."""
    home = text.rfind("\n", 0, start) + 1
    stop = text.find("\n", end)
    window = text[max(home, start - 60) : min(end + 60, stop if stop != -1 else len(text))]
    return bool(_BIG_FIGURE.search(window))


def _glued(previous: str) -> bool:
    return previous.isalnum() or previous in ".,/\u2013" or previous in _HYPHENS


def numbers_one_to_nine(context: StyleContext, text: str, address: str) -> Iterator[Hit]:
    """"3 States" -> "three States" (S5, S7), outside labels, ages, units and mixed series."""
    for match in _digit_before_noun().finditer(text):
        start, end = match.span(1)
        if start and _glued(text[start - 1]):
            continue  # "A/70/1", "2.5", "12 States" (a longer number), "-3"
        home = text.rfind("\n", 0, start) + 1  # the paragraph's start in a joined text
        if _LABEL_WORDS.search(text[max(home, start - 30) : start]):
            continue
        if _AGE_AFTER.match(text, match.end()) or _in_mixed_series(text, start, end):
            continue
        if _AFTER_PUNCTUATION.search(text[max(home, start - 3) : start]):
            continue  # "the Convention, 1 States": a footnote mark a PDF copy set loose
        word = _UNITS[int(match.group(1))]
        if _at_sentence_start(text, start):
            word = word.capitalize()
        yield Hit(start, end, word, {"number": match.group(1)})


def numbers_ten_and_above(context: StyleContext, text: str, address: str) -> Iterator[Hit]:
    """"twelve months" -> "12 months"; a sentence may still open with a number in words."""
    for match in _word_before_noun().finditer(text):
        start, end = match.span(1)
        if start and (text[start - 1].isalnum() or text[start - 1] in _HYPHENS):
            continue
        value = words_to_number(match.group(1))
        if value is None or value < 10 or _at_sentence_start(text, start):
            continue
        before = text[max(0, start - 20) : start]
        if re.search(r"(?:Group\s+of|the|hundred\s+and)\s*$", before, re.IGNORECASE):
            continue
        yield Hit(start, end, str(value), {"number": str(value)})


def per_cent_figure(context: StyleContext, text: str, address: str) -> Iterator[Hit]:
    """"five per cent" -> "5 per cent": percentages are always figures (S5; 339 cases in C1)."""
    for anchor in _PER_CENT.finditer(text):
        window_start = max(0, anchor.start() - 24)
        match = _NUMBER_WORD_BEFORE.search(text, window_start, anchor.start())
        if not match:
            continue
        start, end = match.span(1)
        value = words_to_number(match.group(1))
        if value is None or _at_sentence_start(text, start):
            continue
        yield Hit(start, end, str(value), {"number": str(value)})


def thousands_separator(context: StyleContext, text: str, address: str) -> Iterator[Hit]:
    """"614400" -> "614,400"; register, sales and volume numbers keep their own form."""
    for match in _FIVE_DIGITS.finditer(text):
        start, end = match.span(1)
        if start and (text[start - 1].isalnum() or text[start - 1] in "/.,:\u2011-"):
            continue
        if _NUMBER_LABELS.search(text[max(0, start - 12) : start]):
            continue
        if _YEAR_AND_MARK.fullmatch(match.group(1)):
            continue  # "24 March 20174": a year with a footnote mark glued to it
        yield Hit(start, end, f"{int(match.group(1)):,}")


def century_in_words(context: StyleContext, text: str, address: str) -> Iterator[Hit]:
    """"21st century" -> "twenty-first century" (M: 31 to 1)."""
    for match in _CENTURY.finditer(text):
        number = int(match.group(1))
        if not 1 <= number <= 99:
            continue
        replacement = f"{english_ordinal(number)}{match.group(2)}{match.group(3)}"
        yield Hit(match.start(), match.end(), replacement)


def session_in_words(context: StyleContext, text: str, address: str) -> Iterator[Hit]:
    """"its 70th session" -> "its seventieth session"; FR "70e session" -> "soixante-dixième session"."""
    pattern = _SESSION.get(context.language)
    if pattern is None:
        return
    for match in pattern.finditer(text):
        if match.start() and text[match.start() - 1].isalnum():
            continue
        number = int(match.group(1))
        if not 1 <= number <= 99:  # from 100 up figures stay ("its 103rd session" of IMO)
            continue
        words = english_ordinal(number) if context.language == "en" else french_ordinal(number)
        replacement = words + match.group(2)
        yield Hit(match.start(), match.end(), replacement, {"number": match.group(1)})


RULES = {
    "numbers_one_to_nine": numbers_one_to_nine,
    "numbers_ten_and_above": numbers_ten_and_above,
    "per_cent_figure": per_cent_figure,
    "thousands_separator": thousands_separator,
    "century_in_words": century_in_words,
    "session_in_words": session_in_words,
}
