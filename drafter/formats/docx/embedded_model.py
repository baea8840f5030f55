"""Drafter's own copy of the model inside a Word file it saved.

A UN-layout Word file cannot say everything the editor knows: which paragraph is
an unnumbered clause or a preambular item, suppressed diagnostics, the
document-level rule switches, metadata with no place on the page. When Drafter
saves, it writes a normal Word file and adds one Custom XML part
(``customXml/drafterModel.xml``, referenced from the document part, a mechanism
Word keeps through its own saves) holding the model as JSON plus a fingerprint
of the paragraph texts. On reopening, the embedded model is used only if the
visible text still has the same fingerprint; if someone edited the file in Word,
the text wins and only the document-level settings are carried over.
"""

from __future__ import annotations

import hashlib
import re
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from lxml import etree

from drafter.core import model_json
from drafter.core.model import Resolution
from drafter.formats.docx.namespaces import CUSTOM_XML_RELATIONSHIP

PART_NAME = "customXml/drafterModel.xml"
NAMESPACE = "urn:drafter:model:1"
_REL_TYPE = CUSTOM_XML_RELATIONSHIP
_MAX_PART = 20 * 1024 * 1024


def fingerprint(resolution: Resolution) -> str:
    """Hash of the texts (whitespace folded): what editing the file in Word would change."""
    digest = hashlib.sha256()
    for paragraph in resolution.paragraphs:
        digest.update(re.sub(r"\s+", " ", paragraph.text).strip().encode("utf-8"))
        digest.update(b"\x00")
    for footnote in resolution.footnotes:
        digest.update(re.sub(r"\s+", " ", footnote.text).strip().encode("utf-8"))
        digest.update(b"\x01")
    # Closing lines, annexes and table cells too: an annex edited in Word must win as well.
    others = [*resolution.closing]
    others += [text for annex in resolution.annexes for text in (annex.title, *annex.paragraphs)]
    others += [cell for table in resolution.tables for row in table.rows for cell in row]
    for text in others:
        digest.update(re.sub(r"\s+", " ", text).strip().encode("utf-8"))
        digest.update(b"\x02")
    return digest.hexdigest()


def embed_model(path: str | Path, resolution: Resolution) -> None:
    """Add (or replace) the embedded model in an existing .docx, in place."""
    source = Path(path)
    payload = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<model xmlns="{NAMESPACE}" fingerprint="{fingerprint(resolution)}">'
        f"{escape(model_json.dumps(resolution))}</model>"
    ).encode()
    with zipfile.ZipFile(source) as archive:
        items = [(info, archive.read(info.filename)) for info in archive.infolist()]
    names = {info.filename for info, _ in items}
    rebuilt = []
    for info, data in items:
        if info.filename == PART_NAME:
            continue
        if info.filename == "[Content_Types].xml":
            data = _with_content_type(data)
        elif info.filename == "word/_rels/document.xml.rels" and PART_NAME not in names:
            data = _with_relationship(data)
        rebuilt.append((info, data))
    rebuilt.append((zipfile.ZipInfo(PART_NAME), payload))
    temporary = source.with_name(source.name + ".embed")
    with zipfile.ZipFile(temporary, "w", zipfile.ZIP_DEFLATED) as archive:
        for info, data in rebuilt:
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)
    temporary.replace(source)


def extract_model(path: str | Path) -> tuple[Resolution, str] | None:
    """The embedded model and its fingerprint, or None (absent or unusable)."""
    try:
        with zipfile.ZipFile(path) as archive:
            info = archive.getinfo(PART_NAME)
            if info.file_size > _MAX_PART:
                return None
            data = archive.read(info)
        parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
        root = etree.fromstring(data, parser)
        return model_json.loads(root.text or ""), root.get("fingerprint", "")
    except (KeyError, OSError, zipfile.BadZipFile, etree.XMLSyntaxError, ValueError):
        return None


def apply_embedded(path: str | Path, recovered: Resolution) -> Resolution:
    """Prefer the embedded model when the file's text is unchanged since Drafter saved it."""
    found = extract_model(path)
    if found is None:
        return recovered
    embedded, stored_fingerprint = found
    if stored_fingerprint == fingerprint(recovered):
        return embedded
    recovered.meta.disabled_rules = list(embedded.meta.disabled_rules)
    recovered.ignored = list(embedded.ignored)
    return recovered


def _with_content_type(data: bytes) -> bytes:
    text = data.decode("utf-8")
    if 'Extension="xml"' in text or f'PartName="/{PART_NAME}"' in text:
        return data
    return text.replace(
        "</Types>", '<Default Extension="xml" ContentType="application/xml"/></Types>'
    ).encode("utf-8")


def _with_relationship(data: bytes) -> bytes:
    text = data.decode("utf-8")
    ids = {int(n) for n in re.findall(r'Id="rId(\d+)"', text)}
    new_id = f"rId{max(ids, default=0) + 1}"
    relationship = f'<Relationship Id="{new_id}" Type="{_REL_TYPE}" Target="../{PART_NAME}"/>'
    return text.replace("</Relationships>", relationship + "</Relationships>").encode("utf-8")
