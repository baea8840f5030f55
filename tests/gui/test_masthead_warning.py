"""Before an export for submission, one question lists what the masthead lacks for the organ's
layout (date, session, agenda item); the drafter can still export, or go back and fill them."""

from __future__ import annotations

from drafter.core.masthead_needs import missing_masthead
from drafter.core.model import DocumentStatus, Metadata, Organ
from support.editor import sample_resolution
from support.files import make_editor


def test_a_draft_without_date_is_asked_about_once_and_can_still_export(qtbot, tmp_path) -> None:
    target = tmp_path / "out.docx"
    resolution = sample_resolution()
    resolution.meta.status = DocumentStatus.DRAFT
    resolution.meta.agenda_item = ""
    editor = make_editor(qtbot, tmp_path, {"masthead": ["export"], "save": [str(target)]},
                         resolution=resolution)
    assert editor.files.export_submission()
    assert editor.dialogs.asked[0] == ("masthead", "Agenda item, Date of issue")
    assert target.exists()


def test_cancel_at_the_warning_writes_nothing(qtbot, tmp_path) -> None:
    resolution = sample_resolution()
    resolution.meta.status = DocumentStatus.DRAFT
    editor = make_editor(qtbot, tmp_path, {"masthead": ["cancel"], "save": [str(tmp_path / "x.docx")]},
                         resolution=resolution)
    assert not editor.files.export_submission()
    assert [question for question, _ in editor.dialogs.asked] == ["masthead"]  # no file dialog


def test_a_complete_masthead_is_not_asked_about(qtbot, tmp_path) -> None:
    resolution = sample_resolution()
    resolution.meta.status = DocumentStatus.DRAFT
    resolution.meta.date = "5 November 2025"
    editor = make_editor(qtbot, tmp_path, {"save": [str(tmp_path / "y.docx")]}, resolution=resolution)
    assert editor.files.export_submission()
    assert [question for question, _ in editor.dialogs.asked] == ["save"]


def test_needs_follow_the_organ_and_status() -> None:
    assert missing_masthead(Metadata(organ=Organ.SC, status=DocumentStatus.ADOPTED)) == [
        "adoption_date", "meeting"]
    assert missing_masthead(Metadata(organ=Organ.SC, status=DocumentStatus.DRAFT, date="1 May")) == []
    assert missing_masthead(Metadata(organ=Organ.GA, status=DocumentStatus.DRAFT, session="S")) == [
        "agenda_item", "date"]
