"""``drafter compare``: the list as text or JSON, the redline with -o, one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from drafter.api import read
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


def _revised(base: Path, target: Path) -> Path:
    """``base`` with its second preambular paragraph deleted and a year added to the end of
    its third, the way a drafter edits a .txt: found through the reader, so in any language."""
    text = base.read_text(encoding="utf-8")
    paragraphs = {p.address: p.text for p in read(base).paragraphs}
    blocks = text.split("\n\n")

    def find(paragraph: str) -> int:
        start = " ".join(paragraph.split())[:40]
        found = [i for i, block in enumerate(blocks) if " ".join(block.split()).startswith(start)]
        assert len(found) == 1
        return found[0]

    del blocks[find(paragraphs["PP2"])]
    third = blocks[find(paragraphs["PP3"])].rstrip()
    blocks[find(paragraphs["PP3"])] = third[:-1] + " 2030" + third[-1]  # before its comma
    target.write_text("\n\n".join(blocks), encoding="utf-8")
    return target


@pytest.mark.parametrize(("language", "deleted", "inserted", "summary"), [
    ("es", "Supresión: PP2", "PP2 (antes PP3): inserción de “2030” después de “todos los Estados”",
     "2 cambios de GA_75_100_es.txt a new.txt"),
    ("ru", "Исключение: PP2", "PP2 (ранее PP3): добавление «2030» после «независимости всех государств»",
     "2 изменения в new.txt по сравнению с GA_75_100_ru.txt"),
    ("ar", "حذف: PP2", "PP2 (سابقا PP3): إدراج ”2030“ بعد ”الإقليمية واستقلالها السياسي“",
     "تغييران من GA_75_100_ar.txt إلى new.txt"),
    ("zh", "删除：PP2", "PP2(原为PP3)：在“领土完整和政治独立”后插入“2030”",
     "从GA_75_100_zh.txt到new.txt共有2处改动"),
])
def test_the_list_speaks_the_language_of_the_texts(corpus: Path, tmp_path: Path, capsys, language,
                                                  deleted, inserted, summary) -> None:
    """A/RES/75/100 in Spanish, Russian, Arabic and Chinese, and a revision of it: no --language."""
    base = corpus / f"GA_75_100_{language}.txt"
    assert main(["compare", str(base), str(_revised(base, tmp_path / "new.txt"))]) == 0
    captured = capsys.readouterr()
    assert captured.out.splitlines() == [deleted, inserted]
    assert captured.err.strip() == summary
