"""The rules that keep a resolution's structure valid while it is edited.

Pure functions over the sequence of (kind, level) pairs of the document's blocks,
with no Qt objects, so that the editor's guards, the normaliser that repairs a
structure damaged by a merge or a paste, paragraph moves and the label painter all
share one definition, and tests can exercise them directly.

The order is: heading lines, formula, preamble, operative part, closing lines,
annexes. A preambular item hangs from a preambular paragraph, a sub-paragraph from
an operative paragraph (or a clause), and a level may deepen by one at a time.
"""

from __future__ import annotations

from drafter.core.labels import LabelStyle, printed_labels
from drafter.gui.kinds import SCOPE_KINDS, BlockKind

Entry = tuple[BlockKind, int]

_PHASE = {
    **{kind: 0 for kind in (BlockKind.SYMBOL, BlockKind.SESSION, BlockKind.AGENDA,
                            BlockKind.AGENDA_TITLE, BlockKind.TITLE, BlockKind.FORMULA)},
    BlockKind.PREAMBULAR: 1,
    BlockKind.PREAMBULAR_ITEM: 1,
    BlockKind.OPERATIVE: 2,
    BlockKind.SUBPARAGRAPH: 2,
    BlockKind.HEADING: 2,
    BlockKind.CLAUSE: 2,
    # A part heading or a nested draft's formula may follow the preamble or the operative
    # part; after it a preamble may start again (see normalize).
    BlockKind.PART: 1,
    BlockKind.DRAFT_FORMULA: 1,
    BlockKind.CLOSING: 3,
    BlockKind.ANNEX_TITLE: 4,
    BlockKind.ANNEX_TEXT: 4,
}
_PHASE_DEFAULT = {1: BlockKind.PREAMBULAR, 2: BlockKind.OPERATIVE, 3: BlockKind.CLOSING,
                  4: BlockKind.ANNEX_TEXT}
MAX_LEVEL = 2  # operative paragraph, (a), (i)


def depth(entry: Entry) -> int:
    """Nesting depth: 0 for a paragraph, its level for an item or a sub-paragraph."""
    kind, level = entry
    if kind in (BlockKind.SUBPARAGRAPH, BlockKind.PREAMBULAR_ITEM):
        return max(1, level)
    return 0


def _converted(kind: BlockKind, level: int, phase: int) -> Entry:
    """What a block that appears too late in the order becomes in the current part."""
    if phase == 2 and kind is BlockKind.PREAMBULAR_ITEM:
        return BlockKind.SUBPARAGRAPH, level
    if phase in _PHASE_DEFAULT:
        return _PHASE_DEFAULT[phase], 0
    return BlockKind.PREAMBULAR, 0


def normalize(entries: list[Entry]) -> list[Entry]:
    """The nearest valid structure: late kinds converted, orphans promoted, levels clamped."""
    out: list[Entry] = []
    phase = 0
    for kind, level in entries:
        late = _PHASE[kind] < phase and not (kind in SCOPE_KINDS and phase <= _PHASE[BlockKind.OPERATIVE])
        if late:
            kind, level = _converted(kind, level, phase)
        phase = _PHASE[kind]
        previous = out[-1] if out else None
        if kind is BlockKind.PREAMBULAR_ITEM:
            if previous is None or previous[0] not in (BlockKind.PREAMBULAR, BlockKind.PREAMBULAR_ITEM):
                kind, level = BlockKind.PREAMBULAR, 0
            else:
                level = min(max(1, level), depth(previous) + 1, MAX_LEVEL)
        elif kind is BlockKind.SUBPARAGRAPH:
            parents = (BlockKind.OPERATIVE, BlockKind.SUBPARAGRAPH, BlockKind.CLAUSE)
            if previous is None or previous[0] not in parents:
                kind, level = BlockKind.OPERATIVE, 0
            else:
                level = min(max(1, level), depth(previous) + 1, MAX_LEVEL)
        else:
            level = 0
        out.append((kind, level))
        if kind in SCOPE_KINDS:
            phase = 1  # the part's own preamble may follow
    return out


def is_valid(entries: list[Entry]) -> bool:
    return normalize(entries) == entries


def unit_end(entries: list[Entry], index: int) -> int:
    """End (exclusive) of the paragraph at ``index`` with all the items hanging from it."""
    own = depth(entries[index])
    kind = entries[index][0]
    end = index + 1
    if kind in (BlockKind.HEADING, BlockKind.CLOSING, BlockKind.ANNEX_TITLE, BlockKind.ANNEX_TEXT,
                *SCOPE_KINDS):
        return end
    if kind.is_header:
        return end
    while end < len(entries) and depth(entries[end]) > own and _PHASE[entries[end][0]] == _PHASE[kind]:
        end += 1
    return end


def previous_sibling(entries: list[Entry], index: int) -> int | None:
    """Start of the unit just before the one at ``index`` at the same depth, if any."""
    own = depth(entries[index])
    j = index - 1
    while j >= 0 and depth(entries[j]) > own:
        j -= 1
    if j < 0 or depth(entries[j]) < own or entries[j][0].is_header:
        return None
    return j


def moved(entries: list[Entry], index: int, step: int) -> tuple[int, int, int] | None:
    """Plan a move of the unit at ``index`` up (-1) or down (+1) past its sibling.

    Returns (first, middle, end): blocks [first, middle) and [middle, end) swap
    places. None when there is no sibling that way or the result would be invalid.
    """
    if entries[index][0].is_header:
        return None
    if step < 0:
        sibling = previous_sibling(entries, index)
        if sibling is None:
            return None
        first, middle, end = sibling, index, unit_end(entries, index)
    else:
        middle = unit_end(entries, index)
        if middle >= len(entries) or depth(entries[middle]) != depth(entries[index]):
            return None
        first, end = index, unit_end(entries, middle)
    swapped = entries[:first] + entries[middle:end] + entries[first:middle] + entries[end:]
    return (first, middle, end) if is_valid(swapped) else None


def labels(entries: list[Entry], style: LabelStyle, part_names: list[str | None] | None = None,
           negotiation: list[str] | None = None) -> list[str]:
    """The number or label the editor draws before each block ("" for none).

    The same function as the Word export's (:mod:`drafter.core.labels`): a lone
    operative paragraph is not numbered; sub-paragraph labels follow the language;
    numbering restarts in each part, whose name is drawn too. ``part_names`` gives, per
    block, the name a part heading's source printed (it sets lettered or roman parts);
    ``negotiation`` the blocks' negotiation labels ("5 bis." keeps the number before it).
    """
    names = part_names if part_names and len(part_names) == len(entries) else [None] * len(entries)
    printed = printed_labels(
        ((kind.value, level, name) for (kind, level), name in zip(entries, names, strict=False)), style,
        negotiation or (),
    )
    return [label or "" for label in printed]
