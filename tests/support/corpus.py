"""Where the repository and the shared corpus are, and the corpus manifest's rows.

Tests find files through these paths, never relative to their own location, so that a
test module can move between folders without breaking.
"""

from __future__ import annotations

import csv
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO.parent / "shared" / "corpus"
TRAIN = REPO.parent / "shared" / "train"


def manifest_rows() -> list[dict[str, str]]:
    with (CORPUS / "MANIFEST.tsv").open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))
