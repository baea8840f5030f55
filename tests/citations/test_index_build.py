"""The shipped index is what the build script makes from the public texts, byte for byte."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from drafter.citations.index import INDEX_FILE, CitationIndex, load_public
from drafter.resources import resources_dir
from support.corpus import REPO

TRAIN = REPO.parent / "shared" / "train" / "akn-parallel.tar.xz"


def _build_module():
    script = REPO / "tools" / "build_citation_index.py"
    spec = importlib.util.spec_from_file_location("build_citation_index", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
def test_committed_index_equals_a_fresh_build(corpus: Path) -> None:
    if not TRAIN.exists():
        pytest.skip("training archive not present")
    build = _build_module()
    fresh = build.index_bytes(build.build_votes(corpus, TRAIN))
    assert fresh == (resources_dir() / INDEX_FILE).read_bytes(), "run tools/build_citation_index.py"


def test_majority_wins_and_dissent_is_kept() -> None:
    entry = CitationIndex(load_public()).get("GA 68/32")
    assert entry is not None and entry.date == "2013-12-05"
    assert entry.conflicting and entry.dates["2013-12-10"] < entry.dates["2013-12-05"]


def test_entries_hold_six_language_titles_from_the_masthead() -> None:
    entry = CitationIndex(load_public()).get("GA 70/1")
    assert entry is not None and entry.adopted
    assert set(entry.titles) == {"en", "fr", "es", "ru", "ar", "zh"}


def test_unreadable_index_is_one_line_not_a_traceback(tmp_path: Path, monkeypatch, capsys) -> None:
    from drafter.citations import index

    (tmp_path / "citations").mkdir()
    (tmp_path / INDEX_FILE).write_bytes(b"not gzip")
    monkeypatch.setattr(index, "resources_dir", lambda: tmp_path)
    assert index.load_public() == {}
    assert capsys.readouterr().err.strip().endswith("citation index unreadable (Not a gzipped file (b'no'))")
