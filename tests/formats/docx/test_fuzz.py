"""Mutated real Word files give a resolution or the product's own clean error, nothing else.

Hypothesis starts from an official UN .docx (A/RES/72/248 from the shared corpus)
and damages it the ways files get damaged: truncated downloads, flipped bytes,
missing parts, XML parts cut, garbled or given absurd attribute values
(``w:val="-x"`` in numbering, ids that are not numbers), one part swapped for
another. Whatever comes out of :func:`drafter.read` must be a
:class:`Resolution` (then the formatting checks must run on it too) or an
:class:`UnreadableFileError`; any other exception is a bug. Bounded to about a
hundred examples so the suite stays fast.
"""

from __future__ import annotations

import io
import re
import tempfile
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import drafter
from drafter.checks import CheckOptions
from drafter.core.model import Resolution
from drafter.errors import UnreadableFileError
from support.corpus import CORPUS

SOURCE = CORPUS / "GA_72_248_en.docx"
XML_PARTS = ("word/document.xml", "word/numbering.xml", "word/styles.xml", "word/footnotes.xml",
             "word/header3.xml", "word/_rels/document.xml.rels", "[Content_Types].xml", "_rels/.rels")
_ATTRIBUTE = re.compile(rb'w:(?:val|id|abstractNumId|numId|ilvl|type)="[^"]*"')

pytestmark = pytest.mark.skipif(not SOURCE.is_file(), reason="shared corpus not present")


def _original() -> tuple[bytes, dict[str, bytes]]:
    data = SOURCE.read_bytes()
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        parts = {info.filename: archive.read(info.filename) for info in archive.infolist()}
    return data, parts


def _zip(parts: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in parts.items():
            archive.writestr(name, content)
    return buffer.getvalue()


@st.composite
def damaged_files(draw: st.DrawFn) -> bytes:
    data, parts = _original()
    kind = draw(st.sampled_from(["truncate", "flip", "drop", "cut_xml", "garble_xml", "attribute", "swap"]))
    if kind == "truncate":
        return data[: draw(st.integers(0, len(data) - 1))]
    if kind == "flip":
        mutable = bytearray(data)
        for _ in range(draw(st.integers(1, 12))):
            position = draw(st.integers(0, len(mutable) - 1))
            mutable[position] ^= draw(st.integers(1, 255))
        return bytes(mutable)
    if kind == "drop":
        name = draw(st.sampled_from(sorted(parts)))
        return _zip({k: v for k, v in parts.items() if k != name})
    name = draw(st.sampled_from(XML_PARTS))
    content = parts[name]
    if kind == "cut_xml":
        start = draw(st.integers(0, len(content)))
        end = draw(st.integers(start, min(len(content), start + 2000)))
        parts[name] = content[:start] + content[end:]
    elif kind == "garble_xml":
        position = draw(st.integers(0, len(content)))
        parts[name] = content[:position] + draw(st.binary(min_size=1, max_size=40)) + content[position:]
    elif kind == "attribute":
        matches = list(_ATTRIBUTE.finditer(content))
        if matches:
            chosen = matches[draw(st.integers(0, len(matches) - 1))]
            value = draw(st.sampled_from(["-1", "x", "", "99999999999", "0", "%9", "1.5", "&#x1;"]))
            attribute = chosen.group(0).split(b"=")[0]
            parts[name] = content[: chosen.start()] + attribute + b'="' + value.encode() + b'"' + content[
                chosen.end():]
    else:  # swap: one part's bytes in another's place
        other = draw(st.sampled_from(XML_PARTS))
        parts[name] = parts[other]
    return _zip(parts)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow],
          derandomize=True)
@given(damaged=damaged_files())
def test_damaged_word_files_give_a_result_or_a_clean_error(damaged: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "damaged.docx"
        path.write_bytes(damaged)
        try:
            result = drafter.read(path)
        except UnreadableFileError as error:
            assert error.reason and "\n" not in str(error)
            return
        assert isinstance(result, Resolution)
        drafter.check(result, CheckOptions(families=("formatting",)))
