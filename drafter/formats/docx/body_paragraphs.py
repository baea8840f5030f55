"""The formula and the body paragraphs of a UN-layout export.

Every body paragraph goes through the options' run emitter (``emitter.label`` then
``emitter.body``), so that the redline writes the same paragraphs with its tracked
changes; this module decides what the emitter gets: the printed label ("1.", "(a)",
"PP2 bis" in a negotiation draft), the italic ranges (the source's, or the lexicon's
opener) and the footnote marks.
"""

from __future__ import annotations

from drafter.core.labels import paragraph_labels
from drafter.core.lexicon import lexicon
from drafter.core.model import Paragraph, ParagraphKind
from drafter.core.negotiation_state import is_negotiation_draft
from drafter.formats.docx.layout import Layout
from drafter.formats.docx.negotiation_layout import (
    italics_of_options,
    negotiation_labels,
    shade_status,
    status_tail,
)
from drafter.formats.docx.ooxml.paragraphs import new_paragraph
from drafter.formats.docx.ooxml.runs import BodyContent
from drafter.formats.docx.ooxml.xml import paragraph

_TRAILING = " ,，،:;"  # what follows a formula's words: not italic
_HEADINGS = (ParagraphKind.HEADING, ParagraphKind.PART)


def formula(layout: Layout) -> None:
    text = layout.res.formula
    if not text:
        return
    stripped = text.rstrip(_TRAILING)
    italic = [(len(text) - len(text.lstrip()), len(stripped))] if _italic_language(layout) else []
    p = paragraph("SingleTxt")
    layout.options.emitter.label(p, None, layout.runs)
    layout.options.emitter.body(p, BodyContent(text, italic, [], None), layout.runs)
    layout.add(p)


def body(layout: Layout) -> None:
    emitter, runs = layout.options.emitter, layout.runs
    layout.tables_after("BODY")
    for p, label in zip(layout.res.paragraphs, _labels(layout), strict=True):
        notes = [(ref.offset, layout.note_id(ref.number)) for ref in p.footnote_refs]
        content = BodyContent(p.text, _italics(layout, p), notes, p)
        if p.kind in _HEADINGS:
            # The section numeral ("II", "A") is kept by readers as the heading's
            # source label; as in the official files it precedes the title, then a
            # line break, in the same paragraph. A part prints the name its place
            # gives it ("B", Arabic "باء"), as numbers are printed, not typed.
            numeral = (label if p.kind is ParagraphKind.PART else p.source_label) or ""
            numeral = numeral.strip()
            element = new_paragraph("heading")
            element.append(runs.text(f"\t\t{numeral}\n" if numeral and p.text else f"\t\t{numeral}"))
        else:
            element = paragraph("SingleTxt")
            emitter.label(element, label, runs)
        first = len(element)
        emitter.body(element, content, runs)
        layout.ranges(element, first, p.address)
        if p.kind not in _HEADINGS and (tail := status_tail(p)):
            run = runs.text(tail)
            element.append(run)
            shade_status(element, run, p.status)
        layout.add(element)
        layout.tables_after(p.address)


def _italic_language(layout: Layout) -> bool:
    return bool(layout.settings.get("italic_openers", True))


def _italics(layout: Layout, paragraph_: Paragraph) -> list[tuple[int, int]]:
    if layout.options.italics == "source" and paragraph_.italic_spans is not None:
        return [(span.start, span.end) for span in paragraph_.italic_spans]
    kind = paragraph_.kind
    if kind is ParagraphKind.DRAFT_FORMULA and _italic_language(layout):
        text = paragraph_.text
        return [(len(text) - len(text.lstrip()), len(text.rstrip(_TRAILING)))]
    if kind in (ParagraphKind.SUBPARAGRAPH, ParagraphKind.PREAMBULAR_ITEM, ParagraphKind.HEADING,
                ParagraphKind.PART, ParagraphKind.DRAFT_FORMULA):
        return []
    if not _italic_language(layout):
        return []
    if "[" in paragraph_.text and is_negotiation_draft(layout.res):
        return italics_of_options(paragraph_.text, lambda text: _opener(layout.language, kind, text))
    return _opener(layout.language, kind, paragraph_.text)


def _opener(language: str, kind: ParagraphKind, text: str) -> list[tuple[int, int]]:
    """The lexicon's opener of a preambular or operative text, as an italic range."""
    try:
        matcher = lexicon(language)
    except (ValueError, FileNotFoundError):
        return []
    parts = {
        ParagraphKind.PREAMBULAR: ("preamble",),
        ParagraphKind.OPERATIVE: ("operative",),
        ParagraphKind.CLAUSE: ("preamble", "operative"),
    }[kind]
    # Known openers of either part first; an unknown one only where the check judges it.
    for part in parts:
        found = matcher.opener_italics(text, part, unknown_first_word=False)
        if found is not None:
            return [(found.start, found.end)] if found.end > found.start else []
    unknown = matcher.opener_italics(text, parts[0]) if kind is not ParagraphKind.CLAUSE else None
    return [(unknown.start, unknown.end)] if unknown is not None and unknown.end > unknown.start else []


def _labels(layout: Layout) -> list[str | None]:
    """The printed label of each paragraph: "1.", "(a)", "a)", a dash, or None."""
    res = layout.res
    return negotiation_labels(res, paragraph_labels(res.paragraphs, res.meta.language))
