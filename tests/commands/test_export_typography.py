"""``drafter export`` converts a text file's typography as the editor would, unless told not to."""

from __future__ import annotations

from pathlib import Path

import drafter
from drafter.cli import main

TEXT = ('The General Assembly,\n\nRecalling its resolution entitled "Social development",\n\n'
        "1. Decides to act -- now.\n")


def _export(tmp_path: Path, monkeypatch, *options: str, settings: str = "") -> list[str]:
    monkeypatch.setenv("DRAFTER_SETTINGS", str(tmp_path / "settings.ini"))
    (tmp_path / "settings.ini").write_text(f"[General]\n{settings}", encoding="utf-8")
    source, target = tmp_path / "draft.txt", tmp_path / "out.docx"
    source.write_text(TEXT, encoding="utf-8")
    assert main(["export", str(source), "-o", str(target), *options]) in (0, 1)
    return [p.text for p in drafter.read(target).paragraphs]


def test_export_gives_curly_quotes_and_dashes(tmp_path, monkeypatch) -> None:
    assert _export(tmp_path, monkeypatch) == ["Recalling its resolution entitled “Social development”,",
                                              "Decides to act – now."]


def test_the_settings_and_the_option_keep_the_text_as_it_is(tmp_path, monkeypatch) -> None:
    assert _export(tmp_path, monkeypatch, settings="typography_quotes=false\n")[0].endswith(
        '"Social development",')
    assert _export(tmp_path, monkeypatch, "--keep-typography")[1] == "Decides to act -- now."
