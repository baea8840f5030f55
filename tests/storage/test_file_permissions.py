"""Files the user asks for are written with the user's umask, like any editor's, not 0600."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from drafter.storage.atomic import atomic_write_bytes, current_umask


@pytest.fixture
def umask_022():
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_file_takes_the_umask(tmp_path: Path, umask_022) -> None:
    target = tmp_path / "submission.docx"
    atomic_write_bytes(target, b"data")
    assert _mode(target) == 0o644


def test_an_existing_file_keeps_its_mode(tmp_path: Path, umask_022) -> None:
    target = tmp_path / "draft.docx"
    target.write_bytes(b"old")
    target.chmod(0o640)
    atomic_write_bytes(target, b"new")
    assert _mode(target) == 0o640 and target.read_bytes() == b"new"


def test_the_umask_is_read_without_changing_it(umask_022) -> None:
    assert current_umask() == 0o022
    assert current_umask() == 0o022


def test_export_and_redline_commands_write_readable_files(tmp_path: Path, umask_022) -> None:
    from drafter.cli import main

    draft = tmp_path / "draft.txt"
    draft.write_text("The General Assembly,\n\nRecalling its resolutions,\n\n1. Decides to act.\n",
                     encoding="utf-8")
    revised = tmp_path / "revised.txt"
    revised.write_text("The General Assembly,\n\nRecalling its resolutions,\n\n1. Decides to act now.\n",
                       encoding="utf-8")
    exported, redline = tmp_path / "out.docx", tmp_path / "redline.docx"
    assert main(["export", str(draft), "-o", str(exported)]) in (0, 1)
    assert main(["compare", str(draft), str(revised), "-o", str(redline)]) == 0
    assert _mode(exported) == 0o644
    assert _mode(redline) == 0o644
