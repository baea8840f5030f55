"""A text that holds several resolutions one after another (a session's texts in one file).

Drafter edits one resolution at a time; reading 85 of them as one gives dozens of
false numbering findings, so the reader says what the file is instead. A
resolution starts at an organ formula ("The General Assembly,") standing alone;
a formula introduced by a block ending with a colon ("… the adoption of the
following draft resolution:") is a text the resolution quotes, not a new one.
"""

from __future__ import annotations

from drafter.parsing.blocks import SourceBlock
from drafter.parsing.patterns import formula_of

_INTRODUCTION_ENDS = (":", "：")


def resolution_starts(blocks: list[SourceBlock]) -> list[int]:
    """Indices of the blocks that open a resolution (an organ formula not quoted by a colon)."""
    starts = []
    previous = ""
    for index, block in enumerate(blocks):
        text = block.text.strip()
        if not text or block.is_header:
            continue
        if formula_of(text) and not previous.endswith(_INTRODUCTION_ENDS):
            starts.append(index)
        previous = text
    return starts


def several_resolutions_note(blocks: list[SourceBlock]) -> str | None:
    """The reader's notice when the blocks hold more than one resolution, else None."""
    count = len(resolution_starts(blocks))
    if count < 2:
        return None
    return (f"this text holds {count} resolutions one after another; Drafter reads them as one, so "
            "numbering findings after the first are not real: split the file to edit one of them")
