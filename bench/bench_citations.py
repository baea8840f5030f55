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

(d) with ``--held-out``: the index rebuilt from the training archive alone, judged on
    the corpus texts of other sessions (seeded years caught; warnings per 100
    paragraphs) — the checks on texts the index has not seen.

Usage: .venv/bin/python bench/bench_citations.py [--runs N] [--accuracy] [--train DIR] [--held-out]
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
    from support.citations import ONLY_CITATIONS, date_seeds, seed_caught  # the tests' own seeding

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
            for seed in date_seeds(path):
                tried[(code, seed[4])] += 1
                caught[(code, seed[4])] += seed_caught(path, seed)
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


def held_out() -> None:
    """The index built from the training archive alone, judged on the corpus texts that are
    not in it (other sessions): each confirmed cited date's year changed, and the findings
    on the untouched texts — how the checks do on texts the index has not seen."""
    import gzip
    import importlib.util
    import json
    import tempfile

    from drafter.checks.citations import family
    from drafter.checks.citations.rules import cited_in
    from drafter.citations.index import CitationIndex
    from drafter.citations.patterns import language

    spec = importlib.util.spec_from_file_location("build", REPO / "tools" / "build_citation_index.py")
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    with tempfile.TemporaryDirectory() as empty:
        archive = build.SHARED / "train" / "akn-parallel.tar.xz"
        data = build.index_bytes(build.build_votes(Path(empty), archive))
    index = CitationIndex(json.loads(gzip.decompress(data))["entries"])
    options = CheckOptions(families=("citations",))
    paragraphs, findings, tried, caught = Counter(), Counter(), Counter(), Counter()
    for path in sorted(CORPUS.glob("*.txt")):
        if path.name.startswith("GA_75_"):
            continue  # the 75th session is in the training archive
        text = path.read_text(encoding="utf-8")
        resolution = drafter.parse_text(text)
        code = resolution.meta.language
        paragraphs[code] += len(resolution.paragraphs)
        findings[code] += sum(d.severity.value != "info" for d in family.check(resolution, options, index))
        order = {p.address: i for i, p in enumerate(resolution.paragraphs)}
        for cited in cited_in(resolution):
            mention, entry = cited.mention, index.get(cited.mention.key)
            if cited.address not in order or not mention.date or not entry or entry.date != mention.date:
                continue
            written = cited.text[mention.date_start : mention.date_end]
            date = language(code).date.fullmatch(written)
            year = str(int(date.group("year")) - 1)
            wrong = written[: date.start("year")] + year + written[date.end("year") :]
            seeded = drafter.parse_text(text)
            paragraph = seeded.paragraphs[order[cited.address]]
            paragraph.text = paragraph.text[: mention.date_start] + wrong + paragraph.text[mention.date_end :]
            tried[code] += 1
            caught[code] += any(
                d.rule == "citation-date" and d.paragraph == cited.address and d.start == mention.date_start
                for d in family.check(seeded, options, index)
            )
    print("held out (index from the training archive, corpus texts of other sessions):")
    for code in sorted(paragraphs):
        rate = 100 * findings[code] / paragraphs[code]
        print(f"  {code}: seeded years caught {caught[code]}/{tried[code]}; "
              f"{findings[code]} warnings in {paragraphs[code]} paragraphs = {rate:.3f} per 100")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--accuracy", action="store_true")
    parser.add_argument("--train", type=Path)
    parser.add_argument("--held-out", action="store_true", dest="held_out")
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
    if args.held_out:
        held_out()
    return 0


if __name__ == "__main__":
    sys.exit(main())
