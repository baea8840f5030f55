"""Mine the opener meanings that translate each other although the lexicons name them apart.

Run from the repository root: ``python tools/mine_parallel_openers.py`` (writes
resources/parallel/openers.json).

The lexicons give each opener its English phrase, and the alignment compares the first
words: "Emphasizes" and an Arabic opener the lexicon reads "affirms/stresses" do not meet,
although one translates the other in most texts. Over the official versions of shared/train
whose addresses agree one to one (paragraph k translates paragraph k), this counts each
pair of meanings that do not meet, once between a paragraph and its own translation and once
between a paragraph and its translation's neighbour, and keeps the pairs seen at least
``FEWEST`` times in translations and ``RATIO`` times more often there than beside them
(pooled over the five languages: the words compared are English on both sides). Each kept
pair's score is the log-likelihood ratio of seeing it in a translation rather than beside it
(the -2 that meanings apart cost, plus the log of how much likelier this pair is among
them), at most what the same meaning scores (``MATCH``).
"""

from __future__ import annotations

import json
import math
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tools"))

from name_parallel_differences import resolution_files  # noqa: E402
from train_breadth import unpacked  # noqa: E402

import drafter  # noqa: E402
from drafter.errors import DrafterError  # noqa: E402
from drafter.parallel.units import units_of  # noqa: E402

OUT = REPO / "resources" / "parallel" / "openers.json"
LANGUAGES = ("fr", "es", "ru", "ar", "zh")
FEWEST = 4  # translations showing the pair at least
RATIO = 6.0  # and this many times more often (per pair compared) than neighbours do
APART, MATCH = -2.0, 1.5  # what meanings apart and the same meaning score (similarity._opener)


def count() -> tuple[Counter, Counter, int, int]:
    root = unpacked()
    true_pairs: Counter = Counter()
    near_pairs: Counter = Counter()
    true_total = near_total = 0
    for files in resolution_files().values():
        if "en" not in files:
            continue
        try:
            english = units_of(drafter.read(root / files["en"]))
        except DrafterError:
            continue
        for language in LANGUAGES:
            if language not in files:
                continue
            try:
                other = units_of(drafter.read(root / files[language]))
            except DrafterError:
                continue
            if [u.address for u in english] != [u.address for u in other]:
                continue
            for i, mine in enumerate(english):
                for j in (i - 1, i, i + 1):
                    if not 0 <= j < len(other):
                        continue
                    theirs = other[j]
                    if not mine.meaning or not theirs.meaning or mine.meaning & theirs.meaning:
                        continue
                    if mine.paragraph.kind is not theirs.paragraph.kind:
                        continue
                    seen = {(e, o) for e in mine.meaning for o in theirs.meaning}
                    if i == j:
                        true_total += 1
                        true_pairs.update(seen)
                    else:
                        near_total += 1
                        near_pairs.update(seen)
    return true_pairs, near_pairs, true_total, near_total


def build() -> dict:
    """The related openers as openers.json holds them (deterministic: sorted, rounded)."""
    true_pairs, near_pairs, true_total, near_total = count()
    kept: dict[str, dict[str, float]] = {}
    for (english, other), seen in sorted(true_pairs.items()):
        beside = near_pairs[(english, other)]
        ratio = (seen / true_total) / ((beside + 0.5) / near_total)
        if seen >= FEWEST and ratio >= RATIO:
            kept.setdefault(english, {})[other] = round(min(MATCH, APART + math.log(ratio)), 1)
    print(f"{true_total} translations and {near_total} neighbours with meanings apart;"
          f" {sum(map(len, kept.values()))} pairs kept")
    return {
        "source": " ".join(__doc__.split("\n\n")[2:]).replace("\n", " ").replace("``", "")
        + " Built by tools/mine_parallel_openers.py.",
        "related": {english: dict(sorted(others.items())) for english, others in sorted(kept.items())},
    }


def main() -> None:
    OUT.write_text(json.dumps(build(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
