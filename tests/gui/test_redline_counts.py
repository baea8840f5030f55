"""Redline counts: the status gives the listed changes and the revision marks in the file, and the
export offers to leave renumbered labels untracked (reject-all then keeps the new numbers)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from drafter.core.model import Paragraph, ParagraphKind, assign_addresses
from drafter.formats.docx.native_file import save_document
from drafter.gui.compare_actions import ScriptedCompareDialogs, install_compare_actions
from drafter.settings import Settings
from support.editor import sample_resolution

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _marks(path: Path) -> int:
    from lxml import etree

    body = etree.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
    return sum(1 for e in body.iter() if e.tag in (f"{W}ins", f"{W}del"))


@pytest.fixture
def redline_window(qtbot, tmp_path):
    from drafter.gui.main_window import MainWindow

    base = sample_resolution()
    for number in range(6):
        base.paragraphs.append(Paragraph(ParagraphKind.OPERATIVE, f"Decides point {number};"))
    assign_addresses(base.paragraphs)
    base_path = tmp_path / "base.docx"
    save_document(base, base_path)
    page = sample_resolution()
    page.paragraphs = [page.paragraphs[1], page.paragraphs[2],
                       Paragraph(ParagraphKind.OPERATIVE, "Welcomes also the new work;"),
                       *page.paragraphs[3:]]
    for number in range(6):
        page.paragraphs.append(Paragraph(ParagraphKind.OPERATIVE, f"Decides point {number};"))
    assign_addresses(page.paragraphs)
    window = MainWindow(settings=Settings(), grammar=False)
    qtbot.addWidget(window)
    window.load_resolution(page)
    dialogs = ScriptedCompareDialogs(base=[str(base_path)])
    controller = install_compare_actions(window, dialogs)
    return window, controller, dialogs


@pytest.mark.parametrize("answer", ["track", "untracked"])
def test_status_gives_both_counts_and_untracked_labels_make_fewer_marks(redline_window, tmp_path,
                                                                         answer) -> None:
    window, controller, dialogs = redline_window
    target = tmp_path / f"{answer}.docx"
    dialogs.redline = [str(target)]
    dialogs.renumbering = [answer]
    assert controller.export_with_track_changes() == target
    assert dialogs.asked[-1] == ("renumbering", "8")  # OP2 … OP9 became OP3 … OP10
    message = window.statusBar().currentMessage()
    assert "2 changes" in message and f"{_marks(target)} revision marks in the file" in message
    if answer == "untracked":
        assert _marks(target) < 10
    else:
        assert _marks(target) > 18  # a deletion and an insertion per renumbered label


def test_cancel_at_the_renumbering_question_writes_nothing(redline_window, tmp_path) -> None:
    _window, controller, dialogs = redline_window
    dialogs.redline = [str(tmp_path / "none.docx")]
    dialogs.renumbering = [None]
    assert controller.export_with_track_changes() is None
    assert not (tmp_path / "none.docx").exists()
    assert QApplication.instance() is not None
