"""Name the structure misses on shared/train where the text itself differs from the consensus.

Run: python tools/name_truth_slips.py  (writes tests/formats/text/truth_slips.json)
The truth's ``consensus`` is what at least three of the six versions' markup counts; one
version can still differ from it (a paragraph left out in translation, one repeated,
one added). A miss of the reader is named "the text differs from the consensus" only
on evidence, for every count that differs:
- that version's own markup count (``n_preamble`` … in truth.jsonl) equals the reading,
  where that count is usable (a markup count of 0 against a non-zero consensus is the
  markup leaving those paragraphs unmarked, as Arabic does for operative numbers);
- or the text has fewer paragraphs and as many of the English version's paragraphs of
  that part carry a figure (a resolution number, a year, an amount) found nowhere in
  this text: those paragraphs are absent from it;
- or the text has more paragraphs and as many of them repeat an earlier paragraph of
  this text word for word.
A miss without such evidence is left unnamed: it is the reader's to fix.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tools"))

from train_breadth import measure, truth_rows, unpacked  # noqa: E402

from drafter.formats.text.reader import read_text_file  # noqa: E402

OUT = REPO / "tests" / "formats" / "text" / "truth_slips.json"
# The consensus count and the markup count of the same thing (README of shared/train).
MARKUP_COUNT = {
    "preamble": "n_preamble",
    "operative": "n_operative",
    "subparagraphs": "n_subparagraphs",
    "footnotes": "n_footnotes",
}
# The paragraph kind whose paragraphs a count counts (for the text evidence).
COUNTED_KIND = {"preamble": "preambular", "operative": "operative"}
_FIGURE = re.compile(r"\d{3,}")  # three digits or more: not a footnote mark nor a small number
ABOUT = (
    "Structure misses on shared/train where that language version's own text differs from the"
    " truth's consensus: each count that differs has evidence (the version's own markup count"
    " equals the reading; or the English paragraphs missing from the text carry figures found"
    " nowhere in it; or the extra paragraphs repeat an earlier one word for word). Key: the file."
    " Built by tools/name_truth_slips.py; tools/train_breadth.py and"
    " tests/formats/text/test_train_breadth.py report structure exact with these apart."
)


def name_truth_slips(rows: list[dict], root: Path, readings: dict[str, dict[str, int]]) -> dict[str, dict]:
    """The misses (file -> the reader's counts) that have evidence for every differing count."""
    by_file = {row["file"]: row for row in rows}
    english = {row["resolution"]: row for row in rows if row["lang"] == "en"}
    named = {}
    for name, reading in sorted(readings.items()):
        row = by_file[name]
        evidence = _evidence(root, row, english.get(row["resolution"]), reading)
        if evidence is not None:
            named[name] = {"reading": reading, "consensus": row["consensus"], "evidence": evidence}
    return named


def _evidence(root: Path, row: dict, english: dict | None, reading: dict[str, int]) -> list[str] | None:
    found = []
    resolution = read_text_file(root / row["file"], language=row["lang"])
    if resolution.meta.language != row["lang"]:
        found.append(f"the file is the {resolution.meta.language} version, filed as {row['lang']}")
    for count, expected in row["consensus"].items():
        mine = reading[count]
        if mine == expected:
            continue
        reasons = [
            _own_markup(row, count, mine),
            _text_evidence(root, english, resolution, count, mine - expected),
        ]
        if not any(reasons):
            return None
        found += [reason for reason in reasons if reason]
    return found


def _own_markup(row: dict, count: str, mine: int) -> str | None:
    marked = row.get(MARKUP_COUNT[count])
    usable = marked is not None and (marked > 0 or row["consensus"][count] == 0)
    if usable and marked == mine:
        return f"{count}: {mine} as this version's own markup counts ({MARKUP_COUNT[count]} {marked})"
    return None


def _text_evidence(root: Path, english: dict | None, resolution, count: str, excess: int) -> str | None:
    kind = COUNTED_KIND.get(count)
    if kind is None:
        return None
    mine = [p for p in resolution.paragraphs if p.kind.value == kind]
    if excess > 0:
        return _repeated(mine, count, excess)
    if english is None:
        return None
    theirs = read_text_file(root / english["file"], language="en").paragraphs
    theirs = [p for p in theirs if p.kind.value == kind]
    return _absent(theirs, resolution.paragraphs, count, -excess)


def _repeated(paragraphs: list, count: str, excess: int) -> str | None:
    """The paragraphs that repeat an earlier one word for word, when they are the excess."""
    seen: dict[str, str] = {}
    repeats = []
    for paragraph in paragraphs:
        key = " ".join(paragraph.text.split())
        if key in seen:
            repeats.append(f"{paragraph.address} repeats {seen[key]}")
        seen.setdefault(key, paragraph.address)
    if len(repeats) == excess:
        return f"{count}: {len(paragraphs)} in the text, " + ", ".join(repeats) + " word for word"
    return None


def _absent(english: list, paragraphs: list, count: str, shortfall: int) -> str | None:
    """The English paragraphs whose figures this text lacks, when they are the shortfall."""
    text = " ".join(p.text for p in paragraphs)
    figures = set(_FIGURE.findall(text))
    missing = []
    for paragraph in english:
        absent = [f for f in _FIGURE.findall(paragraph.text) if f not in figures]
        if absent:
            start = paragraph.text[:40]
            missing.append(f"English {paragraph.address} (“{start}…”, figures {', '.join(absent)})")
    if len(missing) == shortfall:
        return f"{count}: absent from the text: " + "; ".join(missing)
    return None


def misses(figures: dict) -> dict[str, dict[str, int]]:
    """File -> the reader's counts, for every text whose counts differ from the consensus."""
    return {name: counts for stats in figures.values() for name, counts in stats.miss_counts.items()}


def build() -> dict:
    root = unpacked()
    rows = truth_rows()
    readings = misses(measure([row for row in rows if row.get("consensus")], root))
    return {"_about": ABOUT, "slips": name_truth_slips(rows, root, readings)}


def dumps(document: dict) -> str:
    return json.dumps(document, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def main() -> None:
    document = build()
    OUT.write_text(dumps(document), encoding="utf-8")
    print(f"{OUT}: {len(document['slips'])} texts that differ from the consensus")


if __name__ == "__main__":
    main()
