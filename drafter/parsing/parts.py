"""Which section headings open parts: numbering restarts after them.

A General Assembly resolution may have sections ("I", "II" or "A", "B") whose operative
numbering simply continues, or parts whose numbering starts again at 1 and which may
have their own preambular paragraphs: Fifth Committee omnibus texts ("Special subjects
relating to the programme budget"), ICSC texts ("United Nations common system", parts
A-D). Nothing in a heading's words says which it is, so the decision is structural and
is made after the paragraphs have been classified:

- headings are grouped by the kind of numeral they carry (letters or roman numerals),
  within the main text and within each nested draft separately;
- a group is a set of parts when, after one of its headings, the first typed operative
  number is 1 although operative paragraphs came before it (a restart), or when two
  of its headings are followed by preambular paragraphs of their own.

Every heading of such a group becomes a ``PART``; the paragraphs leading a part that
open with a preambular phrase (or end with a comma) become its preamble.
"""

from __future__ import annotations

import re

from drafter.core.lexicon import Lexicon
from drafter.core.model import Paragraph, ParagraphKind, is_roman_part_name
from drafter.parsing.labels import parse_label

# "…Advisory Committee,7": a footnote number typed after the closing mark.
_TRAILING_NOTE = re.compile(r"\d{1,3}$")
_PREAMBLE_ENDS = (",", "،", "，")
_LETTER_TITLE = re.compile(r"^([A-Z])[ \t\u00a0]+(?=[^\W\d_])")


def mark_parts(paragraphs: list[Paragraph], lexicon: Lexicon) -> None:
    """Turn the section headings that open parts into ``PART`` paragraphs, in place."""
    split_letter_titles(paragraphs)
    for scope in _draft_scopes(paragraphs):
        numbered = [i for i in scope if paragraphs[i].kind is ParagraphKind.HEADING
                    and (paragraphs[i].source_label or "").strip()]
        if not numbered:
            continue
        sections = _sections(paragraphs, scope, numbered)
        groups: dict[bool, list[int]] = {}
        for index in numbered:
            groups.setdefault(is_roman_part_name(paragraphs[index].source_label), []).append(index)
        for headings in groups.values():
            if _is_part_group(paragraphs, sections, headings, lexicon):
                for index in headings:
                    _open_part(paragraphs, index, lexicon)


def _draft_scopes(paragraphs: list[Paragraph]) -> list[list[int]]:
    """Positions of the main text's paragraphs, then of each nested draft's."""
    scopes: list[list[int]] = [[]]
    for index, paragraph in enumerate(paragraphs):
        if paragraph.kind is ParagraphKind.DRAFT_FORMULA:
            scopes.append([])
        else:
            scopes[-1].append(index)
    return scopes


def _sections(
    paragraphs: list[Paragraph], scope: list[int], numbered: list[int]
) -> dict[int, tuple[bool, list[Paragraph]]]:
    """For each numbered heading: whether operative paragraphs came before it in the
    scope, and the paragraphs after it up to the next numbered heading (one pass)."""
    out: dict[int, tuple[bool, list[Paragraph]]] = {}
    operative_before = False
    current: list[Paragraph] | None = None
    starts = set(numbered)
    for index in scope:
        paragraph = paragraphs[index]
        if index in starts:
            current = []
            out[index] = (operative_before, current)
        elif current is not None:
            current.append(paragraph)
        operative_before = operative_before or paragraph.kind is ParagraphKind.OPERATIVE
    return out


def _is_part_group(
    paragraphs: list[Paragraph], sections: dict[int, tuple[bool, list[Paragraph]]],
    headings: list[int], lexicon: Lexicon,
) -> bool:
    if any(_restarts(*sections[heading]) for heading in headings):
        return True
    own_preambles = sum(
        1 for heading in headings if sections[heading][1] and _is_preambular(sections[heading][1][0], lexicon)
    )
    return own_preambles >= 2


def _restarts(operative_before: bool, following: list[Paragraph]) -> bool:
    """The first typed operative number after the heading is 1, after earlier ones."""
    if not operative_before:
        return False
    for paragraph in following:
        if paragraph.kind is ParagraphKind.OPERATIVE:
            label = parse_label(f"{paragraph.source_label or ''} ")
            return label is not None and label.kind == "number" and label.core == "1"
    return False


def _is_preambular(paragraph: Paragraph, lexicon: Lexicon) -> bool:
    if paragraph.kind is ParagraphKind.PREAMBULAR:
        return True
    if paragraph.kind not in (ParagraphKind.CLAUSE, ParagraphKind.HEADING) or paragraph.source_label:
        return False
    text = paragraph.text.rstrip()
    if lexicon.match(text, "preamble") and not lexicon.match(text, "operative"):
        return True
    return _TRAILING_NOTE.sub("", text).endswith(_PREAMBLE_ENDS)


def _open_part(paragraphs: list[Paragraph], heading: int, lexicon: Lexicon) -> None:
    """Make the heading a part and give the part its leading preambular paragraphs."""
    part = paragraphs[heading]
    part.kind = ParagraphKind.PART
    if part.text.strip() == (part.source_label or "").strip():
        part.text = ""  # a numeral with no title
    in_preamble = True
    for paragraph in paragraphs[heading + 1:]:
        if paragraph.opens_scope or paragraph.kind is ParagraphKind.OPERATIVE or (paragraph.source_label and (
            paragraph.kind is ParagraphKind.HEADING
        )):
            return
        if paragraph.kind is ParagraphKind.SUBPARAGRAPH and in_preamble:
            paragraph.kind = ParagraphKind.PREAMBULAR_ITEM
        elif in_preamble and _is_preambular(paragraph, lexicon):
            paragraph.kind = ParagraphKind.PREAMBULAR
        else:
            in_preamble = False


def split_letter_titles(paragraphs: list[Paragraph]) -> None:
    """"A Escala de sueldos …", "B Evolución del margen …": part letters typed on the
    title's line (GA 75/245 es). A capital letter and a space also start ordinary
    words ("A new approach"), so the letters are taken as numerals only when the
    headings carrying them run A, B, C … in order."""
    found = [(p, _LETTER_TITLE.match(p.text)) for p in paragraphs
             if p.kind is ParagraphKind.HEADING and not p.source_label]
    lettered = [(p, m) for p, m in found if m]
    letters = [m.group(1) for _, m in lettered]
    if len(letters) < 2 or letters != [chr(ord("A") + i) for i in range(len(letters))]:
        return
    for paragraph, match in lettered:
        paragraph.source_label = match.group(1)
        paragraph.text = paragraph.text[match.end(1):].lstrip(" \t\u00a0")
