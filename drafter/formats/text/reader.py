"""Plain-text resolutions: decoding, refusing what is not text, and reading.

Texts come from XML renders, Word, PDF extraction (pdftotext, with or without
-layout), OCR and hand copies, in UTF-8, UTF-16 or a Windows code page. The reader
takes out what is not body text (:mod:`drafter.formats.text.lines`), recovers the
paragraphs (:mod:`drafter.formats.text.paragraphs`) and hands the blocks to the
structure recovery shared with the Word reader.
"""

from __future__ import annotations

import codecs
from pathlib import Path

from drafter.core.lexicon import LANGUAGES, detect_language, detect_script, script_of
from drafter.core.model import Resolution
from drafter.errors import PDF_NOT_READ, UnreadableFileError, too_large
from drafter.formats.text.lines import CleanText, clean_text
from drafter.formats.text.paragraphs import assemble_blocks
from drafter.parsing.blocks import SourceDocument
from drafter.parsing.language import evident_language, language_note
from drafter.parsing.recovery import recover_structure

MAX_BYTES = 20 * 1024 * 1024
_SAMPLE = 3000  # characters enough to tell the language (cover lines are partly English)


def split_text(
    text: str, language: str | None = None
) -> tuple[SourceDocument, CleanText, str]:
    """The blocks and footnotes of a text, what the cleaning found (pagination,
    asterisk footnotes), and the text's language (detected when not given)."""
    text = text.lstrip("\ufeff")
    given = language
    language = _language(text[:_SAMPLE], language)
    cleaned = clean_text(text)
    if language == given:  # the same script: the formula and openers may still tell another
        language = evident_language((line.text for line in cleaned.lines), given) or language
    blocks = assemble_blocks(cleaned.lines, language)
    document = SourceDocument(blocks=blocks, footnotes=cleaned.footnotes)
    if given in LANGUAGES and language != given:
        document.reader_notes.append(language_note(language, given))
    return document, cleaned, language


def _language(sample: str, declared: str | None) -> str:
    """The declared language, unless the text is written in another script (a Chinese
    text filed as Spanish is read as Chinese); detected when none is declared."""
    if declared not in LANGUAGES:
        return detect_language(sample)
    script = detect_script(sample)
    return declared if script == script_of(declared) else detect_language(sample)


def parse_text(text: str, language: str | None = None) -> Resolution:
    """Recover a resolution's structure from plain text (language detected when None)."""
    document, cleaned, language = split_text(text, language)
    return recover_structure(
        document, language, detached_footnote_marks=cleaned.paginated, star_marks=cleaned.stars
    )


def decode(data: bytes, path: str | Path = "<text>") -> str:
    """Text from bytes: UTF-8 (with or without BOM), UTF-16 with BOM, else cp1252.

    Refuses PDF files (with a pointer to what to open instead), binary content (NUL bytes
    outside UTF-16) and empty files.
    """
    if data.lstrip()[:5] == b"%PDF-":
        raise UnreadableFileError(path, PDF_NOT_READ)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as error:
            raise UnreadableFileError(path, f"damaged UTF-16 text ({error.reason})") from None
    elif b"\x00" in data:
        raise UnreadableFileError(path, "binary content, not a text file")
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = data.decode("cp1252", errors="replace")
    if "\x00" in text:
        raise UnreadableFileError(path, "binary content, not a text file")
    if not text.strip():
        raise UnreadableFileError(path, "the file is empty")
    return text


def read_text_file(path: str | Path, language: str | None = None) -> Resolution:
    """Read a plain-text resolution; one-line :class:`UnreadableFileError` when impossible."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise UnreadableFileError(path, too_large(size, MAX_BYTES))
        data = path.read_bytes()
    except OSError as error:
        raise UnreadableFileError(path, error.strerror or "cannot be read") from None
    return parse_text(decode(data, path), language)
