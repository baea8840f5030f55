"""Fixtures for the editor tests: a shown main window on a sample resolution, the French interface."""

from __future__ import annotations

import pytest

from drafter.gui import i18n
from drafter.gui.main_window import MainWindow
from drafter.settings import Settings
from support.editor import hyphen_checker, sample_resolution


@pytest.fixture
def window(qtbot):
    """The editor window with :func:`sample_resolution` open and :func:`hyphen_checker` as checks."""
    win = MainWindow(checker=hyphen_checker, settings=Settings(), grammar=False)
    qtbot.addWidget(win)
    win.load_resolution(sample_resolution())
    win.show()
    qtbot.waitExposed(win)
    win.editor.setFocus()
    return win


@pytest.fixture
def french(tmp_path, monkeypatch, qapp):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    assert i18n.install_translators("fr") == []
    yield
    i18n.install_translators("en")
