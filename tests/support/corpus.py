"""Where the repository and the shared corpus are, and the corpus manifest's rows.

Tests find files through these paths, never relative to their own location, so that a
test module can move between folders without breaking.
"""

from __future__ import annotations

import csv
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO.parent / "shared" / "corpus"
TRAIN = REPO.parent / "shared" / "train"


def manifest_rows() -> list[dict[str, str]]:
    with (CORPUS / "MANIFEST.tsv").open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def load_tool(name: str) -> ModuleType:
    """A module of tools/, loaded once (tests share its measures and its training-corpus cache)."""
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, REPO / "tools" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def unpacked_train() -> Path:
    """The training texts (text/<lang>/*.txt), unpacked once per machine by tools/train_breadth."""
    return load_tool("train_breadth").unpacked()
