"""Whose text it is, from its symbol: organ and Main Committee are data
(resources/citations/symbols.json organ_by_symbol_start, resources/languages main_committees),
and a committee's draft names its committee in the text's own language."""

from __future__ import annotations

import pytest

from drafter.core.lexicon import LANGUAGES, language_settings
from drafter.core.model import DocumentStatus, Organ
from drafter.core.symbol_shapes import organ_of_symbol
from drafter.formats.text.reader import parse_text


@pytest.mark.parametrize(
    ("symbol", "expected"),
    [
        ("A/C.3/76/L.12", ("GA_COMMITTEE", "3")),
        ("A/C.5/75/L.40/Rev.1", ("GA_COMMITTEE", "5")),
        ("A/HRC/RES/6/15", ("HRC", None)),
        ("A/HRC/49/L.1", ("HRC", None)),
        ("A/RES/70/1", ("GA", None)),
        ("A/76/L.5", ("GA", None)),
        ("S/RES/1454 (2002)", ("SC", None)),
        ("E/RES/2018/5", ("ECOSOC", None)),
        ("E/2022/L.3", ("ECOSOC", None)),
        ("SPLOS/303", None),
    ],
)
def test_organ_of_a_symbol(symbol: str, expected: tuple[str, str | None] | None) -> None:
    assert organ_of_symbol(symbol) == expected


def test_every_language_names_the_six_main_committees() -> None:
    for language in LANGUAGES:
        names = language_settings(language)["main_committees"]
        assert sorted(names) == ["1", "2", "3", "4", "5", "6"], language
        assert len(set(names.values())) == 6, language


FRENCH_DRAFT = """Nations Unies
A/C.3/76/L.12
Assemblée générale
Distr. limitée
1er novembre 2021
Français
Original : anglais

Soixante-seizième session
Point 28 de l’ordre du jour

Promotion des femmes

L’Assemblée générale,

Rappelant ses résolutions antérieures sur la question,

1. Prie le Secrétaire général de lui présenter un rapport;

2. Décide de poursuivre l’examen de la question.
"""


def test_a_french_committee_draft_names_its_committee_in_french() -> None:
    meta = parse_text(FRENCH_DRAFT, "fr").meta
    assert meta.status is DocumentStatus.DRAFT and meta.organ is Organ.GA_COMMITTEE
    assert meta.committee == "Troisième Commission"


def test_a_chinese_committee_draft_names_its_committee_in_chinese() -> None:
    text = (
        "联合国\nA/C.5/75/L.40\n大会\nDistr.: Limited\n\n第七十五届会议\n议程项目 138\n\n"
        "大会，\n\n回顾其各项决议，\n\n1. 决定继续审议该问题。\n"
    )
    meta = parse_text(text, "zh").meta
    assert meta.organ is Organ.GA_COMMITTEE and meta.committee == "第五委员会"
