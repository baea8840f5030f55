"""Name the final-mark slips of one language version among the errors on shared/train.

Run: python tools/name_official_slips.py  (writes tests/formats/text/official_slips.json)
The six versions of a resolution have the same paragraphs in the same order, so an
error-level final-mark diagnostic in one version is a slip of that version when the
same paragraph of the English version ends with a different mark (a preambular
paragraph ending with ';' where English has ','). Other errors are left unnamed: they
are the reader's or the checks' to fix.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tools"))

from train_breadth import truth_rows, unpacked  # noqa: E402

from drafter.api import check  # noqa: E402
from drafter.checks.structure.numbering import operative_number  # noqa: E402
from drafter.core.diagnostics import Severity  # noqa: E402
from drafter.formats.text.reader import read_text_file  # noqa: E402

OUT = REPO / "tests" / "formats" / "text" / "official_slips.json"
FINAL_MARK_RULES = {
    "preamble-final-comma",
    "operative-final-semicolon",
    "operative-last-full-stop",
    "subparagraph-final-semicolon",
    "lead-in-colon",
}
NUMBERING_RULE = "operative-numbering-gap"
# Languages whose openers agree with the organ: an agreement error in one is a slip of
# that version when the other's same paragraph agrees (it has no agreement error).
AGREEMENT_PAIRS = {"fr": "es", "es": "fr"}
# French spacing: (spaced, unspaced) forms of the marks the rule is about. A spacing
# error is a slip of that version when the rest of its own text spaces the mark.
_SPACE = "[\u00a0\u202f ]"
_SPACING = {
    "fr-space-before-punctuation": (
        re.compile(f"{_SPACE}[;:!?]"), re.compile(r"[^\s\u00a0\u202f\d/][;:!?](?!//)"),
    ),
    "fr-guillemets-space": (
        re.compile(f"«{_SPACE}|{_SPACE}»"), re.compile(r"«[^\s\u00a0\u202f]|[^\s\u00a0\u202f]»"),
    ),
}
_OWN_PRACTICE = 0.9  # share of the text's marks written the rule's way
# The same mark in each script (Arabic and Chinese forms of the comma, semicolon …).
_SAME_MARK = {
    ",": ",", "،": ",", "，": ",",
    ";": ";", "؛": ";", "；": ";",
    ".": ".", "。": ".",
    ":": ":", "：": ":",
}
_NOTE = re.compile(r"(?<=[.,;:،؛，；：。])\d{1,3}$")  # a footnote number after the mark
ABOUT = (
    "Error-level diagnostics on official texts of shared/train that are real slips of that language"
    " version: the paragraph's final mark differs from the same paragraph's in the English version"
    " (the six versions have the same paragraphs in the same order), e.g. a preambular paragraph"
    " ending with ';' where English ends with ','; where a text has no English version, every other"
    " version with the paragraph ends it with one other mark; or an opener in the other organ's gender"
    " (French, Spanish) where the other of those two versions agrees with the organ; or a"
    " French mark without its no-break space in a text that spaces that mark elsewhere; or an"
    " operative number unlike the English version's same paragraph, whose part is numbered"
    " without a gap (a number typed twice, a paragraph left out)."
    " Key: '<file> <address> <rule>'. Built by"
    " tools/name_official_slips.py; tests/formats/text/test_train_breadth.py prints the error rate"
    " without them."
)


def final_mark(text: str) -> str:
    text = _NOTE.sub("", text.rstrip())
    return text[-1:]


def _texts(root: Path, row: dict) -> dict[str, str]:
    resolution = read_text_file(root / row["file"], language=row["lang"])
    return {p.address: p.text for p in resolution.paragraphs}


def name_slips() -> dict[str, str]:
    root = unpacked()
    rows = truth_rows()
    english = {row["resolution"]: row for row in rows if row["lang"] == "en"}
    slips: dict[str, str] = {}
    for row in rows:
        source = english.get(row["resolution"])
        if row["lang"] == "en":
            continue
        resolution = read_text_file(root / row["file"], language=row["lang"])
        texts = {p.address: p.text for p in resolution.paragraphs}
        english_texts: dict[str, str] | None = None
        diagnostics = check(resolution)
        slips.update(_agreement_slips(root, rows, row, diagnostics))
        slips.update(_spacing_slips(root, row, diagnostics))  # no English version needed
        if source is None:
            slips.update(_final_mark_slips_without_english(root, rows, row, texts, diagnostics))
            continue
        slips.update(_numbering_slips(root, row, source, diagnostics))
        for diagnostic in diagnostics:
            if diagnostic.severity is not Severity.ERROR or diagnostic.rule not in FINAL_MARK_RULES:
                continue
            english_texts = english_texts if english_texts is not None else _texts(root, source)
            theirs = english_texts.get(diagnostic.paragraph)
            mine = final_mark(texts.get(diagnostic.paragraph, ""))
            if theirs is None or _SAME_MARK.get(final_mark(theirs)) == _SAME_MARK.get(mine, mine):
                continue
            found = mine if mine in _SAME_MARK else "no mark"
            key = f"{row['file']} {diagnostic.paragraph} {diagnostic.rule}"
            slips[key] = f"ends with {found!r} where the English version ends with {final_mark(theirs)!r}"
    return slips


def _final_mark_slips_without_english(
    root: Path, rows: list[dict], row: dict, texts: dict[str, str], diagnostics: list
) -> dict[str, str]:
    """Final-mark errors of a text with no English version (GA 75/326 has only Arabic
    and Chinese): a slip when every other version with the same paragraph ends it with
    one other mark."""
    errors = [
        d for d in diagnostics if d.severity is Severity.ERROR and d.rule in FINAL_MARK_RULES
    ]
    others = [r for r in rows if r["resolution"] == row["resolution"] and r["lang"] != row["lang"]]
    if not errors or not others:
        return {}
    versions = {other["lang"]: _texts(root, other) for other in others}
    found = {}
    for diagnostic in errors:
        mine = final_mark(texts.get(diagnostic.paragraph, ""))
        theirs = {
            lang: final_mark(version[diagnostic.paragraph])
            for lang, version in versions.items() if diagnostic.paragraph in version
        }
        marks = {_SAME_MARK.get(mark, mark) for mark in theirs.values()}
        if len(marks) != 1 or marks == {_SAME_MARK.get(mine, mine)}:
            continue
        found[f"{row['file']} {diagnostic.paragraph} {diagnostic.rule}"] = (
            f"ends with {mine if mine in _SAME_MARK else 'no mark'!r} where the "
            + ", ".join(f"{lang} version ends with {mark!r}" for lang, mark in sorted(theirs.items()))
            + " (no English version)"
        )
    return found


def _agreement_slips(root: Path, rows: list[dict], row: dict, diagnostics: list) -> dict[str, str]:
    """Agreement errors of a French or Spanish version whose paragraph agrees with the
    organ in the other of the two versions ("Preocupada" where French has "Préoccupé")."""
    errors = [d for d in diagnostics if d.rule == "opener-agreement" and d.severity is Severity.ERROR]
    other_lang = AGREEMENT_PAIRS.get(row["lang"])
    other = next((r for r in rows if r["resolution"] == row["resolution"] and r["lang"] == other_lang), None)
    if not errors or other is None:
        return {}
    theirs = check(read_text_file(root / other["file"], language=other_lang))
    disagreeing = {d.paragraph for d in theirs if d.rule == "opener-agreement"}
    return {
        f"{row['file']} {d.paragraph} {d.rule}":
            f"the opener does not agree with the organ where the {other_lang} version's does"
        for d in errors if d.paragraph not in disagreeing
    }


def _numbering_slips(root: Path, row: dict, english: dict, diagnostics: list) -> dict[str, str]:
    """Numbering gaps of a version whose English version numbers the same part without a
    gap: this version typed a number twice or left a paragraph out ("5." then "7.")."""
    errors = [d for d in diagnostics if d.rule == NUMBERING_RULE and d.severity is Severity.ERROR]
    if not errors:
        return {}
    theirs = read_text_file(root / english["file"], language="en")
    english_gaps = {d.paragraph.rpartition(".")[0] for d in check(theirs) if d.rule == NUMBERING_RULE}
    labels = {p.address: p.source_label for p in theirs.paragraphs}
    found = {}
    for diagnostic in errors:
        part = diagnostic.paragraph.rpartition(".")[0]
        label = operative_number(labels.get(diagnostic.paragraph))[0]
        if part in english_gaps or label is None or str(label) != diagnostic.data["expected_label"]:
            continue
        found[f"{row['file']} {diagnostic.paragraph} {diagnostic.rule}"] = (
            f"numbered {operative_number(diagnostic.data['found_label'])[0]} where the English version's"
            f" {diagnostic.paragraph} is numbered {label} (its numbers run without a gap)"
        )
    return found


def _spacing_slips(root: Path, row: dict, diagnostics: list) -> dict[str, str]:
    """French spacing errors in a text that spaces those marks everywhere else."""
    found = {}
    text = None
    for diagnostic in diagnostics:
        forms = _SPACING.get(diagnostic.rule)
        if forms is None or diagnostic.severity is not Severity.ERROR:
            continue
        text = text if text is not None else (root / row["file"]).read_text(encoding="utf-8")
        spaced, unspaced = (len(form.findall(text)) for form in forms)
        if spaced >= _OWN_PRACTICE * (spaced + unspaced):
            found[f"{row['file']} {diagnostic.paragraph} {diagnostic.rule}"] = (
                f"the mark lacks its space where this version spaces {spaced} of {spaced + unspaced}"
            )
    return found


def main() -> None:
    document = {"_about": ABOUT, "slips": name_slips()}
    text = json.dumps(document, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    OUT.write_text(text, encoding="utf-8")
    print(f"{OUT}: {len(document['slips'])} slips")


if __name__ == "__main__":
    main()
