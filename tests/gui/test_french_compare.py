"""The Compare listing, its summary and every counted word in the French interface are French.

The list's sentences come from resources/comparison/fr.json (the interface language
picks them), the kinds and the summary from the .ts, counted words from the .ts
plural forms of both languages."""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

import drafter
from drafter.gui import i18n
from drafter.gui.compare_actions import ScriptedCompareDialogs, install_compare_actions
from drafter.settings import Settings
from support.corpus import CORPUS
from support.i18n import GUI
from support.revision import revise

NBSP = "\u00a0"


@pytest.fixture
def texts(tmp_path) -> tuple[Path, Path]:
    official = CORPUS / "GA_76_71_en.txt"
    if not official.is_file():
        pytest.skip("shared corpus not present")
    text = official.read_text(encoding="utf-8")
    base, revision = tmp_path / "GA_76_71_en.txt", tmp_path / "GA_76_71_en_rev1.txt"
    base.write_text(text, encoding="utf-8")
    revision.write_text(revise(text), encoding="utf-8")
    return base, revision


def test_the_compare_listing_in_the_french_interface_is_french(qtbot, texts, french) -> None:
    from drafter.gui.main_window import MainWindow

    settings = Settings()
    settings.interface_language = "fr"
    window = MainWindow(checker=lambda resolution, options: [], settings=settings, grammar=False)
    qtbot.addWidget(window)
    window.load_resolution(drafter.read(texts[1]), texts[1])
    controller = install_compare_actions(window, ScriptedCompareDialogs(base=[str(texts[0])]))
    window.show()
    qtbot.waitExposed(window)
    window.actions_by_name["compare_base"].trigger()
    dialog = controller.dialog
    assert dialog is not None and dialog.isVisible()
    rows = [[dialog.list.topLevelItem(row).text(column) for column in range(3)]
            for row in range(dialog.list.topLevelItemCount())]
    assert len(rows) == 9
    shown = [row[2] for row in rows]
    assert (f"OP6 (anciennement OP5){NBSP}: «{NBSP}Reiterates{NBSP}» "
            f"remplacé par «{NBSP}Reaffirms{NBSP}»") in shown
    assert f"Déplacement{NBSP}: OP3 (anciennement OP249)" in shown
    assert f"Ajout{NBSP}: OP9" in shown and f"Suppression{NBSP}: PP4" in shown
    assert f"Note 3 (PP6, anciennement PP7){NBSP}: «{NBSP}D{NBSP}» remplacé par «{NBSP}E{NBSP}»" in shown
    english = ("replaced", "deleted", "inserted", "moved", " was ", "Footnote", "New ")
    assert not [text for text in shown if any(word in text for word in english)]
    assert [row[1] for row in rows if row[0] == "OP9"] == ["Insérée", "Supprimée"]  # the kind column
    assert dialog.summary.text() == (
        "9 modifications de « GA_76_71_en.txt » à « GA_76_71_en_rev1.txt ».")
    assert dialog.list_text().splitlines() == shown  # Copy List gives what is shown


def _plural_sources() -> set[str]:
    found = set()
    for module in GUI.glob("*.py"):
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "plural"
                    and node.args and isinstance(node.args[0], ast.Constant)):
                found.add(node.args[0].value)
    return found


def _numerus(language: str) -> dict[str, list[str]]:
    root = ElementTree.parse(i18n.translation_source(language)).getroot()
    return {message.findtext("source") or "": [form.text or "" for form in message.iter("numerusform")]
            for context in root.iter("context") if context.findtext("name") == "Plurals"
            for message in context.iter("message")}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_every_counted_phrase_has_its_plural_forms(language) -> None:
    """A counted phrase without forms falls back to the English "(s)" rule, in French too."""
    forms = _numerus(language)
    sources = _plural_sources()
    assert len(sources) >= 10
    missing = sorted(source for source in sources if len(forms.get(source, [])) != 2)
    assert missing == []
    assert all("%n" in form for source in sources for form in forms[source])
