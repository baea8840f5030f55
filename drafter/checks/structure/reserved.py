"""Language reserved to the Security Council, flagged (as a warning) in other organs' texts.

Only the Council takes binding decisions (Charter Article 25, Chapter VII); "Demands",
"Decides" under Chapter VII and "Acting under Chapter VII" in a General Assembly,
ECOSOC or Human Rights Council text deserve a second look. Phrases are data, per
language, in structure.json.
"""

from __future__ import annotations

import re
from functools import cache

from drafter.checks.structure.context import StructureContext, structure_data
from drafter.checks.structure.matching import Opened
from drafter.core.model import ParagraphKind
from drafter.core.script import spaced


@cache
def _phrases_pattern(phrases: tuple[str, ...], language: str) -> re.Pattern[str]:
    """One pattern for a list of phrases, longest first, tolerant of no-break spaces."""
    alternatives = sorted(phrases, key=len, reverse=True)
    body = "|".join(
        r"[\s\u00a0\u202f]+".join(re.escape(part) for part in phrase.split(" ")) for phrase in alternatives
    )
    boundary = r"(?!\w)" if spaced(language) else ""
    return re.compile(f"(?:{body}){boundary}", re.IGNORECASE)


def check_reserved(context: StructureContext, opened: list[Opened]) -> None:
    reserved = structure_data()["reserved"]
    if context.resolution.meta.organ.value not in reserved["organs"]:
        return
    phrases = reserved.get(context.language)
    if not phrases:
        return
    organ = context.settings.get("organ_names", {}).get(context.organ_key, context.organ_key)
    chapter = re.compile(
        "|".join(re.escape(term) + r"(?![IVX])" for term in phrases["chapter_vii"]), re.IGNORECASE
    )
    for item in opened:
        text = item.paragraph.text
        stripped = len(text) - len(text.lstrip())
        end = None
        if item.part == "preamble" or item.paragraph.kind is ParagraphKind.CLAUSE:
            end = _first_end(text, phrases["acting"], context.language)
        if end is None and item.part == "operative":
            end = _first_end(text, phrases["demands"], context.language)
            if end is None:
                decides = _first_end(text, phrases["decides"], context.language)
                end = decides if decides is not None and chapter.search(text) else None
        if end is not None:
            context.report(
                "reserved-verb", item.paragraph.address, stripped, end,
                opener=text[stripped:end], organ=organ,
            )


def _first_end(text: str, phrases: list[str], language: str) -> int | None:
    stripped = len(text) - len(text.lstrip())
    found = _phrases_pattern(tuple(phrases), language).match(text, stripped)
    return found.end() if found else None
