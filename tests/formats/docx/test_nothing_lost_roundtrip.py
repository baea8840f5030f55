"""Issue 12: read → export → read gives the same content, for every corpus file.

"Same" is :func:`drafter.core.content.differences`: paragraphs, footnote texts and
where they are marked, unmarked notes, annexes, closing lines, tables, metadata. The
export must also raise no diagnostic the source did not have (Drafter agrees with
itself), and say in one line what it could not write where it stood.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

import drafter
from drafter.core.content import differences
from drafter.core.notes import unreferenced_notes
from drafter.formats.docx.writer import export_docx

CORPUS = Path(__file__).resolve().parents[3].parent / "shared" / "corpus"
FILES = sorted(p for p in CORPUS.glob("*.*") if p.suffix in (".txt", ".docx")) if CORPUS.is_dir() else []


def _problems(resolution: drafter.Resolution) -> Counter[str]:
    return Counter(d.rule for d in drafter.check(resolution) if d.severity in ("warning", "error"))


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_export_then_read_gives_the_same_content(path: Path, tmp_path: Path) -> None:
    original = drafter.read(path)
    out = tmp_path / "export.docx"
    notices = export_docx(original, out)
    again = drafter.read(out)
    assert differences(original, again) == []
    assert len(again.footnotes) == len(original.footnotes)
    assert _problems(again) - _problems(original) == Counter()
    # Only notes nothing marks are written without a mark, each said in one line.
    assert len(notices) == len(unreferenced_notes(original))
    assert all("\n" not in notice and f"{path.name}" not in notice for notice in notices)
