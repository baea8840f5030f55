"""A first run that teaches: the start page, the Guide pane, Help ▸ Drafting rules and About.

Drafter is started as ``drafter`` with no file (``launch.run([])``, the event loop replaced so
the test drives the window), with its own settings file and recovery folder.
"""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from drafter.core.model import DocumentStatus, Organ
from drafter.core.new_document import new_resolution
from drafter.gui import i18n, launch
from drafter.gui.dialogs import ScriptedDialogs
from support.corpus import REPO
from support.i18n import GUI, tr_calls


@pytest.fixture
def start(tmp_path, monkeypatch, qapp):
    """``start(settings_lines)`` runs ``drafter`` with no file and returns its window."""
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    settings = tmp_path / "settings.ini"
    monkeypatch.setenv("DRAFTER_SETTINGS", str(settings))
    started = []

    def run(*lines: str):
        settings.write_text("[General]\n" + "".join(f"{line}\n" for line in lines), encoding="utf-8")
        before = set(QApplication.topLevelWidgets())
        monkeypatch.setattr(QApplication, "exec", lambda self=None: started.extend(
            w for w in QApplication.topLevelWidgets() if hasattr(w, "files") and w not in before) or 0)
        assert launch.run([]) == 0
        window = started[-1]
        window.files.dialogs = ScriptedDialogs({"unsaved": ["discard"]})
        return window

    yield run
    for window in started:
        window.close()
    i18n.install_translators("en")


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_without_a_file_the_start_page_and_the_guide_are_shown(start) -> None:
    window = start()
    page = window.start_page
    assert window.centralWidget().currentWidget() is page and page.isVisible()
    assert not window.editor.isVisible()
    guide = window.guide.text.document()
    items = [block.text() for block in _blocks(guide) if block.textList() is not None]
    assert len(items) == 10
    topics = ("Kinds of paragraph", "Enter and Tab", "Footnotes", "Fixes", "Compare", "Negotiation marks")
    for topic in topics:
        assert any(item.startswith(topic) for item in items), topic
    assert window.guide.isVisible()


def test_new_from_a_template_chosen_on_the_start_page(start, qtbot) -> None:
    window = start()
    page = window.start_page
    page.organ.setCurrentIndex(page.organ.findData(Organ.SC.value))
    page.status.setCurrentIndex(page.status.findData(DocumentStatus.ADOPTED.value))
    page.language.setCurrentIndex(page.language.findData("fr"))
    click(qtbot, page.create)
    assert window.centralWidget().currentWidget() is window.editor
    shown = window.resolution()
    expected = new_resolution(Organ.SC, DocumentStatus.ADOPTED, "fr")
    assert shown.meta.organ is Organ.SC and shown.meta.status is DocumentStatus.ADOPTED
    assert shown.meta.language == "fr"
    assert shown.formula == expected.formula
    assert window.path is None and not window.files.is_modified()


@pytest.mark.parametrize(("example", "language", "operative"), [
    ("draft_oceans_en", "en", 6), ("resolution_ga_fr", "fr", 5)])
def test_a_bundled_example_opens_as_an_untitled_copy(start, qtbot, example, language, operative) -> None:
    window = start()
    button = next(b for b in window.start_page.example_buttons if b.objectName() == f"StartExample_{example}")
    click(qtbot, button)
    shown = window.resolution()
    assert shown.meta.language == language and shown.counts()["operative"] == operative
    assert window.path is None  # Save asks where: the shipped example stays as it is
    assert window.centralWidget().currentWidget() is window.editor


def test_recent_files_and_open_on_the_start_page(start, qtbot, tmp_path) -> None:
    recent = tmp_path / "my draft.txt"
    shutil.copy(REPO / "examples" / "draft_oceans_en.txt", recent)
    other = tmp_path / "other.txt"
    shutil.copy(REPO / "examples" / "resolution_ga_fr.txt", other)
    window = start(f"recent_files={recent}, {tmp_path / 'gone.txt'}")
    listing = window.start_page.recent
    assert [listing.item(i).text() for i in range(listing.count())] == ["my draft.txt"]  # gone: not listed
    item_centre = listing.visualItemRect(listing.item(0)).center()
    qtbot.mouseClick(listing.viewport(), Qt.MouseButton.LeftButton, pos=item_centre)  # a double-click
    qtbot.mouseDClick(listing.viewport(), Qt.MouseButton.LeftButton, pos=item_centre)
    assert window.path == recent
    window.files.dialogs.answers["open"] = [str(other)]
    window.start_page.open_button.click()  # the page is behind the editor now; its command still works
    assert window.path == other and window.resolution().meta.language == "fr"


def test_drafting_rules_are_searchable(start, qtbot) -> None:
    window = start()
    window.actions_by_name["help_rules"].trigger()
    browser = window.rules_browser
    assert browser.isVisible()
    total = browser.list.count()
    assert total > 100
    browser.search.setFocus()
    qtbot.keyClicks(browser.search, "member states")
    assert "member-states" in browser.visible_rules()
    assert len(browser.visible_rules()) < total
    assert "Member States of the United Nations take capitals" in browser.details.toPlainText()
    assert browser.count.text() == f"Rules shown: {len(browser.visible_rules())} of {total}"
    browser.search.clear()
    qtbot.keyClicks(browser.search, "operative numbering")
    browser.list.setCurrentRow(browser.list.row(browser.list.findItems("(operative-numbering-gap)",
                                                                         Qt.MatchFlag.MatchEndsWith)[0]))
    assert "operative-numbering-gap" in browser.details.toPlainText()
    browser.search.clear()
    qtbot.keyClicks(browser.search, "zzqx")
    assert browser.visible_rules() == [] and "No rule matches." in browser.details.toPlainText()


def test_about_states_the_licences_and_that_qt_is_shared(start) -> None:
    from PySide6.QtCore import qVersion

    window = start()
    window.actions_by_name["help_about"].trigger()
    text = window.about_dialog.text.toPlainText()
    from drafter import __version__

    assert text.startswith(f"Drafter {__version__}")
    assert f"Qt 6 {qVersion()}" in text and "LGPL-3.0-only" in text
    assert "shared libraries" in text and "replace" in text
    for component in ("python-docx", "lxml", "language-tool-python"):
        assert component in text


def test_guide_comes_back_from_the_help_menu(start) -> None:
    window = start()
    window.guide.close()
    assert not window.guide.isVisible()
    window.actions_by_name["help_guide"].trigger()
    assert window.guide.isVisible()


def test_the_first_run_in_french(start, qtbot) -> None:
    window = start("interface_language=fr")
    page = window.start_page
    labels = " ".join(label.text() for label in page.findChildren(QLabel))
    assert "Bienvenue dans Drafter" in labels
    assert page.create.text() == "&Créer"
    assert page.organ.itemText(page.organ.findData(Organ.SC.value)) == "Conseil de sécurité"
    assert window.guide.text.toPlainText().startswith("Rédiger avec Drafter")
    assert window.guide.windowTitle() == "Guide"
    assert window.actions_by_name["help_rules"].text() == "&Règles de rédaction…"
    assert window.actions_by_name["help_about"].text() == "À &propos de Drafter"
    window.actions_by_name["help_rules"].trigger()
    assert window.rules_browser.windowTitle() == "Règles de rédaction"
    member = window.rules_browser.list.findItems("(member-states)", Qt.MatchFlag.MatchEndsWith)[0]
    assert member.text().startswith("« Member States »")
    window.actions_by_name["help_about"].trigger()
    assert "bibliothèques partagées" in window.about_dialog.text.toPlainText()


@pytest.mark.parametrize("module", ["start_page.py", "rules_browser.py", "about_dialog.py"])
def test_every_new_interface_string_has_a_french_translation(module) -> None:
    import xml.etree.ElementTree as ElementTree

    context, calls = tr_calls(GUI / module)
    texts = set(calls)
    root = ElementTree.parse(i18n.translation_source("fr")).getroot()
    translated = {message.findtext("source") for element in root.iter("context")
                  if element.findtext("name") == context for message in element.iter("message")}
    assert len(texts) >= 5 and texts - translated == set()


def _blocks(document):
    block = document.begin()
    while block.isValid():
        yield block
        block = block.next()


def test_a_start_page_click_never_loses_unsaved_work(start, qtbot) -> None:
    window = start()
    click(qtbot, window.start_page.create)
    window.editor.setFocus()
    qtbot.keyClicks(window.editor, "x")
    assert window.files.is_modified()
    window.files.dialogs.answers["unsaved"] = ["cancel"]
    before = window.resolution()
    window.start_page.example_buttons[0].click()
    assert window.files.dialogs.asked[-1][0] == "unsaved"
    assert window.resolution() == before
