"""Opening phrases: known opener, right part, agreement with the organ, also/further order, SC verbs.

One pass over the top-level paragraphs matches each opener once against the
language's lexicon and hands the match to the rules that need it. Lexicons are
incomplete, so an unknown opener is a warning with the nearest known phrases, while
an opener from the wrong part (a finite verb in the preamble, a participle in the
operative part) is an error. An unlisted opener shaped like its part's participle or
verb (core/opener_shape.py) is accepted without a warning.
"""

from __future__ import annotations

from drafter.checks.structure.agreement import agreement_of_unknown, check_agreement
from drafter.checks.structure.context import StructureContext, final_mark
from drafter.checks.structure.matching import (
    Opened,
    first_words,
    match_opener,
    parts_share_openers,
)
from drafter.checks.structure.reserved import check_reserved
from drafter.checks.structure.sequencing import check_sequencing
from drafter.core.lexicon import Lexicon, OpenerMatch
from drafter.core.model import Paragraph, ParagraphKind
from drafter.core.opener_shape import has_opener_shape


def check_openers(context: StructureContext) -> None:
    lexicon = context.lexicon
    if lexicon is None:
        return
    opened: list[Opened] = []
    operative_started = False
    lead_ins, clauses = lead_in_clauses(context.resolution.paragraphs)
    for paragraph in context.resolution.paragraphs:
        kind = paragraph.kind
        if kind is ParagraphKind.OPERATIVE:
            operative_started = True
        elif paragraph.opens_scope:
            operative_started = False  # a part or a nested draft may have its own preamble
        if id(paragraph) in clauses:
            continue  # "1. The Working Capital Fund shall be …": a clause, not a verb
        if id(paragraph) in lead_ins:
            opened.append(_lead_in(context, lexicon, paragraph))
        elif kind is ParagraphKind.PREAMBULAR:
            if operative_started:
                context.report("preamble-after-operative", paragraph.address, 0, len(paragraph.text))
            opened.append(_check_opener(context, lexicon, paragraph, "preamble"))
        elif kind is ParagraphKind.OPERATIVE:
            opened.append(_check_opener(context, lexicon, paragraph, "operative"))
        elif kind is ParagraphKind.CLAUSE:
            # An unnumbered clause may be preamble-like ("Acting under Chapter VII …,") or a
            # sole unnumbered operative paragraph: accept either kind of opener.
            match = match_opener(context, lexicon, paragraph.text, "operative")
            part = "operative"
            if match is None:
                match = _match_preamble(context, lexicon, paragraph.text)
                part = "preamble"
            opened.append(Opened(paragraph, part, match))
    for item in opened:
        if item.match is not None:
            check_agreement(context, lexicon, item)
        if item.match is not None or item.paragraph.kind is not ParagraphKind.CLAUSE:
            # An unnumbered clause with no known opener is not led by one (a table row, a
            # rule quoted whole: "Создание …", "Генеральная Ассамблея собирается …").
            _check_capitalization(context, item.paragraph)
    check_sequencing(context, opened)
    check_reserved(context, opened)


def lead_in_clauses(paragraphs: list[Paragraph]) -> tuple[set[int], set[int]]:
    """Ids of operative lead-ins ("Resolves that:", "Resuelve que:") and of the numbered
    clauses they introduce.

    Some texts (GA Fifth Committee, Working Capital Fund) have no preamble: the formula,
    one paragraph ending with a colon, then numbered clauses that are the object of that
    verb ("1. The Working Capital Fund shall be established …"), not verb-led paragraphs.
    The clauses run to the end of the part or nested text.
    """
    lead_ins: set[int] = set()
    clauses: set[int] = set()
    inside = False
    before: list[Paragraph] = []  # the scope's paragraphs before its first operative one
    for paragraph in paragraphs:
        if paragraph.opens_scope:
            inside, before = False, []
        elif paragraph.kind is ParagraphKind.OPERATIVE:
            if len(before) == 1 and _introduces_clauses(before[0]):
                lead_ins.add(id(before[0]))
                inside = True
            before = [paragraph, paragraph]  # no lead-in after the first operative paragraph
            if inside:
                clauses.add(id(paragraph))
        elif paragraph.kind in (ParagraphKind.PREAMBULAR, ParagraphKind.CLAUSE):
            before.append(paragraph)
    return lead_ins, clauses


def _introduces_clauses(paragraph: Paragraph) -> bool:
    """A preambular or unnumbered paragraph ending with a colon right before operative 1."""
    if paragraph.kind not in (ParagraphKind.PREAMBULAR, ParagraphKind.CLAUSE):
        return False
    return final_mark(paragraph.text).kind == "colon"


def _lead_in(context: StructureContext, lexicon: Lexicon, paragraph: Paragraph) -> Opened:
    """A lead-in takes an operative verb ("Resolves that:"); a preambular phrase is accepted
    as for any unnumbered clause. Neither known: the usual unknown-verb warning."""
    match = match_opener(context, lexicon, paragraph.text, "operative")
    if match is None:
        match = _match_preamble(context, lexicon, paragraph.text)
    if match is None:
        return _check_opener(context, lexicon, paragraph, "operative")
    return Opened(paragraph, "operative", match)


def _match_preamble(context: StructureContext, lexicon: Lexicon, text: str) -> OpenerMatch | None:
    return match_opener(context, lexicon, text, "preamble")


# part -> (the other part, rule for an opener of the other part, rule for an unknown opener)
_OPENER_RULES = {
    "preamble": ("operative", "preamble-operative-verb", "preamble-unknown-opener"),
    "operative": ("preamble", "operative-preamble-opener", "operative-unknown-verb"),
}


def _check_opener(context: StructureContext, lexicon: Lexicon, paragraph: Paragraph, part: str) -> Opened:
    """Known opener of ``part``; else the other part's opener (an error) or an unknown one (a warning)."""
    text = paragraph.text
    match = match_opener(context, lexicon, text, part)
    if match is not None or not text.strip():
        return Opened(paragraph, part, match)
    if agreement_of_unknown(context, lexicon, paragraph, part):
        return Opened(paragraph, part, None)
    other_part, wrong_part_rule, unknown_rule = _OPENER_RULES[part]
    other = match_opener(context, lexicon, text, other_part)
    if other is not None and parts_share_openers(context):
        return Opened(paragraph, part, other)  # Chinese: one verb form for both parts
    if has_opener_shape(text, part, context.language) and (
        other is None or not has_opener_shape(text, other_part, context.language)
    ):
        # An opener the lexicon does not list yet; also when the other part's phrase is
        # only its start ("с беспокойством" of "с беспокойством отмечает", the verb
        # then has this part's shape).
        return Opened(paragraph, part, None)
    start, end = first_words(text, context.language)
    rule = unknown_rule
    if other is not None:
        rule, end = wrong_part_rule, other.end
    opener = text[start:end]
    suggestions = lexicon.suggestions(opener, part)
    context.report(
        rule, paragraph.address, start, end,
        data={"suggestions": suggestions}, opener=opener, hint=context.hint(suggestions),
    )
    return Opened(paragraph, part, None)


def _check_capitalization(context: StructureContext, paragraph: Paragraph) -> None:
    """Capital initial in en/fr/es, lower case in Russian; scripts without case are skipped."""
    text = paragraph.text
    stripped = len(text) - len(text.lstrip())
    first = text[stripped:stripped + 1]
    if not first or first.upper() == first.lower():
        return
    capital = context.settings.get("capitalized_openers", True)
    if capital == first.isupper():
        return
    expected = first.upper() if capital else first.lower()
    _, end = first_words(text, context.language)
    word = expected + text[stripped + 1:end]
    context.report(
        "opener-capitalization", paragraph.address, stripped, stripped + 1,
        fix=context.replace_fix(stripped, stripped + 1, expected), expected=word,
    )
