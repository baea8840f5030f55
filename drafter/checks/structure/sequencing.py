"""Sequencing adverbs: "Recalling", then "Recalling also", then "Recalling further".

An opener is reduced to its base verb and its stage (1 plain, 2 also, 3 further) in
the language's own way — the adverb follows the participle in the preamble, precedes
the verb in the English operative part, is a prefix in Chinese — and a stage may only
come after the one before it for the same base in the same part.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from drafter.checks.structure.context import StructureContext, structure_data
from drafter.checks.structure.matching import Opened, normalized
from drafter.core.lexicon import language_settings
from drafter.core.scopes import scope_of
from drafter.core.script import spaced


def _adverbs(context: StructureContext) -> tuple[list[str], list[str]]:
    return _adverbs_of(context.language)


@cache
def _adverbs_of(language: str) -> tuple[list[str], list[str]]:
    settings = language_settings(language)
    extra = structure_data()["sequencing"]
    also = [settings.get("also", "also"), *extra["extra_also"].get(language, [])]
    further = [settings.get("further", "further"), *extra["extra_further"].get(language, [])]
    return [normalized(a) for a in also if a], [normalized(f) for f in further if f]


def adverb_words(context: StructureContext) -> set[str]:
    also, further = _adverbs(context)
    return {word for phrase in (*also, *further) for word in phrase.split(" ")}


def _stage(context: StructureContext, phrase: str) -> tuple[int, str, str | None]:
    """(1 plain / 2 also / 3 further, base verb, adverb as written) of a normalized opener."""
    return _stage_of(context.language, phrase)


def sequencing_stage(language: str, opener: str) -> tuple[int, str, str | None]:
    """(1 plain / 2 also / 3 further, base verb, adverb) of an opener as written; also used to
    compare the openers of two language versions."""
    return _stage_of(language, normalized(opener))


@lru_cache(maxsize=4096)
def _stage_of(language: str, phrase: str) -> tuple[int, str, str | None]:
    """_stage for one language: a resolution repeats a few dozen openers hundreds of
    times, so each is reduced once (the result depends only on the phrase and data)."""
    also, further = _adverbs_of(language)
    words = phrase.split(" ")
    skip = structure_data()["sequencing"]["skip_leading"].get(language, [])
    while len(words) > 1 and words[0] in skip:
        words = words[1:]
    if not spaced(language):
        lead = [p for p in structure_data()["opener_retries"]["zh"]["remove"] if p not in (*also, *further)]
        phrase = _strip_prefixes(phrase.rsplit("，", 1)[-1], lead)
        for stage, adverbs in ((3, further), (2, also)):
            for adverb in adverbs:
                if phrase.startswith(adverb) and len(phrase) > len(adverb):
                    return stage, _strip_prefixes(phrase[len(adverb):], lead)[:2], adverb
        return 1, phrase[:2], None
    intensifiers = structure_data()["sequencing"]["intensifiers"].get(language, [])
    if len(words) > 1 and words[0] in intensifiers:
        # "Highly alarmed": a stronger use of "alarmed", so "Further alarmed" may follow it.
        return 2, words[1], None
    padded = f" {' '.join(words)} "
    for stage, adverbs in ((3, further), (2, also)):
        for adverb in adverbs:
            if f" {adverb} " in padded:
                rest = padded.replace(f" {adverb} ", " ", 1).split()
                return stage, rest[0] if rest else "", adverb
    return 1, words[0], None


def _strip_prefixes(phrase: str, prefixes: list[str]) -> str:
    for _ in range(3):
        prefix = next((p for p in prefixes if phrase.startswith(p) and len(phrase) > len(p)), None)
        if prefix is None:
            break
        phrase = phrase[len(prefix):]
    return phrase


def check_sequencing(context: StructureContext, opened: list[Opened]) -> None:
    also_word = context.settings.get("also", "also")
    seen: dict[tuple[str, str, str], int] = {}
    for item in opened:
        if item.match is None:
            continue
        text = item.paragraph.text
        stripped = len(text) - len(text.lstrip())
        written = text[stripped:item.match.end]
        stage, base, adverb = _stage(context, normalized(written))
        # "Recalling also" needs a plain "Recalling" in the same part of the same text.
        key = (scope_of(item.paragraph.address), item.part, base)
        before = seen.get(key, 0)
        seen[key] = max(before, stage)
        if stage == 1 or before >= stage - 1 or adverb is None:
            continue
        position = _find_adverb(written, adverb, context.language)
        if position is None:
            continue
        start, end = stripped + position[0], stripped + position[1]
        if stage == 3 and before == 1:
            # "Recalling further" after a plain "Recalling": this is the second use, "also".
            word = also_word if text[start:end][:1].islower() else also_word.capitalize()
            fix = context.replace_fix(start, end, word)
            wanted = written[: position[0]] + word + written[position[1]:]
        else:
            # "also"/"further" with no plain use before it: the plain opener.
            fix = context.remove_fix(text, start, end)
            wanted = _without(written, position)
        context.report(
            "sequencing-order", item.paragraph.address, start, end, fix=fix,
            data={"stage": stage, "previous_stage": before},
            opener=written.strip(), expected=wanted.strip(), replacement=wanted.strip(),
        )


def _without(written: str, position: tuple[int, int]) -> str:
    return re.sub(r"\s+", " ", written[: position[0]] + written[position[1]:]).strip()


def _find_adverb(written: str, adverb: str, language: str) -> tuple[int, int] | None:
    if not spaced(language):  # the opener as matched: lead adverbs, then 又/还, then the verb
        position = written.find(adverb)
        return (position, position + len(adverb)) if position >= 0 else None
    pattern = r"[\s\u00a0\u202f]+".join(re.escape(part) for part in adverb.split(" "))
    # Arabic may write the adverb with its vowel mark ("أيضاً"): the mark goes with the word.
    found = re.search(rf"(?<!\w){pattern}[\u064b-\u065f]*(?!\w)", written, re.IGNORECASE)
    return (found.start(), found.end()) if found else None
