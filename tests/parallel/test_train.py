"""Breadth: official parallel versions from the training corpus (GA 75th session, ECOSOC 2021).

Runs tools/train_parallel on a fixed sample and prints, per language paired with English,
the share of clean pairs without an error-level finding and the shares of seeded changes
(a dropped paragraph, a changed figure, a changed symbol) found at their addresses; it
asserts floors a regression would break (the full measure: ``python tools/train_parallel.py``).
"""

from __future__ import annotations

import pytest

from support.corpus import TRAIN, load_tool

SAMPLE = 45  # resolutions
# clean, drop, figure, symbol: a little under what the sample gives, so that a regression shows
FLOORS = {"fr": (0.9, 0.9, 0.9, 0.95), "es": (0.9, 0.9, 0.9, 0.95), "ru": (0.85, 0.9, 0.9, 0.95),
          "ar": (0.8, 0.9, 0.9, 0.95), "zh": (0.85, 0.9, 0.9, 0.95)}


def test_clean_pairs_and_seeded_changes() -> None:
    if not (TRAIN / "akn-parallel.tar.xz").is_file():
        pytest.skip("training corpus not present")
    figures = load_tool("train_parallel").measure(list(FLOORS), sample=SAMPLE)
    for language, (clean, drop, figure, symbol) in FLOORS.items():
        counts = figures[language]
        print(counts.line(language))
        assert counts.clean / counts.pairs >= clean
        for kind, floor in (("drop", drop), ("figure", figure), ("symbol", symbol)):
            assert counts.found[kind] / counts.seeded[kind] >= floor, kind
