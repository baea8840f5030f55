"""File ▸ Export as Akoma Ntoso…: driven from the menu as a drafter would, the file it writes
reads back as the same document and validates against the Akoma Ntoso 3.0 schema."""

from __future__ import annotations

from lxml import etree
from PySide6.QtWidgets import QMenu

import drafter
from drafter.formats.akn.schema import schema_errors
from support.files import drop_file, make_editor, rich_resolution


def test_export_as_akoma_ntoso_from_the_file_menu(qtbot, tmp_path) -> None:
    editor = make_editor(qtbot, tmp_path, resolution=rich_resolution())
    target = tmp_path / "draft"  # no suffix typed: .xml is added
    asked: list[str] = []
    command = editor.window.akn_export
    command.ask_path = lambda suggested: asked.append(suggested) or str(target)
    file_menu = editor.window.findChild(QMenu, "FileMenu")
    names = [action.objectName() for action in file_menu.actions()]
    assert names.index("file_export_akn") == names.index("export_track_changes") + 1
    command.action.trigger()
    written = tmp_path / "draft.xml"
    assert written.is_file() and asked
    assert schema_errors(etree.parse(str(written)).getroot()) == []
    again = drafter.read(written)
    original = editor.window.resolution()
    assert [(p.kind, p.text, p.level) for p in again.paragraphs] == [
        (p.kind, p.text, p.level) for p in original.paragraphs
    ]
    assert [n.text for n in again.footnotes] == [n.text for n in original.footnotes]
    assert "draft.xml" in editor.window.statusBar().currentMessage()


def test_cancelled_export_writes_nothing(qtbot, tmp_path) -> None:
    editor = make_editor(qtbot, tmp_path)
    command = editor.window.akn_export
    command.ask_path = lambda suggested: None
    assert command.export() is None
    assert not list(tmp_path.glob("*.xml"))


def test_open_dialog_offers_akoma_ntoso_files(qtbot, tmp_path, monkeypatch) -> None:
    from drafter.gui import dialogs

    shown: list[str] = []

    def get_open_file_name(parent, title, folder, kinds):
        shown.append(kinds)
        return str(tmp_path / "GA.xml"), kinds

    monkeypatch.setattr(dialogs.QFileDialog, "getOpenFileName", get_open_file_name)
    editor = make_editor(qtbot, tmp_path)
    assert dialogs.QtDialogs(editor.window).open_file_name(str(tmp_path)) == str(tmp_path / "GA.xml")
    assert "*.xml" in shown[0].split(";;")[0]  # the first filter, "Resolutions", includes AKN files


def test_the_editor_opens_the_uns_akoma_ntoso_file(qtbot, tmp_path, corpus) -> None:
    source = corpus / "source_xml" / "ECOSOC_2023_1_en.xml"
    editor = make_editor(qtbot, tmp_path)
    assert editor.files.open_path(source)
    assert editor.window.resolution().counts() == {"preamble": 5, "operative": 2, "subparagraphs": 13,
                                                   "footnotes": 4}


def test_dropping_the_uns_xml_opens_it(qtbot, tmp_path, corpus) -> None:
    source = corpus / "source_xml" / "GA_76_112_en.xml"
    editor = make_editor(qtbot, tmp_path)
    drop_file(editor.window, source)
    qtbot.waitUntil(lambda: editor.files.path == source)
    assert editor.window.resolution().meta.symbol == "A/RES/76/112"
