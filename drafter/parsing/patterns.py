"""Compiled line shapes shared by the text reader and structure recovery.

The shapes themselves (closing meeting lines, annex openers, cover lines, organ
names) are data in ``resources/structure/patterns.json``; this module compiles them
once per process and answers small yes/no questions about one line or block, so
that both the reader (which must cut paragraphs before it knows the structure) and
structure recovery agree on what a formula, a closing line or an annex opener is.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from typing import Any

from drafter.core.lexicon import LANGUAGES, language_settings, lexicon, normalize
from drafter.core.opener_shape import has_opener_shape
from drafter.core.script import has_letter_case
from drafter.resources import load_json

_FLAGS = re.IGNORECASE | re.UNICODE
_TRAILING_FORMULA_PUNCT = " ,،，:;.\u00a0"


@cache
def patterns() -> dict[str, Any]:
    return load_json("structure/patterns.json")


def _compile_all(items: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{item})" for item in items), _FLAGS)


@cache
def closing_re() -> re.Pattern[str]:
    return _compile_all(patterns()["closing"]["all"])


@cache
def annex_re() -> re.Pattern[str]:
    return _compile_all(patterns()["annex_start"]["all"])


@cache
def cover_re(name: str) -> re.Pattern[str]:
    value = patterns()["cover"][name]
    return _compile_all(value) if isinstance(value, list) else re.compile(value, _FLAGS)


@cache
def heading_numeral_re() -> re.Pattern[str]:
    """A section numeral alone on its line ("IV", "B", "二", "ثانيا"); group 1 is the numeral."""
    alternation = "|".join(patterns()["heading_numeral"]["all"])
    return re.compile(f"^[ \\t\u00a0]*({alternation})[ \\t\u00a0]*$")


@cache
def titled_numeral_re() -> re.Pattern[str]:
    """A roman or spelt-out numeral and its title on one line, no full stop ("I Revised …")."""
    alternation = "|".join(patterns()["titled_numeral"]["all"])
    return re.compile(f"^[ \\t\u00a0]*({alternation})[ \\t\u00a0]+(\\S[^\\n]{{0,400}})$")


@cache
def number_words() -> frozenset[str]:
    return frozenset(patterns()["number_words"]["all"])


@cache
def _note_after_mark_re() -> re.Pattern[str]:
    return re.compile(patterns()["note_after_mark"]["pattern"])


def without_note_after_mark(text: str) -> str:
    """``text`` without a footnote number typed after its final mark ("sessions;16",
    "Iran, 4"), so that the mark is what it ends with. Structure recovery reads blocks
    before their marks are taken out, and the checks read text whose marks no footnote
    claimed: both must see the same end (the shapes: ``note_after_mark`` in the data)."""
    return _note_after_mark_re().sub("", text)


def clean(text: str) -> str:
    """One line with tabs, no-break spaces and runs of spaces collapsed, stripped."""
    return " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").split())


@cache
def _formulas() -> dict[str, tuple[str, str, bool]]:
    """Normalized formula without its final comma -> (organ key, language, comma needed).

    A formula that is only the organ's name ("大会", "Генеральная Ассамблея", as the
    language data's ``organ_names`` say) needs its comma, or the cover line naming the
    organ would be taken for it; one with an article ("The General Assembly") or a
    particle (Arabic "إن الجمعية العامة", ``formula_particle``) is a formula even when
    the comma is missing, and without its particle it is one with its comma.
    """
    table: dict[str, tuple[str, str, bool]] = {}
    for language in LANGUAGES:
        settings = language_settings(language)
        for organ, formula in settings["formulas"].items():
            key = normalize(formula).rstrip(_TRAILING_FORMULA_PUNCT)
            name = normalize(settings.get("organ_names", {}).get(organ, ""))
            table[key] = (organ, language, key == name)
            particle = normalize(settings.get("formula_particle", ""))
            if particle and key.startswith(particle + " "):
                table[key[len(particle) + 1:]] = (organ, language, True)
    return table


@cache
def _squeezed_formulas() -> dict[str, tuple[str, str, bool]]:
    """The formulas of ``_formulas`` with their spaces taken out, for the typing slip of
    a missing space ("L’Assembléegénérale," GA 75/112 fr): the formula is read through
    it, and the structure checks report the slip (formula-slip)."""
    table: dict[str, tuple[str, str, bool]] = {}
    for key, value in _formulas().items():
        table.setdefault(key.replace(" ", ""), value)
    return table


def formula_of(text: str, *, comma_optional: bool = False) -> tuple[str, str] | None:
    """(organ key, language) when the block is an organ formula ("The General Assembly,").

    ``comma_optional`` accepts a bare organ name ("Экономический и Социальный Совет")
    for callers that have other evidence that the line is the formula.
    """
    stripped = text.strip()
    if not stripped or len(stripped) > 60:
        return None
    bare = normalize(stripped).rstrip(_TRAILING_FORMULA_PUNCT)
    found = _formulas().get(bare) or _squeezed_formulas().get(bare.replace(" ", ""))
    if found is None:
        return None
    organ, language, comma_needed = found
    if comma_needed and not comma_optional and stripped.rstrip(" \u00a0")[-1:] not in ",،，":
        return None
    return organ, language


_COVER_AFTER_FORMULA = 30  # lines after a comma-less formula where the real one may follow


_FIRST_OPERATIVE = re.compile(r"^\s*1\s*[.\-–]\s")


def opens_body(text: str, language: str) -> bool:
    """Whether a line right after an organ's bare name shows that name to be the formula.

    Texts with no preamble leave the formula's comma out ("Генеральная Ассамблея",
    "大会"): what follows is then the operative part straight away ("1. …", an
    operative verb: GA 75/255), or one clause ending with a colon that introduces it
    ("принимает следующую декларацию:", GA 75/1 ru; "正式决定：", GA 75/256 zh;
    "рекомендует … резолюции:" before an ECOSOC draft). A masthead's line naming the
    organ is followed by other cover lines ("Distr.: General").
    """
    if _FIRST_OPERATIVE.match(text) or text.rstrip().endswith((":", "：")):
        return True
    return language in LANGUAGES and (
        lexicon(language).match(text, "operative") is not None
        or has_opener_shape(text, "operative", language)
    )


def bare_formula(text: str, following: str) -> bool:
    """An organ's name without its comma, made a formula by the line after it (opens_body)."""
    found = formula_of(text, comma_optional=True)
    return found is not None and formula_of(text) is None and opens_body(following, found[1])


def choose_formula(candidates: Iterable[tuple[int, str]]) -> int | None:
    """Position of the formula among (position, text) candidate lines in reading order.

    The first formula, unless it lacks its comma and the same organ's formula with its
    comma follows within the cover: Arabic covers name the organ with the formula's
    words ("إن المجلس الاقتصادي والاجتماعي"), and the formula proper ("… والاجتماعي،")
    comes after the title lines. A line ending with a colon ends the search: what
    follows it is a nested draft ("… the following draft resolution:"), whose formula
    is not the text's own. Failing those, an organ's bare name that the next line shows
    to be the formula (bare_formula). (Blocks: recovery._find_formula.)
    """
    first: tuple[int, str] | None = None
    bare: int | None = None
    before: tuple[int, str] | None = None  # the line before, for bare_formula
    for position, text in candidates:
        if bare is None and before is not None and bare_formula(before[1], text):
            bare = before[0]
        before = (position, text)
        ends_cover = position > first[0] + _COVER_AFTER_FORMULA if first else False
        if (first is not None or bare is not None) and (ends_cover or text.rstrip().endswith((":", "："))):
            break
        found = formula_of(text)
        if found is None:
            continue
        with_comma = text.rstrip()[-1:] in ",،，"
        if first is None:
            if with_comma:
                return position if bare is None else bare
            first = (position, found[0])
        elif with_comma and found[0] == first[1]:
            return position
    return first[0] if first else bare


def find_inline_formula(text: str) -> re.Match[str] | None:
    """A formula followed by its comma inside a longer line (texts flattened to one line)."""
    keys = sorted((k for k, v in _formulas().items() if not v[2]), key=len, reverse=True)
    alternation = "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in keys)
    return re.search(f"(?:^|\\s)({alternation})[,،，]\\s", text, _FLAGS)


def is_closing(text: str) -> bool:
    if len(text) > 300:
        return False
    stripped = clean(text)
    return 0 < len(stripped) <= 140 and closing_re().match(stripped) is not None


def is_annex_start(text: str) -> bool:
    if len(text) > 300:
        return False
    stripped = clean(text)
    return 0 < len(stripped) <= 160 and annex_re().match(stripped) is not None


@cache
def opener_first_words(language: str) -> frozenset[str]:
    """First words of the preambular openers of a language ("Acting", "Deeply" …).

    Used by the reader to see that a wrapped line starts a new preambular paragraph
    even when the whole opener phrase differs from the lexicon's ("Acting under
    Chapter VII of the Charter," against "… of the Charter of the United Nations").
    """
    words = set()
    # Short words are articles in cased languages ("The"), but in Arabic the short
    # "وإذ"/"إذ" (whereas) is what opens every preambular paragraph.
    shortest = 4 if has_letter_case(language) else 2
    for entry in lexicon(language).entries["preamble"]:
        first = normalize(entry.phrase).split(" ")[0]
        if len(first) >= shortest:
            words.add(first)
    return frozenset(words)
