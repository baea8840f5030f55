"""Empty heading lines show hints in the document's language, and only those its status uses."""

from __future__ import annotations

from drafter.core.model import DocumentStatus
from support.editor import sample_resolution
from support.files import make_editor
from support.i18n import painted_texts


def _empty_masthead(language: str, status: DocumentStatus):
    resolution = sample_resolution()
    resolution.meta.language = language
    resolution.meta.status = status
    resolution.meta.session = resolution.meta.agenda_item = resolution.meta.agenda_title = ""
    return resolution


def test_a_french_draft_in_an_english_interface_hints_in_french(qtbot, tmp_path, monkeypatch) -> None:
    window = make_editor(qtbot, tmp_path, resolution=_empty_masthead("fr", DocumentStatus.DRAFT)).window
    painted = painted_texts(window.editor, monkeypatch)
    assert {"Point de l’ordre du jour", "Intitulé du point de l’ordre du jour"} <= set(painted)
    assert "Agenda item" not in painted


def test_an_adopted_text_has_no_agenda_title_hint(qtbot, tmp_path, monkeypatch) -> None:
    window = make_editor(qtbot, tmp_path, resolution=_empty_masthead("en", DocumentStatus.ADOPTED)).window
    painted = painted_texts(window.editor, monkeypatch)
    assert "Agenda item" in painted and "Title of the agenda item" not in painted
