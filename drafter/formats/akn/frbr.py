"""FRBR identifiers (work, expression, manifestation) built as the UN's AKN4UN files build them.

The UN's files (../shared/corpus/source_xml/) name a resolution
``/akn/un/statement/deliberation/<body>/<adoption date>/<number>/`` — body ``unga`` or
``unecosoc``, the number with "/" as "-" (``76-72``, ``2023-1``) — then the
expression adds the ISO 639-2 language (``eng@``) and the manifestation the format
(``eng@.xml``). Security Council and Human Rights Council files are not in the
corpus: ``unsc`` and ``unhrc`` follow the same pattern but are unverified. A draft
has no resolution number: its symbol stands in for it (``a-c.3-80-l.10``).
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from drafter.core.model import Metadata, Organ
from drafter.formats.akn.dates import parse_date
from drafter.formats.akn.names import ISO_639_2

BODY = {Organ.GA: "unga", Organ.GA_COMMITTEE: "unga", Organ.ECOSOC: "unecosoc",
        Organ.SC: "unsc", Organ.HRC: "unhrc"}
# The eId of the organ's TLCOrganization, which FRBRauthor/@href names (UN: "ga", "ecosoc").
AUTHOR = {Organ.GA: "ga", Organ.GA_COMMITTEE: "ga", Organ.ECOSOC: "ecosoc", Organ.SC: "sc",
          Organ.HRC: "hrc"}


@dataclass(frozen=True)
class Identifiers:
    """The three FRBR levels' ``FRBRthis``/``FRBRuri`` values and their dates."""

    work_this: str
    work_uri: str
    expression_this: str
    expression_uri: str
    manifestation_this: str
    manifestation_uri: str
    adoption: datetime.date
    publication: datetime.date
    markup: datetime.date
    language: str  # ISO 639-2, "eng"


def _component(text: str) -> str:
    """A URI component from a number or symbol: "76/72" -> "76-72", "2231 (2015)" -> "2231-2015"."""
    return re.sub(r"[^\w.]+", "-", text.strip()).strip("-").lower() or "draft"


def identifiers(meta: Metadata, today: datetime.date) -> Identifiers:
    """The FRBR identifiers of a resolution; dates missing from the model fall back in
    turn to the issue date and to ``today``."""
    adoption = parse_date(meta.adoption_date) or parse_date(meta.date) or today
    publication = parse_date(meta.date) or adoption
    language = ISO_639_2.get(meta.language, meta.language or "eng")
    number = _component(meta.number or meta.symbol)
    work = f"/akn/un/statement/deliberation/{BODY[meta.organ]}/{adoption.isoformat()}/{number}/"
    return Identifiers(
        work_this=f"{work}!main/",
        work_uri=work,
        expression_this=f"{work}{language}@!main/",
        expression_uri=f"{work}{language}@/",
        manifestation_this=f"{work}{language}@/!main.xml",
        manifestation_uri=f"{work}{language}@.xml",
        adoption=adoption,
        publication=publication,
        markup=today,
        language=language,
    )
