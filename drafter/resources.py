"""Where Drafter's data files live, and cached loading of them.

Domain knowledge (lexicons, per-language settings, rule catalogues, messages) is
data in ``resources/`` at the repository root, so that adding a language or a rule
is a data change. The folder is found next to the package (source checkout and
editable install), inside it (``drafter/_resources`` in a built wheel), or at the root
of the desktop bundle (``sys._MEIPASS``, where PyInstaller unpacks the app's data).
"""

from __future__ import annotations

import json
import sys
from functools import cache
from pathlib import Path
from typing import Any

_PACKAGE_DIR = Path(__file__).resolve().parent


def bundle_dir() -> Path | None:
    """The desktop bundle's data folder when running frozen (packaging/drafter.spec), else None."""
    folder = getattr(sys, "_MEIPASS", None)
    return Path(folder) if getattr(sys, "frozen", False) and folder else None


def _data_dir(name: str) -> Path:
    bundle = bundle_dir()
    candidates = [_PACKAGE_DIR.parent / name, _PACKAGE_DIR / f"_{name}"]
    if bundle is not None:  # the bundle's own copy first: a frozen app never reads a checkout
        candidates.insert(0, bundle / name)
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"Drafter's {name} folder is missing from this installation")


def resources_dir() -> Path:
    return _data_dir("resources")


def templates_dir() -> Path:
    return _data_dir("templates")


@cache
def load_json(relative: str) -> Any:
    """Load ``resources/<relative>`` once per process (the files are read-only data)."""
    path = resources_dir() / relative
    with path.open(encoding="utf-8") as handle:
        return json.load(handle)
