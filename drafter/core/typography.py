"""UN typography as the drafter types and at export: curly quotes, French no-break spaces, dashes.

One set of rules (``resources/typography/typography.json``, with its sources) for
the editor, which converts what was just typed, and for the export, which runs
the same conversion over every character of a text, as if it were typed. So a
.txt with straight quotes exports with the quotation marks the editor would have
given, and each switch (quotes, French spaces, dashes) turns the conversion off
in both places.

:func:`convert` looks only at what comes before the typed character, as typing
does: a straight quote after a space, a bracket or the start of the paragraph
opens, anywhere else it closes. A colon after a figure (10:30) or inside a web
address (https:) is left alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from drafter.core.model import Paragraph, Resolution, Span
from drafter.core.notes import annex_place, meta_place
from drafter.resources import load_json

OPENING_CONTEXT = " \t\u00a0\u202f([{“‘«—–-/\u2029\n"
_ADDRESS_TOKEN = re.compile(r"^(?:https?|ftp|mailto)$|://|^www\.", re.IGNORECASE)
_SPACES = " \u00a0\u202f"


@dataclass(frozen=True)
class TypographyOptions:
    """Which conversions are on (Settings: typography_quotes, …_french_spaces, …_dashes)."""

    quotes: bool = True
    french_spaces: bool = True
    dashes: bool = True

    @property
    def any(self) -> bool:
        return self.quotes or self.french_spaces or self.dashes


@dataclass(frozen=True)
class Conversion:
    """Replace the ``remove`` characters before the typed one, and the typed one, by ``text``."""

    remove: int
    text: str


@cache
def rules(language: str) -> dict[str, Any]:
    """The typography of ``language`` (empty: the language keeps what was typed)."""
    return dict(load_json("typography/typography.json")["languages"].get(language, {}))


def convert(before: str, typed: str, language: str, options: TypographyOptions) -> Conversion | None:
    """What ``typed`` becomes after ``before`` (the paragraph's text up to it), or None."""
    style = rules(language)
    previous = before[-1:] if before else ""
    if options.quotes and typed == '"' and "double" in style:
        return _quote(before, style["double"], style.get("no_break_space"), style.get("open_after", ""))
    if options.quotes and typed == "'" and "single" in style:
        opening, closing = style["single"]
        return Conversion(0, opening if not previous or previous in OPENING_CONTEXT else closing)
    if options.dashes and typed == "-" and previous == "-" and "dash" in style:
        return Conversion(1, style["dash"])
    space = style.get("no_break_space")
    if not options.french_spaces or not space:
        return None
    if typed in style.get("space_before", "") and previous and not _left_alone(before, typed):
        if previous == " ":
            return Conversion(1, space + typed)
        if previous not in _SPACES:
            return Conversion(0, space + typed)
    if typed == " " and previous == "«":
        return Conversion(0, space)
    if typed == "»" and previous == " ":
        return Conversion(1, space + typed)
    return None


def _quote(before: str, marks: list[str], space: str | None, open_after: str) -> Conversion:
    """A straight double quote opens after a space, a bracket or nothing, and closes elsewhere.

    French: after a space inside an unclosed « it closes, taking the place of that space
    (the closing mark carries its own no-break space); after an elided article's
    apostrophe (``open_after``: l’« écrémage ») it opens.
    """
    opening, closing = marks
    previous = before[-1:]
    opens = not previous or previous in OPENING_CONTEXT or (bool(previous) and previous in open_after)
    if space and previous == " " and before.rfind("«") > before.rfind("»"):
        opens = False
    if opens:
        return Conversion(0, opening)
    return Conversion(1 if space and previous == " " else 0, closing)


def _left_alone(before: str, mark: str) -> bool:
    """A colon after a figure (10:30) and a mark inside a web address keep no space."""
    if mark == ":" and before[-1:].isdigit():
        return True
    token = before.split()[-1] if before.split() else ""
    return bool(token) and before[-1:] not in _SPACES and bool(_ADDRESS_TOKEN.search(token))


def normalize_text(text: str, language: str, options: TypographyOptions) -> tuple[str, list[int]]:
    """``text`` converted as if typed, and where each old position went (len(text)+1 entries)."""
    out: list[str] = []
    moved: list[int] = []
    for character in text:
        window = "".join(out[-60:])
        conversion = convert(window, character, language, options)
        if conversion is None:
            moved.append(len(out))
            out.append(character)
            continue
        if conversion.remove:
            del out[-conversion.remove:]
        moved.append(len(out))
        out.extend(conversion.text)
    moved.append(len(out))
    return "".join(out), moved


def normalize_paragraph(paragraph: Paragraph, language: str, options: TypographyOptions) -> Paragraph:
    """The paragraph converted, its footnote marks and italic ranges moved with their words."""
    text, moved = normalize_text(paragraph.text, language, options)
    if text == paragraph.text:
        return paragraph
    last = len(paragraph.text)
    refs = [replace(ref, offset=moved[min(ref.offset, last)]) for ref in paragraph.footnote_refs]
    spans = None if paragraph.italic_spans is None else [
        Span(moved[min(span.start, last)], moved[min(span.end, last)]) for span in paragraph.italic_spans]
    return replace(paragraph, text=text, footnote_refs=refs, italic_spans=spans)


def normalize_resolution(resolution: Resolution, options: TypographyOptions) -> Resolution:
    """A copy of ``resolution`` with its paragraphs, footnotes, title, formula and annexes
    converted (the export); footnote marks move with their words."""
    if not options.any:
        return resolution
    language = resolution.meta.language
    paragraphs = [normalize_paragraph(p, language, options) for p in resolution.paragraphs]
    footnotes = [replace(note, text=normalize_text(note.text, language, options)[0])
                 for note in resolution.footnotes]
    anchors = list(resolution.note_anchors)

    def convert(text: str, place: str) -> str:
        """``text`` converted, and the marks anchored in it (``place``) moved with their words."""
        converted, moved = normalize_text(text, language, options)
        last = len(text)
        anchors[:] = [replace(a, offset=moved[min(a.offset, last)]) if a.place == place else a
                      for a in anchors]
        return converted

    meta = replace(resolution.meta, title=convert(resolution.meta.title, meta_place("title")))
    formula = normalize_text(resolution.formula, language, options)[0]  # « L’Assemblée générale, »
    # An annex is typed text too (an outcome document the resolution adopts): same quotes.
    annexes = [replace(annex, title=convert(annex.title, annex_place(number, None)),
                       paragraphs=[convert(text, annex_place(number, index))
                                   for index, text in enumerate(annex.paragraphs)])
               for number, annex in enumerate(resolution.annexes)]
    return replace(resolution, paragraphs=paragraphs, footnotes=footnotes, meta=meta, formula=formula,
                   annexes=annexes, note_anchors=anchors)
