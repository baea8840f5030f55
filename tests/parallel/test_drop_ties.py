"""A paragraph or heading dropped among neighbours that look alike, in official texts of
shared/corpus: the finding names the dropped paragraph's own address, whichever version
lost it, and a dropped heading is reported unless the other version gives it on one line
with the heading beside it."""

from __future__ import annotations

import copy

import pytest

import drafter
from drafter.core.model import Resolution, assign_addresses
from drafter.parallel import parallel
from drafter.parallel.similarity import _related
from support.corpus import CORPUS, TRAIN, load_tool


def _read(name: str) -> Resolution:
    path = CORPUS / f"{name}.txt"
    if not path.is_file():
        pytest.skip("corpus not present")
    return drafter.read(path)


def _without(resolution: Resolution, address: str) -> Resolution:
    """The version with one paragraph left out, the later ones renumbered."""
    cut = copy.deepcopy(resolution)
    cut.paragraphs = [p for p in cut.paragraphs if p.address != address]
    assign_addresses(cut.paragraphs)
    return cut


def _missing(report) -> list[tuple[str, str | None, str | None, str]]:
    return [(f.rule, f.a, f.b, f.severity.value) for f in report.findings
            if f.rule.startswith("parallel-missing")]


# Preambular paragraphs opening like their neighbours ("Recalling" beside "Recalling also",
# "Noting" beside "Noting also"), where only content tells the two apart.
@pytest.mark.parametrize("language", ["ar", "zh", "ru"])
@pytest.mark.parametrize("address", ["PP5", "PP14", "PP15", "PP20", "OP5"])
def test_a_paragraph_dropped_among_alike_neighbours_is_named_in_both_versions(language: str,
                                                                             address: str) -> None:
    english, other = _read("GA_75_100_en"), _read(f"GA_75_100_{language}")
    assert [p.address for p in english.paragraphs] == [p.address for p in other.paragraphs]
    dropped_there = parallel(english, _without(other, address))
    assert _missing(dropped_there) == [("parallel-missing-paragraph", address, None, "error")]
    dropped_here = parallel(_without(english, address), other)
    assert _missing(dropped_here) == [("parallel-missing-paragraph", None, address, "error")]


def test_openers_the_lexicons_name_apart_but_official_texts_translate_alike_are_related() -> None:
    assert _related(frozenset({"mindful"}), frozenset({"bearing"})) > 0
    assert _related(frozenset({"bearing"}), frozenset({"mindful"})) > 0  # either version first
    assert _related(frozenset({"emphasizes"}), frozenset({"affirms", "stresses"})) > 0
    assert _related(frozenset({"decides"}), frozenset({"welcomes"})) is None


def _with_part_line(resolution: Resolution, line: str, joined: bool = False) -> Resolution:
    """The version with a part number on its own line before its first heading ("Part I" /
    "Implementation of the Convention …"), or on the heading's line (``joined``)."""
    changed = copy.deepcopy(resolution)
    index = next(k for k, p in enumerate(changed.paragraphs) if p.kind.value == "heading")
    heading = changed.paragraphs[index]
    if joined:
        heading.text = f"{line} {heading.text}"
    else:
        number = copy.deepcopy(heading)
        number.text = line
        changed.paragraphs.insert(index, number)
    assign_addresses(changed.paragraphs)
    return changed


def test_a_dropped_heading_beside_a_paired_heading_is_reported() -> None:
    english = _with_part_line(_read("GA_76_72_en"), "Part I")
    french = _with_part_line(_read("GA_76_72_fr"), "Titre I")
    assert not _missing(parallel(english, french))
    title = english.paragraphs[[p.text for p in english.paragraphs].index("Part I") + 1].address
    report = parallel(english, _without(french, title))
    assert _missing(report) == [("parallel-missing-heading", title, None, "warning")]


def test_a_heading_the_other_version_gives_on_one_line_is_not_missing() -> None:
    english = _with_part_line(_read("GA_76_72_en"), "Part I")
    french = _with_part_line(_read("GA_76_72_fr"), "Titre I", joined=True)
    assert not _missing(parallel(english, french))


# Official pairs of shared/train where the dropped paragraph's neighbour competed for its
# partner: the openers the lexicons name apart ("Emphasizes" / "affirms, stresses",
# "Re-emphasizing" / "emphasizing", "Reiterating" / "reaffirming", "Recognizing" /
# "noting, determining") and a line more in one version just before the drop (GA_75_55).
@pytest.mark.parametrize(("name", "language", "address"), [
    ("GA_75_11", "ar", "OP3"), ("GA_75_238", "ar", "PP32"), ("GA_75_44", "zh", "PP6"),
    ("GA_75_59", "fr", "PP11"), ("GA_75_55", "ar", "OP3(b)")])
def test_a_dropped_paragraph_lands_on_its_own_address_in_official_pairs(name: str, language: str,
                                                                         address: str) -> None:
    if not (TRAIN / "akn-parallel.tar.xz").is_file():
        pytest.skip("training corpus not present")
    root = load_tool("train_breadth").unpacked()
    files = load_tool("name_parallel_differences").resolution_files()[name]
    english, other = drafter.read(root / files["en"]), drafter.read(root / files[language])
    partner = next(b for a, b in parallel(english, other).pairs if a == address)
    report = parallel(english, _without(other, partner))
    assert ("parallel-missing-paragraph", address, None, "error") in _missing(report)
