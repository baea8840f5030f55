"""Shared test set-up: headless Qt, no network, the user's own files out of reach, the corpus fixture.

Helpers that tests import live in ``tests/support/``; this file holds only set-up and fixtures.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

from support.corpus import CORPUS

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Never read or write the user's own settings, recovery folder or word lists from tests.
_SANDBOX = Path(tempfile.mkdtemp(prefix="drafter-tests-"))
os.environ.setdefault("DRAFTER_SETTINGS", str(_SANDBOX / "settings.ini"))
os.environ.setdefault("XDG_STATE_HOME", str(_SANDBOX / "state"))
os.environ.setdefault("XDG_CONFIG_HOME", str(_SANDBOX / "config"))
os.environ.setdefault("XDG_DATA_HOME", str(_SANDBOX / "data"))  # user citation entries


@pytest.fixture
def corpus() -> Path:
    if not CORPUS.is_dir():
        pytest.skip("shared corpus not present")
    return CORPUS
