"""Read an Akoma Ntoso (AKN4UN) resolution into the same model as text and Word.

The file is parsed by :mod:`drafter.formats.akn.safety`, its document element is
rendered to blocks by :mod:`drafter.formats.akn.render` and handed to the structure
recovery shared by every reader. The markup then fills what recovery left empty:
the language from ``FRBRlanguage`` (when the caller did not give one), the symbol,
the issue date and the adoption date from ``docNumber``/``docDate``.
"""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from drafter.core.lexicon import LANGUAGES
from drafter.core.model import DocumentStatus, Metadata, Resolution
from drafter.errors import UnreadableFileError
from drafter.formats.akn.names import FROM_ISO_639_2, akn
from drafter.formats.akn.render import render
from drafter.formats.akn.safety import parse_xml, resolution_element
from drafter.parsing.blocks import SourceDocument
from drafter.parsing.recovery import recover_structure


def markup_language(document: etree._Element) -> str | None:
    """The document's language from FRBRExpression/FRBRlanguage ("fra" -> "fr"), if known."""
    path = "/".join(akn(name) for name in ("meta", "identification", "FRBRExpression", "FRBRlanguage"))
    found = document.find(path)
    code = found.get("language", "") if found is not None else ""
    language = FROM_ISO_639_2.get(code.strip().lower(), code.strip().lower()[:2])
    return language if language in LANGUAGES else None


def _text(element: etree._Element | None) -> str:
    return " ".join("".join(element.itertext()).split()) if element is not None else ""


_STATUS = {"resolution": DocumentStatus.ADOPTED, "draftResolution": DocumentStatus.DRAFT}


def _fill_metadata(meta: Metadata, document: etree._Element) -> None:
    """The status the document type names and the agenda title the markup names; symbol,
    session, agenda item and dates from the markup where the cover lines did not give them
    (their wording varies by language)."""
    meta.status = _STATUS.get(document.get("name", ""), meta.status)  # the markup says which
    cover = document.find(akn("coverPage"))
    if cover is not None:
        if not meta.symbol:
            meta.symbol = _text(cover.find(f".//{akn('docNumber')}[@refersTo='#symbol']"))
        if not meta.date:
            meta.date = _text(cover.find(f".//{akn('docDate')}[@refersTo='#dateOfIssuance']"))
        if not meta.session:
            meta.session = _text(cover.find(f".//{akn('session')}"))
        item = cover.find(f".//{akn('inline')}[@name='agenda item']")
        if not meta.agenda_item and item is not None:
            meta.agenda_item = " ".join((item.get("title") or "").split()) or _text(item)
        # The agenda title the markup names wins: in the cover lines an undated
        # "Resolution adopted …" line can read as more of it.
        named_title = _text(cover.find(f".//{akn('inline')}[@name='agenda item name']"))
        meta.agenda_title = named_title or meta.agenda_title
    conclusions = document.find(akn("conclusions"))
    if conclusions is not None and not meta.adoption_date:
        meta.adoption_date = _text(conclusions.find(f".//{akn('docDate')}"))


def read_akn_source(path: str | Path) -> tuple[SourceDocument, etree._Element]:
    """The blocks of an AKN file (what structure recovery receives) and its document element."""
    root = parse_xml(path)
    document = resolution_element(root, path)
    try:
        return render(document), document
    except (RecursionError, MemoryError):
        reason = "refused: the Akoma Ntoso file is nested too deeply or too large"
    except Exception as error:  # hostile input must never show a traceback
        reason = f"damaged or unsupported Akoma Ntoso content ({type(error).__name__})"
    raise UnreadableFileError(path, reason)


def read_akn(path: str | Path, language: str | None = None) -> Resolution:
    """Read an AKN4UN file into a :class:`Resolution` (language from the markup when None)."""
    source, document = read_akn_source(path)
    resolution = recover_structure(source, language or markup_language(document))
    _fill_metadata(resolution.meta, document)
    return resolution
