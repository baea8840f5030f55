"""Time reading and checking the largest corpus text, next to merely splitting it.

Prints, for GA_76_72_en.txt (about 430 paragraphs and 165 footnotes), the median
over many runs of (a) reading the file and splitting it into lines and blank-line
blocks — the floor any reader pays — and (b) ``drafter.read`` followed by
``drafter.check``, with paragraphs per second and the ratio to (a). Target: (b)
under 50 ms. Both are measured in the same process and run, so the ratio holds on
any machine.

Usage: .venv/bin/python bench/bench_read_check.py [FILE] [--runs N]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

import drafter  # noqa: E402
from drafter.checks import FAMILIES, CheckOptions  # noqa: E402

DEFAULT = REPO.parent / "shared" / "corpus" / "GA_76_72_en.txt"
TARGET_MS = 50.0


def _baseline(path: Path) -> int:
    """Read, decode and split into lines and blank-line blocks: nothing else."""
    text = path.read_bytes().decode("utf-8-sig")
    lines = text.splitlines()
    blocks = [block for block in text.split("\n\n") if block.strip()]
    return len(lines) + len(blocks)


_OPTIONS = CheckOptions()


def _working_families(resolution: drafter.Resolution) -> tuple[tuple[str, ...], list[str]]:
    """Check families that run today (others are being written in parallel)."""
    working, failing = [], []
    for family in FAMILIES:
        try:
            drafter.check(resolution, CheckOptions(families=(family,)))
            working.append(family)
        except Exception as error:
            failing.append(f"{family} ({type(error).__name__})")
    return tuple(working), failing


def _read_and_check(path: Path) -> int:
    resolution = drafter.read(path)
    drafter.check(resolution, _OPTIONS)
    return len(resolution.paragraphs)


def _samples(function: Callable[[Path], int], path: Path, runs: int) -> list[float]:
    function(path)  # warm caches (lexicons, compiled patterns), as in a running editor
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        function(path)
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def _median_ms(function: Callable[[Path], int], path: Path, runs: int) -> float:
    return statistics.median(_samples(function, path, runs))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--runs", type=int, default=25)
    args = parser.parse_args()
    runs = max(20, args.runs)
    resolution = drafter.read(args.file)
    paragraphs = len(resolution.paragraphs)
    footnotes = len(resolution.footnotes)
    working, failing = _working_families(resolution)
    _OPTIONS.families = working
    diagnostics = len(drafter.check(resolution, _OPTIONS))
    base = _median_ms(_baseline, args.file, runs)
    full = _median_ms(_read_and_check, args.file, runs)
    read_samples = _samples(lambda p: len(drafter.read(p).paragraphs), args.file, runs)
    read_only, best_read = statistics.median(read_samples), min(read_samples)
    print(f"file: {args.file.name}  paragraphs: {paragraphs}  footnotes: {footnotes}  "
          f"diagnostics: {diagnostics}  runs: {runs}")
    print(f"check families measured: {', '.join(working) or 'none'}"
          + (f"; skipped (failing now): {', '.join(failing)}" if failing else ""))
    print(f"(a) read + split into lines/blocks (baseline): median {base:8.2f} ms")
    print(f"    drafter.read only:                         median {read_only:8.2f} ms  "
          f"(best {best_read:.2f} ms)")
    print(f"(b) drafter.read + drafter.check:              median {full:8.2f} ms  "
          f"({paragraphs / (full / 1000):,.0f} paragraphs/s, {full / base:,.0f}x baseline)")
    for family in working:
        options = CheckOptions(families=(family,))
        cost = _median_ms(lambda _p, o=options: len(drafter.check(resolution, o)), args.file, runs)
        print(f"    check family {family:<13}                median {cost:8.2f} ms")
    verdict = "OK" if full < TARGET_MS else "OVER"
    print(f"target < {TARGET_MS:.0f} ms: {verdict}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
