"""Reading negotiation labels and marks: "5 bis.", "PP2 bis", "OP3 alt", "(agreed ad ref)".

Negotiators number a new paragraph after the one it follows ("5 bis.", "5 ter.") so that
everyone's references stay valid, and compilation texts label every paragraph ("PP1",
"PP2 bis", "OP3", "OP3 alt"). These labels say what a paragraph is (preambular or
operative) and its negotiation label, which structure recovery stores on the paragraph;
the status ("(agreed ad ref)") and facilitator notes typed after a paragraph move to
the paragraph's fields too. Brackets and attributions stay in the text, where
:mod:`drafter.core.negotiation` reads them. The words are data in
``resources/negotiation/marks.json``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from drafter.core.model import Paragraph, ParagraphKind, Span
from drafter.core.negotiation import marks, parse_attribution
from drafter.parsing.blocks import SourceBlock

_SPACE = "[ \\t\u00a0]"


@dataclass(frozen=True)
class NegotiationLabel:
    kind: str  # "preamble" ("PP2 bis") or "operative" ("OP3", "5 bis.")
    number: int
    label: str  # "bis", "alt", "alt 2"; "" for a plain "PP1"/"OP3"
    raw: str  # as typed: "5 bis.", "PP2 bis"
    end: int  # where the words start


@cache
def _label_words() -> str:
    words = {*marks()["ordinals"], *(w.rstrip(".") for w in marks()["alternative"])}
    words = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(w) for w in words)


@cache
def _compiled() -> tuple[re.Pattern[str], re.Pattern[str]]:
    word = f"(?P<word>{_label_words()})\\.?(?:{_SPACE}*(?P<index>\\d{{1,2}})(?!\\d))?"
    compilation = re.compile(
        f"^{_SPACE}*(?P<kind>PP|OP){_SPACE}*(?P<number>\\d{{1,3}})(?:{_SPACE}*{word})?"
        f"{_SPACE}*[.:)\\-–]?(?={_SPACE}|$){_SPACE}*",
        re.IGNORECASE,
    )
    numbered = re.compile(
        f"^{_SPACE}*(?P<number>\\d{{1,3}}){_SPACE}*{word}{_SPACE}*[.)\\-–]?(?={_SPACE}|$){_SPACE}*",
        re.IGNORECASE,
    )
    return compilation, numbered


def _normal_label(word: str | None, index: str | None) -> str:
    if not word:
        return ""
    lowered = word.lower()
    if lowered in {w.rstrip(".").lower() for w in marks()["alternative"]}:
        return f"alt {int(index)}" if index and int(index) > 1 else "alt"
    return lowered


def take_label(text: str) -> NegotiationLabel | None:
    """The negotiation label at the start of a paragraph, or None."""
    compilation, numbered = _compiled()
    found = compilation.match(text)
    if found:
        kind = "preamble" if found.group("kind").upper() == "PP" else "operative"
    else:
        found = numbered.match(text)
        kind = "operative"
    if not found:
        return None
    label = _normal_label(found.group("word"), found.group("index"))
    return NegotiationLabel(kind, int(found.group("number")), label, found.group(0).strip(), found.end())


def starts_with_label(text: str) -> bool:
    """For the text reader: a line opening with "5 bis." or "PP2" starts a paragraph."""
    return take_label(text) is not None


@cache
def _status_words() -> dict[str, str]:
    return {word.casefold(): status for status, words in marks()["status"].items() for word in words}


_TRAILING_PAREN = re.compile(r"[ \t\u00a0]*\(([^()]{1,400})\)[ \t\u00a0]*$")
_LEADING_PAREN = re.compile(r"^[ \t\u00a0]*\(([^()]{1,60})\)[ \t\u00a0]*")


def _note(inner: str) -> str | None:
    head, colon, body = inner.partition(":")
    if colon and head.strip().casefold().replace("’", "'") in marks()["notes"]:
        return body.strip()
    return None


def take_marks(words: str) -> tuple[str, str, list[str]]:
    """(words, status, notes): "(agreed ad ref)" and "(Facilitator's note: …)" taken
    from the end of a paragraph, among the attributions there (a status also from its start)."""
    status = ""
    notes: list[str] = []
    end = len(words)
    while True:
        found = _TRAILING_PAREN.search(words[:end])
        if not found:
            break
        inner = found.group(1).strip()
        note = _note(inner)
        if note is None and (status or inner.casefold() not in _status_words()):
            if parse_attribution(inner) is None:
                break
            end = found.start()  # an attribution stays in the text: look before it
            continue
        if note is not None:
            notes.insert(0, note)
        else:
            status = _status_words()[inner.casefold()]
        words = (words[: found.start()] + words[found.end() :]).rstrip()
        end = found.start()
    leading = _LEADING_PAREN.match(words)
    if leading and not status and leading.group(1).strip().casefold() in _status_words():
        status = _status_words()[leading.group(1).strip().casefold()]
        words = words[leading.end() :]
    return words, status, notes


@dataclass(frozen=True)
class NegotiationMarks:
    """What structure recovery moves from a block onto its paragraph."""

    words: str  # the words with the status and notes taken out
    trailing: int  # characters taken from the end
    label: str
    status: str
    notes: tuple[str, ...]

    def apply(self, paragraph: Paragraph) -> None:
        if paragraph.kind in (ParagraphKind.PREAMBULAR, ParagraphKind.OPERATIVE):
            paragraph.negotiation_label = self.label
        paragraph.status = self.status
        paragraph.notes = list(self.notes)


def negotiation_marks(words: str, label: str) -> NegotiationMarks | None:
    """The marks of one block's words, or None when it carries none."""
    if not label and "(" not in words:
        return None
    taken, status, notes = take_marks(words)
    if not label and not status and not notes:
        return None
    end = words.find(taken) if taken else 0
    trailing = len(words) - end - len(taken)
    return NegotiationMarks(taken, trailing, label, status, tuple(notes))


def merge_bare_labels(blocks: list[SourceBlock]) -> list[SourceBlock]:
    """A label alone in its block ("PP1" in the first column of a compilation table, or on
    a line of its own) joins the text that follows it."""
    merged: list[SourceBlock] = []
    pending: SourceBlock | None = None
    for block in blocks:
        if pending is not None and not block.is_header and take_label(block.text) is None:
            lead = len(pending.text.strip()) + 1
            block = replace(
                block,
                text=f"{pending.text.strip()} {block.text.lstrip()}",
                footnote_refs=[replace(r, offset=r.offset + lead) for r in block.footnote_refs],
                italic_spans=None if block.italic_spans is None else [
                    Span(s.start + lead, s.end + lead) for s in block.italic_spans
                ],
            )
            pending = None
        elif pending is not None:
            merged.append(pending)
            pending = None
        found = take_label(block.text)
        if found is not None and not block.text[found.end :].strip() and not block.is_header:
            pending = block
            continue
        merged.append(block)
    if pending is not None:
        merged.append(pending)
    return merged
