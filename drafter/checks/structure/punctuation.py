"""Paragraph-final punctuation: preamble ",", operative ";", the last ".", lead-ins ":".

A resolution is a single sentence, so a paragraph's closing mark depends on where it
stands: a paragraph with sub-paragraphs ends its lead-in with a colon and hands its
own closing mark down to its last sub-paragraph (recursively for (a)(i) nesting).
The paragraphs are therefore first grouped into small trees and the expected mark is
passed from each node to its last child.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import pairwise

from drafter.checks.structure.context import (
    PUNCTUATION_KIND,
    StructureContext,
    final_mark,
    is_item,
    is_top_level,
)
from drafter.core.model import Paragraph, ParagraphKind


@dataclass
class Node:
    paragraph: Paragraph
    children: list[Node] = field(default_factory=list)


def paragraph_trees(paragraphs: list[Paragraph]) -> list[Node]:
    """Top-level paragraphs with their (nested) items; headings and stray items are left out."""
    roots: list[Node] = []
    chain: list[tuple[int, Node]] = []  # (level, node) from the root down
    for paragraph in paragraphs:
        if is_top_level(paragraph):
            node = Node(paragraph)
            roots.append(node)
            chain = [(0, node)]
        elif is_item(paragraph) and chain:
            level = max(1, paragraph.level)
            while chain and chain[-1][0] >= level:
                chain.pop()
            if not chain:
                continue
            node = Node(paragraph)
            chain[-1][1].children.append(node)
            chain.append((level, node))
        elif paragraph.kind is ParagraphKind.HEADING or paragraph.opens_scope:
            chain = []
    return roots


def check_punctuation(context: StructureContext, trees: list[Node]) -> None:
    operative_units = [
        node for node in trees
        if node.paragraph.kind in (ParagraphKind.OPERATIVE, ParagraphKind.CLAUSE)
    ]
    last_unit = operative_units[-1] if operative_units else None
    introducing = _introducing_colons(context.resolution.paragraphs)
    for node in trees:
        kind = node.paragraph.kind
        if not node.children and id(node.paragraph) in introducing:
            continue
        if kind is ParagraphKind.PREAMBULAR:
            _check_node(context, node, "preamble_end", "preamble-final-comma", preamble=True)
        elif node is last_unit:
            if context.resolution.annexes and not node.children and _ends_with_colon(node):
                continue  # "Adopts the following outcome document:" introduces the annexed text
            _check_node(context, node, "last_end", "operative-last-full-stop")
        elif kind is ParagraphKind.OPERATIVE:
            _check_node(context, node, "operative_end", "operative-final-semicolon")
        # Unnumbered clauses inside the operative part ("Acting under Chapter VII …,")
        # take whatever their function needs; they are not checked.


def _check_node(
    context: StructureContext, node: Node, end_key: str, rule: str, *, preamble: bool = False
) -> None:
    if node.children:
        _expect(context, node.paragraph, "lead_in_end", "lead-in-colon")
        for child in node.children[:-1]:
            _check_node(context, child, "subparagraph_end", "subparagraph-final-semicolon",
                        preamble=preamble)
        _check_node(context, node.children[-1], end_key, rule, preamble=preamble)
    elif _ends_with_colon(node) and PUNCTUATION_KIND.get(context.expected_end(end_key)) != "colon":
        _colon_without_items(context, node.paragraph, end_key)
    else:
        # Items hanging from a preambular paragraph are separated by commas as often as by
        # semicolons (ECOSOC 2022/3, SC 757); only operative items must take ";".
        also = {"comma"} if preamble and end_key == "subparagraph_end" else set()
        _expect(context, node.paragraph, end_key, rule, also)


def _colon_without_items(context: StructureContext, paragraph: Paragraph, end_key: str) -> None:
    """A colon with nothing hanging from it: the items are missing or the colon is a slip,
    which the text cannot tell, so a warning rather than the final-mark error."""
    expected = context.expected_end(end_key)
    mark = final_mark(paragraph.text)
    context.report(
        "lead-in-without-items", paragraph.address, mark.start, mark.end,
        fix=context.punctuation_fix(paragraph.text, mark, expected),
        data={"found": paragraph.text[mark.start:mark.end], "expected": expected},
        expected=expected,
    )


def _expect(
    context: StructureContext, paragraph: Paragraph, end_key: str, rule: str, also: set[str] | None = None
) -> None:
    expected = context.expected_end(end_key)
    text = paragraph.text
    if not text.strip():
        return
    mark = final_mark(text)
    wanted_kind = PUNCTUATION_KIND.get(expected)
    if mark.kind == wanted_kind or (also and mark.kind in also):
        return
    context.report(
        rule,
        paragraph.address,
        mark.start,
        mark.end,
        fix=context.punctuation_fix(text, mark, expected),
        data={"found": text[mark.start:mark.end], "expected": expected},
        expected=expected, found=context.found_mark(text, mark),
    )


# What may follow a colon that introduces material the reader does not hang from the
# paragraph: a table or section heading, an unnumbered quoted text ("… to read as
# follows:"), or, after the preamble, numbered clauses ("Resolves that:" then "1. For
# the year 2021, the Working Capital Fund shall be …", GA Fifth Committee texts).
_INTRODUCED = {
    ParagraphKind.PREAMBULAR: (ParagraphKind.HEADING, ParagraphKind.CLAUSE, ParagraphKind.OPERATIVE),
    ParagraphKind.OPERATIVE: (ParagraphKind.HEADING, ParagraphKind.CLAUSE),
}


def _introducing_colons(paragraphs: list[Paragraph]) -> set[int]:
    """Ids of paragraphs whose final colon introduces the different kind of text that follows.

    Such a colon is the right mark (GA 75/246 "… in the table below:", GA 75/325 "… to
    read as follows:"), where a colon before another paragraph of the same kind is a slip.
    """
    found = set()
    for paragraph, following in pairwise(paragraphs):
        introduced = _INTRODUCED.get(paragraph.kind, ())
        if following.kind in introduced and final_mark(paragraph.text).kind == "colon":
            found.add(id(paragraph))
    return found


def _ends_with_colon(node: Node) -> bool:
    return final_mark(node.paragraph.text).kind == "colon"
