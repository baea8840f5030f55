"""Benchmark: comparing the oceans omnibus two sessions apart, and writing its redline.

GA_76_72_en.txt (A/RES/76/72, base) against GA_78_69_en.txt (A/RES/78/69, new),
about 430 paragraphs each. Prints medians of several runs:

* parsing both texts (reported separately, not part of the target);
* baseline: one plain difflib pass over the two lists of paragraph texts (what a
  position-blind line diff costs on the same input);
* compare: :func:`drafter.comparison.build_comparison` (matching, word-level diffs,
  footnotes, change list);
* redline: writing the Track Changes .docx from the comparison;
* baseline: exporting NEW as a plain UN-layout .docx when that exporter exists.

Target: compare + redline under 2 s. Run: ``.venv/bin/python bench/bench_compare.py [runs]``.
"""

from __future__ import annotations

import sys
import tempfile
from difflib import SequenceMatcher
from pathlib import Path

from timing import CORPUS, median_seconds

import drafter
from drafter.comparison import build_comparison
from drafter.redline.writer import write_comparison


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    base_path, new_path = CORPUS / "GA_76_72_en.txt", CORPUS / "GA_78_69_en.txt"
    parse = median_seconds(lambda: (drafter.read(base_path), drafter.read(new_path)), runs)
    base, new = drafter.read(base_path), drafter.read(new_path)
    base_texts = [p.text for p in base.paragraphs]
    new_texts = [p.text for p in new.paragraphs]
    baseline = median_seconds(
        lambda: SequenceMatcher(None, base_texts, new_texts, autojunk=False).get_opcodes(), runs)
    compare = median_seconds(lambda: build_comparison(base, new), runs)
    comparison = build_comparison(base, new)
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "redline.docx"
        redline = median_seconds(lambda: write_comparison(comparison, target, date="2026-01-01"), runs)
        plain: float | None = None
        try:
            plain = median_seconds(lambda: drafter.export_docx(new, Path(folder) / "plain.docx"), runs)
        except ImportError:
            plain = None
    kinds: dict[str, int] = {}
    for change in comparison.changes:
        kinds[change.kind.value] = kinds.get(change.kind.value, 0) + 1
    print(f"oceans pair: {len(base.paragraphs)} base / {len(new.paragraphs)} new paragraphs, "
          f"{len(base.footnotes)} / {len(new.footnotes)} footnotes; {runs} runs, medians")
    print(f"changes: {len(comparison.changes)} {dict(sorted(kinds.items()))}")
    print(f"parse both texts (excluded)      {parse:7.3f} s")
    print(f"baseline difflib on paragraphs   {baseline:7.3f} s")
    print(f"compare                          {compare:7.3f} s")
    print(f"write redline .docx              {redline:7.3f} s")
    if plain is not None:
        print(f"baseline plain UN-layout export  {plain:7.3f} s")
    total = compare + redline
    verdict = "met" if total < 2 else "MISSED"
    print(f"compare + redline                {total:7.3f} s  (target < 2 s: {verdict})")


if __name__ == "__main__":
    main()
