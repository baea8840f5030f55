"""Official parallel versions on shared/train: every error-level finding between English and
another version is a named real difference of the official texts (the six versions decide it,
tools/name_parallel_differences.py), and the committed list is what the tool builds."""

from __future__ import annotations

import json

import pytest

from support.corpus import REPO, TRAIN, load_tool

DIFFERENCES = REPO / "tests" / "parallel" / "official_differences.json"


@pytest.fixture(scope="module")
def built() -> tuple[list[str], dict[str, dict]]:
    if not (TRAIN / "akn-parallel.tar.xz").is_file():
        pytest.skip("training corpus not present")
    return load_tool("name_parallel_differences").decide()


def test_every_error_on_an_official_pair_is_a_named_difference(built) -> None:
    errors, _ = built
    named = json.loads(DIFFERENCES.read_text(encoding="utf-8"))["differences"]
    assert errors, "the corpus's official pairs gave no error at all: the measure is broken"
    assert sorted(key for key in errors if key not in named) == []


def test_the_committed_list_is_what_the_tool_builds(built) -> None:
    _, named = built
    committed = json.loads(DIFFERENCES.read_text(encoding="utf-8"))["differences"]
    assert named == committed


def test_a_difference_names_the_minority_of_the_six_versions() -> None:
    """English alone writes "61/124" where the five other versions of GA 75/209 write "61/194"."""
    committed = json.loads(DIFFERENCES.read_text(encoding="utf-8"))["differences"]
    for entry in committed.values():
        minority = set(entry["minority"])
        assert 2 * len(minority) < len(entry["evidence"]), entry
        assert minority & {"en", entry["b_file"].split("/")[1]}, entry
