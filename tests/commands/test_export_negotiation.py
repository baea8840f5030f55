"""Exporting a negotiation draft: the compilation layout, ``--final`` and Akoma Ntoso."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import docx
import pytest

import drafter
from drafter.cli import main
from drafter.core.negotiation_state import negotiation_counts
from support.corpus import REPO

EXAMPLE = REPO / "examples" / "negotiation_coral_reefs_en.txt"
OPEN = ["PP2 bis", "PP3", "PP4", "OP2", "OP2 alt", "OP3(c)(ii)", "OP3 bis"]


def _resolved(tmp_path: Path) -> Path:
    """The example once the negotiators agreed: first options taken, labels gone, renumbered."""
    text = EXAMPLE.read_text(encoding="utf-8")
    text = re.sub(r"(?m)^(PP2 bis|OP2 alt|OP3 bis) .*\n\n", "", text)
    text = re.sub(r"\]\s*\[[^\]]*\]", "]", text).replace("[", "").replace("]", "")
    text = re.sub(r"(?m)^(?:PP\d+) ", "", text)
    text = re.sub(r"(?m)^OP(\d+) ", r"\1. ", text)
    path = tmp_path / "agreed.txt"
    path.write_text(text, encoding="utf-8")
    return path


def test_final_export_is_refused_while_brackets_remain(tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "final.docx"
    assert main(["export", str(EXAMPLE), "-o", str(out), "--final"]) == 1
    error = capsys.readouterr().err.splitlines()
    assert error[1:] == OPEN
    assert not out.exists()


def test_final_export_of_the_agreed_text_is_clean(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "final.docx"
    assert main(["export", str(_resolved(tmp_path)), "-o", str(out), "--final"]) == 0
    final = drafter.read(out)
    assert final.counts() == {"preamble": 5, "operative": 6, "subparagraphs": 5, "footnotes": 2}
    assert not any(p.text.endswith(")") for p in final.paragraphs)  # no attribution left
    assert all(p.status == "" and not p.notes for p in final.paragraphs)
    assert negotiation_counts(final) == dict.fromkeys(negotiation_counts(final), 0)


def test_akoma_ntoso_is_refused_for_an_open_draft(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", str(EXAMPLE), "-o", str(tmp_path / "out.xml")]) == 1
    assert capsys.readouterr().err.splitlines()[1:] == OPEN


def test_negotiation_docx_keeps_labels_brackets_attributions_and_status(tmp_path: Path) -> None:
    out = tmp_path / "compilation.docx"
    assert main(["export", str(EXAMPLE), "-o", str(out)]) == 0
    with zipfile.ZipFile(out) as package:
        assert 'w:fill="FFF2CC"' in package.read("word/document.xml").decode("utf-8")  # agreed ad ref
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert "\tPP2 bis\t[Reaffirming" in text and "OP2\t[Calls upon][Urges]" in text
    assert "(EU, United States: delete)" in text and "(agreed ad ref)" in text
    again = drafter.read(out)
    source = drafter.read(EXAMPLE)
    assert negotiation_counts(again) == negotiation_counts(source)
    assert [(p.address, p.status, p.notes) for p in again.paragraphs] == [
        (p.address, p.status, p.notes) for p in source.paragraphs
    ]
