"""``drafter index lookup`` and ``drafter index add`` (user entries in a sandboxed XDG folder)."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.citations.index import reload_index
from drafter.cli import main


def adopted_text(path: Path, number: str, title: str, preamble: str) -> None:
    """A GA resolution as the UN renders it: masthead (adopted on 20 December 2044), title, one
    preambular and one operative paragraph."""
    path.write_text(
        f"United Nations\nA/RES/{number}\nGeneral Assembly\nDistr.: General\n3 January 2045\n"
        "Resolution adopted by the General Assembly on 20 December 2044\n\n"
        f"{number}. {title}\n\nThe General Assembly,\n\n{preamble}\n\n1. Decides to act.\n",
        encoding="utf-8",
    )


@pytest.fixture
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    reload_index()
    yield tmp_path / "data"
    monkeypatch.undo()
    reload_index()


def test_lookup_prints_date_and_title(capsys: pytest.CaptureFixture[str], data_home: Path) -> None:
    assert main(["index", "lookup", "70/1"]) == 0
    out = capsys.readouterr().out
    assert "GA resolution 70/1" in out
    assert "adopted: 2015-09-25" in out
    assert "Transforming our world: the 2030 Agenda for Sustainable Development" in out


def test_lookup_of_an_unknown_number_is_one_line(capsys: pytest.CaptureFixture[str], data_home: Path) -> None:
    assert main(["index", "lookup", "99/999"]) == 2
    assert capsys.readouterr().err.strip() == "drafter: 99/999: not in the citation index"


def test_add_a_folder_then_lookup(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], data_home: Path
) -> None:
    folder = tmp_path / "texts"
    folder.mkdir()
    adopted_text(folder / "new.txt", "99/12", "Oceans and the law of the sea",
                 "Recalling its resolution 98/7 of 5 December 2043,")
    (folder / "broken.docx").write_bytes(b"not a zip")
    assert main(["index", "add", str(folder)]) == 0
    captured = capsys.readouterr()
    assert "1 texts read" in captured.out and "broken.docx" in captured.err
    assert (data_home / "drafter" / "citations.json").is_file()
    assert main(["index", "lookup", "98/7"]) == 0
    assert "adopted: 2043-12-05" in capsys.readouterr().out
    assert main(["index", "lookup", "99/12"]) == 0
    out = capsys.readouterr().out
    assert "(user entry)" in out and "Oceans and the law of the sea" in out


def test_add_a_missing_folder_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], data_home: Path
) -> None:
    assert main(["index", "add", str(tmp_path / "nowhere")]) == 2
    assert capsys.readouterr().err.strip().endswith("nowhere: no such folder")


def test_add_one_entry_by_hand_overrides_and_is_used_by_the_checks(
    capsys: pytest.CaptureFixture[str], data_home: Path
) -> None:
    from drafter.api import parse_text
    from drafter.checks import CheckOptions, check

    assert main(["index", "add-entry", "99/1", "2044-10-05", "--title", "Future"]) == 0
    assert "adopted: 2044-10-05" in capsys.readouterr().out
    text = "The General Assembly,\n\nRecalling its resolution 99/1 of 6 October 2044,\n\n1. Decides to act."
    found = check(parse_text(text, language="en"), CheckOptions(families=("citations",)))
    assert [d.fix.replacement for d in found if d.rule == "citation-date"] == ["5 October 2044"]
    assert main(["index", "add-entry", "99/1", "5 October"]) == 2
    assert capsys.readouterr().err.strip() == "drafter: 5 October: not a date (write it as 2015-09-25)"


def test_an_imported_slip_does_not_outvote_the_public_texts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], data_home: Path
) -> None:
    folder = tmp_path / "texts"
    folder.mkdir()
    adopted_text(folder / "slip.txt", "99/13", "Slips", "Recalling its resolution 70/1 of 26 September 2015,")
    assert main(["index", "add", str(folder)]) == 0
    assert main(["index", "add", str(folder)]) == 0  # the same folder again counts once
    capsys.readouterr()
    assert main(["index", "lookup", "70/1"]) == 0
    out = capsys.readouterr().out
    assert "adopted: 2015-09-25" in out
    assert "2015-09-26 (1)" in out  # kept as evidence
