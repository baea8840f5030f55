"""The export snapshot (tools/export_snapshot.py): the same writer gives the same parts, a file
that cannot be read is one line, and a different layout shows as a different part."""

from __future__ import annotations

import filecmp
import shutil
from pathlib import Path

from support.corpus import CORPUS, load_tool


def _differences(left: Path, right: Path) -> list[str]:
    comparison = filecmp.dircmp(left, right)
    names = comparison.diff_files + comparison.left_only + comparison.right_only
    found = [str(left / name) for name in names]
    for name in comparison.common_dirs:
        found += _differences(left / name, right / name)
    return found


def test_two_runs_of_the_same_writer_give_the_same_parts(tmp_path) -> None:
    texts = tmp_path / "texts"
    texts.mkdir()
    shutil.copy(CORPUS / "GA_72_248_en.txt", texts)
    (texts / "broken.docx").write_bytes(b"not a zip")
    tool = load_tool("export_snapshot")
    problems = tool.snapshot(texts, tmp_path / "first")
    assert tool.snapshot(texts, tmp_path / "second") == problems
    assert [line.split(":")[0] for line in problems] == ["broken.docx"]
    document = tmp_path / "first" / "GA_72_248_en.txt" / "default" / "word" / "document.xml"
    assert "Situation of human rights in Myanmar" in document.read_text(encoding="utf-8")
    assert _differences(tmp_path / "first", tmp_path / "second") == []

    a4 = tmp_path / "first" / "GA_72_248_en.txt" / "a4" / "word" / "document.xml"
    assert a4.read_bytes() != document.read_bytes()  # the paper size is in the body's section
