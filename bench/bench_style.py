"""Added cost of the style rules, next to the structural check alone, in the same run.

Reads GA_76_72_en.txt (about 455 paragraphs) once, then times, alternating runs so
that machine load hits both alike: (a) the structural check alone and (b) the
structural check followed by the style check. Prints both medians, the added cost
of style in milliseconds and as a ratio of (a), and the style family alone.

Usage: .venv/bin/python bench/bench_style.py [FILE] [--runs N]
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
from drafter.checks import CheckOptions  # noqa: E402
from drafter.checks import check as run_checks  # noqa: E402

DEFAULT = REPO.parent / "shared" / "corpus" / "GA_76_72_en.txt"
STRUCTURE = CheckOptions(families=("structure",))
BOTH = CheckOptions(families=("structure", "style"))
STYLE = CheckOptions(families=("style",))


def _timer(options: CheckOptions, resolution: drafter.Resolution) -> Callable[[], float]:
    def once() -> float:
        start = time.perf_counter()
        run_checks(resolution, options)
        return (time.perf_counter() - start) * 1000

    return once


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    resolution = drafter.read(args.file)
    timers = {name: _timer(options, resolution) for name, options in
              (("structure", STRUCTURE), ("structure+style", BOTH), ("style", STYLE))}
    for timer in timers.values():
        timer()  # warm caches: compiled patterns, lexicons, catalogue
    samples: dict[str, list[float]] = {name: [] for name in timers}
    for _ in range(max(5, args.runs)):
        for name, timer in timers.items():
            samples[name].append(timer())
    median = {name: statistics.median(values) for name, values in samples.items()}
    found = len(run_checks(resolution, STYLE))
    added = median["structure+style"] - median["structure"]
    print(f"{args.file.name}: {len(resolution.paragraphs)} paragraphs, {found} style findings, "
          f"{args.runs} runs (median)")
    print(f"  structure alone        {median['structure']:8.2f} ms   (baseline)")
    print(f"  structure + style      {median['structure+style']:8.2f} ms")
    print(f"  style alone            {median['style']:8.2f} ms")
    ratio = added / median["structure"] if median["structure"] else float("inf")
    print(f"  added cost of style    {added:8.2f} ms   ({ratio:.2f}x the structural check)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
