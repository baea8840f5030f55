"""``drafter check FOLDER`` for editors: folders walked, several processes, progress, summary, bad input.

The command runs in-process through ``drafter.cli.main`` (output captured by capsys); with
``--jobs 2`` the checks really run in two spawned worker processes.
"""

from __future__ import annotations

import io
import json
import os
import shutil
from pathlib import Path

import pytest

from drafter.cli import main
from drafter.commands import batch_files, progress

GOOD = """The General Assembly,

Recalling its resolution 66/122 of 19 December 2011,

1. Requests the Secretary-General to submit a report;

2. Decides to continue its consideration of the question.
"""
GAP = GOOD.replace("2. Decides", "3. Decides")


def drafts(folder: Path, count: int) -> list[Path]:
    """``count`` small drafts, every third one with a numbering gap (an error)."""
    folder.mkdir(parents=True, exist_ok=True)
    made = []
    for index in range(count):
        path = folder / f"draft_{index:02}.txt"
        path.write_text(GAP if index % 3 == 0 else GOOD, encoding="utf-8")
        made.append(path)
    return made


def test_a_folder_is_walked_recursively_in_name_order(tmp_path: Path, corpus: Path) -> None:
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    shutil.copy(corpus / "ECOSOC_2018_5_en.docx", tmp_path / "b.docx")
    shutil.copy(corpus / "source_xml" / "ECOSOC_2023_1_en.xml", tmp_path / "sub" / "akn.xml")
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "sub" / "deeper" / "c.TXT").write_text(GOOD, encoding="utf-8")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    (tmp_path / "~$b.docx").write_bytes(b"owner")  # Word's lock file beside an open draft
    (tmp_path / ".hidden.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / ".~lock.a.txt#").write_text("lock", encoding="utf-8")
    found = batch_files.collect([tmp_path])
    assert found.files == [tmp_path / "a.txt", tmp_path / "b.docx", tmp_path / "sub" / "akn.xml",
                           tmp_path / "sub" / "deeper" / "c.TXT"]
    assert found.problems == [] and found.folders == 1


def test_folder_check_prints_per_file_lines_and_a_closing_summary(tmp_path: Path, capsys) -> None:
    files = drafts(tmp_path / "drafts", 4)
    assert main(["check", str(tmp_path / "drafts")]) == 1
    captured = capsys.readouterr()
    summaries = [line for line in captured.out.splitlines() if ": 0 errors" in line or ": 1 error" in line]
    assert [line.split(":")[0] for line in summaries] == [str(path) for path in files]
    assert f"{files[0]}:OP2: error:" in captured.out  # the gap in the first draft
    summary = captured.err.splitlines()
    assert summary[0].startswith("drafter: 4 files checked, 0 not readable: 2 errors")
    assert summary[1].startswith("drafter: most frequent rules: operative-numbering-gap (2)")


def test_json_stays_one_object_per_file_and_has_no_summary(tmp_path: Path, capsys) -> None:
    files = drafts(tmp_path, 3)
    assert main(["check", "--format", "json", str(tmp_path)]) == 1
    captured = capsys.readouterr()
    records = [json.loads(line) for line in captured.out.splitlines()]
    assert [record["file"] for record in records] == [str(path) for path in files]
    assert captured.err == ""


def test_two_processes_give_the_same_output_as_one(tmp_path: Path, corpus: Path, capsys) -> None:
    folder = tmp_path / "mixed"
    drafts(folder, 3)
    copies = ("GA_76_112_en.txt", "GA_68_131_fr.txt", "ECOSOC_2018_5_en.docx",
              "source_xml/ECOSOC_2022_3_fr.xml")
    for name in copies:
        shutil.copy(corpus / name, folder / Path(name).name)
    (folder / "broken.docx").write_bytes(b"PK\x03\x04 not really a zip")
    outputs = []
    for jobs in ("1", "2"):
        for output_format in ("text", "json"):
            status = main(["check", "--jobs", jobs, "--format", output_format, str(folder)])
            captured = capsys.readouterr()
            outputs.append((jobs, output_format, status, captured.out, captured.err))
    single = [entry[2:] for entry in outputs if entry[0] == "1"]
    double = [entry[2:] for entry in outputs if entry[0] == "2"]
    assert single == double
    assert single[0][0] == 2  # the broken file
    assert single[0][2].count("broken.docx") == 1


def test_bad_input_is_one_line_each_and_the_batch_goes_on(tmp_path: Path, capsys, monkeypatch) -> None:
    files = drafts(tmp_path / "drafts", 2)
    (tmp_path / "drafts" / "damaged.docx").write_bytes(b"not a zip file")
    (tmp_path / "drafts" / "loop").symlink_to(tmp_path / "drafts")  # leads back to its parent
    locked = tmp_path / "drafts" / "locked"
    drafts(locked, 1)
    real_scandir = os.scandir

    def scandir(path):  # tests run as root, for whom permissions deny nothing: refuse it here
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(batch_files.os, "scandir", scandir)
    missing = tmp_path / "missing.txt"
    assert main(["check", str(tmp_path / "drafts"), str(missing)]) == 2
    captured = capsys.readouterr()
    problems = [line for line in captured.err.splitlines() if "most frequent" not in line]
    assert problems[:-1] == [
        f"drafter: {tmp_path / 'drafts' / 'locked'}: folder cannot be read (permission denied); skipped",
        f"drafter: {tmp_path / 'drafts' / 'loop'}: symbolic link loop (leads back to a folder above it); "
        "skipped",
        f"drafter: {tmp_path / 'drafts' / 'damaged.docx'}: " + problems[2].split("damaged.docx: ", 1)[1],
        f"drafter: {missing}: no such file",
    ]
    assert problems[-1].startswith("drafter: 2 files checked, 4 not readable")
    assert "Traceback" not in captured.err
    for path in files:
        assert f"{path}: " in captured.out


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_only_on_a_terminal_and_for_more_than_a_few_files(tmp_path: Path, monkeypatch,
                                                                       capsys) -> None:
    many = tmp_path / "many"
    drafts(many, progress.MIN_FILES + 1)
    terminal = Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    main(["check", str(many)])
    shown = terminal.getvalue()
    assert f"] {progress.MIN_FILES + 1}/{progress.MIN_FILES + 1} draft_05.txt" in shown
    assert "\r" in shown
    last_line = shown.rsplit("\r", 1)[1]
    assert last_line.startswith("drafter: 6 files checked")  # the bar is cleared before the summary

    few = tmp_path / "few"
    drafts(few, progress.MIN_FILES)
    terminal = Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    main(["check", str(few)])
    assert "\r" not in terminal.getvalue()

    monkeypatch.undo()
    main(["check", str(many)])  # stderr captured by pytest: not a terminal
    assert "\r" not in capsys.readouterr().err


@pytest.mark.parametrize("jobs", ["-1", "x"])
def test_jobs_must_be_a_number(tmp_path: Path, capsys, jobs: str) -> None:
    drafts(tmp_path, 1)
    assert main(["check", "--jobs", jobs, str(tmp_path)]) == 2
    assert "--jobs" in capsys.readouterr().err
