"""Corpus texts re-wrapped the way PDF extractions wrap them, then read again.

Every blank-line-separated XML render is rewritten with its body paragraphs wrapped
at 85 characters (40 in Chinese), no blank lines between paragraphs and a first-line indent (as
pdftotext -layout and the seed print them). Paragraphs must then be recovered from
line starts alone, and the manifest's counts must not change, in all six languages.
(Without the indent, a few paragraphs in Arabic, Chinese, Russian and French merge
or split where an opener the lexicon lacks meets a long last line; that case is not
asserted.)
"""

from __future__ import annotations

import textwrap

import pytest

from drafter.formats.text.reader import parse_text
from support.corpus import CORPUS, manifest_rows

SEPARATOR = "\n__________________\n"


def _rows() -> list[dict[str, str]]:
    if not (CORPUS / "MANIFEST.tsv").is_file():
        return []
    return [
        row for row in manifest_rows()
        if row["file"].endswith(".txt") and "UNxml" in row["source"]
    ]


def rewrap(text: str, width: int = 85, indent: str = "   ") -> str:
    body, _, notes = text.partition(SEPARATOR)
    out = []
    for block in body.split("\n\n"):
        block = block.strip("\n")
        if not block:
            continue
        if "\n" in block:  # cover lines stay as they are
            out.append(block)
            continue
        lines = textwrap.wrap(block, width) or [block]
        out.append("\n".join([indent + lines[0], *lines[1:]]))
    return "\n".join(out) + "\n" + SEPARATOR + notes


@pytest.mark.parametrize("row", _rows(), ids=lambda row: row["file"])
def test_rewrapped_text_keeps_its_counts(row: dict[str, str]) -> None:
    text = (CORPUS / row["file"]).read_text(encoding="utf-8")
    width = 40 if row["language"] == "zh" else 85  # a Chinese line holds ~40 characters
    resolution = parse_text(rewrap(text, width), row["language"])
    assert resolution.counts() == {
        "preamble": int(row["n_preamble"]),
        "operative": int(row["n_operative"]),
        "subparagraphs": int(row["n_subparagraphs"]),
        "footnotes": int(row["n_footnotes"]),
    }
