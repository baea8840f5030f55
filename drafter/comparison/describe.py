"""The list of changes as negotiators write it, paragraph by paragraph.

"OP5: 'Encourages' replaced by 'Urges'", "New OP7 inserted", "PP3 deleted",
"OP12 (was OP10) moved". Addresses are those of the new text, except for what
was deleted, which only has a base address; whenever a paragraph's address in
the base text differs, both are given, since after a deletion above "PP3" alone
would name another paragraph of the base. Renumbering is never listed: a
paragraph whose only difference is its number has no change. The sentences are
templates of :mod:`drafter.comparison.phrases`, in the language asked for.
"""

from __future__ import annotations

import re
import unicodedata

from drafter.comparison.diff import Segment
from drafter.comparison.model import Change, ChangeKind, Comparison, FootnoteDiff, ParagraphDiff
from drafter.comparison.phrases import Phrases, phrases
from drafter.comparison.tokens import normalize
from drafter.core.model import Footnote, Paragraph, ParagraphKind

_CONTEXT_WORDS = 3
# A text written without spaces (Chinese) has no words to count: about three words' worth
# of characters, cut at the clause's punctuation when there is one ("、领土完整和政治独立").
_CONTEXT_CHARACTERS = 10
# A word for the context of an insertion: what no breaking space cuts ("d’agir\u00a0:" is one).
_WORD = re.compile(r"(?:[^\s]|[\u00a0\u202f])+")


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


def _edit_phrase(words: Phrases, deleted: str, inserted: str, before: str, after: str) -> str:
    deleted_words, inserted_words = deleted.strip(), inserted.strip()
    if deleted_words and inserted_words:
        return words.say("edit.replaced", deleted=words.quote(deleted_words),
                         inserted=words.quote(inserted_words))
    if deleted_words:
        return words.say("edit.deleted", deleted=words.quote(deleted_words))
    if not inserted_words:
        return words.say("edit.spacing")
    context = _context_before(before, words.spaced_text)
    if context:
        return words.say("edit.inserted_after", inserted=words.quote(inserted_words),
                         context=words.quote(context))
    following = _context_after(after, words.spaced_text)
    if following:
        return words.say("edit.inserted_before", inserted=words.quote(inserted_words),
                         context=words.quote(following))
    return words.say("edit.inserted", inserted=words.quote(inserted_words))


def _context_before(text: str, spaced: bool) -> str:
    """The last words before an insertion, or in an unspaced text its last characters."""
    if spaced:
        return " ".join(_WORD.findall(text)[-_CONTEXT_WORDS:])
    window = text.strip()[-_CONTEXT_CHARACTERS:]
    stops = [index for index, char in enumerate(window[:-1]) if _is_punctuation(char)]
    return window[stops[-1] + 1:] if stops else window


def _context_after(text: str, spaced: bool) -> str:
    """The first words after an insertion, or in an unspaced text its first characters."""
    if spaced:
        return " ".join(_WORD.findall(text)[:_CONTEXT_WORDS])
    window = text.strip()[:_CONTEXT_CHARACTERS]
    stops = [index for index, char in enumerate(window) if index and _is_punctuation(char)]
    return window[:stops[0]] if stops else window


def _is_punctuation(char: str) -> bool:
    return unicodedata.category(char).startswith("P")


def describe_segments(segments: list[Segment], words: Phrases | None = None) -> str:
    """'a' replaced by 'b'; 'c' deleted; … for one paragraph or footnote."""
    words = words or phrases()
    return words.join([_edit_phrase(words, *edit) for edit in edits_of(segments)])


def _label(words: Phrases, paragraph: Paragraph) -> str:
    """The address, with the heading's words for headings (H3 means nothing to a reader),
    and the address a revision renumbered it from ("OP8 (OP5 ter before the revision)")."""
    if paragraph.kind is ParagraphKind.HEADING:
        return words.say("label.heading", words=words.quote(paragraph.text), address=paragraph.address)
    if paragraph.kind is ParagraphKind.PART:
        return words.say("label.part", address=paragraph.address, words=words.quote(paragraph.text))
    if paragraph.previous_address:
        return words.say("label.revised", address=paragraph.address, previous=paragraph.previous_address)
    return paragraph.address


def _both(words: Phrases, label: str, old: Paragraph | None, now: Paragraph | None) -> str:
    """``label`` with "(was OLD)" when the base address differs from the new one (and a
    revision's own "before the revision" does not already say it)."""
    if old is None or now is None or old.address in (now.address, now.previous_address):
        return label
    return words.say("label.was", label=label, old=old.address)


def _anchor(words: Phrases, old: Paragraph | None, now: Paragraph | None) -> str | None:
    """Where a footnote is: the paragraph's new address, with its old one when it differs."""
    where = now or old
    return None if where is None else _both(words, where.address, old, now)


def _note_label(words: Phrases, number: str, old: Paragraph | None, now: Paragraph | None) -> str:
    """"Footnote 3 (PP6)", "Footnote 3 (PP6, was PP7)" (no parentheses inside parentheses)."""
    if now is None:
        return words.say("footnote.label", number=number)
    if old is None or old.address in (now.address, now.previous_address):
        return words.say("footnote.label_in", number=number, address=now.address)
    return words.say("footnote.label_in_was", number=number, address=now.address, old=old.address)


def _note_number(words: Phrases, diff: FootnoteDiff) -> str:
    base, new = diff.base, diff.new
    if base is not None and new is not None and base.number != new.number:
        return words.say("footnote.renumbered", number=new.number, old=base.number)
    note = new or base
    assert note is not None
    return str(note.number)


def _footnote_change(words: Phrases, diff: FootnoteDiff, anchor_old: Paragraph | None,
                     anchor_new: Paragraph | None) -> Change | None:
    where = _anchor(words, anchor_old, anchor_new)
    number = _note_number(words, diff)
    base_address = anchor_old.address if anchor_old else None
    new_address = anchor_new.address if anchor_new else None
    if diff.kind == "inserted" and diff.new is not None:
        quoted = words.quote(diff.new.text)
        text = (words.say("footnote.inserted_in", number=number, address=where, text=quoted)
                if anchor_new is not None else words.say("footnote.inserted", number=number, text=quoted))
        return Change(ChangeKind.FOOTNOTE_INSERTED, new_address or _note_name(words, diff.new), text,
                      new_address=new_address, new_text=diff.new.text, new_footnote=diff.new.number)
    if diff.kind == "deleted" and diff.base is not None:
        # The paragraph is still there: say where it is now, with the note's old number.
        quoted = words.quote(diff.base.text)
        text = (words.say("footnote.deleted_from", number=number, address=where, text=quoted)
                if where is not None else words.say("footnote.deleted", number=number, text=quoted))
        return Change(ChangeKind.FOOTNOTE_DELETED, (anchor_new or anchor_old).address if where else
                      _note_name(words, diff.base), text,
                      base_address=base_address, new_address=new_address,
                      base_text=diff.base.text, base_footnote=diff.base.number)
    if diff.kind == "changed" and diff.base is not None and diff.new is not None:
        label = _note_label(words, number, anchor_old, anchor_new)
        what = describe_segments(diff.segments, words)
        return Change(ChangeKind.FOOTNOTE_CHANGED, new_address or _note_name(words, diff.new),
                      words.say("footnote.changed", label=label, what=what),
                      base_address=base_address, new_address=new_address,
                      base_text=diff.base.text, new_text=diff.new.text,
                      base_footnote=diff.base.number, new_footnote=diff.new.number,
                      edits=[(d, i) for d, i, _, _ in edits_of(diff.segments)])
    return None


def _note_name(words: Phrases, note: Footnote) -> str:
    return words.say("footnote.name", number=note.number)


def _paragraph_change(words: Phrases, diff: ParagraphDiff) -> Change | None:
    old, now = diff.base, diff.new
    if diff.kind == "inserted" and now is not None:
        text = words.say("paragraph.inserted", label=_label(words, now))
        return Change(ChangeKind.INSERTED, now.address, text, new_address=now.address, new_text=now.text)
    if diff.kind == "deleted" and old is not None:
        text = words.say("paragraph.deleted", label=_label(words, old))
        return Change(ChangeKind.DELETED, old.address, text, base_address=old.address, base_text=old.text)
    if old is None or now is None or diff.kind == "moved_from":
        return None
    role = _role_change(words, old, now)
    label = _both(words, _label(words, now), old, now)
    if diff.kind == "equal":
        if not role:
            return None
        return Change(ChangeKind.CHANGED, now.address, words.say("paragraph.changed", label=label, what=role),
                      old.address, now.address, old.text, now.text)
    segments = diff.segments
    edits = [(d, i) for d, i, _, _ in edits_of(segments)]
    if diff.kind == "moved":
        text = (words.say("paragraph.moved_and_changed", label=label, what=describe_segments(segments, words))
                if edits else words.say("paragraph.moved", label=label))
        return Change(ChangeKind.MOVED, now.address, text, old.address, now.address,
                      old.text, now.text, edits=edits)
    described = words.join([part for part in (role, describe_segments(segments, words)) if part])
    text = words.say("paragraph.changed", label=label, what=described)
    return Change(ChangeKind.CHANGED, now.address, text, old.address, now.address, old.text, now.text,
                  edits=edits)


def _role_change(words: Phrases, old: Paragraph, now: Paragraph) -> str:
    """'now an operative paragraph', 'now at level 2', or '' when the role is the same.

    Numbers are not roles: a paragraph that only moved up or down the numbering has
    not changed."""
    if old.kind is not now.kind:
        return words.say("role.kind", role=words.say(f"role.{now.kind.value}"))
    if old.level != now.level and now.kind in (ParagraphKind.SUBPARAGRAPH, ParagraphKind.PREAMBULAR_ITEM):
        return words.say("role.level", level=now.level)
    return ""


def describe(comparison: Comparison, language: str = "en") -> list[Change]:
    """Every change, in the order of the redline (new text order, deletions in place),
    described in ``language`` (English when it has no phrase file)."""
    words = phrases(language).reading(comparison.new.meta.language)
    changes: list[Change] = []
    base_title, new_title = comparison.base.meta.title, comparison.new.meta.title
    # Compared as paragraphs are (tokens.normalize): a curly apostrophe is no change.
    if base_title and new_title and normalize(base_title) != normalize(new_title):
        text = words.say("heading.title", old=words.quote(base_title), new=words.quote(new_title))
        changes.append(Change(ChangeKind.TITLE_CHANGED, "title", text,
                              base_text=base_title, new_text=new_title))
    base_formula, new_formula = comparison.base.formula, comparison.new.formula
    if base_formula and new_formula and normalize(base_formula) != normalize(new_formula):
        changes.append(Change(ChangeKind.FORMULA_CHANGED, "formula",
                              words.say("heading.formula", old=words.quote(base_formula),
                                        new=words.quote(new_formula)),
                              base_text=base_formula, new_text=new_formula))
    for diff in comparison.paragraphs:
        change = _paragraph_change(words, diff)
        if change is not None:
            changes.append(change)
        if diff.kind in ("inserted", "deleted", "moved_from"):
            continue  # its footnotes go and come with it
        for note in diff.footnotes:
            found = _footnote_change(words, note, diff.base, diff.new)
            if found is not None:
                changes.append(found)
    for note in comparison.loose_footnotes:
        found = _footnote_change(words, note, None, None)
        if found is not None:
            changes.append(found)
    return changes
