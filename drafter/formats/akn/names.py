"""The Akoma Ntoso 3.0 namespace and the parts of the vocabulary Drafter relies on.

Reader and writer share these names so that what one writes the other reads.
"""

from __future__ import annotations

from lxml import etree

AKN_NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
NSMAP = {None: AKN_NS}

# Document types a UN resolution is marked up as (AKN4UN uses <statement name="resolution">).
RESOLUTION_TYPES = frozenset({"statement"})
# The other Akoma Ntoso document types, named in the refusal message.
OTHER_TYPES = frozenset({
    "act", "bill", "amendment", "amendmentList", "judgment", "debate", "debateReport",
    "officialGazette", "documentCollection", "portion", "doc",
})

# Drafter language codes and the ISO 639-2 codes of FRBRlanguage (as in the UN's files).
ISO_639_2 = {"en": "eng", "fr": "fra", "es": "spa", "ru": "rus", "ar": "ara", "zh": "zho"}
FROM_ISO_639_2 = {value: key for key, value in ISO_639_2.items()}


def akn(name: str) -> str:
    """The Clark name of an Akoma Ntoso element: ``{namespace}name``."""
    return f"{{{AKN_NS}}}{name}"


def local(element: etree._Element) -> str:
    """An element's name without its namespace ("" for comments and processing instructions)."""
    tag = element.tag
    if not isinstance(tag, str):
        return ""
    return tag.rpartition("}")[2]
