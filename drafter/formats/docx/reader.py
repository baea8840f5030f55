"""Read a Word file (.docx/.docm/.dotx) as a resolution.

The package is opened through :mod:`drafter.formats.docx.safety` (hostile input is
refused with one clear line), turned into a reader-neutral
:class:`~drafter.parsing.blocks.SourceDocument` by
:mod:`drafter.formats.docx.read_body`, and handed to the same structure recovery
as plain text, so a Word file and its text give the same model. What only Word
knows is then attached for the formatting checks: whether the organ formula is
italic, whether each footnote mark uses the footnote reference style, and the
masthead (symbol, distribution, date) when recovery left those fields empty.
"""

from __future__ import annotations

import re
from pathlib import Path

from drafter.core.model import Resolution, Span
from drafter.core.symbol_shapes import symbol_re
from drafter.errors import UnreadableFileError
from drafter.formats.docx.read_body import WordExtraction, extract_word_document
from drafter.formats.docx.safety import DocxPackage
from drafter.parsing.blocks import SourceDocument
from drafter.parsing.recovery import recover_structure

_DISTRIBUTION = re.compile(r"^Distr\.?\s*:?\s*(.+)$", re.IGNORECASE)
# Official first-page footers (E/RES/2018/5, A/RES/72/248): "18-06886 (E)    300518", the
# job number, its language letter, and the release date as ddmmyy when known.
_JOB_LINE = re.compile(r"\b(\d{2}-\d{5})\s*\(\s*[A-Z]\s*\)(?:\s+(\d{6})\b)?")
_DATE = re.compile(r"^\d{1,2}\s+\S+\s+\d{4}$|^\S+\s+\d{1,2},\s+\d{4}$")


def extract(path: str | Path) -> WordExtraction:
    """The blocks, footnotes and header of a Word file, before structure recovery.

    Every problem with the file, including content no reader expects, becomes an
    :class:`UnreadableFileError` with a one-line reason.
    """
    path = Path(path)
    try:
        with DocxPackage(path) as package:
            return extract_word_document(package)
    except UnreadableFileError:
        raise
    except (RecursionError, MemoryError):
        raise UnreadableFileError(path, "refused: the Word file is nested too deeply or too large") from None
    except Exception as error:  # hostile input must never show a traceback
        reason = f"damaged or unsupported Word content ({type(error).__name__})"
        raise UnreadableFileError(path, reason) from None


def read_source_document(path: str | Path) -> SourceDocument:
    """The reader-neutral blocks of a Word file (what structure recovery receives)."""
    return extract(path).document


def read_docx(path: str | Path, language: str | None = None) -> Resolution:
    """Read a Word file into a :class:`Resolution` (language detected when None)."""
    extraction = extract(path)
    document = extraction.document
    resolution = recover_structure(document, language=language)
    attach_word_facts(resolution, extraction)
    return resolution


def attach_word_facts(resolution: Resolution, extraction: WordExtraction) -> None:
    """Add what only the Word file knows to a recovered resolution (formatting, masthead)."""
    document = extraction.document
    for paragraph in resolution.paragraphs:
        for reference in paragraph.footnote_refs:
            reference.styled = extraction.footnote_styled.get(reference.number)
    resolution.formula_italic = formula_italic(resolution.formula, document)
    for note in document.reader_notes:
        if note not in resolution.reader_notes:
            resolution.reader_notes.append(note)
    _masthead(resolution, document.header_lines)
    _footer(resolution, document.footer_lines)


def formula_italic(formula: str, document: SourceDocument) -> bool | None:
    """Whether the words of the organ formula ("The General Assembly") are italic in the source."""
    wanted = formula.strip()
    if not wanted:
        return None
    for block in document.blocks:
        if block.is_header or block.italic_spans is None:
            continue
        start = block.text.find(wanted)
        if start < 0 or block.text[:start].strip():
            continue
        letters = [i for i in range(start, start + len(wanted)) if block.text[i].isalnum()]
        return bool(letters) and all(_covered(i, block.italic_spans) for i in letters)
    return None


def _covered(index: int, spans: list[Span]) -> bool:
    return any(span.start <= index < span.end for span in spans)


def _footer(resolution: Resolution, lines: list[str]) -> None:
    """Job number and release date from the first page's footer ("18-06886 (E) 300518")."""
    for line in lines:
        found = _JOB_LINE.search(line)
        if found:
            resolution.meta.job_number = resolution.meta.job_number or found.group(1)
            resolution.meta.release_date = resolution.meta.release_date or (found.group(2) or "")
            return


def _masthead(resolution: Resolution, lines: list[str]) -> None:
    """Fill symbol, distribution and date from the first-page header when recovery did not."""
    meta = resolution.meta
    for line in lines:
        text = line.strip()
        distribution = _DISTRIBUTION.match(text)
        if distribution and not meta.distribution:
            meta.distribution = distribution.group(1).strip()
        elif symbol_re("header_line").match(text) and not meta.symbol:
            meta.symbol = text
        elif _DATE.match(text) and not meta.date:
            meta.date = text
