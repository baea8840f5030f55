"""Where the data folders are found: a checkout, and the desktop bundle (PyInstaller's sys._MEIPASS)."""

from __future__ import annotations

import sys
from pathlib import Path

from drafter import resources


def test_a_checkout_uses_the_folders_beside_the_package() -> None:
    package = Path(resources.__file__).resolve().parent
    assert resources.resources_dir() == package.parent / "resources"
    assert resources.templates_dir() == package.parent / "templates"


def test_a_frozen_app_uses_the_folders_of_its_bundle(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "resources").mkdir()
    (tmp_path / "templates").mkdir()
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.bundle_dir() == tmp_path
    assert resources.resources_dir() == tmp_path / "resources"  # never a checkout it happens to sit in
    assert resources.templates_dir() == tmp_path / "templates"


def test_not_frozen_means_no_bundle(monkeypatch) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", "/somewhere", raising=False)  # left by a tool, not frozen
    monkeypatch.delattr(sys, "frozen", raising=False)
    assert resources.bundle_dir() is None
