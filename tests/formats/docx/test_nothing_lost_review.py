"""Issue 12: Word comments and tracked changes are kept when a file has them.

The reader keeps the text as accepted (as before) and now also what was inserted,
what was deleted and what reviewers commented, by place and offset; the export
writes them back as ``w:ins``, ``w:del`` and Word comments, so read → export → read
keeps them (:func:`drafter.core.content.differences`).
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import drafter
from drafter.core.content import differences
from drafter.core.model import Comment, Revision
from drafter.formats.docx.writer import export_docx
from support.docx_kit import REV, build_docx, para, resolution_paragraphs, run


def test_tracked_changes_are_kept_as_revisions(tmp_path: Path) -> None:
    revised = (
        '<w:p><w:pPr><w:pStyle w:val="SingleTxt"/></w:pPr>'
        + run("\t1.\t") + run("Decides", italic=True) + run(" to ")
        + f'<w:ins w:id="1" {REV}>' + run("convene ") + "</w:ins>"
        + f'<w:del w:id="2" {REV}><w:r><w:delText>hold </w:delText></w:r></w:del>'
        + run("a meeting.") + "</w:p>"
    )
    last = para(run("\t2.\t"), run("Requests", italic=True), run(" a report."), style="SingleTxt")
    path = build_docx(tmp_path / "tracked.docx", resolution_paragraphs(revised, last))
    resolution = drafter.read(path)
    assert resolution.find("OP1").text == "Decides to convene a meeting."
    assert resolution.revisions == [
        Revision("OP1", 11, 19, "", "A", "2024-01-01T00:00:00Z", kind="insert"),
        Revision("OP1", 19, 19, "hold ", "A", "2024-01-01T00:00:00Z", kind="delete"),
    ]
    out = tmp_path / "out.docx"
    export_docx(resolution, out)
    assert differences(resolution, drafter.read(out)) == []
    with zipfile.ZipFile(out) as archive:
        body = archive.read("word/document.xml").decode()
    assert "<w:delText xml:space=\"preserve\">hold </w:delText>" in body and "<w:ins " in body


def test_comments_survive_export(tmp_path: Path) -> None:
    resolution = drafter.parse_text(
        "The General Assembly,\n\n\tRecalling its resolution 70/1,\n\n\t1.\tDecides to act;\n\n"
        "\t2.\tRequests a report.\n\n4th plenary meeting\n25 September 2015\n"
    )
    resolution.comments = [
        Comment("OP1", 11, 14, "Which act?", "Delegate", "2024-02-01T09:00:00Z", initials="D"),
        Comment("PP1", 0, 0, "Add the date.\nAnd the venue.", "Editor", initials="E"),
        Comment("CLOSING:1", 0, 3, "Check the meeting number.", "Editor", initials="E"),
    ]
    resolution.revisions = [Revision("OP2", 9, 9, "short ", "Editor", kind="delete")]
    out = tmp_path / "out.docx"
    assert export_docx(resolution, out) == []
    again = drafter.read(out)
    assert differences(resolution, again) == []
    kept = sorted((c.place, c.text) for c in again.comments)
    assert kept == sorted((c.place, c.text) for c in resolution.comments)


def test_a_comment_on_text_the_layout_does_not_write_is_said(tmp_path: Path) -> None:
    resolution = drafter.parse_text(
        "The General Assembly,\n\n\t1.\tDecides to act;\n\n\t2.\tRequests a report.\n"
    )
    resolution.comments = [Comment("META:symbol", 0, 1, "Symbol?", "Editor")]
    notices = export_docx(resolution, tmp_path / "out.docx")
    assert notices == ["comment by Editor on META:symbol not written: the layout has no such text"]
