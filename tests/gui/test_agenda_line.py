"""An agenda item stored as its number only is shown on the page in the language's wording."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from drafter.gui.document_sync import HEADER_ORDER, agenda_line
from drafter.gui.kinds import BlockKind
from support.editor import sample_resolution


@pytest.mark.parametrize(("item", "language", "shown"), [
    ("78 (a)", "en", "Agenda item 78 (a)"),
    ("78 (a)", "fr", "Point 78 a) de l’ordre du jour"),
    ("78", "es", "Tema 78 del programa"),
    ("Agenda item 5", "en", "Agenda item 5"),  # already worded: as it is
    ("", "en", ""),
])
def test_agenda_line_wording(item, language, shown):
    assert agenda_line(item, language) == shown


def _agenda_block(editor):
    return editor.document().findBlockByNumber(HEADER_ORDER.index(BlockKind.AGENDA))


def test_bare_agenda_item_is_shown_in_full_and_kept_bare(window):
    resolution = sample_resolution()
    resolution.meta.agenda_item = "78 (a)"
    window.load_resolution(resolution)
    assert _agenda_block(window.editor).text() == "Agenda item 78 (a)"
    assert window.resolution().meta.agenda_item == "78 (a)"  # the file keeps what it had


def test_french_document_shows_the_french_wording(window):
    resolution = sample_resolution()
    resolution.meta.language, resolution.formula = "fr", "L’Assemblée générale,"
    resolution.meta.agenda_item = "78 (a)"
    window.load_resolution(resolution)
    assert _agenda_block(window.editor).text() == "Point 78 a) de l’ordre du jour"


def test_a_number_typed_in_the_panel_is_worded_on_the_page(window, qtbot):
    edit = window.metadata.header_edits[BlockKind.AGENDA]
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "79")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert _agenda_block(window.editor).text() == "Agenda item 79"
    assert window.resolution().meta.agenda_item == "Agenda item 79"
