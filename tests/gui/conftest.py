"""The editor window fixture: a sample resolution open, a stand-in check with a quick fix."""

from __future__ import annotations

import pytest
from editor_helpers import hyphen_checker, sample_resolution


@pytest.fixture
def window(qtbot):
    from drafter.gui.main_window import MainWindow
    from drafter.settings import Settings

    win = MainWindow(checker=hyphen_checker, settings=Settings(), grammar=False)
    qtbot.addWidget(win)
    win.load_resolution(sample_resolution())
    win.show()
    qtbot.waitExposed(win)
    win.editor.setFocus()
    return win

