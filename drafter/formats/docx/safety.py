"""Open a Word package without trusting it.

Drafters open files that arrive by e-mail, so a .docx is treated as hostile input:
its size, the number of zip entries, each part's uncompressed size and
compression ratio are capped, parts are read through a size-limited stream (the
sizes a zip declares can lie), and XML is parsed with entity expansion, network
access, DTDs and huge trees all refused. Every failure becomes one
:class:`UnreadableFileError` with a one-line reason, never a traceback or a hang.
"""

from __future__ import annotations

import posixpath
import zipfile
import zlib
from pathlib import Path
from typing import IO

from lxml import etree

from drafter.errors import UnreadableFileError, too_large

MAX_FILE_BYTES = 50 * 1024 * 1024  # a resolution is a few hundred KB; 50 MB is generous
MAX_PART_BYTES = 32 * 1024 * 1024  # uncompressed size of any one XML part (omnibus texts: ~0.5 MB)
MAX_TOTAL_BYTES = 160 * 1024 * 1024  # uncompressed bytes read from one package
MAX_RATIO = 200  # uncompressed / compressed, checked for parts above RATIO_FLOOR
RATIO_FLOOR = 4 * 1024 * 1024
MAX_ENTRIES = 5000
_CHUNK = 1 << 16

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# Stream names of an encrypted OOXML package (MS-OFFCRYPTO) in the OLE directory (UTF-16LE).
_ENCRYPTION_MARKERS = ("EncryptionInfo".encode("utf-16-le"), "EncryptedPackage".encode("utf-16-le"))
_ZIP_ERRORS = (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, NotImplementedError,
               RuntimeError, KeyError, IndexError, OverflowError)
_MAIN_DOCUMENT_SUFFIX = "/officeDocument"
_XML_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False,
    dtd_validation=False, remove_comments=True, remove_pis=True,
)


def _check_header(path: Path, head: bytes, size: int) -> None:
    """Recognise what the file is from its first bytes, before any unzipping."""
    if size == 0:
        raise UnreadableFileError(path, "the file is empty (0 bytes)")
    if head.startswith(OLE_MAGIC):
        data = path.read_bytes()
        if any(marker in data for marker in _ENCRYPTION_MARKERS):
            raise UnreadableFileError(
                path, "the Word file is password-protected (encrypted); remove the password and save again"
            )
        raise UnreadableFileError(
            path, "this is a legacy Word 97-2003 .doc file; open it in Word and save it as .docx"
        )
    if head.lstrip().startswith(b"{\\rtf"):
        raise UnreadableFileError(path, "this is an RTF file, not a Word .docx; save it as .docx")
    if not head.startswith(b"PK"):
        raise UnreadableFileError(path, "not a Word .docx file (it is not a zip package)")


class DocxPackage:
    """A validated, size-bounded view of the parts of one Word package."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._read_total = 0
        self._rels_cache: dict[str, dict[str, tuple[str, str]]] = {}
        try:
            size = self.path.stat().st_size
            with self.path.open("rb") as handle:
                head = handle.read(16)
        except OSError as error:
            raise UnreadableFileError(self.path, f"cannot be opened ({error.strerror or error})") from None
        if size > MAX_FILE_BYTES:
            raise UnreadableFileError(self.path, too_large(size, MAX_FILE_BYTES))
        _check_header(self.path, head, size)
        try:
            self._zip = zipfile.ZipFile(self.path)
            infos = self._zip.infolist()
        except _ZIP_ERRORS:
            raise UnreadableFileError(self.path, "damaged Word file (unreadable zip package)") from None
        if len(infos) > MAX_ENTRIES:
            raise UnreadableFileError(self.path, f"not a Word file (the package has {len(infos)} entries)")
        # OPC part names are case-insensitive; keep the first spelling of each.
        self._infos: dict[str, zipfile.ZipInfo] = {}
        for info in infos:
            self._infos.setdefault(info.filename.lstrip("/").lower(), info)
        self.main_part = self._find_main_part()

    # --- context manager -------------------------------------------------------
    def close(self) -> None:
        self._zip.close()

    def __enter__(self) -> DocxPackage:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- parts -----------------------------------------------------------------
    def has(self, name: str) -> bool:
        return name.lstrip("/").lower() in self._infos

    def read(self, name: str) -> bytes:
        """The bytes of one part, refusing anything that decompresses beyond the caps."""
        info = self._infos.get(name.lstrip("/").lower())
        if info is None:
            raise UnreadableFileError(self.path, f"damaged Word file ({name} is missing)")
        if info.flag_bits & 0x1:
            raise UnreadableFileError(self.path, "the Word file is password-protected (encrypted zip)")
        declared = info.file_size
        if declared > MAX_PART_BYTES or (
            declared > RATIO_FLOOR and declared > MAX_RATIO * max(1, info.compress_size)
        ):
            raise self._bomb(name)
        try:
            with self._zip.open(info) as stream:
                data = self._bounded_read(stream, name, info.compress_size)
        except UnreadableFileError:
            raise
        except _ZIP_ERRORS:
            raise UnreadableFileError(self.path, f"damaged Word file ({name} cannot be unzipped)") from None
        return data

    def _bomb(self, name: str) -> UnreadableFileError:
        return UnreadableFileError(self.path, f"refused: {name} decompresses to an unsafe size (zip bomb?)")

    def _bounded_read(self, stream: IO[bytes], name: str, compressed: int) -> bytes:
        chunks: list[bytes] = []
        total = 0
        while True:
            chunk = stream.read(_CHUNK)
            if not chunk:
                break
            total += len(chunk)
            self._read_total += len(chunk)
            too_big = total > MAX_PART_BYTES or self._read_total > MAX_TOTAL_BYTES
            if too_big or (total > RATIO_FLOOR and total > MAX_RATIO * max(1, compressed)):
                raise self._bomb(name)
            chunks.append(chunk)
        return b"".join(chunks)

    def xml(self, name: str) -> etree._Element:
        """Parse one XML part safely (no DTD, no entities, no network, bounded size)."""
        data = self.read(name)
        return parse_xml_bytes(data, self.path, name)

    def optional_xml(self, name: str | None) -> etree._Element | None:
        if not name or not self.has(name):
            return None
        return self.xml(name)

    # --- relationships -----------------------------------------------------------
    def relationships(self, part: str) -> dict[str, tuple[str, str]]:
        """Relationship id -> (type, target part name) for an internal part's relationships."""
        if part not in self._rels_cache:
            self._rels_cache[part] = self._read_relationships(part)
        return self._rels_cache[part]

    def _read_relationships(self, part: str) -> dict[str, tuple[str, str]]:
        folder, base = posixpath.split(part.lstrip("/"))
        rels_name = posixpath.join(folder, "_rels", base + ".rels")
        root = self.optional_xml(rels_name)
        out: dict[str, tuple[str, str]] = {}
        if root is None:
            return out
        for rel in root:
            if not isinstance(rel.tag, str) or not rel.tag.endswith("Relationship"):
                continue
            if rel.get("TargetMode") == "External":
                continue
            target = rel.get("Target") or ""
            if target.startswith("/"):
                resolved = target.lstrip("/")
            else:
                resolved = posixpath.normpath(posixpath.join(folder, target))
            out[rel.get("Id") or ""] = (rel.get("Type") or "", resolved)
        return out

    def related(self, part: str, type_suffix: str) -> str | None:
        """The first part related to ``part`` by a relationship type ending in ``type_suffix``."""
        for rel_type, target in self.relationships(part).values():
            if rel_type.endswith(type_suffix):
                return target
        return None

    def _find_main_part(self) -> str:
        try:
            main = self.related("", _MAIN_DOCUMENT_SUFFIX)
        except UnreadableFileError:
            main = None
        if main and self.has(main):
            return main
        if self.has("word/document.xml"):
            return "word/document.xml"
        raise UnreadableFileError(self.path, "not a Word document (the package has no word/document.xml)")


def parse_xml_bytes(data: bytes, path: str | Path, name: str) -> etree._Element:
    """Parse XML bytes of a part, refusing DTDs (the vehicle of entity-expansion attacks)."""
    head = data[:4096].lower()
    if b"<!doctype" in head or b"<!entity" in head or b"<\x00!\x00d\x00o\x00c\x00" in head:
        raise UnreadableFileError(path, f"refused: {name} declares a DTD or entities (unsafe XML)")
    try:
        root = etree.fromstring(data, _XML_PARSER)
    except etree.XMLSyntaxError as error:
        line = getattr(error, "lineno", None)
        where = f" at line {line}" if line else ""
        raise UnreadableFileError(path, f"damaged Word file ({name} is not well-formed XML{where})") from None
    except (ValueError, MemoryError):
        raise UnreadableFileError(path, f"damaged Word file ({name} cannot be parsed)") from None
    if root is None:
        raise UnreadableFileError(path, f"damaged Word file ({name} is empty)")
    if root.getroottree().docinfo.internalDTD is not None:
        raise UnreadableFileError(path, f"refused: {name} declares a DTD (unsafe XML)")
    return root
