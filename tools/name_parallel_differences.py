"""Name the real differences between official language versions among the parallel errors on shared/train.

Run: python tools/name_parallel_differences.py  (writes tests/parallel/official_differences.json)
Each error-level finding between English and another version is decided by all six
versions of the resolution: the fact it is about (a date, a document symbol, the presence
of a paragraph, the footnote count) is taken from the same paragraph of each version
(paired through its alignment with English), and the versions are grouped by whether they
agree with the English side or with the other side. When one side's group is in the
minority and the other side's group holds more than half the versions, the finding is a
real difference of the official texts in the minority's versions (English alone writes
"61/124" where the five others write "61/194"; Arabic and Chinese alone lack a paragraph).
Findings the six versions do not explain stay unnamed: they are ours to fix.
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tools"))

from train_breadth import truth_rows, unpacked  # noqa: E402

import drafter  # noqa: E402
from drafter.core.model import Resolution  # noqa: E402
from drafter.errors import DrafterError  # noqa: E402
from drafter.parallel import ParallelReport, parallel  # noqa: E402
from drafter.parallel.facts import Facts, facts_of  # noqa: E402
from drafter.parallel.figures import date_rule  # noqa: E402
from drafter.parallel.findings import Finding  # noqa: E402
from drafter.parallel.symbols import symbols_apart  # noqa: E402

OUT = REPO / "tests" / "parallel" / "official_differences.json"
LANGUAGES = ("en", "fr", "es", "ru", "ar", "zh")
ABOUT = (
    "Error-level parallel findings between English and another official version on shared/train"
    " that are real differences of the official texts: the fact (date, document symbol, presence of"
    " a paragraph, footnote count) in the version named ('minority') is in the minority among the six"
    " versions of the resolution, the other side's reading in more than half of them ('evidence':"
    " what each version says). Key: '<file of the other version> <a>/<b> <rule>' (a: the English"
    " address, b: the other's, '-' for none). Built by tools/name_parallel_differences.py;"
    " tools/train_parallel.py reports the clean pairs with and without them."
)


def difference_key(file_b: str, finding: Finding) -> str:
    return f"{file_b} {finding.a or '-'}/{finding.b or '-'} {finding.rule}"


def load_differences(path: Path = OUT) -> dict[str, dict]:
    """The committed named differences, or none when the file is absent."""
    if not path.is_file():
        return {}
    return json.loads(path.read_text(encoding="utf-8"))["differences"]


def resolution_files() -> dict[str, dict[str, str]]:
    """The files of each resolution, by language."""
    versions: dict[str, dict[str, str]] = defaultdict(dict)
    for row in truth_rows():
        versions[row["resolution"]][row["lang"]] = row["file"]
    return dict(versions)


def _truth_counts() -> dict[str, dict]:
    return {row["file"]: row for row in truth_rows()}


class Versions:
    """The six versions of one resolution, each aligned with English (and, on demand, with each other)."""

    def __init__(self, root: Path, files: dict[str, str]) -> None:
        self.files = files
        self.read: dict[str, Resolution] = {}
        for language in LANGUAGES:
            if language in files:
                try:
                    self.read[language] = drafter.read(root / files[language])
                except DrafterError:
                    continue
        self.reports: dict[str, ParallelReport] = {
            language: parallel(self.read["en"], resolution)
            for language, resolution in self.read.items() if language != "en"
        }

    def partner(self, language: str, english_address: str) -> str | None:
        """The address of ``language``'s paragraph paired with the English one."""
        if language == "en":
            return english_address
        return next((b for a, b in self.reports[language].pairs if a == english_address), None)

    def partner_of(self, language: str, source: str, address: str) -> str | None:
        """The address of ``language``'s paragraph paired with ``source``'s (a direct alignment)."""
        if language == source:
            return address
        pairs = parallel(self.read[source], self.read[language]).pairs
        return next((b for a, b in pairs if a == address), None)

    def facts(self, language: str, address: str) -> tuple[Facts, set[str]] | None:
        resolution = self.read[language]
        paragraph = next((p for p in resolution.paragraphs if p.address == address), None)
        if paragraph is None:
            return None
        return facts_of(paragraph, language), {str(n.number) for n in resolution.footnotes}


def _agree(rule: str, mine: tuple[Facts, set[str]], theirs: tuple[Facts, set[str]]) -> bool:
    if rule == "parallel-date":
        return date_rule(mine[0], theirs[0]) != "parallel-date"
    only_a, only_b = symbols_apart(mine[0].symbols, theirs[0].symbols, (mine[1], theirs[1]),
                                   (mine[0].numbers, theirs[0].numbers))
    return not only_a and not only_b


def _listing(counter: Counter[str], wanted: set[str]) -> str:
    return ", ".join(sorted(item for item in counter.elements() if item in wanted)) or "—"


def _fact_groups(versions: Versions, language: str, finding: Finding) -> tuple[list, list, dict] | None:
    """Date or symbol: the versions agreeing with English, those agreeing with the other
    version, and what each says of the disputed dates or symbols."""
    sides = {"en": versions.facts("en", finding.a), language: versions.facts(language, finding.b)}
    if None in sides.values():
        return None
    kind = "dates" if finding.rule == "parallel-date" else "symbols"
    mine, theirs = getattr(sides["en"][0], kind), getattr(sides[language][0], kind)
    disputed = set(mine - theirs) | set(theirs - mine)
    with_en, with_other, evidence = ["en"], [language], {}
    for other in versions.read:
        address = versions.partner(other, finding.a)
        facts = versions.facts(other, address) if address else None
        evidence[other] = "no paragraph" if facts is None else _listing(getattr(facts[0], kind), disputed)
        if facts is None or other in ("en", language):
            continue
        agrees_en = _agree(finding.rule, facts, sides["en"])
        agrees_other = _agree(finding.rule, facts, sides[language])
        if agrees_en and not agrees_other:
            with_en.append(other)
        elif agrees_other and not agrees_en:
            with_other.append(other)
    return with_en, with_other, evidence


def _paragraph_groups(versions: Versions, language: str, finding: Finding,
                      truth: dict[str, dict]) -> tuple[list, list, dict]:
    """Missing paragraph: the versions on English's side (having it, or lacking it with English);
    the evidence gives each version's paragraph and its XML markup's paragraph counts."""
    having, lacking, evidence = [], [], {}
    source, address = ("en", finding.a) if finding.a else (language, finding.b)
    for other in versions.read:
        if source == "en":
            found = versions.partner(other, address)
        else:
            found = versions.partner_of(other, source, address)
        (having if found else lacking).append(other)
        row = truth[versions.files[other]]
        counts = f"XML {row.get('n_preamble')} PP, {row.get('n_operative')} OP"
        evidence[other] = f"{found or 'no paragraph'} ({counts})"
    return (having, lacking, evidence) if finding.a else (lacking, having, evidence)


def _footnote_groups(versions: Versions, language: str, truth: dict[str, dict]) -> tuple[list, list, dict]:
    counts = {other: len(resolution.footnotes) for other, resolution in versions.read.items()}
    evidence = {other: f"{count} (XML {truth[versions.files[other]].get('n_footnotes')})"
                for other, count in counts.items()}
    with_en = [other for other, count in counts.items() if count == counts["en"]]
    with_other = [other for other, count in counts.items() if count == counts[language]]
    return with_en, with_other, evidence


def _named(versions: Versions, language: str, finding: Finding, truth: dict[str, dict]) -> dict | None:
    if finding.rule in ("parallel-date", "parallel-symbol"):
        groups = _fact_groups(versions, language, finding)
    elif finding.rule == "parallel-missing-paragraph":
        groups = _paragraph_groups(versions, language, finding, truth)
    elif finding.rule == "parallel-footnote-count":
        groups = _footnote_groups(versions, language, truth)
    else:
        groups = None
    if groups is None:
        return None
    with_en, with_other, evidence = groups
    total = len(versions.read)
    if 2 * len(with_en) > total and len(with_other) < len(with_en):
        minority = with_other
    elif 2 * len(with_other) > total and len(with_en) < len(with_other):
        minority = with_en
    else:
        return None
    return {"a_file": versions.files["en"], "b_file": versions.files[language], "rule": finding.rule,
            "a": finding.a, "b": finding.b, "minority": sorted(minority, key=LANGUAGES.index),
            "evidence": {lang: evidence[lang] for lang in LANGUAGES if lang in evidence},
            "message": finding.message}


def decide(keys: list[str] | None = None) -> tuple[list[str], dict[str, dict]]:
    """Every error-level finding's key on the given resolutions (all of shared/train by
    default), and the named differences among them."""
    root, files, truth = unpacked(), resolution_files(), _truth_counts()
    errors: list[str] = []
    named: dict[str, dict] = {}
    for key in sorted(files) if keys is None else keys:
        if "en" not in files[key]:
            continue
        versions = Versions(root, files[key])
        if "en" not in versions.read:
            continue
        for language, report in versions.reports.items():
            for finding in report.findings:
                if finding.severity.value != "error":
                    continue
                errors.append(difference_key(files[key][language], finding))
                entry = _named(versions, language, finding, truth)
                if entry is not None:
                    named[errors[-1]] = entry
    return errors, named


def main() -> None:
    errors, differences = decide()
    document = {"_about": ABOUT, "differences": differences}
    text = json.dumps(document, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    OUT.write_text(text, encoding="utf-8")
    kinds = Counter(entry["rule"] for entry in differences.values())
    by_kind = ", ".join(f"{rule} {count}" for rule, count in kinds.most_common())
    print(f"{OUT}: {len(differences)} of {len(errors)} errors named as differences ({by_kind})")


if __name__ == "__main__":
    main()
