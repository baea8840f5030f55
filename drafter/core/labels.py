"""The numbers and labels printed before paragraphs: "5.", "(b)", "b)", "(أ)".

Numbers are never stored in the model; the editor, the Word export and the
redline all draw them from the paragraphs' kinds and levels with this one
function, so what the drafter sees is what Word shows and what a redline tracks.
Following UN practice, a lone operative paragraph is not numbered. Numbering starts
afresh in each part and nested draft (see ``drafter.core.model``), where the
lone-paragraph rule applies part by part, and a part heading prints its name ("B",
"II", or the language's own: Arabic "باء", Chinese "二").
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from drafter.core.lexicon import language_settings
from drafter.core.model import Paragraph, ParagraphKind, letter, part_names, roman, sublabel_core
from drafter.resources import load_json

DASHES = frozenset({"-", "–", "—", "•", "·"})
_ITEM_KINDS = {"subparagraph", "preambular_item"}
_RESET_KINDS = {"operative", "preambular", "clause", "heading"}
_SCOPE_KINDS = {ParagraphKind.PART.value, ParagraphKind.DRAFT_FORMULA.value}


_CJK_DIGITS = "一二三四五六七八九"
_PARENTHESIZED_IDEOGRAPHS = "㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩"


def chinese_numeral(number: int) -> str:
    """一 … 九十九 (sub-paragraph labels of Chinese texts go past ten: "(十一)")."""
    tens, units = divmod(number, 10)
    head = "" if tens == 0 else "十" if tens == 1 else _CJK_DIGITS[tens - 1] + "十"
    return head + (_CJK_DIGITS[units - 1] if units else "")


def chinese_value(text: str) -> int | None:
    """The number of ㈠ … ㈩ or of a Chinese numeral up to 九十九, else None."""
    if len(text) == 1 and text in _PARENTHESIZED_IDEOGRAPHS:
        return _PARENTHESIZED_IDEOGRAPHS.index(text) + 1
    for number in range(1, 100):
        if chinese_numeral(number) == text:
            return number
    return None


def format_figure(form: str, number: int) -> str:
    """A figure label in a language's format: "’{n}‘" (Arabic) gives ’3‘; "cjk" (Chinese)
    gives ㈢ up to ten, then (十一)."""
    if form == "cjk":
        return _PARENTHESIZED_IDEOGRAPHS[number - 1] if number <= 10 else f"({chinese_numeral(number)})"
    return form.format(n=number)


@dataclass(frozen=True)
class LabelStyle:
    """A language's label style (resources/languages/<lang>.json): "5." or Arabic "5 -",
    "(b)" or "b)", Arabic letters at the first sub-level and ’1‘ at the second."""

    opening: str = "("
    closing: str = ")"
    level1_letters: tuple[str, ...] = ()  # Arabic (أ) (ب) …; empty: Latin letters
    language: str = "en"
    number_format: str = "{n}."
    # Sub-levels whose labels are figures in a format of their own: ((2, "’{n}‘"),) in Arabic.
    level_formats: tuple[tuple[int, str], ...] = ()
    # The resolution's number before its title: "76/71." or Arabic "76/71. -".
    title_number_format: str = "{n}."

    @classmethod
    def for_language(cls, language: str) -> LabelStyle:
        try:
            settings = language_settings(language or "en")
        except (FileNotFoundError, ValueError):
            settings = language_settings("en")
        return cls(
            settings.get("label_open", "("),
            settings.get("label_close", ")"),
            tuple(settings.get("level1_letters") or ()),
            language or "en",
            settings.get("operative_number_format", "{n}."),
            tuple((int(level), form) for level, form in (settings.get("sub_label_formats") or {}).items()),
            settings.get("title_number_format", "{n}."),
        )

    def number(self, number: int) -> str:
        return self.number_format.format(n=number)

    def title_number(self, number: str) -> str:
        """The resolution's number as it stands before its title ("76/71.", "76/71. -")."""
        return self.title_number_format.format(n=number) if number else ""

    def sub_label(self, level: int, index: int) -> str:
        for formatted_level, form in self.level_formats:
            if formatted_level == level:
                return format_figure(form, index)
        core = sublabel_core(level, index)
        if level == 1 and 0 < index <= len(self.level1_letters):
            core = self.level1_letters[index - 1]
        return f"{self.opening}{core}{self.closing}"

    def part_label(self, name: str) -> str:
        """A part's printed name: "B" -> "باء" in Arabic, "II" -> "二" in Chinese."""
        return printed_part_name(name, self.language)


def printed_part_name(name: str, language: str) -> str:
    """The language's own form of a part name given in the Latin form of addresses."""
    data = load_json("structure/parts.json")
    is_roman = all(ch in "IVX" for ch in name)
    index = _roman_index(name) if is_roman else _letter_index(name)
    names = data["roman" if is_roman else "letters"].get(language, [])
    return names[index - 1] if 0 < index <= len(names) else name


def _roman_index(name: str) -> int:
    return next((n for n in range(1, 100) if roman(n).upper() == name), 0)


def _letter_index(name: str) -> int:
    return next((n for n in range(1, 100) if letter(n).upper() == name), 0)


def _lone_operatives(kinds: list[str]) -> set[int]:
    """Positions of operative paragraphs that are the only one of their part or text."""
    lone: set[int] = set()
    scope: list[int] = []
    for index, kind in enumerate([*kinds, ParagraphKind.PART.value]):
        if kind in _SCOPE_KINDS:
            if len(scope) == 1:
                lone.add(scope[0])
            scope = []
        elif kind == "operative":
            scope.append(index)
    return lone


def printed_labels(
    items: Iterable[tuple[str, int, str | None]], style: LabelStyle,
    negotiation: Sequence[str] = (),
) -> list[str | None]:
    """One label per (kind value, level, source label) item; None where nothing is printed.

    A sub-item whose source carried a dash keeps the dash (SC 757's dash items).
    ``negotiation`` gives the items' negotiation labels ("bis"): such an operative
    paragraph prints the number before it ("5 bis.") and later numbers do not move.
    """
    entries = list(items)
    extra = list(negotiation) + [""] * (len(entries) - len(negotiation))
    lone = _lone_operatives([kind for kind, _, _ in entries])
    names = part_names((kind, source) for kind, _, source in entries)
    labels: list[str | None] = []
    number = 0
    counters: list[int] = []
    for position, (kind, level, source) in enumerate(entries):
        if kind in _SCOPE_KINDS:
            number = 0
            counters = []
            labels.append(style.part_label(names[position]) if position in names else None)
        elif kind == "operative":
            number += not extra[position]
            counters = []
            tail = f" {extra[position]}" if extra[position] else ""  # "5 bis."
            labels.append(None if position in lone and not tail
                          else style.number_format.format(n=f"{number}{tail}"))
        elif kind in _ITEM_KINDS:
            level = max(1, level)
            del counters[level:]
            while len(counters) < level:
                counters.append(0)
            counters[level - 1] += 1
            dash = (source or "").strip()
            labels.append(dash if dash in DASHES else style.sub_label(level, counters[level - 1]))
        else:
            if kind in _RESET_KINDS:
                counters = []
            labels.append(None)
    return labels


def paragraph_labels(paragraphs: Iterable[Paragraph], language: str) -> list[str | None]:
    """Labels of a resolution's body paragraphs in the language's style."""
    paragraphs = list(paragraphs)
    items = ((p.kind.value, p.level, p.source_label) for p in paragraphs)
    negotiation = [p.negotiation_label for p in paragraphs]
    return printed_labels(items, LabelStyle.for_language(language), negotiation)
