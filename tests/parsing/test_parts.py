"""Multi-part and nested texts read from real official resolutions (shared/train) and drafts.

Parts are found by structure, not by their words: operative numbering that starts again
at 1 after a section heading, or section headings followed by preambular paragraphs of
their own; a nested draft by a formula line after a paragraph ending with a colon.
"""

from __future__ import annotations

import tarfile
from pathlib import Path

import pytest

import drafter
from drafter.core.model import Organ, ParagraphKind
from drafter.parsing.patterns import formula_of
from support import corpus

TRAIN = corpus.TRAIN / "akn-parallel.tar.xz"
FILES = {
    "ga_245_en": "text/en/GA_75_245_E.txt",  # ICSC: United Nations common system, parts A-D
    "ga_245_es": "text/es/GA_75_245_S.txt",  # the same, "A Escala de sueldos …" on one line
    "ga_245_ar": "text/ar/GA_75_245_A.txt",  # the same, parts ألف باء جيم دال
    "ga_253b_en": "text/en/GA_75_253B_E.txt",  # Fifth Committee: special subjects, I-V
    "ga_253b_zh": "text/zh/GA_75_253B_C.txt",  # the same, 一 … 五 before their titles
    "ga_247_ru": "text/ru/GA_75_247_R.txt",  # OIOS: parts I and II, each with a preamble
    "ecosoc_20_en": "text/en/ECOSOC_E_RES_2021_20-2110314E.txt",  # recommends a GA draft
    "ecosoc_20_ru": "text/ru/ECOSOC_E_RES_2021_20-2110314R.txt",
    "ecosoc_20_zh": "text/zh/ECOSOC_E_RES_2021_20-2110314C.txt",
    "ecosoc_20_ar": "text/ar/ECOSOC_E_RES_2021_20-2110314A.txt",
}


@pytest.fixture(scope="module")
def train(tmp_path_factory) -> dict[str, Path]:
    """The few train texts these tests read, unpacked once to a temporary folder."""
    if not TRAIN.is_file():
        pytest.skip("shared train set not present")
    folder = tmp_path_factory.mktemp("train")
    wanted = set(FILES.values())
    with tarfile.open(TRAIN) as archive:
        members = [m for m in archive.getmembers() if m.name in wanted]
        archive.extractall(folder, members=members, filter="data")
    return {key: folder / name for key, name in FILES.items()}


def _errors(resolution, rule: str) -> list[str]:
    return [d.paragraph for d in drafter.check(resolution) if d.rule == rule]


@pytest.mark.parametrize("key", ["ga_245_en", "ga_245_es", "ga_245_ar"])
def test_icsc_text_with_parts_a_to_d_has_no_numbering_error_and_part_addresses(train, key):
    resolution = drafter.read(train[key])
    parts = [p for p in resolution.paragraphs if p.kind is ParagraphKind.PART]
    assert [p.address for p in parts] == ["A", "B", "C", "D"]
    assert _errors(resolution, "operative-numbering-gap") == []
    # The resolution's own preamble and ten paragraphs, then each part's: B restarts at 1.
    addresses = [p.address for p in resolution.paragraphs]
    assert addresses[:4] == ["PP1", "PP2", "PP3", "PP4"] and "OP10" in addresses
    assert {"A.PP1", "B.PP1", "B.OP1", "B.OP4", "D.OP1", "D.OP3"} <= set(addresses)
    assert "OP11" not in addresses
    assert resolution.find("B.OP1").source_label.startswith("1")
    if key == "ga_245_en":
        title = "Evolution of the margin and margin management around the desirable midpoint"
        assert resolution.find("B").text == title
        assert resolution.find("A.PP1").text.startswith("Recalling its resolution 44/198")
        assert resolution.closing[0] == "48th (resumed) plenary meeting"


@pytest.mark.parametrize("key", ["ga_253b_en", "ga_253b_zh"])
def test_fifth_committee_omnibus_text_reads_as_five_parts(train, key):
    resolution = drafter.read(train[key])
    parts = [p for p in resolution.paragraphs if p.kind is ParagraphKind.PART]
    assert [p.address for p in parts] == ["I", "II", "III", "IV", "V"]
    assert _errors(resolution, "operative-numbering-gap") == []
    assert resolution.find("II.PP1").kind is ParagraphKind.PREAMBULAR
    assert resolution.find("II.OP4(g)").kind is ParagraphKind.SUBPARAGRAPH
    assert resolution.find("V.OP15") is not None


def test_parts_with_their_own_preambles_in_russian(train):
    resolution = drafter.read(train["ga_247_ru"])
    assert [p.address for p in resolution.paragraphs if p.kind is ParagraphKind.PART] == ["I", "II"]
    assert resolution.find("I.PP1").kind is ParagraphKind.PREAMBULAR
    assert resolution.find("II.PP2").kind is ParagraphKind.PREAMBULAR
    assert _errors(resolution, "operative-numbering-gap") == []
    assert _errors(resolution, "preamble-after-operative") == []


@pytest.mark.parametrize("key", ["ecosoc_20_en", "ecosoc_20_ru", "ecosoc_20_zh", "ecosoc_20_ar"])
def test_ecosoc_text_recommending_a_ga_draft_reads_as_two_texts(train, key):
    resolution = drafter.read(train[key])
    assert resolution.meta.organ is Organ.ECOSOC
    assert formula_of(resolution.formula, comma_optional=True)[0] == "ECOSOC"
    draft = resolution.find("D1")
    assert draft.kind is ParagraphKind.DRAFT_FORMULA
    assert formula_of(draft.text)[0] == "GA"
    index = resolution.paragraphs.index(draft)
    outer = resolution.paragraphs[:index]
    assert [p.kind for p in outer] == [ParagraphKind.CLAUSE]  # "Recommends … draft resolution:"
    inner = resolution.paragraphs[index + 1:]
    assert [p.address for p in inner[:6]] == [f"D1.PP{n}" for n in range(1, 7)]
    assert [p.address for p in inner if p.kind is ParagraphKind.OPERATIVE][-1] == "D1.OP13"
    rules = {d.rule for d in drafter.check(resolution)}
    assert not rules & {"formula-organ-mismatch", "formula-missing", "operative-numbering-gap",
                        "preamble-after-operative"}


DRAFT = """\
The General Assembly,

Recalling its resolution 70/1,

1. Takes note of the report;

2. Requests the Secretary-General to report.

I
Revised estimates for the new office

Having considered the report of the Secretary-General,

1. Approves the estimates;

2. Appropriates an amount of 100,000 dollars;

II
Standards of accommodation for air travel

1. Takes note of the report;

2. Decides to keep the question under review;

3. Requests a report at its next session.
"""


def test_a_part_is_found_by_its_restart_whatever_its_words():
    resolution = drafter.parse_text(DRAFT, language="en")
    assert [(p.address, p.kind.value) for p in resolution.paragraphs] == [
        ("PP1", "preambular"), ("OP1", "operative"), ("OP2", "operative"),
        ("I", "part"), ("I.PP1", "preambular"), ("I.OP1", "operative"), ("I.OP2", "operative"),
        ("II", "part"), ("II.OP1", "operative"), ("II.OP2", "operative"), ("II.OP3", "operative"),
    ]
    assert resolution.find("I").text == "Revised estimates for the new office"
    assert _errors(resolution, "operative-numbering-gap") == []


def test_sections_whose_numbering_continues_stay_section_headings():
    text = DRAFT.replace("1. Approves", "3. Approves").replace("2. Appropriates", "4. Appropriates")
    text = text.replace("1. Takes note of the report;\n\n2. Decides",
                        "5. Takes note of the report;\n\n6. Decides")
    text = text.replace("3. Requests a report at", "7. Requests a report at")
    text = text.replace("Having considered the report of the Secretary-General,\n\n", "")
    resolution = drafter.parse_text(text, language="en")
    assert not any(p.kind is ParagraphKind.PART for p in resolution.paragraphs)
    assert [p.address for p in resolution.paragraphs if p.kind is ParagraphKind.HEADING] == ["H1", "H2"]
    assert resolution.find("OP7").text.startswith("Requests a report")


def test_a_real_numbering_slip_inside_a_part_is_still_reported():
    slipped = DRAFT.replace("3. Requests a report", "4. Requests a report")
    resolution = drafter.parse_text(slipped, language="en")
    assert _errors(resolution, "operative-numbering-gap") == ["II.OP3"]


TWO_DRAFTS = """\
The Economic and Social Council,

Recalling its resolution 2019/1,

1. Recommends to the General Assembly the adoption of the following draft resolutions:

Draft resolution I
Crime prevention

The General Assembly,

Emphasizing the responsibility of the United Nations,

1. Welcomes the report;

2. Requests a report.

Draft resolution II
Drug control

The General Assembly,

1. Takes note of the report;

2. Decides to continue.
"""


def test_two_recommended_drafts_with_their_titles_are_two_nested_texts():
    resolution = drafter.parse_text(TWO_DRAFTS, language="en")
    formulas = [p.address for p in resolution.paragraphs if p.kind is ParagraphKind.DRAFT_FORMULA]
    assert formulas == ["D1", "D2"]
    assert resolution.find("OP1").text.startswith("Recommends")
    assert resolution.find("D1.PP1").text.startswith("Emphasizing")
    assert resolution.find("D2.OP2").text == "Decides to continue."
    assert _errors(resolution, "operative-numbering-gap") == []
