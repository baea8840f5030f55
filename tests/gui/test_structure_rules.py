"""The structure rules the editor enforces: any damage is repaired into a valid order."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from drafter.core.labels import LabelStyle
from drafter.gui.document_sync import HEADER_ORDER
from drafter.gui.editing_invariants import is_valid, labels, moved, normalize, unit_end
from drafter.gui.kinds import BlockKind

HEADER = [(kind, 0) for kind in HEADER_ORDER]
BODY = [k for k in BlockKind if not k.is_header]
entries = st.lists(st.tuples(st.sampled_from(BODY), st.integers(0, 3)), max_size=25)


@given(entries)
def test_normalize_gives_a_valid_structure_and_keeps_valid_ones(body):
    fixed = normalize(HEADER + body)
    assert is_valid(fixed)
    assert normalize(fixed) == fixed
    assert len(fixed) == len(HEADER) + len(body)


@given(entries, st.integers(0, 30), st.sampled_from([-1, 1]))
def test_a_planned_move_keeps_the_structure_valid(body, index, step):
    sequence = normalize(HEADER + body)
    index = len(HEADER) + index % max(1, len(body)) if body else 0
    plan = moved(sequence, index, step) if body else None
    if plan is None:
        return
    first, middle, end = plan
    swapped = sequence[:first] + sequence[middle:end] + sequence[first:middle] + sequence[end:]
    assert is_valid(swapped)
    assert sorted(map(str, swapped)) == sorted(map(str, sequence))


def test_labels_in_each_language_style():
    sequence = [
        *HEADER, (BlockKind.PREAMBULAR, 0), (BlockKind.OPERATIVE, 0), (BlockKind.SUBPARAGRAPH, 1),
        (BlockKind.SUBPARAGRAPH, 2), (BlockKind.SUBPARAGRAPH, 2), (BlockKind.SUBPARAGRAPH, 1),
        (BlockKind.HEADING, 0), (BlockKind.OPERATIVE, 0),
    ]
    english, french, arabic = (LabelStyle.for_language(code) for code in ("en", "fr", "ar"))
    assert labels(sequence, english)[len(HEADER):] == ["", "1.", "(a)", "(i)", "(ii)", "(b)", "", "2."]
    assert labels(sequence, french)[len(HEADER):] == ["", "1.", "a)", "i)", "ii)", "b)", "", "2."]
    assert labels(sequence, arabic)[len(HEADER) + 2] == "(أ)"
    single = [*HEADER, (BlockKind.PREAMBULAR, 0), (BlockKind.OPERATIVE, 0)]
    assert labels(single, english)[-1] == ""  # a lone operative paragraph is not numbered


def test_a_paragraph_moves_with_its_items_only():
    sequence = [*HEADER, (BlockKind.OPERATIVE, 0), (BlockKind.SUBPARAGRAPH, 1),
                (BlockKind.SUBPARAGRAPH, 2), (BlockKind.OPERATIVE, 0)]
    first = len(HEADER)
    assert unit_end(sequence, first) == first + 3
    assert moved(sequence, first, 1) == (first, first + 3, first + 4)
    assert moved(sequence, first + 1, 1) is None  # (a) has no sibling below it
    late_preamble = [*HEADER, (BlockKind.OPERATIVE, 0), (BlockKind.PREAMBULAR, 0)]
    assert normalize(late_preamble)[-1] == (BlockKind.OPERATIVE, 0)  # converted, never kept
