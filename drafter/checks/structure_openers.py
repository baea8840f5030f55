"""Opening phrases: known opener, right part, agreement with the organ, also/further order, SC verbs.

One pass over the top-level paragraphs matches each opener once against the
language's lexicon and hands the match to the rules that need it. Lexicons are
incomplete, so an unknown opener is a warning with the nearest known phrases, while
an opener from the wrong part (a finite verb in the preamble, a participle in the
operative part) is an error.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from drafter.checks.structure_common import StructureContext, structure_data
from drafter.core.lexicon import Entry, Lexicon, OpenerMatch, normalize
from drafter.core.model import Paragraph, ParagraphKind

_WORD = re.compile(r"[^\s\u00a0\u202f,;:.،؛，；：。()\"“”«»]+")


_PREFIX = 200  # longer than any lexicon phrase: a match depends on this much of the text only


@lru_cache(maxsize=8192)
def _cached_match(language: str, part: str, prefix: str) -> OpenerMatch | None:
    from drafter.core.lexicon import lexicon as load

    return load(language).match(prefix, part)


# Arabic short vowels, shadda, sukun and tatweel: written in some texts ("تسلّم", "تحـــث"),
# never in the lexicon.
_ARABIC_MARKS = re.compile("[\u064b-\u0652\u0640]")


def lexicon_match(lexicon: Lexicon, text: str, part: str) -> OpenerMatch | None:
    """``Lexicon.match`` memoised on the paragraph's start: re-checking while typing is free."""
    prefix = text[:_PREFIX]
    if lexicon.language == "ar" and _ARABIC_MARKS.search(prefix):
        return _match_without_marks(lexicon, prefix, part)
    return _cached_match(lexicon.language, part, prefix)


def _match_without_marks(lexicon: Lexicon, prefix: str, part: str) -> OpenerMatch | None:
    """Match with the Arabic marks removed, offsets mapped back to the text as written."""
    kept = [index for index, ch in enumerate(prefix) if not _ARABIC_MARKS.match(ch)]
    found = _cached_match(lexicon.language, part, "".join(prefix[i] for i in kept))
    if found is None:
        return None

    def back(offset: int) -> int:
        return kept[offset - 1] + 1 if offset > 0 else 0

    return OpenerMatch(found.entry, back(found.end), back(found.italic_end))


@lru_cache(maxsize=16384)
def _normalized(text: str) -> str:
    """``normalize`` for the short opener phrases compared again and again."""
    return normalize(text)


@dataclass
class Opened:
    """A top-level paragraph with its opener matched in its own part (None when unknown)."""

    paragraph: Paragraph
    part: str  # "preamble" or "operative"
    match: OpenerMatch | None


def check_openers(context: StructureContext) -> None:
    lexicon = context.lexicon
    if lexicon is None:
        return
    opened: list[Opened] = []
    operative_started = False
    for paragraph in context.resolution.paragraphs:
        kind = paragraph.kind
        if kind is ParagraphKind.OPERATIVE:
            operative_started = True
        if kind is ParagraphKind.PREAMBULAR:
            if operative_started:
                context.report("preamble-after-operative", paragraph.address, 0, len(paragraph.text))
            opened.append(_check_preamble_opener(context, lexicon, paragraph))
        elif kind is ParagraphKind.OPERATIVE:
            opened.append(_check_operative_opener(context, lexicon, paragraph))
        elif kind is ParagraphKind.CLAUSE:
            # An unnumbered clause may be preamble-like ("Acting under Chapter VII …,") or a
            # sole unnumbered operative paragraph: accept either kind of opener.
            match = match_opener(context, lexicon, paragraph.text, "operative")
            part = "operative"
            if match is None:
                match = _match_preamble(context, lexicon, paragraph.text)
                part = "preamble"
            opened.append(Opened(paragraph, part, match))
    for item in opened:
        if item.match is not None:
            _check_agreement(context, lexicon, item)
        _check_capitalization(context, item.paragraph)
    _check_sequencing(context, opened)
    _check_reserved(context, opened)


# --- known openers ---------------------------------------------------------------------


def _match_preamble(context: StructureContext, lexicon: Lexicon, text: str) -> OpenerMatch | None:
    return match_opener(context, lexicon, text, "preamble")


def match_opener(context: StructureContext, lexicon: Lexicon, text: str, part: str) -> OpenerMatch | None:
    """The lexicon's longest opener, retried on the language's known variations of the start.

    Arabic preambular paragraphs say إذ first and وإذ later, while the lexicon lists one
    form; Chinese puts "又"/"还"/"再次" or a short lead clause ("在这方面，") before the verb.
    The match returned always has offsets in the original text and covers the variation.
    """
    found = lexicon_match(lexicon, text, part)
    if found is not None:
        return found
    retries = structure_data()["opener_retries"].get(context.language)
    if not retries:
        return None
    stripped = len(text) - len(text.lstrip())
    body = text[stripped:]
    candidates: list[tuple[str, int]] = []  # (text to match, offset to add back)
    lead = retries.get("lead_clause")
    if lead:
        position = body.find(lead, 0, retries.get("lead_clause_max", 12))
        if position > 0:
            rest = body[position + len(lead):]
            skipped = stripped + position + len(lead) + len(rest) - len(rest.lstrip())
            body_variants = [(rest.lstrip(), skipped)]
        else:
            body_variants = []
    else:
        body_variants = []
    body_variants.insert(0, (body, stripped))
    removable = retries.get("remove", [])
    for variant, offset in body_variants:
        if offset != stripped:
            candidates.append((variant, offset))
        for prefix in retries.get("add", []):
            candidates.append((prefix + variant, offset - len(prefix)))
        # Strip adverbs one after another ("在这方面又请" -> "又请" -> "请").
        for _ in range(3):
            prefix = next((p for p in removable if variant.startswith(p) and len(variant) > len(p)), None)
            if prefix is None:
                break
            variant, offset = variant[len(prefix):], offset + len(prefix)
            candidates.append((variant, offset))
    for variant, offset in candidates:
        retry = lexicon_match(lexicon, variant, part)
        if retry is not None and retry.end + offset > stripped:
            return OpenerMatch(retry.entry, retry.end + offset, max(retry.italic_end + offset, stripped))
    return None


def first_words(text: str, language: str, count: int = 1) -> tuple[int, int]:
    """Span of the first ``count`` words (the first two characters in Chinese)."""
    stripped = len(text) - len(text.lstrip())
    if language == "zh":
        end = stripped
        while end < len(text) and end - stripped < 4 and _WORD.match(text[end]):
            end += 1
        return stripped, end
    words = list(_WORD.finditer(text, stripped))
    if not words:
        return stripped, stripped
    # A short first word ("Se", "A", "Est") or a particle (Arabic وإذ) says nothing alone.
    particles = structure_data()["sequencing"]["skip_leading"].get(language, [])
    first = words[0].group(0)
    short = len(first) <= 2 or first in particles
    take = count + 1 if short and len(words) > count else count
    words = words[:take]
    return words[0].start(), words[-1].end()


def _check_preamble_opener(context: StructureContext, lexicon: Lexicon, paragraph: Paragraph) -> Opened:
    text = paragraph.text
    match = _match_preamble(context, lexicon, text)
    if match is not None or not text.strip():
        return Opened(paragraph, "preamble", match)
    if _agreement_of_unknown(context, lexicon, paragraph, "preamble"):
        return Opened(paragraph, "preamble", None)
    start, end = first_words(text, context.language)
    opener = text[start:end]
    operative = match_opener(context, lexicon, text, "operative")
    if operative is not None and _parts_share_openers(context):
        return Opened(paragraph, "preamble", operative)
    if operative is not None:
        suggestions = lexicon.suggestions(text[start:operative.end], "preamble")
        context.report(
            "preamble-operative-verb", paragraph.address, start, operative.end,
            data={"suggestions": suggestions}, opener=text[start:operative.end],
            hint=context.hint(suggestions),
        )
    else:
        suggestions = lexicon.suggestions(opener, "preamble")
        context.report(
            "preamble-unknown-opener", paragraph.address, start, end,
            data={"suggestions": suggestions}, opener=opener, hint=context.hint(suggestions),
        )
    return Opened(paragraph, "preamble", None)


def _check_operative_opener(context: StructureContext, lexicon: Lexicon, paragraph: Paragraph) -> Opened:
    text = paragraph.text
    match = match_opener(context, lexicon, text, "operative")
    if match is not None or not text.strip():
        return Opened(paragraph, "operative", match)
    if _agreement_of_unknown(context, lexicon, paragraph, "operative"):
        return Opened(paragraph, "operative", None)
    start, end = first_words(text, context.language)
    opener = text[start:end]
    preamble = _match_preamble(context, lexicon, text)
    if preamble is not None and _parts_share_openers(context):
        return Opened(paragraph, "operative", preamble)
    if preamble is not None:
        suggestions = lexicon.suggestions(text[start:preamble.end], "operative")
        context.report(
            "operative-preamble-opener", paragraph.address, start, preamble.end,
            data={"suggestions": suggestions}, opener=text[start:preamble.end],
            hint=context.hint(suggestions),
        )
    else:
        suggestions = lexicon.suggestions(opener, "operative")
        context.report(
            "operative-unknown-verb", paragraph.address, start, end,
            data={"suggestions": suggestions}, opener=opener, hint=context.hint(suggestions),
        )
    return Opened(paragraph, "operative", None)


def _parts_share_openers(context: StructureContext) -> bool:
    """Chinese verbs have one form for both parts (回顾 "Recalling" / "Recalls")."""
    return context.language in structure_data()["shared_part_openers"]["languages"]


def _check_capitalization(context: StructureContext, paragraph: Paragraph) -> None:
    """Capital initial in en/fr/es, lower case in Russian; scripts without case are skipped."""
    text = paragraph.text
    stripped = len(text) - len(text.lstrip())
    first = text[stripped:stripped + 1]
    if not first or first.upper() == first.lower():
        return
    capital = context.settings.get("capitalized_openers", True)
    if capital == first.isupper():
        return
    expected = first.upper() if capital else first.lower()
    _, end = first_words(text, context.language)
    word = expected + text[stripped + 1:end]
    context.report(
        "opener-capitalization", paragraph.address, stripped, stripped + 1,
        fix=context.replace_fix(stripped, stripped + 1, expected), expected=word,
    )


# --- agreement with the organ ------------------------------------------------------------

_NOTE_PAIR = re.compile(r"^GA\b[^;]*;\s*SC(?:/[A-Z]+)*:\s*(.+?)\s*$")


@cache
def _genders(language: str, part: str) -> tuple[dict[str, str], dict[str, str]]:
    """(gender by normalized phrase, counterpart phrase by normalized phrase) for one lexicon part.

    Genders come from the lexicon's ``gender`` field, or from notes of the form
    "GA …; SC: <masculine form>" when the masculine form has as many words.
    """
    from drafter.core.lexicon import lexicon as load

    genders: dict[str, str] = {}
    counterparts: dict[str, str] = {}
    for entry in load(language).entries[part]:
        key = _normalized(entry.phrase)
        pair = _NOTE_PAIR.match(entry.note or "")
        other = pair.group(1) if pair else None
        if other and len(other.split()) != len(entry.phrase.split()):
            other = None
        gender = entry.gender or ("f" if other else None)
        if gender:
            genders[key] = gender
        if other:
            counterparts[key] = other
            counterparts.setdefault(_normalized(other), entry.phrase)
            genders.setdefault(_normalized(other), "m")
    return genders, counterparts


def _entry_gender(context: StructureContext, entry: Entry, part: str) -> str | None:
    """The gender an opener shows; for "Consciente en outre" that of its gendered head "Consciente"."""
    genders, _ = _genders(context.language, part)
    key = _normalized(entry.phrase)
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
    skip = set(structure_data()["agreement"]["skip_words"]) | _adverb_words(context)
    return [w for w in _WORD.finditer(text, 0, end) if w.group(0).casefold() not in skip]


def _check_agreement(context: StructureContext, lexicon: Lexicon, item: Opened) -> None:
    organ_gender = context.settings.get("organ_gender", {}).get(context.organ_key)
    match = item.match
    if not organ_gender or match is None:
        return
    gender = _entry_gender(context, match.entry, item.part)
    if gender is None or gender == organ_gender:
        return
    text = item.paragraph.text
    _, counterparts = _genders(context.language, item.part)
    counterpart = counterparts.get(_normalized(match.entry.phrase))
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
    found_words = list(_WORD.finditer(found))
    wanted_words = wanted.split()
    for word, other in zip(found_words, wanted_words, strict=False):
        if _normalized(word.group(0)) != _normalized(other):
            return offset + word.start(), offset + word.end(), other
    return offset, offset + len(found.rstrip()), wanted


def _report_agreement(
    context: StructureContext, paragraph: Paragraph, start: int, end: int, replacement: str, organ_gender: str
) -> None:
    from drafter.checks.structure_common import fragment

    found = paragraph.text[start:end]
    if found[:1].isupper():
        replacement = replacement[:1].upper() + replacement[1:]
    organ = context.settings.get("organ_names", {}).get(context.organ_key, context.organ_key)
    context.report(
        "opener-agreement", paragraph.address, start, end,
        fix=context.replace_fix(start, end, replacement),
        data={"expected": replacement, "organ_gender": organ_gender},
        found=found, expected=replacement, organ=organ,
        gender=fragment("gender", context.ui_language)[organ_gender],
    )


def _agreement_of_unknown(
    context: StructureContext, lexicon: Lexicon, paragraph: Paragraph, part: str
) -> bool:
    """An unknown opener that is a known one in the other gender ("Profondément préoccupé").

    Reports a disagreement when the known form is the organ's gender, and returns True
    (the opener is then not "unknown") in both cases.
    """
    organ_gender = context.settings.get("organ_gender", {}).get(context.organ_key)
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


# --- also / further ------------------------------------------------------------------------


def _adverbs(context: StructureContext) -> tuple[list[str], list[str]]:
    return _adverbs_of(context.language)


@cache
def _adverbs_of(language: str) -> tuple[list[str], list[str]]:
    from drafter.core.lexicon import language_settings

    settings = language_settings(language)
    extra = structure_data()["sequencing"]
    also = [settings.get("also", "also"), *extra["extra_also"].get(language, [])]
    further = [settings.get("further", "further"), *extra["extra_further"].get(language, [])]
    return [_normalized(a) for a in also if a], [_normalized(f) for f in further if f]


def _adverb_words(context: StructureContext) -> set[str]:
    also, further = _adverbs(context)
    return {word for phrase in (*also, *further) for word in phrase.split(" ")}


def _stage(context: StructureContext, phrase: str) -> tuple[int, str, str | None]:
    """(1 plain / 2 also / 3 further, base verb, adverb as written) of a normalized opener."""
    also, further = _adverbs(context)
    words = phrase.split(" ")
    skip = structure_data()["sequencing"]["skip_leading"].get(context.language, [])
    while len(words) > 1 and words[0] in skip:
        words = words[1:]
    if context.language == "zh":
        lead = [p for p in structure_data()["opener_retries"]["zh"]["remove"] if p not in (*also, *further)]
        phrase = _strip_prefixes(phrase.rsplit("，", 1)[-1], lead)
        for stage, adverbs in ((3, further), (2, also)):
            for adverb in adverbs:
                if phrase.startswith(adverb) and len(phrase) > len(adverb):
                    return stage, _strip_prefixes(phrase[len(adverb):], lead)[:2], adverb
        return 1, phrase[:2], None
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


def _check_sequencing(context: StructureContext, opened: list[Opened]) -> None:
    also_word = context.settings.get("also", "also")
    seen: dict[tuple[str, str], int] = {}
    for item in opened:
        if item.match is None:
            continue
        text = item.paragraph.text
        stripped = len(text) - len(text.lstrip())
        written = text[stripped:item.match.end]
        stage, base, adverb = _stage(context, _normalized(written))
        key = (item.part, base)
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
    if language == "zh":  # the opener as matched: lead adverbs, then 又/还, then the verb
        position = written.find(adverb)
        return (position, position + len(adverb)) if position >= 0 else None
    pattern = r"[\s\u00a0\u202f]+".join(re.escape(part) for part in adverb.split(" "))
    found = re.search(rf"(?<!\w){pattern}(?!\w)", written, re.IGNORECASE)
    return (found.start(), found.end()) if found else None


# --- language reserved to the Security Council --------------------------------------------


@cache
def _phrases_pattern(phrases: tuple[str, ...], language: str) -> re.Pattern[str]:
    """One pattern for a list of phrases, longest first, tolerant of no-break spaces."""
    alternatives = sorted(phrases, key=len, reverse=True)
    body = "|".join(
        r"[\s\u00a0\u202f]+".join(re.escape(part) for part in phrase.split(" ")) for phrase in alternatives
    )
    boundary = "" if language == "zh" else r"(?!\w)"
    return re.compile(f"(?:{body}){boundary}", re.IGNORECASE)


def _check_reserved(context: StructureContext, opened: list[Opened]) -> None:
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
