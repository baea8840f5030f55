"""Issue Rev.1: bis/ter become clean numbers, with the table of old to new addresses."""

from __future__ import annotations

from drafter.api import read
from drafter.comparison.describe import describe
from drafter.comparison.engine import build_comparison
from drafter.core import model_json
from drafter.core.revision import issue_revision, next_symbol
from support.corpus import REPO

EXAMPLES = REPO / "examples"


def test_rev1_renumbers_bis_paragraphs_and_keeps_everything_else() -> None:
    compilation = read(EXAMPLES / "negotiation_coral_reefs_en.txt")
    revision = issue_revision(compilation)
    assert revision.table == [
        ("PP2 bis", "PP3"), ("PP3", "PP4"), ("PP4", "PP5"), ("PP5", "PP6"),
        ("OP3 bis", "OP4"), ("OP4", "OP5"), ("OP5", "OP6"), ("OP6", "OP7"),
    ]
    new = revision.resolution
    assert [p.address for p in new.paragraphs if p.negotiation_label] == ["OP2 alt"]
    assert [p.text for p in new.paragraphs] == [p.text for p in compilation.paragraphs]
    assert [p.status for p in new.paragraphs] == [p.status for p in compilation.paragraphs]
    assert new.meta.symbol == "A/C.2/81/L.12/Rev.1"
    assert compilation.find("OP3 bis") is not None  # the compilation itself is unchanged
    again = model_json.loads(model_json.dumps(new))
    assert again.find("OP4").previous_address == "OP3 bis"


def test_comparing_rev1_with_the_zero_draft_names_both_addresses() -> None:
    zero = read(EXAMPLES / "draft_oceans_en.txt")
    revision = issue_revision(read(EXAMPLES / "negotiation_coral_reefs_en.txt"))
    changes = [c.description for c in describe(build_comparison(zero, revision.resolution))]
    assert "New PP3 (PP2 bis before the revision) inserted" in changes
    assert "New OP4 (OP3 bis before the revision) inserted" in changes


def test_revision_symbols_count_up() -> None:
    assert next_symbol("A/C.3/80/L.10") == "A/C.3/80/L.10/Rev.1"
    assert next_symbol("A/C.3/80/L.10/Rev.1") == "A/C.3/80/L.10/Rev.2"
    assert next_symbol("") == ""
