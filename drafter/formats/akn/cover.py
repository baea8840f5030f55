"""The cover page and preface of a written AKN file, from the model's metadata.

The lines are those of the UN's rendered cover (United Nations, symbol, organ,
distribution, date, session, agenda item and title, "Resolution adopted by …", the
basis line) and ``76/72. Title`` in the preface, each in the inline element the
UN's files use (``docNumber``, ``docAuthority``, ``docStatus``, ``docDate``,
``session``, ``docTitle``, ``docProponent``), so that reading the file back recovers
the same metadata. The per-language wording is the Word export's
(``resources/export/<lang>.json``).
"""

from __future__ import annotations

import re

from lxml import etree

from drafter.core.lexicon import language_settings
from drafter.core.model import DocumentStatus, Metadata, Organ
from drafter.core.printed import export_strings, sponsor_line
from drafter.formats.akn.dates import parse_date
from drafter.formats.akn.inline import append_text, xml_text
from drafter.formats.akn.names import akn


def _line(cover: etree._Element, element: str | None, text: str, /, **attributes: str) -> None:
    """One cover line: a <p>, with its words inside the inline element ``name``."""
    p = etree.SubElement(cover, akn("p"))
    attributes = {name: xml_text(value) for name, value in attributes.items()}
    target = etree.SubElement(p, akn(element), attributes) if element else p
    append_text(target, text)


def _organ_name(meta: Metadata) -> str:
    try:
        names = language_settings(meta.language)["organ_names"]
    except (FileNotFoundError, KeyError):
        names = language_settings("en")["organ_names"]
    return names.get(meta.organ.formula_key, "")


def _adoption_lines(meta: Metadata, strings: dict) -> list[str]:
    adopted = meta.status is DocumentStatus.ADOPTED
    if meta.organ is Organ.SC:
        lines = [strings["sc_resolution"].format(number=meta.number)] if adopted and meta.number else []
        meeting = meta.meeting.strip().rstrip(".").strip()
        if adopted and meta.adoption_date:
            if re.match(strings["sc_meeting_form"], meeting):
                lines.append(strings["sc_adopted"].format(meeting=meeting, date=meta.adoption_date))
            else:
                lines.append(strings["sc_of_date"].format(date=meta.adoption_date))
        return lines
    if not (adopted or meta.adoption_date):
        return []
    table = strings["adoption_line"] if meta.adoption_date else strings["adoption_line_undated"]
    return [table.get(meta.organ.value, table["GA"]).format(date=meta.adoption_date)]


def cover_page(statement: etree._Element, meta: Metadata) -> None:
    """The <coverPage> of the document (always present: the UN's files always have one)."""
    strings = export_strings(meta.language or "en")
    cover = etree.SubElement(statement, akn("coverPage"), {"eId": "coverPage_1"})
    _line(cover, "docAuthority", strings["united_nations"], refersTo="#publisher")
    if meta.symbol:
        _line(cover, "docNumber", meta.symbol, refersTo="#symbol")
    if meta.organ is not Organ.SC and _organ_name(meta):
        _line(cover, "docAuthority", _organ_name(meta), refersTo="#issuingBody")
    if meta.distribution:
        text = strings["distribution"].get(meta.distribution, f"Distr.: {meta.distribution}")
        _line(cover, "docStatus", text, refersTo="#distribution")
    if meta.date:
        issued = parse_date(meta.date)  # docDate needs an ISO date; a date Drafter cannot read stays words
        if issued is not None:
            _line(cover, "docDate", meta.date, refersTo="#dateOfIssuance", date=issued.isoformat())
        else:
            _line(cover, None, meta.date)
    if meta.original_language:
        _line(cover, "inline", strings["original"].format(language=meta.original_language),
              name="originalLanguage")
    if meta.session:
        _line(cover, "session", meta.session, value=meta.session)
    if meta.committee and meta.status is not DocumentStatus.ADOPTED:
        _line(cover, "docCommittee", meta.committee)
    if meta.agenda_item:
        item = meta.agenda_item
        text = strings["agenda_item"].format(item=item) if re.match(r"^\d", item) else item
        _line(cover, "inline", text, name="agenda item", title=item)
    if meta.agenda_title:
        _line(cover, "inline", meta.agenda_title, name="agenda item name")
    for line in _adoption_lines(meta, strings):
        _line(cover, "docTitle", line)
    if meta.adoption_basis:
        _line(cover, "docProponent", meta.adoption_basis)
    if sponsor_line(meta, strings):
        _line(cover, "docProponent", sponsor_line(meta, strings), refersTo="#sponsors")


def preface(statement: etree._Element, meta: Metadata) -> None:
    """The <preface>: "76/72." and the title, when the model has them."""
    number = meta.number if meta.organ is not Organ.SC else ""
    if not (number or meta.title):
        return
    p = etree.SubElement(etree.SubElement(statement, akn("preface")), akn("p"))
    if number:
        append_text(etree.SubElement(p, akn("docNumber")), f"{number}.")
    if meta.title:
        title = etree.SubElement(p, akn("docTitle"), {"refersTo": "#resolutionTitle"})
        if number:
            p[-2].tail = " "
        append_text(title, meta.title)
