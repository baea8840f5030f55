"""The agenda line in a language's wording: "Agenda item 78 (a)", "Agenda items 14 and 122".

An agenda item is stored as its number(s) only ("78 (a)", "14 and 122"); the page, the
Word export and the editor show it in the document language's wording
(resources/export/<lang>.json: ``agenda_item``, ``agenda_items`` for several items,
Arabic ``agenda_items_two`` for the dual البندان, ``agenda_and`` the conjunction).
"""

from __future__ import annotations

import re
from functools import cache

from drafter.core.labels import LabelStyle
from drafter.resources import load_json

# "78", "78 (a)", "78 a)", "78 (a) (i)", Arabic "18 (ل)": one item stored as its number only
_ITEM = r"\d+[A-Z]?(?:\s*\(?[^\W\dA-Z_]{1,4}\))*"
BARE_AGENDA_ITEM = re.compile(_ITEM)
_AGENDA_LETTERS = re.compile(r"\(?([^\W\dA-Z_]{1,4})\)")


@cache
def _wording(language: str) -> dict[str, str]:
    strings = load_json(f"export/{language}.json")
    return {key: strings[key] for key in ("agenda_item", "agenda_items", "agenda_items_two", "agenda_and")
            if key in strings}


@cache
def _several(conjunctions: tuple[str, ...]) -> re.Pattern[str]:
    words = "|".join(re.escape(word) for word in conjunctions)
    return re.compile(rf"{_ITEM}(?:\s*(?:,|{words})\s*{_ITEM})+")


def agenda_line(item: str, language: str) -> str:
    """The agenda line for a stored item; any text that is not bare numbers stays as it is."""
    bare = item.strip()
    try:
        wording = _wording(language)
    except (FileNotFoundError, ValueError):
        return item
    conjunctions = tuple({wording.get("agenda_and", "and"), "and"})
    if BARE_AGENDA_ITEM.fullmatch(bare):
        form = wording.get("agenda_item")
    elif _several(conjunctions).fullmatch(bare):
        count = len(re.findall(r"\d+", bare))
        form = wording.get("agenda_items_two") if count == 2 else None
        form = form or wording.get("agenda_items")
    else:
        return item
    if not form:
        return item
    style = LabelStyle.for_language(language)
    labelled = _AGENDA_LETTERS.sub(lambda m: f"{style.opening}{m.group(1)}{style.closing}", bare)
    return form.format(item=labelled)
