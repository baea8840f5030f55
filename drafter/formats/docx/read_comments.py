"""Word comments and tracked changes of one paragraph, as model objects in its text.

The paragraph reader gives where each comment's range starts and ends (by comment
id) and the tracked changes it accepted; this module turns them into
:class:`~drafter.core.model.Comment` and :class:`~drafter.core.model.Revision`
objects in the paragraph's text, with the comments' words from ``comments.xml``.
A comment whose range starts in an earlier paragraph is kept on the paragraph where
it ends, from that paragraph's start (a model text is one paragraph).
"""

from __future__ import annotations

from dataclasses import replace

from lxml import etree

from drafter.core.model import Comment, Revision
from drafter.formats.docx.read_text import ParagraphContent, ParagraphReader


def read_comment_texts(root: etree._Element | None, reader: ParagraphReader) -> dict[str, Comment]:
    """{id: Comment with text, author, initials and date} of a comments part (place and range unset)."""
    found: dict[str, Comment] = {}
    if root is None:
        return found
    q = reader.q
    for element in root.iter(f"{q}comment"):
        ident = element.get(f"{q}id") or ""
        lines = [reader.read(p).text.strip() for p in element.iter(f"{q}p")]
        found.setdefault(ident, Comment(
            place="", start=0, end=0, text="\n".join(line for line in lines if line),
            author=element.get(f"{q}author") or "", date=element.get(f"{q}date") or "",
            initials=element.get(f"{q}initials") or "",
        ))
    return found


def paragraph_comments(
    content: ParagraphContent, texts: dict[str, Comment], started: set[str]
) -> list[Comment]:
    """The comments that end (or are marked) in this paragraph, in its text's offsets.

    ``started`` holds the ids whose range began in an earlier paragraph; ids starting
    here are added to it.
    """
    out = []
    ids = set(content.comment_ends) | set(content.comment_marks)
    for ident in sorted(ids, key=lambda i: (content.comment_starts.get(i, 0), i)):
        end = content.comment_ends.get(ident, content.comment_marks.get(ident, 0))
        start = content.comment_starts.get(ident, 0 if ident in started else end)
        known = texts.get(ident)
        if known is not None:
            out.append(replace(known, start=min(start, end), end=end))
    started.update(ident for ident in content.comment_starts if ident not in content.comment_ends)
    started.difference_update(content.comment_ends)
    return out


def paragraph_revisions(content: ParagraphContent) -> list[Revision]:
    return [Revision("", start, end, text, author, date, kind=kind)
            for kind, start, end, text, author, date in content.changes]
