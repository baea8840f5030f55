"""Issue 12: read → export → read gives the same content, for every corpus file.

"Same" is :func:`drafter.core.content.differences`: paragraphs, footnote texts and
where they are marked, unmarked notes, annexes, closing lines, tables, metadata. The
export must also raise no diagnostic the source did not have (Drafter agrees with
itself), and say in one line what it could not write where it stood.
"""

from __future__ import annotations

import zipfile
from collections import Counter
from pathlib import Path

import pytest

import drafter
from drafter.core.content import differences
from drafter.core.notes import unreferenced_notes
from drafter.formats.docx.writer import export_docx
from support.corpus import CORPUS

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


def test_an_annex_edited_in_word_wins_over_the_saved_model(tmp_path: Path) -> None:
    """The native save embeds the model; an annex changed in Word afterwards must not be
    hidden by it (the embedded model's fingerprint covers annexes, closing lines, tables)."""
    from drafter.formats.docx.native_file import save_document

    resolution = drafter.parse_text(
        "The General Assembly,\n\n\t1.\tDecides to act;\n\n\t2.\tRequests a report.\n\n"
        "4th plenary meeting\n25 September 2015\n\nAnnex\n\n\tThe first annex paragraph is here.\n"
    )
    path = tmp_path / "saved.docx"
    save_document(resolution, path)
    with zipfile.ZipFile(path) as archive:
        items = {name: archive.read(name) for name in archive.namelist()}
    items["word/document.xml"] = items["word/document.xml"].replace(b"first annex", b"edited annex")
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in items.items():
            archive.writestr(name, data)
    assert drafter.read(path).annexes[0].paragraphs == ["The edited annex paragraph is here."]
