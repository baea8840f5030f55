"""Annexes: compared as the verbatim text they are, paragraph by paragraph.

An annex is not made of resolution paragraphs (its numbers, if any, are part of
its text), so its paragraphs are matched by content like the body's, addressed
by position ("Annex para. 4", "Annex II para. 3") and described the same way.
Annexes themselves are paired in order.
"""

from __future__ import annotations

from drafter.comparison.describe import describe_segments, edits_of
from drafter.comparison.diff import diff_text
from drafter.comparison.matching import align
from drafter.comparison.model import AnnexDiff, AnnexParagraphDiff, Change, ChangeKind
from drafter.comparison.phrases import Phrases, phrases
from drafter.core.model import Annex, Resolution


def _name(annex: Annex, index: int, count: int) -> tuple[str, int | None]:
    """The name in addresses: the title's short first line ("Annex II", "Anexo"), else the
    position ("Annex 2"); with the position when it names it (0: the only annex, "Annex")."""
    first = next((line.strip() for line in annex.title.split("\n") if line.strip()), "")
    if first and len(first) <= 20:
        return first, None
    return ("Annex", 0) if count == 1 else (f"Annex {index + 1}", index + 1)


def compare_annexes(base: Resolution, new: Resolution) -> list[AnnexDiff]:
    diffs: list[AnnexDiff] = []
    for index in range(max(len(base.annexes), len(new.annexes))):
        old = base.annexes[index] if index < len(base.annexes) else None
        now = new.annexes[index] if index < len(new.annexes) else None
        if now is not None and old is None:
            items = [AnnexParagraphDiff("inserted", None, text, None, n + 1)
                     for n, text in enumerate(now.paragraphs)]
            name, position = _name(now, index, len(new.annexes))
            diffs.append(AnnexDiff("inserted", None, now, name, items, position=position))
        elif old is not None and now is None:
            items = [AnnexParagraphDiff("deleted", text, None, n + 1, None)
                     for n, text in enumerate(old.paragraphs)]
            name, position = _name(old, index, len(base.annexes))
            diffs.append(AnnexDiff("deleted", old, None, name, items, position=position))
        elif old is not None and now is not None:
            title = diff_text(old.title, now.title)
            name, position = _name(now, index, len(new.annexes))
            diffs.append(AnnexDiff("equal", old, now, name, _paragraphs(old, now), title, position))
    return diffs


def _paragraphs(old: Annex, now: Annex) -> list[AnnexParagraphDiff]:
    out: list[AnnexParagraphDiff] = []
    for match in align(old.paragraphs, now.paragraphs):
        base = old.paragraphs[match.base] if match.base is not None else None
        new = now.paragraphs[match.new] if match.new is not None else None
        base_number = match.base + 1 if match.base is not None else None
        new_number = match.new + 1 if match.new is not None else None
        if match.kind == "deleted":
            kind = "moved_from" if match.new is not None else "deleted"
            out.append(AnnexParagraphDiff(kind, base, new, base_number, new_number))
        elif match.kind == "inserted":
            out.append(AnnexParagraphDiff("inserted", None, new, None, new_number))
        else:
            assert base is not None and new is not None
            segments = diff_text(base, new)
            kind = match.kind if match.kind == "moved" else (
                "equal" if all(s.op == "equal" for s in segments) else "changed")
            out.append(AnnexParagraphDiff(kind, base, new, base_number, new_number, segments))
    return out


def describe_annexes(diffs: list[AnnexDiff], language: str = "en", text_language: str = "en") -> list[Change]:
    """The annexes' changes, in ``language`` (see :mod:`drafter.comparison.phrases`), of texts in
    ``text_language``."""
    words = phrases(language).reading(text_language)
    changes: list[Change] = []
    for annex in diffs:
        spoken = _spoken_name(words, annex)
        if annex.kind == "inserted":
            changes.append(Change(ChangeKind.ANNEX_INSERTED, annex.name,
                                  words.say("annex.inserted", name=spoken), new_text=annex.title))
            continue
        if annex.kind == "deleted":
            changes.append(Change(ChangeKind.ANNEX_DELETED, annex.name,
                                  words.say("annex.deleted", name=spoken), base_text=annex.title))
            continue
        if any(s.op != "equal" for s in annex.title_segments):
            changes.append(Change(ChangeKind.ANNEX_CHANGED, annex.name,
                                  words.say("annex.title", name=spoken,
                                            what=describe_segments(annex.title_segments, words)),
                                  base_text=annex.base.title if annex.base else None,
                                  new_text=annex.title))
        for item in annex.paragraphs:
            change = _paragraph_change(words, annex.name, spoken, item)
            if change is not None:
                changes.append(change)
    return changes


def _spoken_name(words: Phrases, annex: AnnexDiff) -> str:
    """The annex as the list names it: by its title, else by position in the list's language."""
    if annex.position is None:
        return annex.name
    if annex.position == 0:
        return words.say("annex.only")
    return words.say("annex.numbered", number=annex.position)


def _paragraph_change(words: Phrases, name: str, spoken: str, item: AnnexParagraphDiff) -> Change | None:
    # Addresses as data keep one form in every language ("Annex II para. 3", as the body's
    # "OP5(a)"); the description names the paragraph in the list's language.
    new_address = f"{name} para. {item.new_number}" if item.new_number else None
    base_address = f"{name} para. {item.base_number}" if item.base_number else None
    edits = [(d, i) for d, i, _, _ in edits_of(item.segments)]
    if item.kind == "inserted" and new_address:
        text = words.say("paragraph.inserted", label=_named(words, spoken, item.new_number))
        return Change(ChangeKind.ANNEX_CHANGED, new_address, text, new_address=new_address, new_text=item.new)
    if item.kind == "deleted" and base_address:
        text = words.say("paragraph.deleted", label=_named(words, spoken, item.base_number))
        return Change(ChangeKind.ANNEX_CHANGED, base_address, text, base_address=base_address,
                      base_text=item.base)
    if item.kind not in ("moved", "changed") or not new_address:
        return None
    # Both positions when they differ: "Annex para. 4 (was para. 3)".
    label = _named(words, spoken, item.new_number)
    if item.base_number and item.base_number != item.new_number:
        label = words.say("annex.was", label=label, number=item.base_number)
    what = describe_segments(item.segments, words)
    if item.kind == "moved":
        text = (words.say("paragraph.moved_and_changed", label=label, what=what) if edits
                else words.say("paragraph.moved", label=label))
    else:
        text = words.say("paragraph.changed", label=label, what=what)
    return Change(ChangeKind.ANNEX_CHANGED, new_address, text, base_address, new_address,
                  item.base, item.new, edits=edits)


def _named(words: Phrases, name: str, number: int | None) -> str:
    return words.say("annex.paragraph", name=name, number=number)
