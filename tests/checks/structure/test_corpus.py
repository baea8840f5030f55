"""Structural checks on the real resolutions of the shared corpus.

Two promises are tested here. Precision: an adopted resolution read correctly gives
no error-level diagnostic, except where the real text truly breaks a rule — each such
case is named below with its reason. Recall: the same real texts, broken the way
drafters break them, make the right rule fire at the right address.

A text whose structure the reader does not yet recover (counts differ from
MANIFEST.tsv) cannot judge the checks and is skipped with that reason; the reader's
own test enforces the counts.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.checks import CheckOptions
from drafter.checks.structure.family import check
from drafter.core.diagnostics import Diagnostic, Severity
from drafter.core.model import Footnote, Resolution, assign_addresses
from support.corpus import CORPUS, manifest_rows

pytest.importorskip("drafter.formats.text.reader", reason="the text reader is not in this checkout")

# Real texts that truly break a rule (rule id -> where and why), and reader limits.
KNOWN_ERRORS: dict[str, dict[str, str]] = {
    "ECOSOC_2022_3_en.txt": {
        "preamble-final-comma": "PP3 ends with ';' in the official English text (the French text has ',')",
    },
    "GA_76_72_en.txt": {
        "preamble-final-comma": "PP2 ends with ';' in the official text ('…of 22 June 2021;')",
    },
    "GA_76_71_fr.txt": {
        "operative-final-semicolon": "para. 211 ends with ',' in the official French ('…71/12336,')",
    },
    "GA_68_131_fr.txt": {
        "operative-final-semicolon": "reader: para. 8 is cut by a footnote block at a page break",
    },
    "HRC_6_15_en_excerpt.txt": {
        "operative-numbering-gap": "incomplete excerpt: only paragraphs 5 and 9 kept their numbers",
        "operative-single-numbered": "incomplete excerpt: a single numbered paragraph may survive",
        "operative-last-full-stop": "incomplete excerpt: the text stops inside the operative part",
    },
    "SC_242_en.txt": {
        "subparagraph-label-sequence": "OCR '(1)' for '(i)' in para. 1",
        "lead-in-colon": "1967 text: para. 2 'Affirms further the necessity' has no colon",
    },
    "SC_757_en.txt": {
        "preamble-final-comma": "the 3rd preambular paragraph ends with a full stop in the CR-UNSC gold text",
    },
    "SC_687_en.txt": {
        "preamble-final-comma": "PP2 ends with a full stop in the CR-UNSC gold text",
        "operative-final-semicolon": "1991 text: paras. 31-32 end with ',' and ':' (the sentence runs on)",
    },
    "SC_814_en.txt": {
        "operative-final-semicolon": "1993 text: paras. 2 and 4 end with commas (the sentence runs on)",
        "subparagraph-final-semicolon": "1993 text: the items of para. 4 end with commas",
        "subparagraph-label-sequence": "OCR '(ad)' for '(d)' in para. 4",
    },
}

ROWS = [row for row in manifest_rows() if (CORPUS / row["file"]).is_file()] if CORPUS.is_dir() else []


def read(name: str) -> Resolution:
    import drafter

    return drafter.read(CORPUS / name)


def errors(diagnostics: list[Diagnostic]) -> list[Diagnostic]:
    return [d for d in diagnostics if d.severity is Severity.ERROR]


@pytest.mark.parametrize("row", ROWS, ids=[row["file"] for row in ROWS])
def test_adopted_texts_have_no_unexplained_error(row: dict[str, str]) -> None:
    # Counts are enforced by formats/text/test_manifest_counts.py (with its two named disputes);
    # every file, including those, must have no unexplained error here.
    resolution = read(row["file"])
    found = errors(check(resolution, CheckOptions()))
    explained = KNOWN_ERRORS.get(row["file"], {})
    unexplained = [f"{d.paragraph} {d.rule}: {d.message}" for d in found if d.rule not in explained]
    assert unexplained == []


def test_known_real_slips_are_caught() -> None:
    """The named slips of real texts are found, at the paragraph the reason names."""
    cases = {"ECOSOC_2022_3_en.txt": "PP3", "GA_76_72_en.txt": "PP2", "GA_76_71_fr.txt": "OP211"}
    for name, address in cases.items():
        found = [(d.rule, d.paragraph) for d in errors(check(read(name)))]
        assert found == [(next(iter(KNOWN_ERRORS[name])), address)], name


def broken(name: str) -> Resolution:
    resolution = read(name)
    assert resolution.paragraphs, name
    return resolution


def fired(resolution: Resolution, rule: str) -> list[Diagnostic]:
    return [d for d in check(resolution) if d.rule == rule]


def test_missing_final_comma() -> None:
    resolution = broken("GA_68_131_fr.txt")
    paragraph = resolution.find("PP3")
    paragraph.text = paragraph.text.rstrip().rstrip(",")
    [diagnostic] = fired(resolution, "preamble-final-comma")
    assert diagnostic.paragraph == "PP3"
    assert diagnostic.fix is not None and diagnostic.fix.replacement == ","


def test_noun_instead_of_a_verb() -> None:
    resolution = broken("GA_76_112_en.txt")
    paragraph = resolution.find("OP2")
    first = paragraph.text.split()[0]
    paragraph.text = "Recommendation" + paragraph.text[len(first):]
    [diagnostic] = fired(resolution, "operative-unknown-verb")
    assert (diagnostic.paragraph, diagnostic.start, diagnostic.end) == ("OP2", 0, len("Recommendation"))
    assert diagnostic.data["suggestions"]


def test_numbering_gap_after_a_deleted_paragraph() -> None:
    resolution = broken("GA_76_203_en.txt")
    deleted = resolution.find("OP3")
    resolution.paragraphs.remove(deleted)
    assign_addresses(resolution.paragraphs)
    [diagnostic] = fired(resolution, "operative-numbering-gap")
    assert diagnostic.paragraph == "OP3"
    assert diagnostic.data["expected_label"] == "3"
    assert diagnostic.data["found_label"].startswith("4")


@pytest.mark.parametrize(("name", "also", "further"), [
    ("GA_68_131_fr.txt", "Rappelant également", "Rappelant en outre"),
    ("ECOSOC_2022_3_en.txt", "Recalling also", "Recalling further"),
])
def test_recalling_further_before_recalling_also(name: str, also: str, further: str) -> None:
    resolution = broken(name)
    first_also = next(p for p in resolution.preamble if p.text.startswith(also))
    first_further = next(p for p in resolution.preamble if p.text.startswith(further))
    first_also.text, first_further.text = first_further.text, first_also.text
    diagnostics = fired(resolution, "sequencing-order")
    assert [d.paragraph for d in diagnostics] == [first_also.address]
    fixed = first_also.text[: diagnostics[0].fix.start] + diagnostics[0].fix.replacement
    assert fixed.startswith(also)


def test_orphan_footnote_marker() -> None:
    resolution = broken("GA_76_112_en.txt")
    referring = next(p for p in resolution.paragraphs if p.footnote_refs)
    number = referring.footnote_refs[0].number
    resolution.footnotes = [f for f in resolution.footnotes if f.number != number]
    diagnostics = fired(resolution, "footnote-orphan-marker")
    assert [d.paragraph for d in diagnostics] == [referring.address]
    assert diagnostics[0].severity is Severity.ERROR
    resolution.footnotes.append(Footnote(number, "Restored."))
    assert fired(resolution, "footnote-orphan-marker") == []


def test_conscient_in_a_general_assembly_text() -> None:
    resolution = broken("GA_68_131_fr.txt")
    first = resolution.find("PP1")
    assert first.text.startswith("Consciente")
    first.text = "Conscient" + first.text[len("Consciente"):]
    [diagnostic] = fired(resolution, "opener-agreement")
    assert (diagnostic.paragraph, diagnostic.start, diagnostic.end) == ("PP1", 0, len("Conscient"))
    assert diagnostic.fix.replacement == "Consciente"


@pytest.mark.parametrize(("name", "label"), [("ECOSOC_2021_7_en.txt", "(c)"), ("ECOSOC_2021_7_fr.txt", "c)")])
def test_subparagraph_c_after_a(name: str, label: str) -> None:
    """Deleting item (b) leaves "(c)" right after "(a)": one diagnostic, at the new OPn(b)."""
    resolution = broken(name)
    second = resolution.subparagraphs[1]
    parent = second.address.split("(")[0]
    resolution.paragraphs.remove(second)
    assign_addresses(resolution.paragraphs)
    [diagnostic] = fired(resolution, "subparagraph-label-sequence")
    assert diagnostic.paragraph == f"{parent}(b)"
    assert diagnostic.data["found_label"] == label


def test_checks_leave_the_resolution_unchanged() -> None:
    resolution = read("GA_76_71_en.txt")
    before = [(p.address, p.text, p.source_label) for p in resolution.paragraphs]
    check(resolution)
    assert [(p.address, p.text, p.source_label) for p in resolution.paragraphs] == before


def test_corpus_path_is_the_shared_one() -> None:
    assert Path(CORPUS).name == "corpus"
