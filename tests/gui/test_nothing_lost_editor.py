"""Issue 12 in the editor: every corpus file opens, shows all its notes and saves whole.

Driven as a drafter would: File ▸ Open (the controller's ``open_path``), then Save,
which for a file Drafter did not write goes through Save As. The saved file must
hold the same content as the file itself (:func:`drafter.core.content.differences`:
paragraphs, every footnote and where it is marked, unmarked notes, annexes, closing
lines, metadata), and comparing the just-opened page with the file lists no change.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import drafter
from drafter.core.content import differences
from support.corpus import CORPUS
from support.files import make_editor

FILES = sorted(p for p in CORPUS.glob("*.*") if p.suffix in (".txt", ".docx")) if CORPUS.is_dir() else []


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_open_and_save_keeps_everything(qtbot, tmp_path: Path, path: Path) -> None:
    source = tmp_path / path.name  # a copy: opening takes a lock next to the file
    source.write_bytes(path.read_bytes())
    target = tmp_path / "saved.docx"
    editor = make_editor(qtbot, tmp_path, {"save": [str(target)]})
    assert editor.files.open_path(source)
    own = drafter.read(source)

    page = editor.window.resolution()
    assert differences(own, page) == []
    assert [change.description for change in drafter.compare(own, page)] == []
    dock = editor.window.footnotes  # one row per mark, then the notes with no mark on the page
    dock.refresh()
    assert sorted(set(dock.texts())) == sorted({note.text for note in own.footnotes})
    assert dock.windowTitle() == f"Footnotes ({dock.table.rowCount()})"
    assert dock.table.rowCount() >= len(own.footnotes)

    assert editor.files.save()
    assert editor.dialogs.errors == []
    assert differences(own, drafter.read(target)) == []
