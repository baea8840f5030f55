"""The list of changes as negotiators write it, paragraph by paragraph.

"OP5: 'Encourages' replaced by 'Urges'", "New OP7 inserted", "PP3 deleted",
"OP12 (was OP10) moved". Addresses are those of the new text, except for what
was deleted, which only has a base address. Renumbering is never listed: a
paragraph whose only difference is its number has no change.
"""

from __future__ import annotations

import re

from drafter.comparison.diff import Segment
from drafter.comparison.model import Change, ChangeKind, Comparison, FootnoteDiff, ParagraphDiff
from drafter.core.model import Paragraph, ParagraphKind

_QUOTE_MAX = 80
_CONTEXT_WORDS = 3
_WORD = re.compile(r"\S+")


def quote(text: str) -> str:
    text = " ".join(text.split())
    if len(text) > _QUOTE_MAX:
        text = text[: _QUOTE_MAX - 1].rstrip() + "…"
    return f"'{text}'"


def edits_of(segments: list[Segment]) -> list[tuple[str, str, str, str]]:
    """(deleted, inserted, words before, words after) for each edit, in order."""
    edits: list[tuple[str, str, str, str]] = []
    index = 0
    while index < len(segments):
        if segments[index].op == "equal":
            index += 1
            continue
        before = segments[index - 1].text if index and segments[index - 1].op == "equal" else ""
        deleted = inserted = ""
        while index < len(segments) and segments[index].op != "equal":
            if segments[index].op == "delete":
                deleted += segments[index].text
            else:
                inserted += segments[index].text
            index += 1
        after = segments[index].text if index < len(segments) else ""
        edits.append((deleted, inserted, before, after))
    return edits


def _edit_phrase(deleted: str, inserted: str, before: str, after: str) -> str:
    deleted_words, inserted_words = deleted.strip(), inserted.strip()
    if deleted_words and inserted_words:
        return f"{quote(deleted_words)} replaced by {quote(inserted_words)}"
    if deleted_words:
        return f"{quote(deleted_words)} deleted"
    if not inserted_words:
        return "spacing changed"
    context = _WORD.findall(before)[-_CONTEXT_WORDS:]
    if context:
        return f"{quote(inserted_words)} inserted after {quote(' '.join(context))}"
    following = _WORD.findall(after)[:_CONTEXT_WORDS]
    if following:
        return f"{quote(inserted_words)} inserted before {quote(' '.join(following))}"
    return f"{quote(inserted_words)} inserted"


def describe_segments(segments: list[Segment]) -> str:
    """'a' replaced by 'b'; 'c' deleted; … for one paragraph or footnote."""
    return "; ".join(_edit_phrase(*edit) for edit in edits_of(segments))


def _label(paragraph: Paragraph) -> str:
    """The address, with the heading's words for headings (H3 means nothing to a reader),
    and the address a revision renumbered it from ("OP8 (OP5 ter before the revision)")."""
    if paragraph.kind is ParagraphKind.HEADING:
        return f"heading {quote(paragraph.text)} ({paragraph.address})"
    if paragraph.kind is ParagraphKind.PART:
        return f"part {paragraph.address} {quote(paragraph.text)}"
    if paragraph.previous_address:
        return f"{paragraph.address} ({paragraph.previous_address} before the revision)"
    return paragraph.address


def _note_label(number: int, paragraph: Paragraph | None) -> str:
    return f"Footnote {number}" + (f" ({paragraph.address})" if paragraph is not None else "")


def _footnote_changes(diff: FootnoteDiff, anchor_old: Paragraph | None,
                      anchor_new: Paragraph | None) -> Change | None:
    if diff.kind == "inserted" and diff.new is not None:
        where = f" in {anchor_new.address}" if anchor_new is not None else ""
        return Change(ChangeKind.FOOTNOTE_INSERTED, anchor_new.address if anchor_new else
                      f"footnote {diff.new.number}",
                      f"New footnote {diff.new.number} inserted{where}: {quote(diff.new.text)}",
                      new_address=anchor_new.address if anchor_new else None,
                      new_text=diff.new.text, new_footnote=diff.new.number)
    if diff.kind == "deleted" and diff.base is not None:
        # The paragraph is still there: say where it is now, with the note's old number.
        where = anchor_new or anchor_old
        text = (f"Footnote {diff.base.number} deleted from {where.address}" if where is not None
                else f"Footnote {diff.base.number} deleted")
        return Change(ChangeKind.FOOTNOTE_DELETED, where.address if where else
                      f"footnote {diff.base.number}",
                      f"{text}: {quote(diff.base.text)}",
                      base_address=anchor_old.address if anchor_old else None,
                      new_address=anchor_new.address if anchor_new else None,
                      base_text=diff.base.text, base_footnote=diff.base.number)
    if diff.kind == "changed" and diff.base is not None and diff.new is not None:
        return Change(ChangeKind.FOOTNOTE_CHANGED, anchor_new.address if anchor_new else
                      f"footnote {diff.new.number}",
                      f"{_note_label(diff.new.number, anchor_new)}: {describe_segments(diff.segments)}",
                      base_address=anchor_old.address if anchor_old else None,
                      new_address=anchor_new.address if anchor_new else None,
                      base_text=diff.base.text, new_text=diff.new.text,
                      base_footnote=diff.base.number, new_footnote=diff.new.number,
                      edits=[(d, i) for d, i, _, _ in edits_of(diff.segments)])
    return None


def _paragraph_change(diff: ParagraphDiff) -> Change | None:
    old, now = diff.base, diff.new
    if diff.kind == "inserted" and now is not None:
        return Change(ChangeKind.INSERTED, now.address, f"New {_label(now)} inserted",
                      new_address=now.address, new_text=now.text)
    if diff.kind == "deleted" and old is not None:
        return Change(ChangeKind.DELETED, old.address, f"{_label(old)} deleted",
                      base_address=old.address, base_text=old.text)
    if old is None or now is None or diff.kind == "moved_from":
        return None
    role = _role_change(old, now)
    if diff.kind == "equal":
        if not role:
            return None
        return Change(ChangeKind.CHANGED, now.address, f"{_label(now)} (was {old.address}): {role}",
                      old.address, now.address, old.text, now.text)
    segments = diff.segments
    edits = [(d, i) for d, i, _, _ in edits_of(segments)]
    if diff.kind == "moved":
        text = f"{_label(now)} (was {old.address}) moved"
        if edits:
            text += f" and changed: {describe_segments(segments)}"
        return Change(ChangeKind.MOVED, now.address, text, old.address, now.address,
                      old.text, now.text, edits=edits)
    # Both addresses whenever they differ: after a deletion above, "PP3" alone would name
    # another paragraph of the base text.
    was = f" (was {old.address})" if role or old.address not in (now.address, now.previous_address) else ""
    described = "; ".join(part for part in (role, describe_segments(segments)) if part)
    return Change(ChangeKind.CHANGED, now.address, f"{_label(now)}{was}: {described}",
                  old.address, now.address, old.text, now.text, edits=edits)


_ROLE_NAMES = {
    ParagraphKind.PREAMBULAR: "a preambular paragraph",
    ParagraphKind.PREAMBULAR_ITEM: "an item of a preambular paragraph",
    ParagraphKind.OPERATIVE: "an operative paragraph",
    ParagraphKind.SUBPARAGRAPH: "a sub-paragraph",
    ParagraphKind.HEADING: "a heading",
    ParagraphKind.CLAUSE: "an unnumbered clause",
    ParagraphKind.PART: "a part heading",
    ParagraphKind.DRAFT_FORMULA: "the formula of a nested draft",
}


def _role_change(old: Paragraph, now: Paragraph) -> str:
    """'now an operative paragraph', 'now at level 2', or '' when the role is the same.

    Numbers are not roles: a paragraph that only moved up or down the numbering has
    not changed."""
    if old.kind is not now.kind:
        return f"now {_ROLE_NAMES[now.kind]}"
    if old.level != now.level and now.kind in (ParagraphKind.SUBPARAGRAPH, ParagraphKind.PREAMBULAR_ITEM):
        return f"now at level {now.level}"
    return ""


def describe(comparison: Comparison) -> list[Change]:
    """Every change, in the order of the redline (new text order, deletions in place)."""
    changes: list[Change] = []
    base_title, new_title = comparison.base.meta.title, comparison.new.meta.title
    if base_title and new_title and " ".join(base_title.split()) != " ".join(new_title.split()):
        changes.append(Change(ChangeKind.TITLE_CHANGED, "title",
                              f"Title changed from {quote(base_title)} to {quote(new_title)}",
                              base_text=base_title, new_text=new_title))
    base_formula, new_formula = comparison.base.formula, comparison.new.formula
    if base_formula and new_formula and " ".join(base_formula.split()) != " ".join(new_formula.split()):
        changes.append(Change(ChangeKind.FORMULA_CHANGED, "formula",
                              f"Formula changed from {quote(base_formula)} to {quote(new_formula)}",
                              base_text=base_formula, new_text=new_formula))
    for diff in comparison.paragraphs:
        change = _paragraph_change(diff)
        if change is not None:
            changes.append(change)
        if diff.kind in ("inserted", "deleted", "moved_from"):
            continue  # its footnotes go and come with it
        for note in diff.footnotes:
            found = _footnote_changes(note, diff.base, diff.new)
            if found is not None:
                changes.append(found)
    for note in comparison.loose_footnotes:
        found = _footnote_changes(note, None, None)
        if found is not None:
            changes.append(found)
    return changes
