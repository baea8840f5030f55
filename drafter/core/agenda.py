"""The agenda line of a resolution's cover, in the document's language.

Readers keep an agenda item as the cover shows it after its wording: "78 (a)",
"15 and 116" ("Agenda items 15 and 116" on the cover of A/RES/70/1). The page (the
editor) and the exporter both print it in the language's wording from
``resources/export/<lang>.json`` — "agenda_item", or "agenda_items" when it names
several items — with the language's sub-item labels ("Point 78 a) de l’ordre du
jour"). Anything else ("Agenda item 5" typed in full) is printed as it is.
"""

from __future__ import annotations

import re

from drafter.core.labels import LabelStyle
from drafter.resources import load_json

# "78", "78 (a)", "78 a)", "78 (a) (i)": one agenda item stored as its number only
_ONE = r"\d+[A-Z]?(?:\s*\(?[a-z]{1,4}\))*"
BARE_AGENDA_ITEM = re.compile(_ONE)
# "15 and 116", "15, 19 et 116", "15和116": several items joined by commas and a conjunction
_JOIN = r"(?:\s*[,、]\s*|\s*和\s*|\s+\S{1,3}\s+)"
_SEVERAL = re.compile(rf"{_ONE}(?:{_JOIN}{_ONE})+")
_AGENDA_LETTERS = re.compile(r"\(?([a-z]{1,4})\)")


def agenda_line(item: str, language: str) -> str:
    """The agenda line as printed (see the module docstring); "" for no item."""
    stripped = item.strip()
    several = bool(_SEVERAL.fullmatch(stripped))
    if not several and not BARE_AGENDA_ITEM.fullmatch(stripped):
        return item
    try:
        wordings = load_json(f"export/{language}.json")
        wording = wordings["agenda_items" if several else "agenda_item"]
    except (FileNotFoundError, ValueError, KeyError):
        return item
    style = LabelStyle.for_language(language)
    labelled = _AGENDA_LETTERS.sub(lambda m: f"{style.opening}{m.group(1)}{style.closing}", stripped)
    return wording.format(item=labelled)
