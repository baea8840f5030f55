"""Measure the reader over the parallel training corpus (shared/train), per language.

Run: python tools/train_breadth.py [--organ GA|ECOSOC] [--list-misses LANG]
Prints, per language, the three figures issue 13 is judged on: the share of texts
whose four structure counts equal the truth's ``consensus``, the share of preambular
and operative paragraphs whose opening phrase the lexicon recognizes, and the
error-level diagnostics per 100 paragraphs (every error on an official text is
false). tests/formats/text/test_train_breadth.py runs the same measure.
"""

from __future__ import annotations

import argparse
import json
import tarfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

TRAIN = Path(__file__).resolve().parent.parent.parent / "shared" / "train"
CACHE = Path.home() / ".cache" / "drafter-tests" / "train"
LANGS = ("en", "fr", "es", "ru", "ar", "zh")
UNKNOWN_OPENER_RULES = {"preamble-unknown-opener", "operative-unknown-verb"}


def unpacked(cache: Path = CACHE, train: Path = TRAIN) -> Path:
    """The folder holding text/<lang>/*.txt, unpacked once from the archive."""
    marker = cache / ".unpacked"
    if not marker.exists():
        cache.mkdir(parents=True, exist_ok=True)
        with tarfile.open(train / "akn-parallel.tar.xz") as archive:
            archive.extractall(cache, filter="data")
        marker.write_text("ok\n", encoding="utf-8")
    return cache


def truth_rows(train: Path = TRAIN) -> list[dict]:
    with (train / "truth.jsonl").open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


@dataclass
class LanguageFigures:
    texts: int = 0
    with_consensus: int = 0
    exact: int = 0
    openers: int = 0
    openers_known: int = 0  # as the checks see them: no unknown-opener/verb warning
    openers_matched: int = 0  # the lexicon's plain longest match, no retries
    paragraphs: int = 0
    errors: int = 0
    # the same in texts that have a consensus (no parts, no embedded draft: issue 13's other half)
    plain_paragraphs: int = 0
    plain_errors: int = 0
    structure_misses: list[str] = field(default_factory=list)
    miss_counts: dict[str, dict[str, int]] = field(default_factory=dict)  # file -> the reader's counts
    unknown_openers: Counter = field(default_factory=Counter)  # the lexicon's plain misses
    warned_openers: Counter = field(default_factory=Counter)  # what the checks report unknown
    error_rules: Counter = field(default_factory=Counter)
    error_keys: list[str] = field(default_factory=list)  # "<file> <address> <rule>" per error
    error_texts: dict[str, str] = field(default_factory=dict)  # key -> message and paragraph start
    ecosoc_paragraphs: int = 0
    ecosoc_errors: int = 0

    def line(self, lang: str, truth_slips: dict | None = None) -> str:
        exact = 100 * self.exact / max(1, self.with_consensus)
        named = len(set(self.miss_counts) & set(truth_slips or {}))
        apart = 100 * self.exact / max(1, self.with_consensus - named)
        known = 100 * self.openers_known / max(1, self.openers)
        matched = 100 * self.openers_matched / max(1, self.openers)
        errors = 100 * self.errors / max(1, self.paragraphs)
        plain = 100 * self.plain_errors / max(1, self.plain_paragraphs)
        return (
            f"{lang}: structure exact {self.exact}/{self.with_consensus} = {exact:.1f}%"
            f" (named truth slips apart: {self.exact}/{self.with_consensus - named} = {apart:.1f}%)"
            f" | openers {self.openers_known}/{self.openers} = {known:.1f}%"
            f" (lexicon alone {matched:.1f}%)"
            f" | errors {self.errors} per {self.paragraphs} ¶ = {errors:.2f}/100"
            f" (texts with a consensus {plain:.2f}"
            f", ECOSOC {100 * self.ecosoc_errors / max(1, self.ecosoc_paragraphs):.2f})"
        )


def measure(rows: list[dict], root: Path, lexicons: dict | None = None) -> dict[str, LanguageFigures]:
    """Read and check every row's text; the figures per language.

    ``lexicons`` (language -> Lexicon) replaces the committed lexicons when counting
    recognized openers, for held-out measures: then an opener counts as recognized when
    that lexicon matches it, or matches it in the other part where both parts share
    their verbs (Chinese), or its head word has its part's shape (core/opener_shape),
    as the checks would decide with that lexicon.
    """
    from drafter.api import check
    from drafter.checks.structure.context import structure_data
    from drafter.core.diagnostics import Severity
    from drafter.core.lexicon import lexicon
    from drafter.core.opener_shape import has_opener_shape
    from drafter.formats.text.reader import read_text_file

    figures = {lang: LanguageFigures() for lang in LANGS}
    shared = set(structure_data()["shared_part_openers"]["languages"])
    for row in rows:
        lang = row["lang"]
        stats = figures[lang]
        resolution = read_text_file(root / row["file"], language=lang)
        stats.texts += 1
        if row.get("consensus"):
            stats.with_consensus += 1
            if resolution.counts() == row["consensus"]:
                stats.exact += 1
            else:
                stats.structure_misses.append(f"{row['file']}: {resolution.counts()} != {row['consensus']}")
                stats.miss_counts[row["file"]] = resolution.counts()
        read_as = resolution.meta.language  # a text in another script is read in its own
        words = (lexicons or {}).get(read_as) or lexicon(read_as)
        diagnostics = check(resolution)
        unknown = {d.paragraph for d in diagnostics if d.rule in UNKNOWN_OPENER_RULES}
        for paragraph in resolution.paragraphs:
            part = {"preambular": "preamble", "operative": "operative"}.get(paragraph.kind.value)
            stats.paragraphs += 1
            if part is None:
                continue
            stats.openers += 1
            matched = words.match(paragraph.text, part) is not None
            if lexicons:
                other = "operative" if part == "preamble" else "preamble"
                known = (
                    matched
                    or (read_as in shared and words.match(paragraph.text, other) is not None)
                    or has_opener_shape(paragraph.text, part, read_as, words)
                )
            else:
                known = paragraph.address not in unknown
            stats.openers_known += known
            stats.openers_matched += matched
            if not matched:
                stats.unknown_openers[f"{part[:2]} {paragraph.text[:40]}"] += 1
            if not known:
                stats.warned_openers[f"{part[:2]} {paragraph.text[:40]}"] += 1
        errors = [d for d in diagnostics if d.severity is Severity.ERROR]
        if row.get("consensus"):
            stats.plain_paragraphs += len(resolution.paragraphs)
            stats.plain_errors += len(errors)
        if row["organ"] == "ECOSOC":
            stats.ecosoc_paragraphs += len(resolution.paragraphs)
            stats.ecosoc_errors += len(errors)
        stats.errors += len(errors)
        texts = {p.address: p.text for p in resolution.paragraphs}
        for diagnostic in errors:
            key = f"{row['file']} {diagnostic.paragraph} {diagnostic.rule}"
            stats.error_rules[f"{diagnostic.rule} {row['file'].split('/')[-1]}"] += 1
            stats.error_keys.append(key)
            stats.error_texts[key] = f"{diagnostic.message} | {texts.get(diagnostic.paragraph, '')[:90]}"
    return figures


def _held_out_lexicons(organ: str) -> dict:
    """Lexicons mined from the other organ's texts only (build_lexicons.lexicon_documents)."""
    import sys

    from drafter.core.lexicon import Lexicon

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from build_lexicons import lexicon_documents

    others = tuple({row["organ"] for row in truth_rows()} - {organ})
    research = TRAIN.parent / "reference" / "lexicon-draft.json"
    return {lang: Lexicon(lang, doc) for lang, doc in lexicon_documents(research, TRAIN, others).items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--organ", help="only texts of this organ (GA or ECOSOC)")
    parser.add_argument("--lang", action="append", help="only these languages")
    parser.add_argument("--held-out", help="count openers with lexicons mined without this organ's texts")
    parser.add_argument("--list-misses", type=int, default=0, help="show this many misses per language")
    parser.add_argument(
        "--list-errors", action="store_true",
        help="list every error-level diagnostic by rule, the named slips (official_slips.json) apart",
    )
    args = parser.parse_args()
    rows = [
        row for row in truth_rows()
        if (not args.organ or row["organ"] == args.organ) and (not args.lang or row["lang"] in args.lang)
    ]
    lexicons = None
    if args.held_out:
        lexicons = _held_out_lexicons(args.held_out)
        rows = [row for row in rows if row["organ"] == args.held_out]
    figures = measure(rows, unpacked(), lexicons)
    truth_slips = named_truth_slips()
    for lang in LANGS:
        stats = figures[lang]
        if not stats.texts:
            continue
        print(stats.line(lang, truth_slips))
        if args.list_misses:
            for miss in stats.structure_misses[: args.list_misses]:
                named = " (named truth slip)" if miss.split(":")[0] in truth_slips else ""
                print("   structure", miss + named)
            for text, count in stats.warned_openers.most_common(args.list_misses):
                print("   unknown opener", count, text)
            for rule, count in stats.error_rules.most_common(args.list_misses):
                print("   error", count, rule)
        if args.list_errors:
            _list_errors(stats)


def named_truth_slips() -> dict[str, dict]:
    """The texts that differ from the consensus themselves (tools/name_truth_slips.py)."""
    path = Path(__file__).resolve().parent.parent / "tests" / "formats" / "text" / "truth_slips.json"
    return json.loads(path.read_text(encoding="utf-8"))["slips"] if path.is_file() else {}


def _list_errors(stats: LanguageFigures) -> None:
    """Each error-level diagnostic per rule; those not named as official slips are the
    false ones to fix (tools/name_official_slips.py names the real slips)."""
    slips_file = Path(__file__).resolve().parent.parent / "tests" / "formats" / "text" / "official_slips.json"
    slips = json.loads(slips_file.read_text(encoding="utf-8"))["slips"]
    by_rule = Counter(key.rsplit(" ", 1)[1] for key in stats.error_keys)
    unnamed = [key for key in stats.error_keys if key not in slips]
    print(f"   errors without the named slips: {len(unnamed)}"
          f" = {100 * len(unnamed) / max(1, stats.paragraphs):.2f}/100 ¶")
    for rule, count in by_rule.most_common():
        named = sum(1 for key in stats.error_keys if key.endswith(" " + rule) and key in slips)
        print(f"   {rule}: {count} ({named} named slips)")
        for key in unnamed:
            if key.endswith(" " + rule):
                print(f"      {key} :: {stats.error_texts[key]}")


if __name__ == "__main__":
    import sys

    # This checkout's package, not an editable install's (a git worktree shares the venv).
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    main()
