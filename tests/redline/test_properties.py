"""Property: for any revision of a resolution, the redline accepts to it and rejects
to the base — paragraph texts, numbering labels and footnotes — whatever mix of
edited words, inserted, deleted and moved paragraphs and footnotes it holds."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from drafter.core.model import Resolution
from support.redline import assert_round_trip, make

WORDS = ["States", "fisheries", "Convention", "ocean", "cooperation", "data", "the", "and",
         "of", "to", "sustainable", "marine", "report", "resolution", "measures", "all"]
KINDS = ["preambular", "operative", "subparagraph"]

sentence = st.lists(st.sampled_from(WORDS), min_size=3, max_size=14).map(" ".join)
paragraph = st.tuples(st.sampled_from(KINDS), sentence, st.booleans(), sentence)


def build(items: list[tuple[str, str, bool, str]]) -> Resolution:
    """Preambular paragraphs first (as in a real text), sub-paragraphs after an operative one."""
    ordered = sorted(items, key=lambda item: item[0] != "preambular")
    rows: list[tuple] = []
    notes: dict[int, str] = {}
    seen_operative = False
    for kind, text, has_note, note in ordered:
        if kind == "subparagraph" and not seen_operative:
            kind = "operative"
        seen_operative = seen_operative or kind == "operative"
        text = text[0].upper() + text[1:] + ";"
        if has_note:
            number = len(notes) + 1
            notes[number] = note + "."
            rows.append((kind, text, (number, len(text) - 1)))
        else:
            rows.append((kind, text))
    return make(rows, notes)


@st.composite
def revisions(draw: st.DrawFn) -> tuple[Resolution, Resolution]:
    base_items = draw(st.lists(paragraph, min_size=1, max_size=8))
    new_items = list(base_items)
    for _ in range(draw(st.integers(0, 5))):
        action = draw(st.sampled_from(["edit", "insert", "delete", "move", "note"]))
        if action == "insert" or not new_items:
            new_items.insert(draw(st.integers(0, len(new_items))), draw(paragraph))
            continue
        index = draw(st.integers(0, len(new_items) - 1))
        kind, text, has_note, note = new_items[index]
        if action == "edit":
            words = text.split()
            words[draw(st.integers(0, len(words) - 1))] = draw(st.sampled_from(WORDS))
            new_items[index] = (kind, " ".join(words), has_note, note)
        elif action == "delete":
            del new_items[index]
        elif action == "move":
            item = new_items.pop(index)
            new_items.insert(draw(st.integers(0, len(new_items))), item)
        else:
            new_items[index] = (kind, text, draw(st.booleans()), draw(sentence))
    return build(base_items), build(new_items)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(revisions())
def test_any_revision_round_trips_through_the_redline(pair: tuple[Resolution, Resolution]) -> None:
    base, new = pair
    with tempfile.TemporaryDirectory() as folder:
        assert_round_trip(base, new, Path(folder) / "redline.docx")
