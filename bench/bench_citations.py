"""Citation checks: their cost, the index's load time, and how well they catch seeded dates.

Prints
(a) loading the citation index cold (a fresh process: decompress and parse the
    shipped file) — target under 100 ms;
(b) the median time of ``drafter.read`` + every check family on GA_76_72_en, and
    each family's share of that same run; the citations family both re-checking
    (paragraph citations remembered, as in the editor after an edit) and on a
    first check (nothing remembered) — target under 5 ms;
(c) with ``--accuracy``: one cited date per confirmed citation changed (day,
    month, year) in the English, French and Spanish texts, the share reported as
    ``citation-date`` at the right paragraph with the right fix; and ``citation-*``
    warnings and errors per 100 paragraphs on the untouched texts, per language
    (goals: at least 95 % caught; at most 0.1 per 100 paragraphs). ``--train DIR``
    adds the unpacked training texts (``tar -xJf akn-parallel.tar.xz -C DIR``).
    The index is built from these same texts, so (c) measures the checks on texts
    whose citations the index has seen.

Usage: .venv/bin/python bench/bench_citations.py [--runs N] [--accuracy] [--train DIR]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from collections import Counter
from importlib import import_module
from pathlib import Path

from timing import CORPUS, REPO

import drafter
from drafter.checks import FAMILIES, FAMILY_MODULES, CheckOptions
from drafter.citations.extract import forget_mentions

_COLD_LOAD = (
    "import time, drafter; from drafter.citations.index import default_index; "
    "t = time.perf_counter(); default_index().get('GA 70/1'); "
    "print((time.perf_counter() - t) * 1000)"
)


def cold_load_ms() -> float:
    """The index's first use in a fresh process where Drafter is imported (as at the first
    check): read, decompress and parse the shipped file and the user's entries."""
    runs = [
        float(subprocess.run([sys.executable, "-c", _COLD_LOAD], cwd=REPO, capture_output=True,
                             text=True, check=True, env={"PYTHONPATH": str(REPO)}).stdout)
        for _ in range(5)
    ]
    return sorted(runs)[2]


def check_cost_ms(path: Path, runs: int) -> tuple[float, dict[str, float], float]:
    """Median of read + check with every family, each family's share of that same run,
    and the citations family's time on a first check (nothing remembered from earlier
    runs) rather than on a re-check after an edit."""
    options = CheckOptions(families=FAMILIES)
    drafter.check(drafter.read(path), options)  # index loaded, patterns compiled
    modules = {family: import_module(FAMILY_MODULES[family]) for family in FAMILIES}
    totals: list[float] = []
    shares: dict[str, list[float]] = {family: [] for family in FAMILIES}
    first: list[float] = []
    for run in range(runs):
        started = time.perf_counter()
        resolution = drafter.read(path)
        for family, module in modules.items():
            if family == "citations" and run % 2:
                forget_mentions()
            begun = time.perf_counter()
            module.check(resolution, options)
            spent = time.perf_counter() - begun
            (first if family == "citations" and run % 2 else shares[family]).append(spent)
        totals.append(time.perf_counter() - started)
    medians = {family: statistics.median(times) * 1000 for family, times in shares.items()}
    return statistics.median(totals) * 1000, medians, statistics.median(first) * 1000


def _texts(train: Path | None) -> list[Path]:
    paths = sorted(CORPUS.glob("*.txt"))
    return paths + (sorted(train.rglob("*.txt")) if train else [])


def accuracy(train: Path | None) -> None:
    sys.path.insert(0, str(REPO / "tests"))
    sys.path.insert(0, str(REPO / "tests" / "checks" / "citations"))
    from test_citation_corpus import ONLY_CITATIONS, _caught, _seeds  # the tests' own seeding

    paragraphs, findings, kinds = Counter(), Counter(), Counter()
    tried, caught = Counter(), Counter()
    for path in _texts(train):
        resolution = drafter.parse_text(path.read_text(encoding="utf-8"))
        code = resolution.meta.language
        paragraphs[code] += len(resolution.paragraphs)
        for d in drafter.check(resolution, ONLY_CITATIONS):
            if d.severity.value != "info":
                findings[code] += 1
                kinds[d.rule] += 1
        if code in ("en", "fr", "es"):
            for seed in _seeds(path):
                tried[(code, seed[4])] += 1
                caught[(code, seed[4])] += _caught(path, seed)
    print("seeded dates caught at the right paragraph with the right fix:")
    for key in sorted(tried):
        print(f"  {key[0]} {key[1]:5}: {caught[key]}/{tried[key]} ({100 * caught[key] / tried[key]:.1f} %)")
    total = sum(tried.values())
    print(f"  all      : {sum(caught.values())}/{total} ({100 * sum(caught.values()) / total:.1f} %)")
    print("citation-* warnings and errors on the untouched texts:")
    for code in sorted(paragraphs):
        rate = 100 * findings[code] / paragraphs[code]
        print(f"  {code}: {findings[code]} in {paragraphs[code]} paragraphs = {rate:.3f} per 100")
    print(f"  by rule: {dict(kinds)}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--accuracy", action="store_true")
    parser.add_argument("--train", type=Path)
    args = parser.parse_args()
    path = CORPUS / "GA_76_72_en.txt"
    print(f"index first use, fresh process: {cold_load_ms():.1f} ms (target < 100 ms)")
    total, shares, first = check_cost_ms(path, args.runs)
    each = ", ".join(f"{family} {ms:.1f}" for family, ms in shares.items())
    print(f"read + check {path.name}: {total:.1f} ms; families (ms): {each}")
    print(f"citations add {shares['citations']:.1f} ms re-checking, {first:.1f} ms on a first "
          f"check (target < 5 ms)")
    if args.accuracy:
        accuracy(args.train)
    return 0


if __name__ == "__main__":
    sys.exit(main())
