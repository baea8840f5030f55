"""Agreement of adjectival openers with the organ (FR, ES, RU, AR).

The General Assembly is feminine, the Councils masculine: "Consciente" in a GA text,
"Conscient" in a Security Council one. Genders come from the lexicon (``gender``, or
notes "GA …; SC: <form>"); an opener the lexicon only knows in the other gender is
recognised by swapping its agreement ending (data in structure.json), so
"Profondément préoccupé" in a GA text is a disagreement, not an unknown opener.
"""

from __future__ import annotations

import re
from functools import cache

from drafter.checks.structure.context import StructureContext, fragment, structure_data
from drafter.checks.structure.matching import WORD, Opened, first_words, match_opener, normalized
from drafter.checks.structure.sequencing import adverb_words
from drafter.core.lexicon import Entry, Lexicon
from drafter.core.lexicon import lexicon as load_lexicon
from drafter.core.model import Paragraph

_NOTE_PAIR = re.compile(r"^GA\b[^;]*;\s*SC(?:/[A-Z]+)*:\s*(.+?)\s*$")


@cache
def _genders(language: str, part: str) -> tuple[dict[str, str], dict[str, str]]:
    """(gender by normalized phrase, counterpart phrase by normalized phrase) for one lexicon part.

    Genders come from the lexicon's ``gender`` field, or from notes of the form
    "GA …; SC: <masculine form>" when the masculine form has as many words.
    """
    genders: dict[str, str] = {}
    counterparts: dict[str, str] = {}
    for entry in load_lexicon(language).entries[part]:
        key = normalized(entry.phrase)
        pair = _NOTE_PAIR.match(entry.note or "")
        other = pair.group(1) if pair else None
        if other and len(other.split()) != len(entry.phrase.split()):
            other = None
        gender = entry.gender or ("f" if other else None)
        if gender:
            genders[key] = gender
        if other:
            counterparts[key] = other
            counterparts.setdefault(normalized(other), entry.phrase)
            genders.setdefault(normalized(other), "m")
    return genders, counterparts


def _entry_gender(context: StructureContext, entry: Entry, part: str) -> str | None:
    """The gender an opener shows; for "Consciente en outre" that of its gendered head "Consciente"."""
    genders, _ = _genders(context.language, part)
    key = normalized(entry.phrase)
    if key in genders:
        return genders[key]
    words = key.split(" ")
    for size in range(len(words) - 1, 0, -1):
        head = " ".join(words[:size])
        if head in genders:
            return genders[head]
    return None


def _swap_word(context: StructureContext, word: str, direction: str) -> str | None:
    rules = structure_data()["agreement"].get(context.language, {}).get(direction, [])
    lower = word.casefold()
    for old, new in rules:
        if lower.endswith(old) and len(word) > len(old) + 1:
            return word[: len(word) - len(old)] + new
    return None


def _gendered_words(context: StructureContext, text: str, end: int) -> list[re.Match[str]]:
    skip = set(structure_data()["agreement"]["skip_words"]) | adverb_words(context)
    return [w for w in WORD.finditer(text, 0, end) if w.group(0).casefold() not in skip]


def check_agreement(context: StructureContext, lexicon: Lexicon, item: Opened) -> None:
    organ_gender = context.settings.get("organ_gender", {}).get(context.organ_of(item.paragraph))
    match = item.match
    if not organ_gender or match is None:
        return
    gender = _entry_gender(context, match.entry, item.part)
    if gender is None or gender == organ_gender:
        return
    text = item.paragraph.text
    _, counterparts = _genders(context.language, item.part)
    counterpart = counterparts.get(normalized(match.entry.phrase))
    stripped = len(text) - len(text.lstrip())
    if counterpart:
        start, end, replacement = _word_difference(text[stripped:match.end], counterpart, stripped)
    else:
        direction = "f_to_m" if gender == "f" else "m_to_f"
        start = end = -1
        replacement = ""
        for word in reversed(_gendered_words(context, text, match.end)):
            swapped = _swap_word(context, word.group(0), direction)
            if swapped:
                start, end, replacement = word.start(), word.end(), swapped
                break
        if start < 0:
            return
    _report_agreement(context, item.paragraph, start, end, replacement, organ_gender)


def _word_difference(found: str, wanted: str, offset: int) -> tuple[int, int, str]:
    """The first differing word between an opener as written and its counterpart."""
    found_words = list(WORD.finditer(found))
    wanted_words = wanted.split()
    for word, other in zip(found_words, wanted_words, strict=False):
        if normalized(word.group(0)) != normalized(other):
            return offset + word.start(), offset + word.end(), other
    return offset, offset + len(found.rstrip()), wanted


def _report_agreement(
    context: StructureContext, paragraph: Paragraph, start: int, end: int, replacement: str, organ_gender: str
) -> None:

    found = paragraph.text[start:end]
    if found[:1].isupper():
        replacement = replacement[:1].upper() + replacement[1:]
    organ_key = context.organ_of(paragraph)
    organ = context.settings.get("organ_names", {}).get(organ_key, organ_key)
    context.report(
        "opener-agreement", paragraph.address, start, end,
        fix=context.replace_fix(start, end, replacement),
        data={"expected": replacement, "organ_gender": organ_gender},
        found=found, expected=replacement, organ=organ,
        gender=fragment("gender", context.ui_language)[organ_gender],
    )


def agreement_of_unknown(
    context: StructureContext, lexicon: Lexicon, paragraph: Paragraph, part: str
) -> bool:
    """An unknown opener that is a known one in the other gender ("Profondément préoccupé").

    Reports a disagreement when the known form is the organ's gender, and returns True
    (the opener is then not "unknown") in both cases.
    """
    organ_gender = context.settings.get("organ_gender", {}).get(context.organ_of(paragraph))
    if not organ_gender or context.language not in structure_data()["agreement"]:
        return False
    text = paragraph.text
    _, end = first_words(text, context.language, 4)
    for word in _gendered_words(context, text, end):
        for direction in ("f_to_m", "m_to_f"):
            swapped = _swap_word(context, word.group(0), direction)
            if not swapped:
                continue
            variant = text[: word.start()] + swapped + text[word.end():]
            found = match_opener(context, lexicon, variant, part)
            if found is None or found.end < word.start() + len(swapped):
                continue
            gender = _entry_gender(context, found.entry, part)
            if gender is None:
                continue
            if gender == organ_gender:
                _report_agreement(context, paragraph, word.start(), word.end(), swapped, organ_gender)
            return True
    return False
