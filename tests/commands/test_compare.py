"""``drafter compare``: the list as text or JSON, the redline with -o, one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from drafter.cli import main
from support.redline_view import revision_attributes
from support.revision import revise


@pytest.fixture
def pair(corpus: Path, tmp_path: Path) -> tuple[Path, Path]:
    base = corpus / "GA_76_71_en.txt"
    new = tmp_path / "rev1.txt"
    new.write_text(revise(base.read_text(encoding="utf-8")), encoding="utf-8")
    return base, new


def test_text_output_lists_one_change_per_line(
    pair: tuple[Path, Path], capsys: pytest.CaptureFixture
) -> None:
    assert main(["compare", str(pair[0]), str(pair[1])]) == 0
    captured = capsys.readouterr()
    lines = captured.out.splitlines()
    assert len(lines) == 9
    assert lines[0] == "PP2: 'Taking into account' replaced by 'Bearing in mind'"
    assert "OP3 (was OP249) moved" in lines
    assert "New OP9 inserted" in lines
    assert captured.err.strip() == "9 changes from GA_76_71_en.txt to rev1.txt"


def test_json_output(pair: tuple[Path, Path], capsys: pytest.CaptureFixture) -> None:
    assert main(["compare", str(pair[0]), str(pair[1]), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["base"] == str(pair[0])
    changes = data["changes"]
    assert [c["kind"] for c in changes].count("inserted") == 2
    moved = next(c for c in changes if c["kind"] == "moved")
    assert (moved["address"], moved["base_address"], moved["new_address"]) == ("OP3", "OP249", "OP3")
    edited = next(c for c in changes if c["address"] == "OP6")
    assert edited["edits"] == [{"deleted": "Reiterates", "inserted": "Reaffirms"}]
    note = next(c for c in changes if c["kind"] == "footnote_changed")
    assert (note["base_footnote"], note["new_footnote"], note["address"]) == (3, 3, "PP6")


def test_output_option_writes_a_redline_with_author_and_date(
    pair: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    target = tmp_path / "redline.docx"
    code = main(["compare", str(pair[0]), str(pair[1]), "-o", str(target),
                 "--author", "Delegation of Norway", "--date", "2026-11-20T10:00:00+01:00"])
    assert code == 0
    revisions = revision_attributes(target)
    assert revisions
    assert {r["author"] for r in revisions} == {"Delegation of Norway"}
    assert {r["date"] for r in revisions} == {"2026-11-20T09:00:00Z"}
    assert "redline written to" in capsys.readouterr().err


def test_missing_input_is_a_one_line_error(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    missing = tmp_path / "nothing.txt"
    assert main(["compare", str(missing), str(missing)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(missing) in err and "no such file" in err


def test_damaged_word_file_is_a_one_line_error(pair: tuple[Path, Path], tmp_path: Path,
                                               capsys: pytest.CaptureFixture) -> None:
    damaged = tmp_path / "damaged.docx"
    damaged.write_bytes(b"PK\x03\x04 not really a zip")
    assert main(["compare", str(damaged), str(pair[1])]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(damaged) in err and "Traceback" not in err


def test_bad_date_is_a_one_line_error(pair: tuple[Path, Path], tmp_path: Path,
                                      capsys: pytest.CaptureFixture) -> None:
    assert main(["compare", str(pair[0]), str(pair[1]), "-o", str(tmp_path / "r.docx"),
                 "--date", "yesterday"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "yesterday" in err
    assert not (tmp_path / "r.docx").exists()


def test_unwritable_output_is_a_one_line_error(pair: tuple[Path, Path], tmp_path: Path,
                                               capsys: pytest.CaptureFixture) -> None:
    target = tmp_path / "no such folder" / "redline.docx"
    assert main(["compare", str(pair[0]), str(pair[1]), "-o", str(target)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "cannot write" in err and str(target) in err


def test_the_list_speaks_the_language_asked_for(pair: tuple[Path, Path], capsys) -> None:
    """English text, French list: --language overrides the document's language."""
    assert main(["compare", str(pair[0]), str(pair[1]), "--language", "fr"]) == 0
    captured = capsys.readouterr()
    assert "OP6 (anciennement OP5)\u00a0: «\u00a0Reiterates\u00a0» remplacé par «\u00a0Reaffirms\u00a0»" in \
        captured.out.splitlines()
    assert captured.err.strip() == "9 modifications de GA_76_71_en.txt à rev1.txt"


def test_a_language_without_a_list_is_one_line(pair: tuple[Path, Path], capsys) -> None:
    assert main(["compare", str(pair[0]), str(pair[1]), "--language", "xx"]) == 2
    error = capsys.readouterr().err.strip()
    assert error.startswith("drafter: --language 'xx': ") and "\n" not in error
