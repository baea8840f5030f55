"""Where Drafter's data files live, and cached loading of them.

Domain knowledge (lexicons, per-language settings, rule catalogues, messages) is
data in ``resources/`` at the repository root, so that adding a language or a rule
is a data change. The folder is found next to the package (source checkout and
editable install) or inside it (``drafter/_resources`` in a built wheel).
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

_PACKAGE_DIR = Path(__file__).resolve().parent


def resources_dir() -> Path:
    for candidate in (_PACKAGE_DIR.parent / "resources", _PACKAGE_DIR / "_resources"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("Drafter's resources folder is missing from this installation")


def templates_dir() -> Path:
    for candidate in (_PACKAGE_DIR.parent / "templates", _PACKAGE_DIR / "_templates"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("Drafter's templates folder is missing from this installation")


@cache
def load_json(relative: str) -> Any:
    """Load ``resources/<relative>`` once per process (the files are read-only data)."""
    path = resources_dir() / relative
    with path.open(encoding="utf-8") as handle:
        return json.load(handle)
