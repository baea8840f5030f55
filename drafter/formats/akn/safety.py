"""Parse an Akoma Ntoso file without trusting it.

An XML file that arrives by e-mail is hostile input, as a Word file is
(:mod:`drafter.formats.docx.safety`): its size is capped, a document type
declaration (the carrier of entity expansion, "billion laughs" and external
entities) is refused before parsing, the parser resolves no entities, loads no DTD,
reaches no network and refuses huge trees, and the encoding must be what the file
declares. Every failure becomes one :class:`UnreadableFileError` line.
"""

from __future__ import annotations

import re
from pathlib import Path

from lxml import etree

from drafter.errors import UnreadableFileError
from drafter.formats.akn.names import AKN_NS, OTHER_TYPES, RESOLUTION_TYPES, local

MAX_FILE_BYTES = 20 * 1024 * 1024  # the largest omnibus resolution is under 0.5 MB
_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False,
    dtd_validation=False, remove_pis=True,
)
# A DOCTYPE or ENTITY declaration, in ASCII-compatible or UTF-16 encodings.
_DECLARATION = re.compile(
    rb"<\x00?!\x00?(?:D\x00?O\x00?C\x00?T\x00?Y\x00?P\x00?E|E\x00?N\x00?T\x00?I\x00?T\x00?Y)"
)


def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise UnreadableFileError(
                path, f"the file is too large ({size // (1024 * 1024)} MB; the limit is 20 MB)"
            )
        data = path.read_bytes()
    except OSError as error:
        raise UnreadableFileError(path, f"cannot be opened ({error.strerror or error})") from None
    if not data.strip():
        raise UnreadableFileError(path, "the file is empty")
    return data


def _reason(error: etree.XMLSyntaxError) -> str:
    message = str(error.msg or error).splitlines()[0]
    if any(word in message.lower() for word in ("encoding", "utf-8", "utf8", "char", "bytes")):
        return f"broken text encoding, not the encoding the XML declares ({message})"
    return f"not well-formed XML ({message})"


def parse_xml(path: str | Path) -> etree._Element:
    """The root element of an XML file, parsed safely (see the module's docstring)."""
    path = Path(path)
    data = _read_bytes(path)
    if _DECLARATION.search(data):
        raise UnreadableFileError(path, "refused: the XML declares a DTD or entities (entity expansion)")
    try:
        root = etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError as error:
        raise UnreadableFileError(path, _reason(error)) from None
    except (ValueError, MemoryError, RecursionError) as error:
        raise UnreadableFileError(path, f"refused: unreadable XML ({type(error).__name__})") from None
    tree = root.getroottree()
    if tree.docinfo.doctype:
        raise UnreadableFileError(path, "refused: the XML declares a DTD or entities (entity expansion)")
    return root


def resolution_element(root: etree._Element, path: str | Path) -> etree._Element:
    """The document element of an Akoma Ntoso resolution (``<statement>`` in AKN4UN).

    Anything else is refused in one line: XML that is not Akoma Ntoso, and Akoma
    Ntoso documents of another kind (an act, a bill, a judgment …).
    """
    if root.tag != f"{{{AKN_NS}}}akomaNtoso":
        namespace = etree.QName(root).namespace
        where = f" in namespace {namespace}" if namespace else ""
        raise UnreadableFileError(
            path, f"not an Akoma Ntoso 3.0 document (the root element is <{local(root)}>{where})"
        )
    documents = [child for child in root if local(child)]
    if not documents:
        raise UnreadableFileError(path, "an Akoma Ntoso file without a document in it")
    document = documents[0]
    kind = local(document)
    if kind in RESOLUTION_TYPES:
        return document
    if kind in OTHER_TYPES:
        name = document.get("name")
        described = f"{kind} ({name})" if name and name != kind else kind
        raise UnreadableFileError(
            path, f"an Akoma Ntoso {described}, not a UN resolution (AKN4UN marks those as <statement>)"
        )
    raise UnreadableFileError(path, f"an Akoma Ntoso file with an unknown document type <{kind}>")
