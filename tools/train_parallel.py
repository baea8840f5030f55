"""Measure parallel-version checking over the training corpus (shared/train), per language pair.

Run from the repository root: ``python tools/train_parallel.py [fr,es,ru,ar,zh] [limit] [--examples N]``.

For each resolution with an English version and each other language given, it prints the
four figures issue 16 is judged on:

- **clean**: the share of official pairs with no error-level finding (every error there is
  false, or a real slip of the official texts), raw and with the named differences of the
  official texts apart (tests/parallel/official_differences.json, built by
  tools/name_parallel_differences.py); the errors not named are listed apart: they are ours;
- **drop**: one paragraph of the other version deleted (later ones renumbered, as a
  drafter's file would be): found when a ``parallel-missing-paragraph`` names the English
  paragraph it was paired with before the deletion;
- **figure**: one figure or year of one paragraph of the other version changed by one in
  its last digit ("2030" as "2031"): found when a date or number finding names the pair;
- **symbol**: one document symbol or resolution number changed by swapping its last two
  digits ("A/76/123" as "A/76/132"): found when a ``parallel-symbol`` names the pair.

The expected address pair of a seeded change is the one the clean alignment gave; a seed
is placed only in a paragraph that has an English partner. The seeds are drawn from a fixed
random generator, so two runs on the same code give the same figures. The training texts
are unpacked once by tools/train_breadth.
"""

from __future__ import annotations

import argparse
import copy
import random
import re
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tools"))

from name_parallel_differences import difference_key, load_differences, resolution_files  # noqa: E402
from train_breadth import unpacked  # noqa: E402

import drafter  # noqa: E402
from drafter.core.model import Resolution, assign_addresses  # noqa: E402
from drafter.errors import DrafterError  # noqa: E402
from drafter.parallel import ParallelReport, parallel  # noqa: E402
from drafter.parallel.facts import SYMBOL  # noqa: E402

LANGUAGES = ("fr", "es", "ru", "ar", "zh")
MISSING_RULES = {"parallel-missing-paragraph", "parallel-missing-heading"}
FIGURE_RULES = {"parallel-number", "parallel-date", "parallel-date-detail"}
_DIGIT_RUN = re.compile(r"\d+")


@dataclass
class PairFigures:
    """Counts for one language paired with English."""

    pairs: int = 0
    clean: int = 0
    clean_named_apart: int = 0  # pairs whose errors are all named differences of the official texts
    warnings: int = 0  # warning-level findings on the clean pairs
    seeded: Counter = field(default_factory=Counter)  # kind -> seeds placed
    found: Counter = field(default_factory=Counter)  # kind -> found at the right addresses
    found_as_error: Counter = field(default_factory=Counter)
    error_rules: Counter = field(default_factory=Counter)
    unnamed: list[str] = field(default_factory=list)  # error findings no named difference explains
    examples: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))

    def note(self, key: str, text: str, limit: int) -> None:
        if len(self.examples[key]) < limit:
            self.examples[key].append(text)

    def line(self, language: str) -> str:
        def share(kind: str) -> str:
            seeded = self.seeded[kind]
            if not seeded:
                return f"{kind} —"
            return (f"{kind} {100 * self.found[kind] / seeded:.1f}% "
                    f"(error {100 * self.found_as_error[kind] / seeded:.1f}%, n={seeded})")
        clean = 100 * self.clean / max(1, self.pairs)
        named_apart = 100 * self.clean_named_apart / max(1, self.pairs)
        warnings = self.warnings / max(1, self.pairs)
        seeds = " | ".join(share(kind) for kind in ("drop", "figure", "symbol"))
        return (f"en~{language}: {self.pairs} pairs, clean {clean:.1f}% (named differences apart"
                f" {named_apart:.1f}%; {warnings:.1f} warnings) | {seeds}")


def _partners(report: ParallelReport) -> dict[str, str]:
    """The English address paired with each address of the other version."""
    return {b: a for a, b in report.pairs if a is not None and b is not None}


def _bumped(digits: str) -> str:
    """The digit run with its last digit changed by one (9 becomes 8), in its own script."""
    last = digits[-1]
    changed = chr(ord(last) - 1) if int(last) == 9 else chr(ord(last) + 1)
    return digits[:-1] + changed


def _swapped(digits: str) -> str:
    """The last two digits swapped ("123" -> "132"), or the last changed when they are equal."""
    if len(digits) >= 2 and digits[-1] != digits[-2]:
        return digits[:-2] + digits[-1] + digits[-2]
    return _bumped(digits)


def _figure_spans(text: str) -> list[tuple[int, int]]:
    """Digit runs outside document symbols (a changed symbol is measured apart)."""
    inside = [m.span() for m in SYMBOL.finditer(text)]
    return [m.span() for m in _DIGIT_RUN.finditer(text)
            if not any(start <= m.start() < end for start, end in inside)]


def _symbol_spans(text: str) -> list[tuple[int, int]]:
    """The last digit run of each symbol with at least two digits there."""
    spans = []
    for match in SYMBOL.finditer(text):
        runs = list(_DIGIT_RUN.finditer(match.group(0)))
        if runs and len(runs[-1].group(0)) >= 2:
            spans.append((match.start() + runs[-1].start(), match.start() + runs[-1].end()))
    return spans


def _with_change(resolution: Resolution, index: int, span: tuple[int, int], new: str) -> Resolution:
    changed = copy.deepcopy(resolution)
    paragraph = changed.paragraphs[index]
    start, end = span
    paragraph.text = paragraph.text[:start] + new + paragraph.text[end:]
    return changed


def _seed_text_change(figures: PairFigures, kind: str, english: Resolution, other: Resolution,
                      partners: dict[str, str], rng: random.Random, name: str, examples: int) -> None:
    """Change one figure or one symbol in one paired paragraph and look for the finding."""
    spans_of, change, rules = ((_figure_spans, _bumped, FIGURE_RULES) if kind == "figure"
                               else (_symbol_spans, _swapped, {"parallel-symbol"}))
    candidates = [(i, span) for i, p in enumerate(other.paragraphs) if p.address in partners
                  for span in spans_of(p.text)]
    if not candidates:
        return
    index, span = rng.choice(candidates)
    paragraph = other.paragraphs[index]
    old = paragraph.text[span[0]:span[1]]
    report = parallel(english, _with_change(other, index, span, change(old)))
    expected = (partners[paragraph.address], paragraph.address)
    hits = [f for f in report.findings if f.rule in rules and (f.a, f.b) == expected]
    figures.seeded[kind] += 1
    figures.found[kind] += bool(hits)
    figures.found_as_error[kind] += any(f.severity.value == "error" for f in hits)
    if not hits:
        got = [(f.rule, f.a, f.b) for f in report.findings][:3]
        figures.note(kind, f"{name} {expected} {old}->{change(old)} got {got}", examples)


def _seed_drop(figures: PairFigures, english: Resolution, other: Resolution, partners: dict[str, str],
               rng: random.Random, name: str, examples: int) -> None:
    """Delete one paired paragraph of the other version (renumbering the rest)."""
    candidates = [i for i, p in enumerate(other.paragraphs) if i and p.address in partners]
    if len(other.paragraphs) <= 3 or not candidates:
        return
    index = rng.choice(candidates)
    expected = partners[other.paragraphs[index].address]
    cut = copy.deepcopy(other)
    del cut.paragraphs[index]
    assign_addresses(cut.paragraphs)
    report = parallel(english, cut)
    hits = [f for f in report.findings if f.rule in MISSING_RULES and f.a == expected]
    figures.seeded["drop"] += 1
    figures.found["drop"] += bool(hits)
    figures.found_as_error["drop"] += any(f.severity.value == "error" for f in hits)
    if not hits:
        got = [(f.a, f.b) for f in report.findings if f.rule in MISSING_RULES][:3]
        figures.note("drop", f"{name} {expected} got {got}", examples)


def measure(languages: list[str], limit: int = 10**9, examples: int = 3,
            sample: int | None = None) -> dict[str, PairFigures]:
    """The figures per language; ``limit`` takes the first resolutions by name, ``sample``
    a fixed random sample of them (tests/parallel/test_train.py)."""
    root = unpacked()
    versions = resolution_files()
    named = load_differences()
    figures = {language: PairFigures() for language in languages}
    rng = random.Random(1)
    keys = sorted(versions)[:limit]
    if sample is not None:
        keys = sorted(random.Random(75).sample(keys, sample))
    for key in keys:
        files = versions[key]
        if "en" not in files:
            continue
        try:
            english = drafter.read(root / files["en"])
        except DrafterError:
            continue
        for language in languages:
            if language not in files:
                continue
            try:
                other = drafter.read(root / files[language])
            except DrafterError:
                continue
            name = Path(files[language]).name
            counts = figures[language]
            report = parallel(english, other)
            errors = [f for f in report.findings if f.severity.value == "error"]
            counts.pairs += 1
            counts.clean += not errors
            unnamed = [f for f in errors if difference_key(files[language], f) not in named]
            counts.clean_named_apart += not unnamed
            counts.unnamed += [f"{name} {f.a}/{f.b}: {f.message[:140]}" for f in unnamed]
            counts.warnings += len(report.findings) - len(errors)
            for finding in errors:
                counts.error_rules[finding.rule] += 1
                text = f"{name} {finding.a}/{finding.b}: {finding.message[:140]}"
                counts.note(finding.rule, text, examples)
            partners = _partners(report)
            _seed_drop(counts, english, other, partners, rng, name, examples)
            _seed_text_change(counts, "figure", english, other, partners, rng, name, examples)
            _seed_text_change(counts, "symbol", english, other, partners, rng, name, examples)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("languages", nargs="?", default=",".join(LANGUAGES))
    parser.add_argument("limit", nargs="?", type=int, default=10**9, help="resolutions measured at most")
    parser.add_argument("--examples", type=int, default=3, help="examples printed per rule and miss kind")
    args = parser.parse_args()
    languages = [language for language in args.languages.split(",") if language]
    started = time.perf_counter()
    figures = measure(languages, args.limit, args.examples)
    print(f"{time.perf_counter() - started:.0f} s")
    for language in languages:
        print(figures[language].line(language))
    for language in languages:
        counts = figures[language]
        for rule, count in counts.error_rules.most_common():
            print(f"  {language} error {rule}: {count}")
            for example in counts.examples[rule]:
                print(f"    {example}")
        for kind in ("drop", "figure", "symbol"):
            for example in counts.examples[kind]:
                print(f"  {language} missed {kind}: {example}")
    for language in languages:
        unnamed = figures[language].unnamed
        print(f"{language}: {len(unnamed)} errors on clean pairs not named as official differences"
              " (ours to fix)")
        for text in unnamed:
            print(f"    {text}")


if __name__ == "__main__":
    main()
