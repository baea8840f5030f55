"""``drafter export FILE -o OUT.xml`` writes Akoma Ntoso; ``drafter check`` reads it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import drafter
from drafter.cli import main


def test_export_to_xml_validates_and_reads_back(corpus: Path, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "GA_76_112_fr.xml"
    assert main(["export", str(corpus / "GA_76_112_fr.txt"), "-o", str(out), "--validate"]) == 0
    assert capsys.readouterr().out.startswith(f"wrote {out} (")
    assert drafter.read(out).counts() == drafter.read(corpus / "GA_76_112_fr.txt").counts()


def test_check_reads_the_uns_xml(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = corpus / "source_xml" / "GA_76_203_fr.xml"
    main(["check", str(path), "--format", "json"])
    report = json.loads(capsys.readouterr().out.splitlines()[0])
    assert report["language"] == "fr"
    assert report["structure"] == {"preamble": 12, "operative": 23, "subparagraphs": 4, "footnotes": 16}


def test_other_output_suffixes_are_refused(corpus: Path, tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", str(corpus / "GA_76_112_fr.txt"), "-o", str(tmp_path / "out.pdf")]) == 2
    assert ".docx (Word) or .xml (Akoma Ntoso)" in capsys.readouterr().err
