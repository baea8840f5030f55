"""The texts and parts a resolution body is divided into, for checks that work per part.

Numbering, also/further sequences and the organ an opener must agree with all hold
within one part or one nested draft (see ``drafter.core.model``). A paragraph's scope
is read off its address, so nothing has to be stored: "B.OP3" is in part "B",
"D1.B.OP2" in part B of draft 1, "OP5" in the main text ("").
"""

from __future__ import annotations

from drafter.core.model import Paragraph


def scope_of(address: str) -> str:
    """The scope prefix of an address: "B.OP3" -> "B", "D1.PP2" -> "D1", "OP5" -> ""."""
    return address.rpartition(".")[0]


def draft_of(address: str) -> str:
    """The nested draft an address belongs to: "D1.B.OP2" -> "D1", "B.OP3" -> ""."""
    first = address.partition(".")[0] if "." in address else ""
    return first if first[:1] == "D" and first[1:].isdigit() else ""


def split_scopes(paragraphs: list[Paragraph]) -> list[list[Paragraph]]:
    """The body cut before every part heading and nested formula (those start a new list)."""
    scopes: list[list[Paragraph]] = [[]]
    for paragraph in paragraphs:
        if paragraph.opens_scope:
            scopes.append([])
        scopes[-1].append(paragraph)
    return scopes
