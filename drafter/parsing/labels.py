"""Typed labels at the start of a paragraph and the sub-paragraph level they imply.

A paragraph may start with an operative number ("5.", Arabic "5 - "), a
sub-paragraph label ("(b)", French/Spanish "b)", Russian "б)", Arabic "(ب)", OCR
"(1)" for "(i)"), a dash item, or be a section numeral alone ("IV", "B"). The level
of a sub-paragraph label depends on what came before: "(i)" right after "(h)" is
the letter i, while "(i)" after "(a)" opens a roman sub-level.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from drafter.core.labels import chinese_value
from drafter.core.model import letter, roman
from drafter.parsing.patterns import heading_numeral_re

# Labels may carry direction marks (RLM, LRM, ALM) where right-to-left text meets
# figures ("\u200f19 -\u200f", GA 75/188 ar; "6.\u200e Reaffirms", GA 75/248 en).
_LABEL_SPACE = " \t\u00a0\u200e\u200f\u061c"
_S = f"[{_LABEL_SPACE}]"
# "5." or Arabic "5 - "; Arabic texts also type "5 – " (en dash) and "12-" glued to the word.
_NUMBER = re.compile(
    rf"^{_S}*(\d{{1,3}}){_S}*(\.|[-–](?={_S})|[-–](?=[\u0600-\u06ff]))(?={_S}|$|[\u0600-\u06ff]){_S}*"
)
# Letters, or a roman numeral of up to eight letters ("(xviii)", "xxiii)": long series);
# Arabic doubles its letters with a space ("(أ أ)" after "(غ)"). Full-width brackets
# ("（a）", Chinese texts) are the same label; Chinese text may follow unspaced.
_PAREN = re.compile(
    rf"^{_S}*[(（]([ivxlc]{{5,8}}|[^\W\d_]{{1,4}}|[\u0621-\u064a] [\u0621-\u064a]|\d{{1,2}})[)）]"
    rf"(?={_S}|$|[\u3400-\u9fff]){_S}*"
)
_CLOSE = re.compile(rf"^{_S}*([ivxlc]{{5,8}}|[^\W\d_]{{1,4}})[)）](?={_S}){_S}*")
# Chinese second sub-level: ㈠ … ㈩ (parenthesized ideographs), then (十一) …
_IDEOGRAPH = re.compile(rf"^{_S}*([\u3220-\u3229]){_S}*")
# Arabic second sub-level: a figure in reversed quotes, ’1‘ (or ‘1’ as some texts type it).
_QUOTED = re.compile(rf"^{_S}*[’‘'](\d{{1,2}})[’‘'](?={_S}){_S}*")
_DASH = re.compile(rf"^{_S}*([-–—•]){_S}+")
# A slipped operative number: "10 Alienta" (no full stop), "l. Decides" (the letter l
# typed for the figure 1), Chinese "１．决定" (full-width) or "3、鼓励", Arabic "3 ـ تشجع"
# (a tatweel or another dash where "3 - " belongs).
_SLIP_MARKS = ".．、ـ—‐‑−"
_SLIPPED_NUMBER = re.compile(
    rf"^{_S}*([0-9０-９l]{{1,3}}){_S}*([{_SLIP_MARKS}]?)(?:{_S}+|(?<=[.．、])(?=[\u3400-\u9fff]))(?=\S)"
)
_ROMAN = re.compile(r"^(?=[ivxlc])c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})$")
_LATIN_LETTER = re.compile(r"^[a-z]{1,2}$")


@dataclass(frozen=True)
class Label:
    """A label found at the start of a paragraph."""

    kind: str  # "number", "sub", "dash", "heading"
    raw: str  # as typed, stripped: "5.", "(b)", "a)", "5 -", "II"
    core: str  # "5", "b", "ii", "-", "II"
    end: int  # where the words start in the text


def parse_label(text: str) -> Label | None:
    """The label at the start of ``text``, or None."""
    for kind, pattern in (
        ("number", _NUMBER), ("sub", _PAREN), ("sub", _CLOSE), ("sub", _QUOTED), ("dash", _DASH)
    ):
        found = pattern.match(text)
        if found:
            return Label(kind, found.group(0).strip(_LABEL_SPACE), figure_core(found.group(1)), found.end())
    found = _IDEOGRAPH.match(text)
    if found:
        return Label("sub", found.group(0).strip(_LABEL_SPACE), figure_core(found.group(1)), found.end())
    found = heading_numeral_re().match(text)
    if found:
        core = found.group(1).rstrip(".、")
        return Label("heading", found.group(0).strip(), core, len(text))
    return None


def figure_core(core: str) -> str:
    """A Chinese figure label ("㈢", "十一") as its number ("3", "11"); others unchanged."""
    value = chinese_value(core) if not core.isascii() else None
    return str(value) if value is not None else core


def parse_slipped_number(text: str, expected: int) -> Label | None:
    """An operative number typed with a slip, when it is the number expected here.

    Official texts have them: "10 Alienta" without its full stop, "l. Decides" with the
    letter l for the figure 1. The caller also requires a known operative opener after
    it, so a sentence that starts with a figure is not taken for a paragraph number.
    """
    found = _SLIPPED_NUMBER.match(text)
    if not found or _NUMBER.match(text):
        return None  # no number, or the usual "10." / Arabic "10 - "
    digits = found.group(1).replace("l", "1")
    if not digits.isdigit() or int(digits) != expected:
        return None
    return Label("number", found.group(0).strip(_LABEL_SPACE), str(expected), found.end())


def slip_needs_opener(label: Label) -> bool:
    """Whether a slipped number must be followed by a known operative opener to count.

    A figure with no mark after it ("10 Alienta") or with the letter l ("l. Decides")
    could start a sentence ("2 countries have …"), so an opener must confirm it; a
    figure with a mark ("3、", "１．", "3 ـ") is shaped like a label already.
    """
    return "l" in label.raw or label.raw[-1:] not in _SLIP_MARKS


def slip_number(label: str) -> int | None:
    """The number meant by a slipped operative label ("10" -> 10, "l." -> 1), else None."""
    if _NUMBER.match(label + " x"):
        return None  # "10." or Arabic "10 -": no slip
    found = _SLIPPED_NUMBER.match(label + " x")
    if not found or found.end() != len(label) + 1:
        return None  # more than a number: "1 bis." is a negotiation label, not a slip
    digits = found.group(1).replace("l", "1")
    return int(digits) if digits.isdigit() else None


def parse_auto_label(label: str) -> Label | None:
    """A Word automatic-numbering label ("1.", "(a)", "a)") — its core and kind."""
    found = parse_label(label.strip() + " ")
    if found is None:
        return None
    return Label(found.kind, found.raw, found.core, 0)


def is_roman(core: str) -> bool:
    return bool(_ROMAN.match(core))


def _index_of_letter(core: str) -> int:
    value = 0
    for ch in core:
        value = value * 26 + (ord(ch) - 96)
    return value


def _index_of_roman(core: str) -> int:
    """1 for "i", 4 for "iv" … up to 39; 0 when the letters are not a small roman
    numeral ("c" is a letter after "(b)", never roman 100 in a resolution)."""
    for index in range(1, 40):
        if roman(index) == core:
            return index
    return 0


class SubLevels:
    """Tracks the labels under one parent paragraph and gives each new label its level."""

    def __init__(self) -> None:
        self.last: list[str] = []  # last core per level (level 1 = index 0)

    def level(self, core: str, next_core: str | None = None) -> int:
        low = core.lower()
        has_letter = bool(self.last) and bool(_LATIN_LETTER.match(self.last[0]))
        expected_letter = letter(_index_of_letter(self.last[0]) + 1) if has_letter else "a"
        if core.isdigit():
            # under a letter of any script: Latin (a), Arabic (أ) with ’1‘ below it
            chosen = 2 if self.last and self.last[0].isalpha() else 1
        elif core.isupper() and len(core) == 1 and not is_roman(low):
            chosen = 3 if len(self.last) >= 2 else 1
        elif low == expected_letter and _LATIN_LETTER.match(low):
            # "(i)" after "(h)" is the letter i, unless the next label is "(ii)" — or "(i)"
            # again, which only the letter can be ("(h)", "(i)" nested, "(i)", "(j)").
            nxt = (next_core or "").lower()
            number = _index_of_roman(low)
            roman_next = has_letter and number > 0 and nxt in (roman(number + 1), low)
            chosen = 2 if roman_next else 1
        elif is_roman(low) and self._continues_roman(low):
            # under a letter; a Cyrillic "а)" or an Arabic "(أ)" is one too
            other_script = bool(self.last) and self.last[0].isalpha() and not self.last[0].isascii()
            chosen = 2 if has_letter or other_script else 1
        else:
            chosen = 1
        del self.last[chosen:]
        while len(self.last) < chosen:
            self.last.append("")
        self.last[chosen - 1] = low
        return chosen

    def _continues_roman(self, low: str) -> bool:
        """Whether a label made of roman letters can be a roman sub-level here.

        A single "c", "v" or "x" after "(a)" is a letter typed with a slip (one skipped:
        "(a)", "(c)"), not roman 100, 5 or 10 opening a sub-level out of nowhere: it is
        roman only when it follows the roman before it ("(iv)", "(v)", or one numeral
        skipped). "(i)" and longer numerals ("(ii)", "(xiv)") keep their roman reading.
        """
        if len(low) > 1 or low == "i":
            return True
        value = _index_of_roman(low)
        previous = self.last[1] if len(self.last) > 1 else ""
        return value > 0 and previous != "" and 1 <= value - _index_of_roman(previous) <= 2
