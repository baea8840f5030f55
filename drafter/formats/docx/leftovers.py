"""What the UN layout has no place for, kept and said: tables whose place was not
written go at the end, notes no written text marks stay in the footnotes part, and
comments or tracked changes on unwritten text are named. Each adds one line to the
export's notices, because an export never drops anything silently."""

from __future__ import annotations

from drafter.core.model import Comment
from drafter.core.notes import unreferenced_notes
from drafter.formats.docx.layout import Layout


def unwritten_tables(layout: Layout) -> None:
    """Tables whose place the layout did not write: at the end, said so in one line each."""
    for place in list(layout.tables_at):
        count = len(layout.tables_at[place])
        layout.tables_after(place)
        layout.options.notices.append(
            f"{count} table(s) that followed {place} written at the end of the document"
        )


def unwritten_notes(layout: Layout) -> None:
    """Notes no written text marks: kept in the footnotes part, and said so in one line each."""
    res, notices = layout.res, layout.options.notices
    for anchor in res.note_anchors:
        if anchor.place not in layout.written_places:
            layout.runs.footnotes.add(layout.note_pieces(layout.notes.get(anchor.number, "")))
            notices.append(
                f"footnote {anchor.number} (marked on {anchor.place}) has no place in the UN layout: "
                "kept in the file's footnotes part without a mark"
            )
    for note in unreferenced_notes(res):
        layout.runs.footnotes.add(layout.note_pieces(note.text))
        notices.append(
            f"footnote {note.number} is marked from no text: kept in the file's footnotes part "
            "without a mark (Word does not print it)"
        )


def unwritten_ranges(layout: Layout) -> None:
    """Comments and tracked changes on texts the layout does not write: one line each."""
    notices = layout.options.notices
    if not layout.plain and layout.ranges_at:
        count = sum(len(items) for items in layout.ranges_at.values())
        notices.append(f"{count} comment(s) or tracked change(s) not written: "
                       "a redline shows the changes from its base text only")
        layout.ranges_at.clear()
    for place, items in layout.ranges_at.items():
        for item in items:
            what = f"comment by {item.author or 'an unknown author'}" if isinstance(item, Comment) else (
                f"tracked {'insertion' if item.kind == 'insert' else 'deletion'}")
            notices.append(f"{what} on {place} not written: the layout has no such text")
    layout.ranges_at.clear()
