"""The text reader over every official text of shared/train, in six languages (issue 13).

2,102 texts (GA 75th session, ECOSOC 2021) with their XML-derived counts. Structure
must equal the truth's ``consensus`` wherever it is given, except for the versions
named in truth_slips.json, whose own text differs from the other languages (each with its evidence;
for those the reader must count what the text itself has). The share of opening
phrases recognized and the error-level diagnostics per 100 paragraphs (every error on
an official text is a false one) are printed per language, against issue 13's goals,
and guarded against regression by floors at the figures reached.
"""

from __future__ import annotations

import json

import pytest

from drafter.core.lexicon import language_settings, lexicon
from drafter.formats.text.reader import read_text_file
from support.corpus import REPO, TRAIN, load_tool

pytestmark = pytest.mark.slow  # reads and checks 2,102 texts: about 30 s

LANGS = ("en", "fr", "es", "ru", "ar", "zh")

# Goals of issue 13 (hidden texts): structure exact, openers recognized, errors per 100 ¶.
GOAL_STRUCTURE = {"en": 99.7, "fr": 99.7, "es": 99.7, "ru": 99.0, "ar": 99.0, "zh": 99.0}
GOAL_OPENERS = GOAL_STRUCTURE
GOAL_ERRORS = 0.2
# Floors at the figures reached on this corpus (regression guards, not the goals).
# Openers: the lexicon, then the head word's shape (core/opener_shape.py). The Chinese
# text filed as text/es/GA_A_RES_75_297_C.txt (truth_slips.json) is read as Chinese.
FLOOR_OPENERS = {"en": 99.8, "fr": 99.9, "es": 99.9, "ru": 99.9, "ar": 99.9, "zh": 99.7}
CEILING_ERRORS = {"en": 0.06, "fr": 0.14, "es": 0.17, "ru": 0.19, "ar": 0.21, "zh": 0.17}

# Versions whose own text differs from the consensus of the other languages, each with
# its evidence (own markup count, paragraphs absent or repeated): tools/name_truth_slips.py.
_TRUTH_FILE = REPO / "tests" / "formats" / "text" / "truth_slips.json"
TRUTH_SLIPS = json.loads(_TRUTH_FILE.read_text(encoding="utf-8"))["slips"]
# Texts of the other half of issue 13 (parts, nested texts), left to that work.
PARTS_AND_NESTED = {
    "text/ar/ECOSOC_E_RES_2021_13-2107777A.txt": "ECOSOC 2021/13 has parts with their own titles and"
    " preambles; the Arabic cover runs into them",
}


@pytest.fixture(scope="module")
def train():
    if not (TRAIN / "akn-parallel.tar.xz").is_file():
        pytest.skip("shared/train not present")
    breadth = load_tool("train_breadth")
    root = breadth.unpacked()  # once per machine, in ~/.cache/drafter-tests/train
    rows = breadth.truth_rows(TRAIN)
    return breadth, root, rows, breadth.measure(rows, root)


def _report(capsys, lines: list[str]) -> None:
    with capsys.disabled():
        print("\n" + "\n".join(lines))


def test_structure_equals_the_consensus_but_for_named_truth_slips(train, capsys) -> None:
    _, _, _, figures = train
    lines = ["structure exact against consensus (goal ≥99.7% en/fr/es, ≥99% ar/ru/zh):"]
    unexplained = []
    for lang in LANGS:
        stats = figures[lang]
        misses = [m.split(":")[0] for m in stats.structure_misses]
        named = [m for m in misses if m in TRUTH_SLIPS or m in PARTS_AND_NESTED]
        share = 100 * stats.exact / max(1, stats.with_consensus)
        without = 100 * stats.exact / max(1, stats.with_consensus - len(named))
        lines.append(f"  {lang}: {stats.exact}/{stats.with_consensus} = {share:.1f}%"
                     f" (named truth slips apart: {without:.1f}%, goal {GOAL_STRUCTURE[lang]}%)")
        unexplained += [m for m in stats.structure_misses if m.split(":")[0] not in named]
    _report(capsys, lines)
    assert unexplained == []


def test_truth_slips_equal_the_build(train) -> None:
    """truth_slips.json is what tools/name_truth_slips.py names from today's reading: a
    reader fix that makes a named text exact, or a new miss, shows here."""
    _, root, rows, figures = train
    tool = load_tool("name_truth_slips")
    built = tool.name_truth_slips(rows, root, tool.misses(figures))
    assert json.loads(tool.dumps({"slips": built}))["slips"] == TRUTH_SLIPS


@pytest.mark.parametrize("name", sorted(TRUTH_SLIPS), ids=lambda n: n.split("/", 1)[1])
def test_truth_slips_are_read_as_their_own_text_says(train, name: str) -> None:
    """The reader counts what the version itself has (blocks after the formula), which
    is what differs from the other versions (the evidence in truth_slips.json)."""
    _, root, rows, _ = train
    text = (root / name).read_text(encoding="utf-8")
    lang = name.split("/")[1]
    resolution = read_text_file(root / name, language=lang)
    consensus = next(r["consensus"] for r in rows if r["file"] == name)
    assert resolution.counts() == TRUTH_SLIPS[name]["reading"] != consensus
    if resolution.meta.language != lang:  # a version filed under another language
        return
    segment = load_tool("mine_lexicons").segment
    found = segment(text, list(language_settings(lang)["formulas"].values()))
    counts = resolution.counts()
    # The segmentation stops at a skipped number (GA 75/287 zh): the reader goes on.
    assert counts["preamble"] == len(found[0]) and counts["operative"] >= len(found[1])


def _per_language(capsys, title: str, figures: dict, describe) -> dict[str, float]:
    """One figure per language, printed under ``title``: ``describe`` gives (value, line)."""
    lines = [title]
    values = {}
    for lang in LANGS:
        values[lang], line = describe(figures[lang])
        lines.append(f"  {lang}: {line}")
    _report(capsys, lines)
    return values


def _openers(stats) -> tuple[float, str]:
    share = 100 * stats.openers_known / max(1, stats.openers)
    matched = 100 * stats.openers_matched / max(1, stats.openers)
    return share, f"{stats.openers_known}/{stats.openers} = {share:.1f}% (lexicon alone {matched:.1f}%)"


# Real slips of one language version (final mark unlike the English version's), named
# with their reason: the rate without them must meet the goal.
_SLIPS_FILE = REPO / "tests" / "formats" / "text" / "official_slips.json"
OFFICIAL_SLIPS = json.loads(_SLIPS_FILE.read_text(encoding="utf-8"))["slips"]


def _unnamed_errors(stats) -> tuple[float, str]:
    unnamed = [key for key in stats.error_keys if key not in OFFICIAL_SLIPS]
    rate = 100 * len(unnamed) / max(1, stats.paragraphs)
    return rate, f"{len(unnamed)} in {stats.paragraphs} ¶ = {rate:.2f}"


def _errors(stats) -> tuple[float, str]:
    rate = 100 * stats.errors / max(1, stats.paragraphs)
    top = ", ".join(f"{rule} ×{n}" for rule, n in stats.error_rules.most_common(3))
    return rate, f"{stats.errors} in {stats.paragraphs} ¶ = {rate:.2f} (most: {top})"


def test_opening_phrases_recognized_per_language(train, capsys) -> None:
    title = f"opening phrases recognized (goal ≥{GOAL_OPENERS['en']}% en/fr/es, ≥99% ar/ru/zh):"
    shares = _per_language(capsys, title, train[3], _openers)
    assert all(shares[lang] >= FLOOR_OPENERS[lang] for lang in LANGS), shares


def test_false_errors_per_hundred_paragraphs(train, capsys) -> None:
    title = f"error-level diagnostics per 100 ¶ (all false on official texts; goal ≤{GOAL_ERRORS}):"
    rates = _per_language(capsys, title, train[3], _errors)
    assert all(rates[lang] <= CEILING_ERRORS[lang] for lang in LANGS), rates
    title = "the same without the named slips of one language version (official_slips.json):"
    unnamed = _per_language(capsys, title, train[3], _unnamed_errors)
    assert all(unnamed[lang] <= GOAL_ERRORS for lang in LANGS), unnamed


def test_named_slips_are_still_reported(train) -> None:
    """Each named slip is a diagnostic the checks give (the list holds no stale entries)."""
    reported = {key for stats in train[3].values() for key in stats.error_keys}
    assert sorted(set(OFFICIAL_SLIPS) - reported) == []


def test_every_lexicon_entry_keeps_its_evidence() -> None:
    for lang in LANGS:
        for part in ("preamble", "operative"):
            for entry in lexicon(lang).entries[part]:
                assert entry.phrase.strip() == entry.phrase and entry.phrase
    for lang in ("fr", "es", "ru", "ar", "zh"):
        rows = _lexicon_rows(lang)
        mined = [row for row in rows if any(e.startswith("akn-train:") for e in row["evidence"])]
        assert mined, lang
        assert all(row["seen"] for row in mined)


def _lexicon_rows(lang: str) -> list[dict]:
    data = json.loads((REPO / "resources" / "lexicons" / f"{lang}.json").read_text(encoding="utf-8"))
    return data["preamble"] + data["operative"]
