"""Numbers and labels as the source typed them: operative 1…n, sub-paragraphs (a)/(i).

Addresses are derived from order (``assign_addresses``), so a typed number that
disagrees with its position is exactly what a drafter needs to hear about: "4" after
"2", "(c)" after "(a)", "(a)" in a French text. Each series is resynchronised on the
number it actually found, so one missing paragraph gives one diagnostic, not one per
following paragraph; a mistyped number ("9." twice) gives one too, as the next number
may follow the position instead. Labels are not part of a paragraph's text, so the corrected label
is given in ``Diagnostic.data`` (``found_label``, ``expected_label``; "" means "no
label") rather than as a text fix; the editor and the Word export number paragraphs
themselves.
"""

from __future__ import annotations

import re
import unicodedata

from drafter.checks.structure.context import StructureContext, structure_data
from drafter.core.labels import format_figure
from drafter.core.model import Paragraph, ParagraphKind, letter, roman, roman_value
from drafter.core.scopes import split_scopes
from drafter.parsing.labels import figure_core, slip_number

_NUMBER = re.compile(r"^\s*\[?\s*(\d+)\s*\]?\s*(?:[.\-–—)]\s*)?(\w*)", re.UNICODE)
_LABEL_PUNCTUATION = "()（）.［］[] \u00a0’‘'"
_RESYNC_RANGE = 5
_BULLETS = {"-", "–", "—", "•", "*", "·"}


def check_numbering(context: StructureContext) -> None:
    paragraphs = context.resolution.paragraphs
    _check_preamble_labels(context, paragraphs)
    # Numbering restarts at 1 in each part and nested draft (Fifth Committee omnibus texts).
    for scope in split_scopes(paragraphs):
        _check_operative_numbers(context, [p for p in scope if p.kind is ParagraphKind.OPERATIVE])
    _check_sub_labels(context, paragraphs)


def _check_preamble_labels(context: StructureContext, paragraphs: list[Paragraph]) -> None:
    for paragraph in paragraphs:
        label = (paragraph.source_label or "").strip()
        # "PP1" labels are the Security Council's negotiation device, not a numbering.
        if paragraph.kind is ParagraphKind.PREAMBULAR and label and not label.upper().startswith("PP"):
            context.report(
                "preamble-numbered", paragraph.address, 0, 0,
                data={"label": label, "found_label": label, "expected_label": ""}, label=label,
            )


def operative_number(label: str | None) -> tuple[int | None, bool]:
    """(number, plain) for a typed operative label: "5." -> (5, True); "5 bis" -> (5, False)."""
    if not label:
        return None, False
    found = _NUMBER.match(label)
    if not found:
        return None, False
    return int(found.group(1)), not found.group(2)


def _check_operative_numbers(context: StructureContext, operative: list[Paragraph]) -> None:
    if len(operative) == 1:
        if operative[0].source_label:
            context.report(
                "operative-single-numbered", operative[0].address, 0, 0,
                data={"found_label": operative[0].source_label, "expected_label": ""},
            )
        return
    previous = 0
    by_position: int | None = None  # after a wrong number: the number its position gave
    typed = any(p.source_label and not p.auto_numbered for p in operative)
    for paragraph in operative:
        if typed and paragraph.source_label is None and not paragraph.auto_numbered:
            # Read as a paragraph whose number was left out ("1.", "Requests …", "3."):
            # the editor drops typed labels, so this happens in read files only.
            previous += 1
            context.report(
                "operative-number-missing", paragraph.address, 0, 0,
                data={"found_label": "", "expected_label": f"{previous}."}, expected=previous,
            )
            continue
        number, plain = operative_number(paragraph.source_label)
        slipped = None if paragraph.auto_numbered else slip_number(paragraph.source_label or "")
        if slipped is not None:
            number, plain = slipped, True
            context.report(
                "operative-number-slip", paragraph.address, 0, 0,
                data={"found_label": paragraph.source_label, "expected_label": f"{slipped}."},
                found=paragraph.source_label, expected=slipped,
            )
        if number is None or not plain:
            continue  # untyped (auto-numbered by the editor) or "5 bis": nothing to compare
        expected = previous + 1
        if number != expected and number != by_position:
            context.report(
                "operative-numbering-gap", paragraph.address, 0, 0,
                data={"found_label": paragraph.source_label, "expected_label": str(expected)},
                found=number, expected=expected,
            )
            # The wrong number was either a skip (resynchronise on it) or a mistyped
            # number ("9." typed twice for 9, 10): the next one may follow either.
            by_position = expected + 1
        else:
            by_position = None
        previous = number


# --- sub-paragraph labels ------------------------------------------------------------


def label_core(label: str) -> str:
    return label.strip(_LABEL_PUNCTUATION).strip()


def _letter_value(text: str) -> int | None:
    text = text.lower()
    if not text or not all("a" <= ch <= "z" for ch in text):
        return None
    value = 0
    for ch in text:
        value = value * 26 + (ord(ch) - ord("a") + 1)
    return value


class _Series:
    """One run of sibling labels: its alphabet is fixed by its first label."""

    def __init__(self, context: StructureContext, level: int, first_core: str) -> None:
        self.count = 0
        self.first = first_core
        arabic = context.settings.get("level1_letters") or []
        cyrillic = structure_data()["labels"]["cyrillic_letters"]
        if first_core in arabic:
            self.alphabet = "list"
            self.letters: list[str] = arabic
        elif first_core in cyrillic:
            self.alphabet = "list"
            self.letters = cyrillic
        elif first_core.isdigit():
            self.alphabet = "figures"  # Arabic ’1‘ ’2‘, OCR (1) (2)
            self.letters = []
        elif level % 2 == 0 or first_core.lower() == "i":
            # Second and fourth levels are roman; a first-level series opening with "i"
            # (SC 242: "(i) … (ii) …" directly under a paragraph) is roman too.
            self.alphabet = "roman"
            self.letters = []
        else:
            self.alphabet = "letter"
            self.letters = []
        self.upper = first_core.isupper() and self.alphabet != "list"

    def value(self, core: str) -> int | None:
        lookalikes = structure_data()["labels"]["latin_lookalikes"]
        if self.alphabet == "list" and core not in self.letters and self.letters[:1] == [self.first]:
            # "а) b) c)": a Cyrillic "а" that looks Latin, then Latin letters — a Latin series.
            if lookalikes.get(self.first) == "a" and core.isascii():
                self.alphabet = "letter"
        if self.alphabet == "list":
            # Arabic "(هـ)" is also typed "(ه)": the tatweel is not part of the letter; and
            # texts that went through PDF keep presentation forms ("(ﻫ)", U+FEEB, GA 75/159).
            bare = [_letter_key(letter) for letter in self.letters]
            core = _letter_key(core)
            doubled = core.split(" ")
            if len(doubled) == 2 and doubled[0] == doubled[1] and doubled[0] in bare:
                # Doubled letters follow the English count: "(أ أ)" after "(ض)", the 26th
                # letter, where English has "(aa)" after "(z)" (GA 75/192 ar).
                return 26 + bare.index(doubled[0]) + 1
            return bare.index(core) + 1 if core in bare else None
        if self.alphabet == "roman":
            return roman_value(core)
        if self.alphabet == "figures":
            return int(core) if core.isdigit() else None
        # "d) е) f)": a Cyrillic letter that looks Latin inside a Latin series
        return _letter_value("".join(lookalikes.get(ch, ch) for ch in core))

    def core_for(self, index: int) -> str:
        if self.alphabet == "list":
            return self.letters[index - 1] if index <= len(self.letters) else str(index)
        if self.alphabet == "figures":
            return str(index)
        core = roman(index) if self.alphabet == "roman" else letter(index)
        return core.upper() if self.upper else core


def _letter_key(letter: str) -> str:
    """A list letter without tatweel, its presentation forms folded (NFKC)."""
    return unicodedata.normalize("NFKC", letter).replace("\u0640", "")


def _check_sub_labels(context: StructureContext, paragraphs: list[Paragraph]) -> None:
    series: list[_Series | None] = []
    label_open = context.settings.get("label_open", "(")
    label_close = context.settings.get("label_close", ")")
    formats = {int(level): form for level, form in (context.settings.get("sub_label_formats") or {}).items()}
    for paragraph in paragraphs:
        if paragraph.kind not in (ParagraphKind.SUBPARAGRAPH, ParagraphKind.PREAMBULAR_ITEM):
            series = []  # a new parent (or a heading) starts new series
            continue
        level = max(1, paragraph.level)
        del series[level:]
        while len(series) < level:
            series.append(None)
        label = (paragraph.source_label or "").strip()
        if not label or label in _BULLETS:
            continue  # dash items (SC 757) have no sequence to keep
        core = figure_core(label_core(label))
        current = series[level - 1]
        if current is None:
            current = series[level - 1] = _Series(context, level, core)
        expected_index = current.count + 1
        found_index = current.value(core)
        level_format = formats.get(level)
        if level_format and current.alphabet == "figures":
            expected_label = format_figure(level_format, expected_index)
        else:
            expected_label = f"{label_open}{current.core_for(expected_index)}{label_close}"
        if found_index != expected_index:
            context.report(
                "subparagraph-label-sequence", paragraph.address, 0, 0,
                data={"found_label": label, "expected_label": expected_label},
                found=label, expected=expected_label,
            )
        # Resynchronise on a plausible label ("(c)" after "(a)"), not on OCR noise ("(ad)").
        plausible = found_index is not None and 0 < found_index <= expected_index + _RESYNC_RANGE
        current.count = found_index if plausible else expected_index
        if level <= 2 and level_format and core.isdigit():
            _check_figure_style(context, paragraph, label, format_figure(level_format, int(core)))
        elif level <= 2:
            _check_label_style(context, paragraph, label, core, label_open, label_close)


def _check_figure_style(context: StructureContext, paragraph: Paragraph, label: str, expected: str) -> None:
    if label.replace("（", "(").replace("）", ")") != expected:
        context.report(
            "subparagraph-label-style", paragraph.address, 0, 0,
            data={"found_label": label, "expected_label": expected}, found=label, expected=expected,
        )


def _check_label_style(
    context: StructureContext, paragraph: Paragraph, label: str, core: str, label_open: str, label_close: str
) -> None:
    written = label.replace("（", "(").replace("）", ")")
    expected = f"{label_open}{core}{label_close}"
    if written == expected:
        return
    context.report(
        "subparagraph-label-style", paragraph.address, 0, 0,
        data={"found_label": label, "expected_label": expected},
        found=label, expected=expected,
    )
