"""Breadth: official parallel versions from the training corpus (GA 75th session, ECOSOC 2021).

Prints, per language paired with English, the share of clean pairs without an error-level
finding and the share of dropped paragraphs found at their address; asserts floors a
regression would break. A deterministic sample keeps the suite's time reasonable.
"""

from __future__ import annotations

import copy
import json
import random
from collections import defaultdict
from pathlib import Path

import pytest

import drafter
from drafter.core.model import assign_addresses
from drafter.errors import DrafterError
from drafter.parallel import parallel
from support.corpus import TRAIN, unpacked_train

SAMPLE = 45  # resolutions
FLOORS = {"fr": (0.85, 0.9), "es": (0.85, 0.9), "ru": (0.75, 0.85), "ar": (0.65, 0.85), "zh": (0.7, 0.85)}


@pytest.fixture(scope="module")
def train_texts() -> Path:
    archive = TRAIN / "akn-parallel.tar.xz"
    if not archive.is_file():
        pytest.skip("training corpus not present")
    return unpacked_train()


def test_clean_pairs_and_dropped_paragraphs(train_texts: Path) -> None:
    versions: dict[str, dict[str, str]] = defaultdict(dict)
    for line in (TRAIN / "truth.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        versions[row["resolution"]][row["lang"]] = row["file"]
    keys = sorted(k for k, files in versions.items() if "en" in files)
    rng = random.Random(75)
    clean, dropped_found, pairs = defaultdict(int), defaultdict(int), defaultdict(int)
    for key in rng.sample(keys, SAMPLE):
        try:
            english = drafter.read(train_texts / versions[key]["en"])
        except DrafterError:
            continue
        for language in FLOORS:
            if language not in versions[key]:
                continue
            other = drafter.read(train_texts / versions[key][language])
            pairs[language] += 1
            report = parallel(english, other)
            clean[language] += not report.has_errors
            if len(other.paragraphs) == len(english.paragraphs) > 3:
                index = rng.randrange(1, len(other.paragraphs))
                cut = copy.deepcopy(other)
                del cut.paragraphs[index]
                assign_addresses(cut.paragraphs)
                dropped = parallel(english, cut)
                dropped_found[language] += any(
                    f.rule == "parallel-missing-paragraph" and f.a == english.paragraphs[index].address
                    for f in dropped.findings)
            else:
                dropped_found[language] += 1  # structures differ already: nothing to seed against
    for language, (clean_floor, drop_floor) in FLOORS.items():
        clean_share = clean[language] / pairs[language]
        drop_share = dropped_found[language] / pairs[language]
        print(f"en~{language}: {pairs[language]} pairs, clean {clean_share:.1%}, "
              f"dropped found {drop_share:.1%}")
        assert clean_share >= clean_floor and drop_share >= drop_floor
