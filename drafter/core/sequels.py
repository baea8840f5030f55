"""The sequencing form that follows an opener: "Recalling" -> "Recalling also".

Where the adverb goes is language data (resources/languages/<lang>.json): after the
opener's first word ("Noting also with concern", "Rappelant également"), after the
verb that follows a particle (Arabic "وإذ تشير أيضا إلى", never "وإذ أيضا تشير"),
before the opener ("Also requests"), or glued before it in a language written
without spaces (Chinese "又回顾", never "又 又回顾").
"""

from __future__ import annotations

from drafter.core.lexicon import language_settings, lexicon, normalize


def sequel(previous_phrase: str, part: str, language: str) -> str:
    """The opener that follows ``previous_phrase`` in the same part: also, then further."""
    settings = language_settings(language)
    adverbs = (settings.get("also", "also"), settings.get("further", "further"))
    position = settings.get("adverb_position", {}).get(part, "after")
    if not settings.get("spaces_between_words", True):
        base, step = _base_unspaced(previous_phrase, adverbs)
        composed = (adverbs[0] if step == 0 else adverbs[1]) + base
    else:
        head = _head(previous_phrase.split(), settings.get("opener_particles", []))
        base, step = _base(previous_phrase, adverbs, head)
        composed = _compose(base, adverbs[0] if step == 0 else adverbs[1], position, head)
    entry = lexicon(language).lookup(composed, part)
    return entry.phrase if entry is not None else composed


def _head(words: list[str], particles: list[str]) -> int:
    """How many words the adverb follows: the first word, or a particle and its verb."""
    skipped = 0
    while skipped < len(words) - 1 and words[skipped] in particles:
        skipped += 1
    return skipped + 1


def _base_unspaced(phrase: str, adverbs: tuple[str, str]) -> tuple[str, int]:
    for step, adverb in ((2, adverbs[1]), (1, adverbs[0])):
        if phrase.startswith(adverb) and len(phrase) > len(adverb):
            return phrase[len(adverb):], step
    return phrase, 0


def _base(phrase: str, adverbs: tuple[str, str], head: int) -> tuple[str, int]:
    """The phrase without its sequencing adverb, and its step (0 none, 1 also, 2 further).

    The adverb stands first ("Also requests") or after the head ("Noting also with
    concern", "Rappelant en outre", "وإذ تشير كذلك إلى").
    """
    words = phrase.split()
    for step, adverb in ((1, adverbs[0]), (2, adverbs[1])):
        wanted = [normalize(w) for w in adverb.split()]
        size = len(wanted)
        if [normalize(w) for w in words[:size]] == wanted and len(words) > size:
            rest = words[size:]
            return " ".join([rest[0][:1].upper() + rest[0][1:], *rest[1:]]), step
        for start in range(1, len(words) - size + 1):
            if start >= head and [normalize(w) for w in words[start : start + size]] == wanted:
                return " ".join([*words[:start], *words[start + size :]]), step
    return phrase, 0


def _compose(base: str, adverb: str, position: str, head: int) -> str:
    """Put the sequencing adverb after the opener's head, or before the opener."""
    if position == "after":
        words = base.split()
        return " ".join([*words[:head], adverb, *words[head:]])
    return f"{adverb[:1].upper()}{adverb[1:]} {base[:1].lower()}{base[1:]}"


def with_case_of(phrase: str, model: str) -> str:
    """``phrase`` capitalized when ``model`` (what the drafter typed) starts with a capital."""
    if model[:1].isupper() and phrase[:1].islower():
        return phrase[:1].upper() + phrase[1:]
    return phrase
