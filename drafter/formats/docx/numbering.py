"""The number Word displays for an automatically numbered paragraph.

Word stores no number in an auto-numbered paragraph, only a list instance
(``numId``) and a level (``ilvl``); the label ("5.", "(b)", "(ii)") is computed
while laying out the document from ``numbering.xml``: the abstract definition's
level (``start``, ``numFmt``, ``lvlText`` such as ``"(%2)"``, ``lvlRestart``,
``isLgl``), the instance's overrides (``lvlOverride``/``startOverride`` or a whole
replacement ``lvl``), and counters that run through the document in order. Checks
compare these labels with the structure, so they are computed here exactly as
Word does for the formats resolutions use.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from lxml import etree

from drafter.core.model import letter, roman
from drafter.formats.docx.read_styles import W_TRANSITIONAL, StyleSheet, on_off, safe_int

MAX_LEVELS = 9
_MAX_COUNTER = 100_000  # a corrupt start value must not make label formatting slow
_RUSSIAN = "абвгдежзиклмнопрстуфхцчшщэюя"
_ARABIC_ALPHA = "أبتثجحخدذرزسشصضطظعغفقكلمنهوي"
_ARABIC_ABJAD = "أبجدهوزحطيكلمنسعفصقرشتثخذضظغ"
_CHINESE_DIGITS = "〇一二三四五六七八九"
_PLACEHOLDER = re.compile(r"%([1-9])")


@dataclass(frozen=True)
class Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = ""  # lvlText; a level without one shows no number
    restart: int | None = None  # lvlRestart (1-based level index; 0 = never); None = default
    legal: bool = False  # isLgl: show all levels' numbers as decimal
    style: str | None = None  # pStyle the level is linked to


def _alphabet(number: int, letters: str) -> str:
    count = len(letters)
    repeat, index = divmod(number - 1, count)
    return letters[index] * (repeat + 1)


def _chinese(number: int) -> str:
    if number < 10:
        return _CHINESE_DIGITS[number]
    if number < 100:
        tens, units = divmod(number, 10)
        head = "" if tens == 1 else _CHINESE_DIGITS[tens]
        return f"{head}十{_CHINESE_DIGITS[units] if units else ''}"
    return str(number)


def format_number(number: int, fmt: str) -> str:
    """One counter in a numFmt (unknown formats fall back to decimal, as Word's own fallback)."""
    number = max(0, min(number, _MAX_COUNTER))
    if fmt == "none":
        return ""
    if number == 0 and fmt not in ("decimal", "decimalZero"):
        return "0"
    if fmt == "lowerLetter":
        return letter(number)
    if fmt == "upperLetter":
        return letter(number).upper()
    if fmt == "lowerRoman":
        return roman(number)
    if fmt == "upperRoman":
        return roman(number).upper()
    if fmt == "decimalZero":
        return f"{number:02d}"
    if fmt == "russianLower":
        return _alphabet(number, _RUSSIAN)
    if fmt == "russianUpper":
        return _alphabet(number, _RUSSIAN).upper()
    if fmt == "arabicAlpha":
        return _alphabet(number, _ARABIC_ALPHA)
    if fmt == "arabicAbjad":
        return _alphabet(number, _ARABIC_ABJAD)
    if fmt in ("chineseCounting", "chineseCountingThousand", "ideographTraditional", "taiwaneseCounting"):
        return _chinese(number)
    if fmt in ("decimalFullWidth", "decimalFullWidth2"):
        return "".join(chr(0xFF10 + int(d)) for d in str(number))
    if fmt == "decimalEnclosedParen":
        return f"({number})"
    return str(number)


class Numbering:
    """Definitions from numbering.xml plus the running counters of one pass over the body."""

    def __init__(self, root: etree._Element | None, styles: StyleSheet, w: str = W_TRANSITIONAL) -> None:
        self.w = w
        self.styles = styles
        self._abstract: dict[int, dict[int, Level]] = {}
        self._abstract_style_link: dict[int, str] = {}  # numStyleLink -> numbering style
        self._num_abstract: dict[int, int] = {}
        self._num_overrides: dict[int, dict[int, etree._Element]] = {}
        self._num_start_overrides: dict[int, dict[int, int]] = {}
        self._style_levels: dict[str, tuple[int, int]] = {}  # pStyle -> (abstractNumId, ilvl)
        # Counters run per abstract definition (instances of one list continue each other).
        self._counters: dict[int, list[int | None]] = {}
        self._used_nums: set[int] = set()
        # Start values a list instance's startOverride imposes on its next paragraph at a level.
        self._pending: dict[int, dict[int, int]] = {}
        self._levels_cache: dict[tuple[int, int], dict[int, Level]] = {}
        if root is not None:
            self._load(root)

    # --- definitions -------------------------------------------------------------
    def _level(self, element: etree._Element, base: Level | None = None) -> Level:
        q = f"{{{self.w}}}"
        level = base or Level()

        def val(tag: str) -> str | None:
            found = element.find(f"{q}{tag}")
            return None if found is None else found.get(f"{q}val")

        start = safe_int(val("start"))
        fmt = val("numFmt")
        text = val("lvlText")
        restart = safe_int(val("lvlRestart"))
        legal = on_off(element.find(f"{q}isLgl"), self.w)
        style = val("pStyle")
        return replace(
            level,
            start=level.start if start is None else max(0, min(start, _MAX_COUNTER)),
            fmt=level.fmt if fmt is None else fmt,
            text=level.text if text is None else text,
            restart=level.restart if restart is None else restart,
            legal=level.legal if legal is None else legal,
            style=level.style if style is None else style,
        )

    def _load(self, root: etree._Element) -> None:
        q = f"{{{self.w}}}"
        for abstract in root.iter(f"{q}abstractNum"):
            ident = safe_int(abstract.get(f"{q}abstractNumId"))
            if ident is None:
                continue
            levels: dict[int, Level] = {}
            for lvl in abstract.findall(f"{q}lvl"):
                index = safe_int(lvl.get(f"{q}ilvl"), 0)
                if index is not None and 0 <= index < MAX_LEVELS:
                    levels[index] = self._level(lvl)
                    if levels[index].style:
                        self._style_levels.setdefault(levels[index].style or "", (ident, index))
            self._abstract.setdefault(ident, levels)
            link = abstract.find(f"{q}numStyleLink")
            if link is not None and link.get(f"{q}val"):
                self._abstract_style_link[ident] = link.get(f"{q}val") or ""
        for num in root.iter(f"{q}num"):
            num_id = safe_int(num.get(f"{q}numId"))
            abstract_el = num.find(f"{q}abstractNumId")
            if num_id is None or abstract_el is None:
                continue
            abstract_id = safe_int(abstract_el.get(f"{q}val"))
            if abstract_id is None:
                continue
            self._num_abstract.setdefault(num_id, abstract_id)
            for override in num.findall(f"{q}lvlOverride"):
                index = safe_int(override.get(f"{q}ilvl"), 0)
                if index is None or not 0 <= index < MAX_LEVELS:
                    continue
                start_el = override.find(f"{q}startOverride")
                start = safe_int(start_el.get(f"{q}val")) if start_el is not None else None
                if start is not None:
                    self._num_start_overrides.setdefault(num_id, {})[index] = max(0, min(start, _MAX_COUNTER))
                lvl = override.find(f"{q}lvl")
                if lvl is not None:
                    self._num_overrides.setdefault(num_id, {})[index] = lvl

    def _abstract_for(self, num_id: int) -> int | None:
        """The abstract definition of a list instance, following numStyleLink to the numbering style."""
        abstract_id = self._num_abstract.get(num_id)
        for _ in range(4):
            if abstract_id is None or abstract_id not in self._abstract_style_link:
                break
            linked_num, _level = self.styles.numbering(self._abstract_style_link[abstract_id])
            if linked_num is None or linked_num == num_id:
                break
            abstract_id = self._num_abstract.get(linked_num)
        return abstract_id

    def _levels(self, num_id: int, abstract_id: int) -> dict[int, Level]:
        """The levels of a list instance: its abstract definition with the instance's overrides."""
        key = (num_id, abstract_id)
        if key not in self._levels_cache:
            levels = dict(self._abstract.get(abstract_id, {}))
            for index, lvl in self._num_overrides.get(num_id, {}).items():
                levels[index] = self._level(lvl, levels.get(index))
            self._levels_cache[key] = levels
        return self._levels_cache[key]

    # --- paragraph resolution ------------------------------------------------------
    def paragraph_numbering(
        self, style_id: str | None, num_id: int | None, level: int | None
    ) -> tuple[int, int] | None:
        """(numId, ilvl) in force for a paragraph: direct numPr first, then its style's."""
        style_num, style_level = self.styles.numbering(style_id)
        if num_id is None:
            num_id = style_num
            if level is None:
                level = style_level
        if num_id is None or num_id == 0:
            return None
        if level is None:
            abstract_id = self._abstract_for(num_id)
            linked = self._style_levels.get(style_id or "")
            level = linked[1] if linked and linked[0] == abstract_id else 0
        if not 0 <= level < MAX_LEVELS:
            level = 0
        return num_id, level

    def next_label(self, num_id: int, level: int) -> str | None:
        """Advance the counters for one numbered paragraph and return the label Word shows.

        Returns None when the list instance does not exist (Word then shows no number).
        """
        abstract_id = self._abstract_for(num_id)
        if abstract_id is None or abstract_id not in self._abstract:
            return None
        levels = self._levels(num_id, abstract_id)
        definition = levels.get(level, Level())
        counters = self._counters.setdefault(abstract_id, [None] * MAX_LEVELS)
        if num_id not in self._used_nums:
            self._used_nums.add(num_id)
            for index, start in self._num_start_overrides.get(num_id, {}).items():
                counters[index] = None
                self._pending_start(abstract_id)[index] = start
        pending = self._pending_start(abstract_id)
        current = counters[level]
        if current is None:
            counters[level] = pending.pop(level, definition.start)
        else:
            counters[level] = current + 1
            pending.pop(level, None)
        for deeper in range(level + 1, MAX_LEVELS):
            restart = levels.get(deeper, Level()).restart
            if restart == 0:
                continue
            restart_after = deeper - 1 if restart is None else restart - 1
            if level <= restart_after:
                counters[deeper] = None
        return self._render(definition, levels, counters, level, pending)

    def _pending_start(self, abstract_id: int) -> dict[int, int]:
        return self._pending.setdefault(abstract_id, {})

    def _render(
        self,
        definition: Level,
        levels: dict[int, Level],
        counters: list[int | None],
        level: int,
        pending: dict[int, int],
    ) -> str:
        def substitute(match: re.Match[str]) -> str:
            index = int(match.group(1)) - 1
            other = levels.get(index, Level())
            value = counters[index]
            if value is None:
                value = pending.get(index, other.start)
            fmt = "decimal" if definition.legal and other.fmt != "none" else other.fmt
            return format_number(value, fmt)

        if definition.fmt == "bullet":
            return definition.text
        return _PLACEHOLDER.sub(substitute, definition.text)
