"""Comparison and redline on real resolutions from the shared corpus.

* GA_76_72_en.txt (A/RES/76/72) against GA_78_69_en.txt (A/RES/78/69): the oceans
  omnibus two sessions apart (an XML rendering against a raw PDF extraction);
* GA_76_71_en.txt against a revision made here, as a delegation would make it:
  paragraphs edited, inserted, deleted and moved, a footnote changed, and the
  operative paragraphs renumbered accordingly.

For both, accepting all tracked changes of the redline gives the new text and
rejecting all gives the base, paragraph for paragraph, numbers and footnotes
included (read back with the independent reader in support/redline_view.py).
"""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

import drafter
from drafter.comparison import build_comparison
from drafter.redline.writer import write_comparison
from support.corpus import CORPUS
from support.redline import assert_views
from support.redline_view import normalize, read_view
from support.revision import revise


@pytest.fixture(scope="module")
def fisheries(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    base = CORPUS / "GA_76_71_en.txt"
    if not base.is_file():
        pytest.skip("shared corpus not present")
    new = tmp_path_factory.mktemp("revision") / "GA_76_71_en_rev1.txt"
    new.write_text(revise(base.read_text(encoding="utf-8")), encoding="utf-8")
    return base, new


def test_fisheries_revision_lists_each_change_at_its_address(fisheries: tuple[Path, Path]) -> None:
    base, new = (drafter.read(path) for path in fisheries)
    changes = drafter.compare(base, new)
    assert [(c.kind.value, c.address, c.base_address) for c in changes] == [
        ("changed", "PP2", "PP2"),
        ("deleted", "PP4", "PP4"),
        ("footnote_changed", "PP6", "PP7"),
        ("moved", "OP3", "OP249"),
        ("changed", "OP6", "OP5"),
        ("inserted", "OP9", None),
        ("deleted", "OP9", "OP9"),
        ("changed", "OP200(b)", "OP199(b)"),
        ("inserted", "OP200(d)", None),
    ]
    described = [c.description for c in changes]
    assert described[0] == "PP2: 'Taking into account' replaced by 'Bearing in mind'"
    assert described[2] == "Footnote 3 (PP6, was PP7): 'D' replaced by 'E'"
    assert described[3] == "OP3 (was OP249) moved"
    assert described[4] == "OP6 (was OP5): 'Reiterates' replaced by 'Reaffirms'"
    assert described[5] == "New OP9 inserted"
    assert described[7] == "OP200(b) (was OP199(b)): 'environmental' inserted after 'To ensure that'"


def test_fisheries_revision_redline_accepts_to_new_and_rejects_to_base(
    fisheries: tuple[Path, Path], tmp_path: Path
) -> None:
    base, new = (drafter.read(path) for path in fisheries)
    path = tmp_path / "redline.docx"
    write_comparison(build_comparison(base, new), path, author="Delegation", date="2026-11-27")
    assert_views(path, base, new)


def test_oceans_two_sessions_apart_redline_round_trip(corpus: Path, tmp_path: Path) -> None:
    base = drafter.read(corpus / "GA_76_72_en.txt")
    new = drafter.read(corpus / "GA_78_69_en.txt")
    comparison = build_comparison(base, new)
    kinds = {c.kind.value for c in comparison.changes}
    assert {"changed", "inserted", "deleted"} <= kinds
    path = tmp_path / "oceans.docx"
    write_comparison(comparison, path, date="2026-11-27")
    assert_views(path, base, new)


def test_a_text_compared_with_itself_has_no_change(corpus: Path) -> None:
    base = drafter.read(corpus / "GA_76_72_en.txt")
    assert drafter.compare(base, drafter.read(corpus / "GA_76_72_en.txt")) == []


def test_a_word_base_against_a_text_revision(corpus: Path, tmp_path: Path) -> None:
    """BASE as the official .docx, NEW as text: the two readers' models are compared."""
    base = drafter.read(corpus / "GA_72_248_en.docx")
    text = (corpus / "GA_72_248_en.txt").read_text(encoding="utf-8")
    first = next(p for p in base.paragraphs if p.kind.value == "operative")
    edited = first.text.split(" ", 1)[1][:40]
    new_path = tmp_path / "revised.txt"
    new_path.write_text(text.replace(edited, "with appreciation " + edited, 1), encoding="utf-8")
    new = drafter.read(new_path)
    changes = drafter.compare(base, new)
    assert any(c.address == "OP1" and c.edits == [("", "with appreciation ")] for c in changes)
    path = tmp_path / "redline.docx"
    write_comparison(build_comparison(base, new), path, date="2026-11-27")
    assert_views(path, base, new)


def test_drafters_word_reader_reads_the_redline_as_the_new_text(
    fisheries: tuple[Path, Path], tmp_path: Path
) -> None:
    """The Word reader accepts tracked changes, so a redline opened in Drafter is NEW."""
    base, new = (drafter.read(path) for path in fisheries)
    path = tmp_path / "redline.docx"
    write_comparison(build_comparison(base, new), path)
    reopened = drafter.read(path)
    assert [normalize(p.text) for p in reopened.paragraphs] == [normalize(p.text) for p in new.paragraphs]
    assert [p.address for p in reopened.paragraphs] == [p.address for p in new.paragraphs]
    # only notes no paragraph references (a mark the text reader could not place)
    # cannot travel in a Word file: they are the only differences left
    referenced = {r.number for p in new.paragraphs for r in p.footnote_refs}
    loose = [n for n in new.footnotes if n.number not in referenced]
    assert [c.kind.value for c in drafter.compare(new, reopened)] == ["footnote_deleted"] * len(loose)


def annex_slice(view: list[str], expected: list[str]) -> list[str]:
    wanted = [normalize(t) for t in expected if normalize(t)]
    start = view.index(wanted[0]) if wanted[0] in view else 0
    return view[start:start + len(wanted)]


def test_annex_changes_are_listed_and_tracked(corpus: Path, tmp_path: Path) -> None:
    base = drafter.read(corpus / "ECOSOC_2022_17_en.txt")
    new = copy.deepcopy(base)
    annex = new.annexes[0]
    annex.paragraphs[2] = annex.paragraphs[2].replace("Analyse", "Review", 1)
    del annex.paragraphs[5]
    annex.paragraphs.insert(7, "7 bis. Consider the role of the regional commissions;")
    annex.paragraphs.append(annex.paragraphs.pop(1))
    changes = [(c.kind.value, c.address) for c in drafter.compare(base, new)]
    last = f"Annex para. {len(annex.paragraphs)}"
    assert changes == [("annex_changed", "Annex para. 2"), ("annex_changed", "Annex para. 6"),
                       ("annex_changed", "Annex para. 7"), ("annex_changed", last)]
    path = tmp_path / "annex.docx"
    write_comparison(build_comparison(base, new), path)
    accepted, rejected = read_view(path, accept=True), read_view(path, accept=False)
    assert annex_slice(accepted.paragraphs, annex.paragraphs) == [normalize(t) for t in annex.paragraphs]
    original = base.annexes[0].paragraphs
    assert annex_slice(rejected.paragraphs, original) == [normalize(t) for t in original]


@pytest.mark.slow
@pytest.mark.parametrize("base_name,new_name", [
    ("GA_76_71_ar.txt", "GA_76_71_en.txt"),  # right-to-left against left-to-right, all replaced
    ("GA_76_71_fr.txt", "GA_76_71_zh.txt"),  # Chinese numerals and full-width punctuation
    ("SC_660_en.txt", "SC_678_en.txt"),  # Security Council texts
    ("GA_72_73_en.docx", "GA_72_73_en.txt"),  # the two readers on the same resolution
])
def test_redline_round_trip_on_unrelated_or_differently_read_texts(
    corpus: Path, tmp_path: Path, base_name: str, new_name: str
) -> None:
    base, new = drafter.read(corpus / base_name), drafter.read(corpus / new_name)
    path = tmp_path / "redline.docx"
    write_comparison(build_comparison(base, new), path)
    assert_views(path, base, new)
