"""Issuing a revision (Rev.1, Rev.2 …) of a negotiation text.

A facilitator's revision keeps every paragraph, brackets and statuses included, but turns
the bis, ter … paragraphs into clean numbers ("PP2 bis" becomes PP3, "OP5 ter" OP8), so
that the next round of negotiation starts from simple references again. The table of
old to new addresses is circulated with the new text; each paragraph also remembers the
address it had (``Paragraph.previous_address``), so a comparison of Rev.1 with the zero
draft can name a paragraph by both. "alt" paragraphs stay alternatives: only the
negotiators can choose between them.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass

from drafter.core.model import Resolution, assign_addresses
from drafter.core.negotiation_state import is_alternative, renumbering_table

_REV = re.compile(r"/Rev\.(\d+)$")


@dataclass
class Revision:
    resolution: Resolution  # the new text
    table: list[tuple[str, str]]  # (old address, new address) of every renumbered paragraph


def next_symbol(symbol: str) -> str:
    """"A/C.2/81/L.12" -> "A/C.2/81/L.12/Rev.1"; "…/Rev.1" -> "…/Rev.2"; "" stays ""."""
    if not symbol:
        return symbol
    found = _REV.search(symbol)
    if found:
        return f"{symbol[: found.start()]}/Rev.{int(found.group(1)) + 1}"
    return f"{symbol}/Rev.1"


def issue_revision(resolution: Resolution) -> Revision:
    """The revised text and its renumbering table; ``resolution`` itself is not changed."""
    table = renumbering_table(resolution.paragraphs)
    revised = copy.deepcopy(resolution)
    old = [p.address for p in revised.paragraphs]
    for paragraph in revised.paragraphs:
        if not is_alternative(paragraph):
            paragraph.negotiation_label = ""
    assign_addresses(revised.paragraphs)
    for paragraph, address in zip(revised.paragraphs, old, strict=True):
        paragraph.previous_address = address if address != paragraph.address else ""
    revised.meta.symbol = next_symbol(revised.meta.symbol)
    return Revision(revised, table)
