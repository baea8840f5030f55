"""Dates as the UN's texts write them, and the FRBR identifiers built from them."""

from __future__ import annotations

import datetime

import pytest

from drafter.core.model import DocumentStatus, Metadata, Organ
from drafter.formats.akn.dates import parse_date
from drafter.formats.akn.frbr import identifiers

D = datetime.date


@pytest.mark.parametrize(("text", "expected"), [
    ("25 July 2022", D(2022, 7, 25)),
    ("9\u00a0December 2021", D(2021, 12, 9)),
    ("1er\u00a0septembre 2023", D(2023, 9, 1)),
    ("8 de junio de 2021", D(2021, 6, 8)),
    ("10 декабря 2020 года", D(2020, 12, 10)),
    ("10 كانون الأول/ديسمبر 2020", D(2020, 12, 10)),
    ("2020年12月10日", D(2020, 12, 10)),
    ("Resolution adopted by the General Assembly on 17 December 2021", D(2021, 12, 17)),
    ("December 5, 2025", D(2025, 12, 5)),
    ("31 February 2021", None),
    ("the fifth of December", None),
])
def test_dates_in_six_languages(text: str, expected: datetime.date | None) -> None:
    assert parse_date(text) == expected


def test_identifiers_of_an_adopted_resolution() -> None:
    meta = Metadata(organ=Organ.ECOSOC, language="fr", number="2023/1", symbol="E/RES/2023/1",
                    adoption_date="25 juillet 2022", date="10 août 2022")
    ids = identifiers(meta, today=D(2026, 1, 15))
    work = "/akn/un/statement/deliberation/unecosoc/2022-07-25/2023-1/"
    assert ids.work_this == f"{work}!main/"
    assert ids.expression_uri == f"{work}fra@/"
    assert ids.manifestation_this == f"{work}fra@/!main.xml"
    assert (ids.publication, ids.markup) == (D(2022, 8, 10), D(2026, 1, 15))


def test_a_draft_is_named_by_its_symbol_and_dated_by_its_issue() -> None:
    meta = Metadata(organ=Organ.GA_COMMITTEE, language="en", symbol="A/C.3/80/L.10",
                    status=DocumentStatus.DRAFT, date="20 October 2025")
    ids = identifiers(meta, today=D(2026, 1, 15))
    assert ids.work_uri == "/akn/un/statement/deliberation/unga/2025-10-20/a-c.3-80-l.10/"
    assert ids.language == "eng"
