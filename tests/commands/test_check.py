"""``drafter check``: output formats, exit status, unreadable files, the optional grammar pass.

The command runs in-process through ``drafter.cli.main`` (fast, output captured by
capsys) and once as a real subprocess, the way a user or a CI job calls it.
"""

from __future__ import annotations

import json
import subprocess
import sys
import types
from pathlib import Path

import pytest

from drafter.cli import main
from drafter.core.diagnostics import Diagnostic, Severity
from support.corpus import CORPUS, REPO

pytest.importorskip("drafter.formats.text.reader", reason="the text reader is not in this checkout")

GOOD = """The General Assembly,

Recalling its resolution 66/122 of 19 December 2011,

Conscious of the need to act,

1. Requests the Secretary-General to submit a report;

2. Decides to continue its consideration of the question.
"""
GAP = GOOD.replace("2. Decides", "3. Decides")
JSON_KEYS = {"file", "language", "organ", "structure", "negotiation", "diagnostics"}
DIAGNOSTIC_KEYS = {"rule", "severity", "paragraph", "start", "end", "message", "fix"}


@pytest.fixture
def good(tmp_path: Path) -> Path:
    path = tmp_path / "good.txt"
    path.write_text(GOOD, encoding="utf-8")
    return path


@pytest.fixture
def gap(tmp_path: Path) -> Path:
    path = tmp_path / "gap.txt"
    path.write_text(GAP, encoding="utf-8")
    return path


def structure_only(monkeypatch: pytest.MonkeyPatch, families: tuple[str, ...] = ("structure",)) -> None:
    """Judge the command on the given check families (the others have their own tests)."""
    import drafter.api as api
    import drafter.checks as checks

    def check(resolution, options=None):
        return checks.check(resolution, options or checks.CheckOptions(families=families))

    monkeypatch.setattr(api, "check", check)
    monkeypatch.setattr(checks, "FAMILIES", families)


def test_clean_file_exits_0_with_a_summary(good: Path, capsys, monkeypatch) -> None:
    structure_only(monkeypatch)
    assert main(["check", str(good)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out == [f"{good}: 0 errors, 0 warnings, 0 info (en, GA: 2 preambular, 2 operative, "
                   "0 sub-paragraphs, 0 footnotes)"]


def test_error_is_printed_compiler_style_and_exits_1(gap: Path, capsys, monkeypatch) -> None:
    structure_only(monkeypatch)
    assert main(["check", str(gap)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0] == f"{gap}:OP2: error: Operative paragraph numbered 3, expected 2 [operative-numbering-gap]"
    assert out[-1].startswith(f"{gap}: 1 error, 0 warnings")


def test_json_is_one_object_per_file_with_the_documented_keys(good: Path, gap: Path, capsys,
                                                                 monkeypatch) -> None:
    structure_only(monkeypatch)
    assert main(["check", "--format", "json", str(good), str(gap)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    records = [json.loads(line) for line in lines]
    for record in records:
        assert set(record) == JSON_KEYS
        assert set(record["structure"]) == {"preamble", "operative", "subparagraphs", "footnotes"}
    assert records[0]["file"] == str(good) and records[0]["diagnostics"] == []
    assert (records[1]["language"], records[1]["organ"]) == ("en", "GA")
    [diagnostic] = records[1]["diagnostics"]
    assert set(diagnostic) == DIAGNOSTIC_KEYS
    assert (diagnostic["rule"], diagnostic["severity"], diagnostic["paragraph"]) == (
        "operative-numbering-gap", "error", "OP2"
    )


def test_fix_is_serialised(tmp_path: Path, capsys, monkeypatch) -> None:
    structure_only(monkeypatch)
    path = tmp_path / "comma.txt"
    path.write_text(GOOD.replace("19 December 2011,", "19 December 2011;"), encoding="utf-8")
    assert main(["check", "--format", "json", str(path)]) == 1
    [diagnostic] = json.loads(capsys.readouterr().out)["diagnostics"]
    assert diagnostic["rule"] == "preamble-final-comma"
    assert diagnostic["fix"]["replacement"] == ","
    assert diagnostic["end"] - diagnostic["start"] == 1


def test_unreadable_file_exits_2_and_the_others_are_still_checked(good: Path, tmp_path: Path, capsys,
                                                                  monkeypatch) -> None:
    structure_only(monkeypatch)
    missing = tmp_path / "missing.txt"
    binary = tmp_path / "broken.docx"
    binary.write_bytes(b"PK\x03\x04 not really a zip")
    assert main(["check", str(missing), str(binary), str(good)]) == 2
    captured = capsys.readouterr()
    errors = captured.err.splitlines()
    assert len(errors) == 2
    assert str(missing) in errors[0] and str(binary) in errors[1]
    assert "Traceback" not in captured.err
    assert captured.out.splitlines()[-1].startswith(f"{good}: 0 errors")


def test_language_option_is_validated(good: Path, capsys) -> None:
    assert main(["check", "--lang", "xx", str(good)]) == 2
    assert "--lang" in capsys.readouterr().err


def test_language_option_is_passed_to_the_reader(good: Path, capsys, monkeypatch) -> None:
    structure_only(monkeypatch)
    main(["check", "--format", "json", "--lang", "en", str(good)])
    assert json.loads(capsys.readouterr().out)["language"] == "en"


def test_grammar_unavailable_is_one_notice(good: Path, gap: Path, capsys, monkeypatch) -> None:
    structure_only(monkeypatch)
    monkeypatch.setitem(sys.modules, "drafter.grammar", None)  # import fails
    assert main(["check", "--grammar", str(good), str(gap)]) == 1
    captured = capsys.readouterr()
    notices = captured.err.splitlines()
    assert len(notices) == 1 and "grammar checking is unavailable" in notices[0]
    assert "[operative-numbering-gap]" in captured.out


def test_grammar_diagnostics_and_notices(good: Path, gap: Path, capsys, monkeypatch) -> None:
    structure_only(monkeypatch)
    calls = []

    def fake_grammar(resolution, *, url=None, ui_language="en", config=None):
        calls.append(url)
        found = Diagnostic("grammar-agreement", Severity.WARNING, "PP1", 0, 9, "Possible agreement error",
                           source="grammar")
        return types.SimpleNamespace(diagnostics=[found], notices=["LanguageTool: using the local server"])

    module = types.ModuleType("drafter.grammar")
    module.check_resolution_grammar = fake_grammar
    monkeypatch.setitem(sys.modules, "drafter.grammar", module)
    status = main(["check", "--grammar", "--languagetool-url", "http://127.0.0.1:9", str(good), str(gap)])
    assert status == 1
    captured = capsys.readouterr()
    assert captured.err.splitlines() == ["LanguageTool: using the local server"]
    assert calls == ["http://127.0.0.1:9", "http://127.0.0.1:9"]
    assert f"{good}:PP1: warning: Possible agreement error [grammar-agreement]" in captured.out.splitlines()


def test_a_failing_check_family_is_skipped_with_a_notice(gap: Path, capsys, monkeypatch) -> None:
    broken = types.ModuleType("drafter.checks.broken_family")

    def explode(resolution, options):
        raise RuntimeError("boom")

    broken.check = explode
    monkeypatch.setitem(sys.modules, "drafter.checks.broken_family", broken)
    structure_only(monkeypatch, ("structure", "broken_family"))
    assert main(["check", str(gap), str(gap)]) == 1
    captured = capsys.readouterr()
    notice = "drafter: the broken_family checks failed (RuntimeError: boom); skipped"
    assert captured.err.splitlines() == [notice]
    assert captured.out.count("[operative-numbering-gap]") == 2


@pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus not present")
def test_subprocess_on_corpus_files() -> None:
    """The real command line on real texts: one JSON line each, counts as in the manifest."""
    python = REPO / ".venv" / "bin" / "python"
    executable = str(python) if python.exists() else sys.executable
    files = [str(CORPUS / "GA_76_112_en.txt"), str(CORPUS / "GA_68_131_fr.txt")]
    result = subprocess.run(
        [executable, "-m", "drafter", "check", "--format", "json", *files],
        capture_output=True, text=True, encoding="utf-8", cwd=REPO, timeout=120, check=False,
    )
    assert "Traceback" not in result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["file"] for r in records] == files
    assert records[0]["structure"] == {"preamble": 4, "operative": 4, "subparagraphs": 0, "footnotes": 3}
    assert (records[1]["language"], records[1]["structure"]["preamble"]) == ("fr", 17)
    has_error = any(d["severity"] == "error" for r in records for d in r["diagnostics"])
    assert result.returncode == (1 if has_error else 0)


def test_rules_switched_off_in_user_settings_are_not_reported(tmp_path, monkeypatch, capsys) -> None:
    from PySide6.QtCore import QSettings

    from drafter.settings import Settings

    draft = tmp_path / "draft.txt"
    draft.write_text(
        "The General Assembly,\n\nRecalling its resolution 70/1,\n\n1. Decides to act\n", encoding="utf-8"
    )
    assert main(["check", str(draft)]) == 1
    assert "[operative-last-full-stop]" in capsys.readouterr().out
    ini = tmp_path / "settings.ini"
    store = QSettings(str(ini), QSettings.Format.IniFormat)
    Settings(disabled_rules=["operative-last-full-stop"]).save(store)
    monkeypatch.setenv("DRAFTER_SETTINGS", str(ini))
    main(["check", str(draft)])
    assert "[operative-last-full-stop]" not in capsys.readouterr().out
