"""The redline gets the plain export's UN typography (both texts, the Settings' switches), and
typography alone is never a tracked change."""

from __future__ import annotations

import zipfile
from pathlib import Path

from lxml import etree

from drafter.cli import main

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
EN_BASE = ('The General Assembly,\n\nRecalling its resolution entitled "Social development",\n\n'
           "1. Decides to act -- now;\n\n2. Requests a report.\n")
EN_DRAFT = ('The General Assembly,\n\nRecalling its resolution entitled "Social development",\n\n'
            "1. Decides to act -- now and together;\n\n2. Requests a report.\n")
FR_BASE = ("L'Assemblée générale,\n\nRappelant sa résolution intitulée \"Développement social\",\n\n"
           "1. Décide d'agir : maintenant;\n\n2. Prie le Secrétaire général de lui présenter un rapport.\n")
# As the editor types it: guillemets with their no-break spaces, a no-break space before ; and :.
FR_DRAFT = ("L\u2019Assemblée générale,\n\n"
            "Rappelant sa résolution intitulée «\u00a0Développement social\u00a0»,\n\n"
            "1. Décide d\u2019agir\u00a0: maintenant et ensemble\u00a0;\n\n"
            "2. Prie le Secrétaire général de lui présenter un rapport.\n")


def _redline(tmp_path: Path, monkeypatch, base: str, draft: str, *options: str, settings: str = "") -> Path:
    monkeypatch.setenv("DRAFTER_SETTINGS", str(tmp_path / "settings.ini"))
    (tmp_path / "settings.ini").write_text(f"[General]\n{settings}", encoding="utf-8")
    base_path, draft_path, target = tmp_path / "base.txt", tmp_path / "draft.txt", tmp_path / "redline.docx"
    base_path.write_text(base, encoding="utf-8")
    draft_path.write_text(draft, encoding="utf-8")
    assert main(["compare", str(base_path), str(draft_path), "-o", str(target), *options]) == 0
    return target


def _body(path: Path) -> etree._Element:
    with zipfile.ZipFile(path) as archive:
        return etree.fromstring(archive.read("word/document.xml"))


def _text(path: Path) -> str:
    body = _body(path)
    return "".join(node.text or "" for node in body.iter(W + "t", W + "delText"))


def _tracked(path: Path) -> list[tuple[str, str]]:
    """(ins|del, the text it carries) for every revision mark that carries text."""
    found = []
    for mark in _body(path).iter(W + "ins", W + "del"):
        text = "".join(node.text or "" for node in mark.iter(W + "t", W + "delText"))
        if text.strip():
            found.append((mark.tag.replace(W, ""), text))
    return found


def test_a_text_base_and_draft_with_straight_quotes_give_curly_ones(tmp_path, monkeypatch) -> None:
    path = _redline(tmp_path, monkeypatch, EN_BASE, EN_DRAFT)
    text = _text(path)
    assert "\u201cSocial development\u201d" in text and '"' not in text
    assert "act \u2013 now" in text and "--" not in text
    assert _tracked(path) == [("ins", " and together")]


def test_the_settings_switches_and_the_option_keep_the_texts_as_they_are(tmp_path, monkeypatch) -> None:
    quotes_off = _text(_redline(tmp_path, monkeypatch, EN_BASE, EN_DRAFT,
                                settings="typography_quotes=false\n"))
    assert '"Social development"' in quotes_off and "act \u2013 now" in quotes_off
    kept = _text(_redline(tmp_path, monkeypatch, EN_BASE, EN_DRAFT, "--keep-typography"))
    assert '"Social development"' in kept and "act -- now" in kept


def test_french_typography_alone_is_not_tracked(tmp_path, monkeypatch, capsys) -> None:
    """A base typed with straight quotes and no spaces against a draft typed in the editor."""
    path = _redline(tmp_path, monkeypatch, FR_BASE, FR_DRAFT)
    assert "«\u00a0Développement social\u00a0»" in _text(path) and "L\u2019Assemblée" in _text(path)
    assert [text.strip() for _, text in _tracked(path)] == ["et ensemble"]
    # The list, in the document's language: the formula's apostrophe is no change.
    listed = capsys.readouterr()
    assert listed.out.splitlines() == [
        "OP1\u00a0: «\u00a0et ensemble\u00a0» ajouté après "
        "«\u00a0Décide d\u2019agir\u00a0: maintenant\u00a0»"]
    assert listed.err.startswith("1 modification de base.txt à draft.txt\u00a0; version avec suivi")
    # Without the same typography on both sides, the quotation marks and spaces were marks too.
    kept = _redline(tmp_path, monkeypatch, FR_BASE, FR_DRAFT, "--keep-typography")
    assert len(_tracked(kept)) > 1
