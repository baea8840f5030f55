"""A resolution as plain text, in the shape the text reader reads back.

Why a text writer: a drafter who opened a .txt version (the parallel version beside the
page, a typed draft) saves it to the same file in the same format, not as Word. The
layout is the one of the plain-text renderings of official texts the reader is built on:
masthead lines, then one blank-line-separated block per paragraph with its printed label
("5.", "(b)", Arabic "5 -", "(أ)"), footnote marks glued where they stand, and the notes
after a line of underscores. Labels are drawn with :func:`drafter.core.labels.paragraph_labels`,
as the page and the Word export draw them, so what the file says is what the page showed.
The write is atomic (:func:`drafter.storage.atomic.atomic_write`).
"""

from __future__ import annotations

from pathlib import Path

from drafter.core.agenda import agenda_line
from drafter.core.labels import LabelStyle, paragraph_labels
from drafter.core.model import DocumentStatus, FootnoteRef, Organ, ParagraphKind, Resolution
from drafter.core.notes import (
    anchors_at,
    annex_place,
    closing_place,
    cover_place,
    lines_after_title,
    meta_place,
)
from drafter.core.printed import closing_lines, export_strings, title_head_lines
from drafter.storage.atomic import atomic_write_bytes

NOTES_RULE = "__________"


def render_text(resolution: Resolution) -> str:
    """The whole text, blocks separated by blank lines, ending with a newline."""
    meta = resolution.meta
    strings = export_strings(meta.language or "en")
    mark = strings.get("text_footnote_mark", "{n}")

    def marked(text: str, refs: list[FootnoteRef]) -> str:
        out, written = [], 0
        for ref in sorted(refs, key=lambda r: r.offset):
            offset = min(max(ref.offset, written), len(text))
            out += [text[written:offset], mark.format(n=ref.number)]
            written = offset
        return "".join([*out, text[written:]])

    agenda = agenda_line(meta.agenda_item, meta.language) if meta.agenda_item else ""
    head = [line for line in (meta.symbol, meta.session, agenda, meta.agenda_title, *title_head_lines(meta))
            if line.strip()]
    blocks = ["\n".join(_cover(resolution, head))]
    title = marked(meta.title, anchors_at(resolution, meta_place("title")))
    if meta.status is DocumentStatus.ADOPTED and meta.organ is not Organ.SC and meta.number:
        number = LabelStyle.for_language(meta.language).title_number(meta.number)
        title = f"{number} {title}" if title else number
    blocks.append(title)
    blocks += [marked(resolution.heading_lines[index], anchors_at(resolution, cover_place(index)))
               for index in lines_after_title(resolution)]  # a part's letter under the title
    blocks.append(resolution.formula)
    labels = paragraph_labels(resolution.paragraphs, meta.language)
    for paragraph, label in zip(resolution.paragraphs, labels, strict=True):
        text = marked(paragraph.text, paragraph.footnote_refs)
        if label and paragraph.kind is ParagraphKind.PART:
            blocks.append(f"{label}\n{text}" if text else label)
        elif paragraph.kind is ParagraphKind.HEADING and paragraph.source_label not in (None, "", text):
            blocks += [paragraph.source_label, text]  # "II" above its title (a bare "A" is the title)
        else:
            blocks.append(f"{label} {text}" if label else text)
    if resolution.closing:  # as found, with their marks; else what the metadata gives
        blocks += [marked(line, anchors_at(resolution, closing_place(index)))
                   for index, line in enumerate(resolution.closing)]
    else:
        blocks += closing_lines(resolution)
    for number, annex in enumerate(resolution.annexes):
        blocks.append(marked(annex.title, anchors_at(resolution, annex_place(number, None))))
        blocks += [marked(text, anchors_at(resolution, annex_place(number, index)))
                   for index, text in enumerate(annex.paragraphs)]
    if resolution.footnotes:
        line = strings.get("text_footnote_line", "{n} {text}")
        notes = [line.format(n=note.number, text=note.text.replace("\n", " "))
                 for note in resolution.footnotes]
        blocks.append("\n".join([NOTES_RULE, *notes]))
    return "\n\n".join(block for block in blocks if block.strip()) + "\n"


def _cover(resolution: Resolution, composed: list[str]) -> list[str]:
    """The cover lines as the file had them, when they still say all the metadata says (the
    page may have changed the symbol or the session): the official furniture ("United Nations",
    "Distr.: General", the date of issue) is kept. Else the lines composed from the metadata.
    The title is not among them: it is written from the model, with its marks."""
    meta = resolution.meta
    title = _solid(meta.title)
    lines = resolution.heading_lines
    # The title starts on the last line from which the rest still holds all of it (it may be
    # wrapped; the agenda title above often repeats its words); "78/316." may stand alone before it.
    end = max((i for i in range(len(lines)) if title and title in _solid(" ".join(lines[i:]))),
              default=len(lines))
    found = [line.strip() for line in lines[:end] if line.strip()]
    if found and meta.number and _solid(found[-1]).rstrip(".-") == _solid(meta.number):
        found.pop()
    solid = _solid(" ".join(found))  # a line may be wrapped over two ("… territories" / "of Ukraine")
    return found if found and all(_solid(line) in solid for line in composed) else composed


def _solid(text: str) -> str:
    return "".join(text.split())


def save_text(resolution: Resolution, path: str | Path, **_options: object) -> list[str]:
    """Write ``render_text`` to ``path`` atomically (UTF-8); no notices (the signature of
    the Word writers, so the editor can use either)."""
    atomic_write_bytes(path, render_text(resolution).encode("utf-8"))
    return []
