"""Benchmark: aligning and checking GA 76/72 in English against French.

Prints medians of several runs: reading both versions (the baseline measured in the same
run), aligning and checking them as they are (same structure: the fast path), and after a
paragraph is dropped from the French (the full content alignment). Target: under 300 ms.
Run: ``.venv/bin/python bench/bench_parallel.py [runs]``.
"""

from __future__ import annotations

import copy
import sys

from timing import CORPUS, median_seconds

import drafter
from drafter.core.model import assign_addresses
from drafter.parallel import parallel


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    english_path, french_path = CORPUS / "GA_76_72_en.txt", CORPUS / "GA_76_72_fr.txt"
    read = median_seconds(lambda: (drafter.read(english_path), drafter.read(french_path)), runs)
    english, french = drafter.read(english_path), drafter.read(french_path)
    same = median_seconds(lambda: parallel(english, french), runs)
    dropped = copy.deepcopy(french)
    del dropped.paragraphs[len(dropped.paragraphs) // 2]
    assign_addresses(dropped.paragraphs)
    realigned = median_seconds(lambda: parallel(english, dropped), runs)
    print(f"GA_76_72 en ~ fr: {len(english.paragraphs)} paragraphs")
    print(f"  read both versions (baseline)   {read * 1000:7.1f} ms")
    print(f"  align + check, same structure   {same * 1000:7.1f} ms  ({same / read:.2f}x reading)")
    print(f"  align + check, one ¶ dropped    {realigned * 1000:7.1f} ms  ({realigned / read:.2f}x reading)")


if __name__ == "__main__":
    main()
