"""read_or_reason: the editor's start and its parallel version show a problem, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.formats import reading
from drafter.formats.reading import read_or_reason


def test_a_readable_text_comes_back_with_no_reason(tmp_path: Path) -> None:
    path = tmp_path / "draft.txt"
    path.write_text("The General Assembly,\n\nRecalling its resolution 70/1,\n\n1. Decides to act.\n",
                    encoding="utf-8")
    resolution, problem = read_or_reason(path)
    assert problem == ""
    assert resolution is not None and [p.address for p in resolution.paragraphs] == ["PP1", "OP1"]


def test_an_unreadable_file_gives_the_readers_one_line(tmp_path: Path) -> None:
    resolution, problem = read_or_reason(tmp_path / "missing.docx")
    assert resolution is None
    assert "missing.docx" in problem and "no such file" in problem


def test_a_reader_bug_still_ends_in_one_line_naming_the_file(tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "draft.txt"
    path.write_text("The General Assembly,\n", encoding="utf-8")

    def broken(*_args: object, **_kwargs: object) -> None:
        raise IndexError("list index out of range")

    monkeypatch.setattr(reading, "read_text_file", broken)
    resolution, problem = read_or_reason(path)
    assert resolution is None
    assert problem == f"{path}: cannot be read (IndexError: list index out of range)"
