"""Export with Track Changes from the editor applies the Settings' typography, as the plain export does."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from lxml import etree

import drafter
from drafter.gui.compare_actions import ScriptedCompareDialogs, install_compare_actions
from drafter.settings import Settings

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
BASE = ('The General Assembly,\n\nRecalling its resolution entitled "Social development",\n\n'
        "1. Decides to act -- now;\n\n2. Requests a report.\n")
DRAFT = BASE.replace("now;", "now and together;")


def _export(qtbot, tmp_path: Path, settings: Settings) -> Path:
    from drafter.gui.main_window import MainWindow

    base, draft, target = tmp_path / "base.txt", tmp_path / "draft.txt", tmp_path / "redline.docx"
    base.write_text(BASE, encoding="utf-8")
    draft.write_text(DRAFT, encoding="utf-8")
    window = MainWindow(checker=lambda resolution, options: [], settings=settings, grammar=False)
    qtbot.addWidget(window)
    window.load_resolution(drafter.read(draft), draft)
    install_compare_actions(window, ScriptedCompareDialogs(base=[str(base)], redline=[str(target)]))
    window.actions_by_name["export_track_changes"].trigger()
    assert target.is_file()
    return target


def _texts(path: Path) -> tuple[str, list[str]]:
    """All the document's text, and the text each revision mark carries."""
    with zipfile.ZipFile(path) as archive:
        body = etree.fromstring(archive.read("word/document.xml"))
    text = "".join(node.text or "" for node in body.iter(W + "t", W + "delText"))
    marks = ["".join(node.text or "" for node in mark.iter(W + "t", W + "delText"))
             for mark in body.iter(W + "ins", W + "del")]
    return text, [mark for mark in marks if mark.strip()]


@pytest.mark.parametrize(("quotes", "expected"), [(True, "\u201cSocial development\u201d"),
                                                  (False, '"Social development"')])
def test_the_redline_follows_the_typography_switches(qtbot, tmp_path, quotes, expected) -> None:
    settings = Settings()
    settings.typography_quotes = quotes
    text, marks = _texts(_export(qtbot, tmp_path, settings))
    assert expected in text
    assert "act \u2013 now" in text  # the dash switch is still on
    assert marks == [" and together"]  # typography is never a tracked change
