"""Recover paragraphs from clean body lines.

Texts from XML renders and Word separate paragraphs with blank lines; PDF
extractions and OCR texts wrap paragraphs over many lines, often with no blank line
between them. A new paragraph therefore starts at a blank line or where a line
itself says so: an operative number or a sub-paragraph label at its start (or a
number alone on its line), a deeper first-line indent, a preambular opener after a
line that ended a paragraph, a section numeral alone on its line, a formula or a
closing meeting line. Conversely, a blank line that splits a sentence (OCR) is
ignored when the text before it has no closing punctuation and the text after it
is not a new paragraph.

Before the organ formula (the cover), every line is its own block, because cover
lines (symbol, date, session, agenda item) are separate facts.
"""

from __future__ import annotations

import re

from drafter.core.lexicon import lexicon, normalize
from drafter.core.script import capitalized_openers, spaced
from drafter.formats.text.lines import Line
from drafter.parsing.blocks import SourceBlock
from drafter.parsing.labels import parse_slipped_number, slip_needs_opener
from drafter.parsing.negotiation import starts_with_label
from drafter.parsing.patterns import (
    choose_formula,
    formula_of,
    heading_numeral_re,
    is_annex_start,
    is_closing,
    opener_first_words,
    titled_numeral_re,
)

# "A Escala de sueldos …", "II Conditions of service …": a part's numeral and its title
# on one line (GA 75/245 es, 75/253 B) — never the continuation of the block before.
_LETTER_TITLE = re.compile(r"^[ \t\u00a0]*[A-Z][ \t\u00a0]+[A-ZÀ-ÝА-Я]")
# A direction mark may stand around the figure ("\u200f19 -\u200f", Arabic texts).
_NUMBER_LABEL = re.compile(
    r"^[\s\u200e\u200f\u061c]*(\d{1,3})[\s\u200e\u200f\u061c]*(?:\.|\s[-–]|[-–])"
    r"(?:[\s\u200e\u200f\u061c]|$|(?=[\u0600-\u06ff]))"
)
_SUB_LABEL = re.compile(
    r"^\s*(?:[(（](?:[ivxlc]{5,8}|[^\W\d_]{1,4}|\d{1,2})[)）]|(?:[ivxlc]{5,8}|[^\W\d_]{1,4})[)）])"
    r"(?:\s|$|(?=[\u3400-\u9fff]))"  # "（a）在": Chinese text may follow unspaced
    r"|^\s*[-–—•](?:\s|$)"
    r"|^\s*[\u3220-\u3229]"
)
# Marks that end a line, looking past detached footnote numbers ("2022, 1"); what the
# patterns [mark](?:\s*\d{1,3})*\s*$ matched, found without a regex scan of the line.
_END_MARKS = frozenset(".,;:،؛，；：。")
_ANY_END_MARKS = frozenset(".,;:!?)]”»\"'’،؛，；：。！？）")
_CJK = re.compile(r"[\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef]")
_INDENT_CHARS = " \t\u00a0"


def _indent(text: str) -> int:
    """Width of the leading white space, a tab counting as four columns."""
    lead = text[: len(text) - len(text.lstrip(_INDENT_CHARS))]
    return len(lead) + lead.count("\t") * 3


def _last_mark(text: str) -> str:
    """The character before the line's trailing spaces and digits ("" when none)."""
    end = len(text)
    while end and (text[end - 1].isspace() or text[end - 1].isdecimal()):
        end -= 1
    return text[end - 1] if end else ""


def _end_mark(text: str) -> str:
    """The punctuation that ends a line, looking past detached footnote numbers ("2022, 1")."""
    mark = _last_mark(text)
    return mark if mark in _END_MARKS else ""


class _Recoverer:
    def __init__(self, language: str) -> None:
        self.language = language
        self.lexicon = lexicon(language)
        self.first_words = opener_first_words(language)
        self.last_number = 0  # the last operative number that started a block
        self._memo: dict[int, tuple[bool, bool, bool]] = {}
        # Set for texts wrapped without blank lines (PDF): the usual full line width, so
        # that a short line ending with punctuation can be seen to end its paragraph.
        self.width = 0
        # Set when first lines are indented (pdftotext -layout, the seed): a line no
        # deeper than the one before then continues its paragraph, opener or not.
        self.indented = False
        # The usual left edge of continuation lines, per page (PDF pages shift).
        self.edges: dict[int, int] = {}

    def starts_opener(self, text: str, part: str = "preamble") -> bool:
        stripped = text.lstrip(_INDENT_CHARS)
        if not stripped or (capitalized_openers(self.language) and not stripped[0].isupper()):
            return False
        if self.lexicon.match(stripped, part) is not None:
            return True
        if part == "preamble":
            first = normalize(stripped.split(" ", 1)[0]).rstrip(",")
            return first in self.first_words
        return False

    def slipped_number(self, text: str) -> bool:
        """"l. Decides" (letter l for 1), "10 Alienta" (no full stop) or "3、" opening a paragraph."""
        label = parse_slipped_number(text, self.last_number + 1)
        if label is None:
            return False
        return not slip_needs_opener(label) or self.lexicon.match(text[label.end:], "operative") is not None

    def _capital_or_opener(self, text: str) -> bool:
        """A line that may open a paragraph: a capital, or in scripts and languages whose
        openers are not capitalized (Arabic, Russian), a known opener; in Chinese, whose
        lines wrap at any character, any line."""
        if not spaced(self.language):
            return True
        if not capitalized_openers(self.language):
            return self.starts_opener(text) or self.starts_opener(text, "operative")
        return text.lstrip(_INDENT_CHARS)[:1].isupper()

    def _boundary_kinds(self, line: Line) -> tuple[bool, bool, bool]:
        """(closing line, annex opener, formula or section numeral) — computed once per
        line, as each line is asked about twice (as the line and as the one before)."""
        key = id(line)
        found = self._memo.get(key)
        if found is None:
            text = line.text
            found = (
                is_closing(text),
                is_annex_start(text),
                bool(heading_numeral_re().match(text) or formula_of(text)),
            )
            self._memo[key] = found
        return found

    def starts_new(self, previous: Line, line: Line) -> bool:
        """Whether ``line`` opens a new paragraph after ``previous`` (no blank between)."""
        prev = previous.text
        text = line.text
        prev_closing, prev_annex, prev_fixed = self._boundary_kinds(previous)
        closing, annex, fixed = self._boundary_kinds(line)
        if prev_fixed or fixed or prev_closing or prev_annex or annex:
            return True
        if closing and (_end_mark(prev) or prev_closing):
            return True
        if starts_with_label(text):  # "5 bis.", "PP2", "OP3 alt": a negotiation text
            return True
        mark = _end_mark(prev)
        ended = bool(mark)
        number = _NUMBER_LABEL.match(text)
        if number and (
            ended or _NUMBER_LABEL.fullmatch(prev.strip() + " ")
            or int(number.group(1)) == self.last_number + 1
        ):
            return True
        if _SUB_LABEL.match(text) and ended:
            return True
        if ended and self.slipped_number(text.lstrip(_INDENT_CHARS)):
            return True  # "3、鼓励", "10 Alienta": a slipped number after a closed paragraph
        if _NUMBER_LABEL.fullmatch(prev.strip() + " "):
            return False  # "3." alone: the text follows on the next line
        if ended and _indent(text) > _indent(prev) and previous.page == line.page:
            return True
        if self.indented:
            # First lines sit deeper than the edge, continuation lines on it.
            edge = self.edges.get(line.page, 0)
            return ended and _indent(text) > edge and _indent(prev) > edge
        short = bool(self.width) and len(prev.strip()) < 0.7 * self.width
        if mark in (",", ";", ":", "،", "؛", "，", "；", "：") and self.starts_opener(text):
            return True
        if short and mark and previous.page == line.page and self._capital_or_opener(text):
            return True  # a ragged last line, then a capital (or an opener): a new paragraph
        return mark in (";", ".") and self.starts_opener(text, "operative")

    def joins_across_blank(self, block: list[Line], line: Line) -> bool:
        """A blank line inside a sentence: at a page break or a footnote block (PDF), or an
        OCR slip. The text after it starts in lower case, or the text before it has no
        closing punctuation, and nothing says a new paragraph starts."""
        last = block[-1].text
        text = line.text
        if len(block) == 1 and (
            _NUMBER_LABEL.fullmatch(last.strip() + " ") or _SUB_LABEL.fullmatch(last.strip() + " ")
        ):
            return True  # "1." alone, its text after a blank line
        if heading_numeral_re().match(last) or formula_of(last) or is_closing(last):
            return False
        if _NUMBER_LABEL.match(text) or _SUB_LABEL.match(text) or heading_numeral_re().match(text):
            return False
        if starts_with_label(text):
            return False
        if _LETTER_TITLE.match(text) or titled_numeral_re().match(text):
            return False
        stripped = text.lstrip(_INDENT_CHARS)
        if self.slipped_number(stripped):
            return False
        if (
            self.language != "ru" and stripped[:1].islower()
            and not (self.starts_opener(text) or self.starts_opener(text, "operative"))
        ):
            return True
        if _last_mark(last) in _ANY_END_MARKS:
            return False
        first = block[0].text
        if (
            len(block) == 1 and len(last.strip()) < 80
            and not (self.starts_opener(first) or self.starts_opener(first, "operative"))
        ):
            return False  # a heading or a title line
        if is_closing(text) or is_annex_start(text) or formula_of(text, comma_optional=True):
            # A line that is only the organ's name ("Генеральная Ассамблея", "大会") is the
            # comma-less formula of a text with no preamble (GA 75/1, 75/284 in Russian),
            # not the end of the title line before it.
            return False
        return not (self.starts_opener(text) or self.starts_opener(text, "operative"))


def _join(lines: list[Line]) -> str:
    out = ""
    for line in lines:
        piece = line.text.strip(_INDENT_CHARS)
        if not out:
            out = piece
        elif (out.endswith("-") and not out.endswith(" -")) or (
            _CJK.match(out[-1]) and piece and _CJK.match(piece[0])
        ):
            out += piece
        else:
            out += " " + piece
    return out


def _formula_index(lines: list[Line]) -> int | None:
    return choose_formula((index, line.text) for index, line in enumerate(lines[:400]) if not line.blank)


def _wrapped_width(lines: list[Line]) -> int:
    """The usual line width of a text wrapped without blank lines between paragraphs
    (a PDF extraction); 0 for texts whose paragraphs are separated by blank lines."""
    lengths = sorted(len(line.text.strip()) for line in lines if not line.blank)
    blanks = sum(1 for line in lines if line.blank)
    if len(lengths) < 20 or blanks > 0.15 * len(lengths):
        return 0
    return lengths[int(len(lengths) * 0.75)]


def _first_lines_indented(lines: list[Line]) -> tuple[bool, dict[int, int]]:
    """Whether paragraphs mark their first line by indentation (a minority of the
    lines sits deeper than the usual left edge), and that edge on each page."""
    by_page: dict[int, list[int]] = {}
    for line in lines:
        if not line.blank:
            by_page.setdefault(line.page, []).append(_indent(line.text))
    edges = {page: sorted(values)[len(values) // 2] for page, values in by_page.items()}
    total = sum(len(values) for values in by_page.values())
    if total < 20:
        return False, edges
    deeper = sum(1 for page, values in by_page.items() for v in values if v > edges[page])
    return 0.05 * total <= deeper <= 0.45 * total, edges


def assemble_blocks(lines: list[Line], language: str) -> list[SourceBlock]:
    """Paragraph blocks (cover lines one by one, then recovered body paragraphs)."""
    recoverer = _Recoverer(language)
    formula = _formula_index(lines)
    start = 0
    groups: list[list[Line]] = []
    if formula is not None:
        groups.extend([line] for line in lines[:formula] if not line.blank)
        start = formula
    recoverer.width = _wrapped_width(lines[start:])
    recoverer.indented, recoverer.edges = _first_lines_indented(lines[start:])
    current: list[Line] = []
    blank_before = False
    for line in lines[start:]:
        if line.blank:
            if current:
                groups.append(current)
                current = []
            blank_before = True
            continue
        if not current:
            if blank_before and groups and len(groups) > 0 and recoverer.joins_across_blank(
                groups[-1], line
            ) and (formula is None or groups[-1][0].number > lines[formula].number):
                current = groups.pop()
                current.append(line)
            else:
                current = [line]
        elif recoverer.starts_new(current[-1], line):
            groups.append(current)
            current = [line]
        else:
            current.append(line)
            continue
        number = _NUMBER_LABEL.match(line.text)
        if number and len(current) == 1:
            recoverer.last_number = int(number.group(1))
        blank_before = False
    if current:
        groups.append(current)
    return [SourceBlock(text=_join(group), line=group[0].number) for group in groups]
