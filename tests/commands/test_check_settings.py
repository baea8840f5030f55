"""``drafter check`` reads the user's settings without Qt; a damaged file is one line, then defaults."""

from __future__ import annotations

import subprocess
import sys

from drafter.cli import main
from support.corpus import REPO

DRAFT = "The General Assembly,\n\nRecalling its resolution 70/1,\n\n1. Decides to act\n"


def test_a_damaged_settings_file_is_one_line_and_the_check_runs(tmp_path, monkeypatch, capsys) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    ini = tmp_path / "settings.ini"
    ini.write_text("[General]\nthis line has no equals sign\n", encoding="utf-8")
    monkeypatch.setenv("DRAFTER_SETTINGS", str(ini))
    assert main(["check", str(draft)]) == 1
    captured = capsys.readouterr()
    assert captured.err.count("\n") == 1 and str(ini) in captured.err
    assert captured.err.startswith("drafter: ") and "default settings" in captured.err
    assert "[operative-last-full-stop]" in captured.out


def test_the_check_command_does_not_load_qt(tmp_path) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    ini = tmp_path / "settings.ini"
    ini.write_text("[General]\ndisabled_rules=operative-last-full-stop, other\n", encoding="utf-8")
    probe = ("import sys\nfrom drafter.cli import main\nmain(['check', sys.argv[1]])\n"
             "print('QT' if any(m.startswith('PySide6') for m in sys.modules) else 'NO-QT')")
    result = subprocess.run([sys.executable, "-c", probe, str(draft)], capture_output=True, text=True,
                            cwd=REPO, env={"PYTHONPATH": str(REPO), "DRAFTER_SETTINGS": str(ini),
                                           "PATH": "/usr/bin:/bin"}, timeout=120, check=False)
    assert "[operative-last-full-stop]" not in result.stdout, result.stderr
    assert result.stdout.strip().endswith("NO-QT"), result.stdout + result.stderr
