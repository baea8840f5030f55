"""resources/parallel/openers.json is what tools/mine_parallel_openers.py builds from
shared/train: a lexicon or reader change that moves the mined pairs shows here."""

from __future__ import annotations

import json

import pytest

from support.corpus import REPO, TRAIN, load_tool


def test_the_committed_related_openers_are_what_the_tool_builds() -> None:
    if not (TRAIN / "akn-parallel.tar.xz").is_file():
        pytest.skip("training corpus not present")
    committed = json.loads((REPO / "resources" / "parallel" / "openers.json").read_text(encoding="utf-8"))
    built = load_tool("mine_parallel_openers").build()
    assert built["related"], "no pair mined: the measure is broken"
    assert built == committed
