"""Shared test set-up: headless Qt, no network, paths to the shared corpus."""

from __future__ import annotations

import csv
import os
import tempfile
from pathlib import Path

import pytest

from drafter.core.model import Paragraph, ParagraphKind, Resolution, assign_addresses

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Never read or write the user's own settings, recovery folder or word lists from tests.
_SANDBOX = Path(tempfile.mkdtemp(prefix="drafter-tests-"))
os.environ.setdefault("DRAFTER_SETTINGS", str(_SANDBOX / "settings.ini"))
os.environ.setdefault("XDG_STATE_HOME", str(_SANDBOX / "state"))
os.environ.setdefault("XDG_CONFIG_HOME", str(_SANDBOX / "config"))
os.environ.setdefault("XDG_DATA_HOME", str(_SANDBOX / "data"))  # user citation entries

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "corpus"


def manifest_rows() -> list[dict[str, str]]:
    with (CORPUS / "MANIFEST.tsv").open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


@pytest.fixture
def corpus() -> Path:
    if not CORPUS.is_dir():
        pytest.skip("shared corpus not present")
    return CORPUS


def resolution_from_texts(*texts: str, language: str = "en") -> Resolution:
    """A GA resolution of plain paragraphs: PP1 from the first text, OP1, OP2 … from the others."""
    paragraphs = [
        Paragraph(ParagraphKind.PREAMBULAR if i == 0 else ParagraphKind.OPERATIVE, text)
        for i, text in enumerate(texts)
    ]
    assign_addresses(paragraphs)
    result = Resolution(paragraphs=paragraphs, formula="The General Assembly,")
    result.meta.language = language
    return result
