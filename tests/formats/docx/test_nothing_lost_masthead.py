"""Issue 12: the masthead and page furniture survive, and what cannot be written is said.

Agenda items in the plural, "Reissued for technical reasons", the issue date, the
first-page footer's job number and release date, symbols linked to the Official
Document System as in official files, and the one-line notice for a note nothing
marks (on the command line too).
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

import drafter
from drafter.cli import main as cli_main
from drafter.core.agenda import agenda_line
from drafter.core.content import differences
from drafter.formats.docx.ooxml.hyperlinks import links_in
from drafter.formats.docx.writer import export_docx

COVER = """United Nations\tA/RES/70/1
General Assembly\tDistr.: General
21 October 2015
Reissued for technical reasons on 3 March 2016

Seventieth session
Agenda items 15 and 116

Resolution adopted by the General Assembly on 25 September 2015

[without reference to a Main Committee (A/70/L.1)]

70/1.\tTransforming our world

\tThe General Assembly,

\tRecalling its resolution 69/313 (see A/69/L.82),1

\t1.\tDecides to act;

\t2.\tRequests a report (A/70/100/Add.1).

4th plenary meeting
25 September 2015
__________________
1 See A/RES/69/313.
2 A note nothing marks.
"""


@pytest.mark.parametrize(("item", "language", "line"), [
    ("15 and 116", "en", "Agenda items 15 and 116"),
    ("15, 19 et 116", "fr", "Points 15, 19 et 116 de l’ordre du jour"),
    ("78 (a)", "fr", "Point 78 a) de l’ordre du jour"),
    ("Agenda item 5", "en", "Agenda item 5"),
])
def test_one_agenda_wording_for_page_and_export(item: str, language: str, line: str) -> None:
    assert agenda_line(item, language) == line


def test_cover_and_footer_survive_export(tmp_path: Path) -> None:
    resolution = drafter.parse_text(COVER)
    resolution.meta.job_number, resolution.meta.release_date = "15-16301", "220915"
    assert resolution.meta.agenda_item == "15 and 116"
    assert resolution.meta.reissued == "Reissued for technical reasons on 3 March 2016"
    out = tmp_path / "out.docx"
    notices = export_docx(resolution, out)
    again = drafter.read(out)
    assert differences(resolution, again) == []
    assert (again.meta.date, again.meta.job_number, again.meta.release_date) == (
        "21 October 2015", "15-16301", "220915")
    assert notices == [
        "footnote 2 is marked from no text: kept in the file's footnotes part without a mark "
        "(Word does not print it)"
    ]
    with zipfile.ZipFile(out) as archive:
        body_rels = archive.read("word/_rels/document.xml.rels").decode()
        note_rels = archive.read("word/_rels/footnotes.xml.rels").decode()
        document = archive.read("word/document.xml").decode()
    for symbol in ("A/69/L.82", "A/70/100/Add.1", "A/70/L.1", "A/RES/69/313"):
        assert f'Target="https://undocs.org/{symbol}"' in body_rels
    assert 'Target="https://undocs.org/A/RES/69/313"' in note_rels
    assert "Agenda items 15 and 116" in document


def test_export_command_says_what_it_could_not_place(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    source = tmp_path / "draft.txt"
    source.write_text(COVER, encoding="utf-8")
    out = tmp_path / "draft.docx"
    assert cli_main(["export", str(source), "-o", str(out)]) == 0
    errors = capsys.readouterr().err.splitlines()
    assert errors == [f"{out}: note: footnote 2 is marked from no text: kept in the file's footnotes part "
                      "without a mark (Word does not print it)"]


@pytest.mark.parametrize(("text", "links"), [
    ("its resolutions 69/292 of 19 June 2015 and 70/1, and A/72/70/Add.1.",
     [("69/292", "A/RES/69/292"), ("70/1", "A/RES/70/1"), ("A/72/70/Add.1", "A/72/70/Add.1")]),
    ("Security Council resolution 2231 (2015) and ECOSOC resolution 2018/5",
     [("2231 (2015)", "S/RES/2231(2015)"), ("2018/5", "E/RES/2018/5")]),
    ("résolutions 70/1 du 25 septembre 2015 et 71/312", [("70/1", "A/RES/70/1"), ("71/312", "A/RES/71/312")]),
    ("resolution 217 A (III), the 2030 Agenda, paragraph 12/3", []),
])
def test_symbols_and_resolution_numbers_are_linked_as_in_official_files(text: str, links: list) -> None:
    assert [(text[start:end], symbol) for start, end, symbol in links_in(text)] == links
