"""Facts of a language's writing system, read from ``resources/languages/<lang>.json``.

Code asks these questions instead of testing for "ar" or "zh": a language written
right to left (``direction``), without spaces between words (``spaces_between_words``,
Chinese: a phrase ends anywhere, lines wrap at any character), or in a script without
capital letters (``letter_case``: Arabic, Chinese). A new language is then a data file.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from drafter.resources import load_json


@cache
def _settings(language: str) -> dict[str, Any]:
    try:
        return load_json(f"languages/{language}.json")
    except (FileNotFoundError, ValueError):
        return {}


def right_to_left(language: str) -> bool:
    return _settings(language).get("direction") == "rtl"


def spaced(language: str) -> bool:
    """Whether words are separated by spaces (so a phrase must end at a word boundary)."""
    return bool(_settings(language).get("spaces_between_words", True))


def has_letter_case(language: str) -> bool:
    """Whether the script has capitals (Latin, Cyrillic), unlike Arabic and Chinese."""
    return bool(_settings(language).get("letter_case", True))


def capitalized_openers(language: str) -> bool:
    """Whether a paragraph's opener starts with a capital (not Russian, nor caseless scripts)."""
    return has_letter_case(language) and bool(_settings(language).get("capitalized_openers", True))
