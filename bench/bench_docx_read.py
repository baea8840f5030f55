"""Benchmark: reading and checking the oceans omnibus from its official Word file.

GA_72_73_en.docx (A/RES/72/73: 56 preambular and 370 operative paragraphs, 130
footnotes). Prints medians of several runs, all measured in the same process:

* baseline: ``docx.Document(path)`` alone (python-docx opening the package, no text read);
* extract: the Word reader up to the reader-neutral blocks (safety checks, styles,
  numbering, footnotes, header);
* read: :func:`drafter.read` (extraction plus structure recovery);
* read + check: :func:`drafter.read` then :func:`drafter.check` (every check family),
  followed by each family's own share.

Target: read + check under 400 ms. Run: ``.venv/bin/python bench/bench_docx_read.py [runs]``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from timing import CORPUS, median_seconds

SOURCE = CORPUS / "GA_72_73_en.docx"

import docx  # noqa: E402

import drafter  # noqa: E402
from drafter.checks import FAMILIES, CheckOptions  # noqa: E402
from drafter.formats.docx.reader import extract  # noqa: E402

TARGET_MS = 400


def median_ms(action: Callable[[], object], runs: int) -> float:
    return median_seconds(action, runs) * 1000


def main(runs: int = 9) -> int:
    if not SOURCE.is_file():
        print(f"corpus file missing: {SOURCE}")
        return 1
    # Warm-up: imports, lexicon compilation and resource loading are one-off costs.
    resolution = drafter.read(SOURCE)
    drafter.check(resolution)
    counts = resolution.counts()
    baseline = median_ms(lambda: docx.Document(str(SOURCE)), runs)
    extracted = median_ms(lambda: extract(SOURCE), runs)
    read = median_ms(lambda: drafter.read(SOURCE), runs)
    full = median_ms(lambda: drafter.check(drafter.read(SOURCE)), runs)
    print(f"{SOURCE.name}: {counts['preamble']} PP, {counts['operative']} OP, "
          f"{counts['subparagraphs']} sub, {counts['footnotes']} footnotes; median of {runs} runs")
    print(f"  baseline docx.Document(path)      {baseline:8.1f} ms")
    print(f"  extract (Word reader, blocks)     {extracted:8.1f} ms")
    print(f"  drafter.read                      {read:8.1f} ms")
    print(f"  drafter.read + drafter.check      {full:8.1f} ms   (target < {TARGET_MS} ms: "
          f"{'met' if full < TARGET_MS else 'NOT met'})")
    for family in FAMILIES:
        options = CheckOptions(families=(family,))
        spent = median_ms(lambda options=options: drafter.check(resolution, options), runs)
        print(f"    of which check family {family:<12}{spent:8.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 9))
