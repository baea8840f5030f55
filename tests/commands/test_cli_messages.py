"""What the command line says to a person: the command list, PDFs, unreadable files in JSON."""

from __future__ import annotations

import json
from pathlib import Path

from drafter.cli import SUBCOMMANDS, main


def test_help_lists_every_subcommand(capsys) -> None:
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    for name in SUBCOMMANDS:
        assert f"\n  {name} " in out


def test_a_pdf_is_refused_with_what_to_open_instead(tmp_path: Path, capsys) -> None:
    pdf = tmp_path / "A_RES_76_72.pdf"
    pdf.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n")
    assert main(["check", str(pdf)]) == 2
    err = capsys.readouterr().err
    assert "PDF" in err and ".docx" in err and "binary content" not in err
    renamed = tmp_path / "draft.txt"
    renamed.write_bytes(pdf.read_bytes())
    assert main(["check", str(renamed)]) == 2
    assert "PDF" in capsys.readouterr().err


def test_json_output_has_an_object_with_an_error_for_an_unreadable_file(tmp_path: Path, capsys) -> None:
    good = tmp_path / "good.txt"
    good.write_text("The General Assembly,\n\nRecalling its resolutions,\n\n1. Decides to act.\n",
                    encoding="utf-8")
    missing = tmp_path / "missing.docx"
    assert main(["check", "--format", "json", str(missing), str(good)]) == 2
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert lines[0] == {"file": str(missing), "error": "no such file"}
    assert lines[1]["file"] == str(good) and "diagnostics" in lines[1]


def test_a_size_over_the_limit_never_reads_as_the_limit() -> None:
    from drafter.errors import too_large

    limit = 20 * 1024 * 1024
    assert too_large(limit + 1, limit) == "file too large (20.1 MB; the limit is 20 MB)"
    assert too_large(3 * limit, limit) == "file too large (60.0 MB; the limit is 20 MB)"
