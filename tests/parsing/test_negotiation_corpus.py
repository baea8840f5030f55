"""Negotiation drafts made from real adopted resolutions of the corpus, in both styles.

Each adopted text is turned into a negotiation draft the way a facilitator's compilation
would mark it: a status after one paragraph, alternatives for a preambular opener, a
bracketed word with an attribution in an operative paragraph, a bracketed whole
paragraph with its proposer, a bis paragraph after it and an agreed last paragraph.
The L-document style numbers the new paragraph "2 bis."; the compilation style labels
every paragraph ("PP1", "OP2 bis"). The draft must read with the original structure
plus the new paragraph, count its markup exactly, and raise no error the adopted text
did not have.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from drafter import checks
from drafter.api import parse_text, read
from drafter.cli import main
from drafter.core.diagnostics import Severity
from drafter.core.model import ParagraphKind, Resolution
from drafter.core.negotiation_state import negotiation_counts, unresolved

CORPUS = Path("/work/shared/corpus")
FILES = [
    "GA_76_112_en", "GA_76_112_fr", "GA_77_335_en", "GA_77_335_fr", "ECOSOC_2022_3_en", "ECOSOC_2022_3_fr",
]

# What a delegation would type, per language.
WORDS = {
    "en": {"opener": "Recalling", "ad_ref": "(agreed ad ref)", "agreed": "(agreed)", "whole": "(EU)",
           "new": "(G77 and China)", "word": "(United States, Japan: retain)"},
    "fr": {"opener": "Rappelant", "ad_ref": "(convenu ad ref)", "agreed": "(convenu)", "whole": "(UE)",
           "new": "(Groupe des 77 et la Chine)", "word": "(États-Unis, Japon : supprimer)"},
}
_OP_NUMBER = re.compile(r"^(\s*)(\d{1,3})\.(\s+)")


def _lines_of(resolution: Resolution, lines: list[str], kind: ParagraphKind) -> list[int]:
    """Line indices of one-line paragraphs of ``kind`` that end without a footnote mark."""
    found = []
    for paragraph in resolution.paragraphs:
        index = (paragraph.source_line or 0) - 1
        if paragraph.kind is not kind or index < 0:
            continue
        single = index + 1 >= len(lines) or not lines[index + 1].strip()
        if single and not lines[index].rstrip()[-1:].isdigit():
            found.append(index)
    return found


def negotiation_draft(path: Path, style: str) -> tuple[str, dict[str, int], Resolution, list[str]]:
    """The adopted text at ``path`` marked up as a negotiation draft, the exact counts of
    the markup added, the adopted text as read and the addresses left open."""
    text = path.read_text(encoding="utf-8")
    original = parse_text(text)
    words = WORDS[original.meta.language]
    lines = text.split("\n")
    preamble = _lines_of(original, lines, ParagraphKind.PREAMBULAR)
    operative = _lines_of(original, lines, ParagraphKind.OPERATIVE)
    assert len(preamble) >= 2 and len(operative) >= 3, path.name
    pp_agreed, pp_alternative = preamble[0], preamble[1]
    op_word, op_whole, op_last = operative[0], operative[1], operative[-1]

    lines[pp_agreed] += f" {words['ad_ref']}"
    first, _, rest = lines[pp_alternative].lstrip().partition(" ")
    lines[pp_alternative] = f"[{first}][{words['opener']}] {rest}"
    label = _OP_NUMBER.match(lines[op_word])
    head, body = lines[op_word][: label.end()], lines[op_word][label.end():].split(" ")
    body[2] = f"[{body[2]}] {words['word']}"
    lines[op_word] = head + " ".join(body)
    label = _OP_NUMBER.match(lines[op_whole])
    number, whole_words = label.group(2), lines[op_whole][label.end():]
    lines[op_whole] = f"{lines[op_whole][: label.end()]}[{whole_words}] {words['whole']}"
    new_paragraph = f"{number} bis. {whole_words} {words['new']}"
    lines[op_last] += f" {words['agreed']}"
    lines[op_whole] += "\n\n" + new_paragraph
    if style == "compilation":
        lines = _compilation(lines, original)
    counts = {"brackets": 3, "alternatives": 1, "new_paragraphs": 1, "agreed": 2, "attributions": 3}
    address = {(p.source_line or 0) - 1: p.address for p in original.paragraphs}
    still_open = [address[pp_alternative], address[op_word], address[op_whole], f"OP{number} bis"]
    return "\n".join(lines), counts, original, still_open


def _compilation(lines: list[str], original: Resolution) -> list[str]:
    """Every preambular and operative paragraph led by its label: "PP3", "OP5", "OP5 bis"."""
    preamble = {(p.source_line or 0) - 1 for p in original.paragraphs if p.kind is ParagraphKind.PREAMBULAR}
    number = 0
    out = []
    for index, line in enumerate(lines):
        if index in preamble:
            number += 1
            line = f"PP{number} {line.lstrip()}"
        out.append(line)
    joined = "\n".join(out)
    joined = re.sub(r"(?m)^(\s*)(\d{1,3}) bis\.\s", r"\1OP\2 bis ", joined)
    joined = re.sub(r"(?m)^(\s*)(\d{1,3})\.(\s)", r"\1OP\2\3", joined)
    return joined.split("\n")


def _errors(resolution: Resolution) -> Counter[str]:
    run = checks.run_checks(resolution, checks.CheckOptions())
    return Counter(d.rule for d in run.diagnostics if d.severity is Severity.ERROR)


@pytest.mark.parametrize("style", ["l-document", "compilation"])
@pytest.mark.parametrize("name", FILES)
def test_negotiation_draft_reads_counts_and_checks_like_its_adopted_text(name: str, style: str) -> None:
    draft, expected, original, still_open = negotiation_draft(CORPUS / f"{name}.txt", style)
    resolution = parse_text(draft)
    structure = original.counts()
    structure["operative"] += 1  # the bis paragraph
    assert resolution.counts() == structure
    assert negotiation_counts(resolution) == expected
    assert [p.address for p in resolution.paragraphs if p.negotiation_label] == still_open[-1:]
    assert sum(p.status != "" for p in resolution.paragraphs) == 2
    new_errors = _errors(resolution) - _errors(original)
    assert not new_errors, new_errors


@pytest.mark.parametrize("name", ["GA_76_112_en", "GA_77_335_fr"])
def test_unresolved_names_every_open_paragraph(name: str) -> None:
    draft, _, _, still_open = negotiation_draft(CORPUS / f"{name}.txt", "l-document")
    addresses = [line.partition(": ")[0] for line in unresolved(parse_text(draft))]
    assert addresses == still_open


def _agreed(draft: str) -> str:
    """The draft once negotiated: first options taken, brackets gone, the bis paragraph dropped."""
    text = re.sub(r"(?m)^\s*(?:OP)?\d{1,3} bis\.? .*\n?", "", draft)
    text = re.sub(r"\]\s*\[[^\]]*\]", "]", text)
    return text.replace("[", "").replace("]", "")


@pytest.mark.parametrize("style", ["l-document", "compilation"])
@pytest.mark.parametrize("name", ["GA_76_112_fr", "GA_77_335_en"])
def test_final_export_refuses_open_drafts_and_accepts_agreed_ones(name: str, style: str, tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    draft, _, original, still_open = negotiation_draft(CORPUS / f"{name}.txt", style)
    source = tmp_path / "draft.txt"
    source.write_text(draft, encoding="utf-8")
    out = tmp_path / "final.docx"
    assert main(["export", str(source), "-o", str(out), "--final"]) == 1
    assert capsys.readouterr().err.splitlines()[1:] == still_open
    assert not out.exists()
    source.write_text(_agreed(draft), encoding="utf-8")
    assert main(["export", str(source), "-o", str(out), "--final"]) == 0
    final = read(out)
    assert final.counts() == original.counts()
    assert negotiation_counts(final) == dict.fromkeys(negotiation_counts(final), 0)
    assert all(not p.status for p in final.paragraphs)
