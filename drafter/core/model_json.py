"""Lossless JSON form of a :class:`Resolution`.

Used where Drafter must get back exactly what the drafter had: autosave/recovery
files and the copy of the model embedded in Drafter-saved Word files (paragraph
kinds, footnotes, metadata, suppressed diagnostics), which a Word file's visible
text alone cannot carry.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from drafter.core.model import (
    Annex,
    Comment,
    DocumentStatus,
    Footnote,
    FootnoteRef,
    Metadata,
    NoteAnchor,
    Organ,
    Paragraph,
    ParagraphKind,
    Resolution,
    Revision,
    Span,
    Table,
    assign_addresses,
)

FORMAT_VERSION = 1


def to_dict(resolution: Resolution) -> dict[str, Any]:
    data = asdict(resolution)
    data["format"] = "drafter-resolution"
    data["version"] = FORMAT_VERSION
    for paragraph in data["paragraphs"]:
        paragraph.pop("address", None)  # derived, never stored
    return data


def from_dict(data: dict[str, Any]) -> Resolution:
    """Rebuild a resolution; raises ValueError on anything that is not our format."""
    if data.get("format") != "drafter-resolution":
        raise ValueError("not a Drafter resolution")
    if int(data.get("version", 0)) > FORMAT_VERSION:
        raise ValueError("written by a newer Drafter")
    meta_fields = dict(data.get("meta", {}))
    meta_fields["organ"] = Organ(meta_fields.get("organ", "GA"))
    meta_fields["status"] = DocumentStatus(meta_fields.get("status", "adopted"))
    known = set(Metadata.__dataclass_fields__)
    meta = Metadata(**{k: v for k, v in meta_fields.items() if k in known})
    paragraphs = []
    for item in data.get("paragraphs", []):
        spans = item.get("italic_spans")
        paragraphs.append(
            Paragraph(
                kind=ParagraphKind(item["kind"]),
                text=str(item["text"]),
                level=int(item.get("level", 0)),
                footnote_refs=[
                    FootnoteRef(int(r["number"]), int(r["offset"])) for r in item.get("footnote_refs", [])
                ],
                italic_spans=None if spans is None else [Span(int(s["start"]), int(s["end"])) for s in spans],
                source_label=item.get("source_label"),
                auto_numbered=bool(item.get("auto_numbered", False)),
                source_line=item.get("source_line"),
                negotiation_label=str(item.get("negotiation_label", "")),
                status=str(item.get("status", "")),
                notes=[str(n) for n in item.get("notes", [])],
                previous_address=str(item.get("previous_address", "")),
            )
        )
    assign_addresses(paragraphs)
    resolution_fields = {
        k: data[k]
        for k in ("formula", "closing", "heading_lines", "ignored", "reader_notes")
        if k in data
    }
    return Resolution(
        meta=meta,
        paragraphs=paragraphs,
        footnotes=[Footnote(int(f["number"]), str(f["text"])) for f in data.get("footnotes", [])],
        annexes=[
            Annex(a["title"], list(a.get("paragraphs", [])), bool(a.get("embedded", False)))
            for a in data.get("annexes", [])
        ],
        note_anchors=[
            NoteAnchor(str(a["place"]), int(a["number"]), int(a["offset"]))
            for a in data.get("note_anchors", [])
        ],
        tables=[_table(t) for t in data.get("tables", [])],
        comments=[Comment(**_known(Comment, c)) for c in data.get("comments", [])],
        revisions=[Revision(**_known(Revision, r)) for r in data.get("revisions", [])],
        **resolution_fields,
    )


def _known(kind: type, data: dict[str, Any]) -> dict[str, Any]:
    """The fields of a flat dataclass found in ``data`` (a newer file's extra keys ignored)."""
    return {name: data[name] for name in kind.__dataclass_fields__ if name in data}


def _table(data: dict[str, Any]) -> Table:
    return Table(
        after=str(data.get("after", "")),
        rows=[[str(cell) for cell in row] for row in data.get("rows", [])],
        cell_refs={
            str(key): [FootnoteRef(int(r["number"]), int(r["offset"])) for r in refs]
            for key, refs in data.get("cell_refs", {}).items()
        },
    )


def dumps(resolution: Resolution) -> str:
    return json.dumps(to_dict(resolution), ensure_ascii=False, indent=1)


def loads(text: str) -> Resolution:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise ValueError(f"damaged Drafter data ({error.msg})") from None
    if not isinstance(data, dict):
        raise ValueError("not a Drafter resolution")
    return from_dict(data)
