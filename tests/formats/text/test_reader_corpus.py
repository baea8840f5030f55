"""Real texts across languages: the same resolution reads the same in every language.

The corpus holds several resolutions in two to six languages, rendered from the
same XML. Paragraph addresses and the footnote marks found in each paragraph must
then agree across languages — a strong check that paragraph recovery and mark
detection do not depend on one language's typography. Known gaps are listed with
their reason.
"""

from __future__ import annotations

from functools import cache

import pytest

from drafter.core.model import Resolution
from drafter.formats.text.reader import read_text_file
from support.corpus import CORPUS

GROUPS = {
    "GA_75_100": ["en", "fr", "es", "ru", "ar", "zh"],
    "GA_76_71": ["en", "fr", "zh"],
    "GA_76_72": ["en", "fr", "es"],
    "GA_76_112": ["en", "fr"],
    "GA_76_203": ["en", "fr"],
    "GA_77_335": ["en", "fr"],
    "ECOSOC_2021_7": ["en", "fr", "es"],
    "ECOSOC_2022_3": ["en", "fr"],
    "ECOSOC_2022_17": ["en", "fr"],
    "ECOSOC_2023_1": ["en", "fr"],
}
# (file, address): why the marks differ from the English text there.
KNOWN_GAPS = {
    ("GA_76_72_es.txt", "OP129"): "marks 68 and 69 glued to numbers in a way no rule separates",
    ("GA_76_72_fr.txt", "OP129"): "mark 68 glued to a number in a way no rule separates",
    ("GA_76_71_fr.txt", "OP211"): "mark 36 glued to a number in a way no rule separates",
    ("GA_76_71_zh.txt", "PP70"): "the English (and French) glue mark 13 to 'decision VII/11' ('VII/1113'), "
    "which no rule separates; the Chinese has it after a word ('第VII/11号决定13') and is read right",
}


@cache
def _read(name: str) -> Resolution:
    return read_text_file(CORPUS / name)


def _marks(resolution: Resolution) -> dict[str, tuple[int, ...]]:
    return {p.address: tuple(r.number for r in p.footnote_refs) for p in resolution.paragraphs}


@pytest.mark.parametrize(
    ("group", "language"),
    [(g, lang) for g, langs in GROUPS.items() for lang in langs[1:]],
    ids=lambda value: str(value),
)
def test_same_structure_and_marks_as_english(group: str, language: str) -> None:
    if not CORPUS.is_dir():
        pytest.skip("shared corpus not present")
    english = _read(f"{group}_en.txt")
    other_name = f"{group}_{language}.txt"
    other = _read(other_name)
    assert [(p.address, p.kind) for p in other.paragraphs] == [
        (p.address, p.kind) for p in english.paragraphs
    ]
    expected, found = _marks(english), _marks(other)
    differing = {
        address for address in expected
        if expected[address] != found[address] and (other_name, address) not in KNOWN_GAPS
    }
    assert not differing, {a: (expected[a], found[a]) for a in sorted(differing)}


def test_every_footnote_of_the_oceans_omnibus_is_marked() -> None:
    if not CORPUS.is_dir():
        pytest.skip("shared corpus not present")
    for name in ("GA_76_72_en.txt", "GA_78_69_en.txt", "GA_72_73_en.txt"):
        resolution = _read(name)
        marked = [r.number for p in resolution.paragraphs for r in p.footnote_refs]
        assert marked == sorted(f.number for f in resolution.footnotes), name
