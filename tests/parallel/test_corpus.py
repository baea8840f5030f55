"""Parallel versions of real resolutions: clean pairs agree, seeded differences are found where
they are, in each of the five pairs with English."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path

import pytest

import drafter
from drafter.cli import main
from drafter.core.model import Resolution, assign_addresses
from drafter.parallel import parallel
from drafter.parallel.facts import facts_of
from support.corpus import CORPUS

pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus not present")

PAIRS = [
    ("GA_76_72_en", "GA_76_72_fr"), ("GA_76_72_en", "GA_76_72_es"),
    ("GA_76_71_en", "GA_76_71_fr"), ("GA_76_71_en", "GA_76_71_ar"), ("GA_76_71_en", "GA_76_71_zh"),
    ("GA_75_100_en", "GA_75_100_fr"), ("GA_75_100_en", "GA_75_100_es"),
    ("GA_75_100_en", "GA_75_100_ru"), ("GA_75_100_en", "GA_75_100_ar"), ("GA_75_100_en", "GA_75_100_zh"),
    ("ECOSOC_2021_7_en", "ECOSOC_2021_7_fr"), ("ECOSOC_2021_7_en", "ECOSOC_2021_7_es"),
    ("ECOSOC_2022_17_en", "ECOSOC_2022_17_fr"), ("ECOSOC_2022_3_en", "ECOSOC_2022_3_fr"),
    ("ECOSOC_2023_1_en", "ECOSOC_2023_1_fr"), ("GA_76_112_en", "GA_76_112_fr"),
    ("GA_76_203_en", "GA_76_203_fr"), ("GA_77_335_en", "GA_77_335_fr"),
]
# Differences between the official versions themselves, each checked by hand in the texts.
REAL_SLIPS = {
    ("GA_76_72_en", "GA_76_72_fr"): {("parallel-date", "OP225")},  # 21 October 2021 / 20 octobre 2021
    ("GA_75_100_en", "GA_75_100_ru"): {("parallel-date", "PP2")},  # 71/100: 6 December / 23 декабря 2016
}
# One pair for each language with English, for the seeded changes.
SEEDED = [("GA_76_72_en", "GA_76_72_fr"), ("GA_76_72_en", "GA_76_72_es"), ("GA_75_100_en", "GA_75_100_ru"),
          ("GA_76_71_en", "GA_76_71_ar"), ("GA_76_71_en", "GA_76_71_zh")]


def _read(name: str) -> Resolution:
    return drafter.read(CORPUS / f"{name}.txt")


@pytest.mark.parametrize("pair", PAIRS, ids=lambda pair: f"{pair[0]}~{pair[1].rsplit('_', 1)[1]}")
def test_official_versions_agree_but_for_named_slips(pair: tuple[str, str]) -> None:
    report = parallel(_read(pair[0]), _read(pair[1]))
    errors = {(f.rule, f.a) for f in report.findings if f.severity.value == "error"}
    assert errors == REAL_SLIPS.get(pair, set())
    assert report.aligned == len(report.pairs)


@pytest.fixture(scope="module")
def versions() -> dict[str, Resolution]:
    return {name: _read(name) for pair in SEEDED for name in pair}


def _seed(resolution: Resolution, address: str, old: str, new: str) -> Resolution:
    changed = copy.deepcopy(resolution)
    paragraph = changed.find(address)
    assert paragraph is not None and old in paragraph.text
    paragraph.text = paragraph.text.replace(old, new, 1)
    return changed


def _paragraph_with(resolution: Resolution, pattern: str) -> tuple[str, str]:
    """The first operative-part paragraph whose text has a match of ``pattern``, and the match."""
    for paragraph in resolution.paragraphs:
        found = re.search(pattern, paragraph.text)
        if found and paragraph.kind.value == "operative":
            return paragraph.address, found.group(0)
    raise AssertionError(f"no paragraph matches {pattern}")


def test_a_date_without_its_year_is_a_warning() -> None:
    """GA 76/71 PP33: "on 15 July 2021" in English, "le 15 juillet" in French."""
    english, french = _read("GA_76_71_en"), _read("GA_76_71_fr")
    found = [(f.rule, f.severity.value) for f in parallel(english, french).findings if f.a == "PP33"]
    assert ("parallel-date-detail", "warning") in found and all(s != "error" for _, s in found)


@pytest.mark.parametrize("pair", SEEDED, ids=lambda pair: pair[1].rsplit("_", 1)[1])
def test_a_dropped_paragraph_is_found_at_its_address(versions, pair: tuple[str, str]) -> None:
    english, other = versions[pair[0]], versions[pair[1]]
    for index in (3, len(other.paragraphs) // 2, len(other.paragraphs) - 2):
        dropped = copy.deepcopy(other)
        del dropped.paragraphs[index]
        assign_addresses(dropped.paragraphs)  # later paragraphs renumbered, as a drafter's file would be
        report = parallel(english, dropped)
        missing = [(f.a, f.b) for f in report.findings if f.rule == "parallel-missing-paragraph"]
        assert missing == [(english.paragraphs[index].address, None)]


@pytest.mark.parametrize("pair", SEEDED, ids=lambda pair: pair[1].rsplit("_", 1)[1])
def test_a_changed_year_is_found_at_its_paragraph(versions, pair: tuple[str, str]) -> None:
    english, other = versions[pair[0]], versions[pair[1]]
    address, year = _paragraph_with(other, r"(?<!\d)20[12]\d(?!\d)")
    report = parallel(english, _seed(other, address, year, str(int(year) + 1)))
    found = {(f.rule, f.a, f.b) for f in report.findings if f.rule in ("parallel-date", "parallel-number")}
    assert any(a == address == b for _, a, b in found)


@pytest.mark.parametrize("pair", SEEDED, ids=lambda pair: pair[1].rsplit("_", 1)[1])
def test_a_changed_symbol_is_an_error_at_its_paragraph(versions, pair: tuple[str, str]) -> None:
    english, other = versions[pair[0]], versions[pair[1]]
    address, symbol = _paragraph_with(other, r"(?<![\d/])\d{2}/\d{2,3}(?![\d/])")
    session, number = symbol.split("/")
    report = parallel(english, _seed(other, address, symbol, f"{session}/{int(number) + 7}"))
    errors = {(f.rule, f.a, f.b) for f in report.findings if f.severity.value == "error"}
    assert ("parallel-symbol", address, address) in errors


def test_another_organ_named_in_one_version_only_is_a_warning(versions) -> None:
    english, french = versions["GA_76_72_en"], versions["GA_76_72_fr"]
    address, symbol = _paragraph_with(french, r"résolution \d{2}/\d{1,3}")
    changed = _seed(french, address, symbol, f"{symbol} du Conseil de sécurité")
    found = [(f.rule, f.severity.value, f.a) for f in parallel(english, changed).findings
             if f.rule == "parallel-organ"]
    assert found == [("parallel-organ", "warning", address)]


def test_command_line_json_and_exit_status(tmp_path: Path, capsys) -> None:
    english = CORPUS / "GA_75_100_en.txt"
    assert main(["parallel", "--format", "json", str(english), str(CORPUS / "GA_75_100_zh.txt")]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["languages"] == ["en", "zh"] and out["aligned"] == 28 and out["findings"] == []
    assert main(["parallel", "--format", "json", str(english), str(CORPUS / "GA_75_100_ru.txt")]) == 1
    finding = json.loads(capsys.readouterr().out)["findings"][0]
    assert finding == {"rule": "parallel-date", "severity": "error", "a": "PP2", "b": "PP2",
                       "message": finding["message"]}
    assert main(["parallel", str(english), str(tmp_path / "missing.txt")]) == 2
    assert "missing.txt" in capsys.readouterr().err


@pytest.mark.parametrize("pair", SEEDED, ids=lambda pair: pair[1].rsplit("_", 1)[1])
def test_a_changed_day_of_a_date_is_an_error_at_its_paragraph(versions, pair: tuple[str, str]) -> None:
    """"25 September 2015" as "26 September 2015" in one version: the day of a date, in
    whatever form the language writes it, found at the paragraph in both versions."""
    english, other = versions[pair[0]], versions[pair[1]]
    language = other.meta.language
    for paragraph in other.paragraphs:
        dates = facts_of(paragraph, language).dates
        days = [d.rsplit("-", 1)[1] for d in dates if re.fullmatch(r"\d{4}-\d\d-\d\d", d)]
        written = [m for day in days for m in re.finditer(rf"(?<![\d/]){int(day)}(?![\d/])", paragraph.text)]
        if written:
            break
    else:
        raise AssertionError("no dated paragraph")
    day = written[0]
    changed = copy.deepcopy(other)
    target = changed.find(paragraph.address)
    target.text = target.text[: day.start()] + str(int(day.group(0)) % 28 + 1) + target.text[day.end() :]
    errors = {(f.rule, f.a, f.b) for f in parallel(english, changed).findings if f.severity.value == "error"}
    assert ("parallel-date", paragraph.address, paragraph.address) in errors


def test_a_heading_missing_in_one_version_is_a_warning(versions) -> None:
    """A heading is unnumbered: versions split, join and read headings differently, so one
    present on one side only is likely, not certainly, a slip."""
    english, french = versions["GA_76_72_en"], versions["GA_76_72_fr"]
    headings = [i for i, p in enumerate(french.paragraphs) if p.kind.value == "heading"]
    index = headings[len(headings) // 2]
    without = copy.deepcopy(french)
    del without.paragraphs[index]
    assign_addresses(without.paragraphs)
    report = parallel(english, without)
    missing = [(f.rule, f.severity.value, f.a) for f in report.findings
               if f.rule.startswith("parallel-missing")]
    assert missing == [("parallel-missing-heading", "warning", english.paragraphs[index].address)]
