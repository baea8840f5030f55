"""Negotiation markup in a paragraph's text: brackets, alternatives, attributions.

A negotiation text keeps its markup where the negotiators typed it, so the paragraph
text is the text everyone reads ("[Urges][Encourages] States …; (EU)"). What the markup
means is derived from that text whenever it is needed (like addresses): bracketed spans
with adjacent brackets grouped as alternatives, parenthesized attributions naming
delegations and the action they propose, and the problems a facilitator must fix
(an unbalanced bracket, an alternative group inside another). Brackets inside quotation
marks belong to a quoted instrument and are not markup.

What cannot be read back from the text is stored on :class:`~drafter.core.model.Paragraph`
(``negotiation_label``: "bis", "alt"; ``status``; ``notes``). Phrase lists (group names,
status words, ordinals) are data in ``resources/negotiation/``. See docs/negotiation.md.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from drafter.resources import load_json

AGREED_AD_REF = "agreed ad ref"
AGREED = "agreed"
_QUOTES = {"“": "”", "«": "»", "\"": "\"", "„": "“"}
_BEFORE_ATTRIBUTION = "];,.:)"


@dataclass(frozen=True)
class Bracket:
    """One bracketed span, brackets included: text[start] == "[" and text[end - 1] == "]"."""

    start: int
    end: int


@dataclass(frozen=True)
class BracketGroup:
    """Adjacent bracketed spans ("[Urges][Encourages]"): one choice with its options."""

    options: tuple[Bracket, ...]
    depth: int = 0  # 0 for a group that no other bracket encloses

    @property
    def start(self) -> int:
        return self.options[0].start

    @property
    def end(self) -> int:
        return self.options[-1].end

    @property
    def is_alternative(self) -> bool:
        return len(self.options) >= 2


@dataclass(frozen=True)
class Attribution:
    """"(G77 and China: delete)": who proposes what, at [start, end) in the text."""

    start: int
    end: int
    delegations: tuple[str, ...]
    action: str  # "add" (a plain "(EU)": the delegation proposed the text), "delete", "retain"


@dataclass(frozen=True)
class Problem:
    kind: str  # "unbalanced-open", "unbalanced-close", "nested-alternatives"
    start: int
    end: int


@dataclass
class Markup:
    groups: list[BracketGroup] = field(default_factory=list)
    attributions: list[Attribution] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def alternatives(self) -> list[BracketGroup]:
        return [g for g in self.groups if g.is_alternative]


@cache
def marks() -> dict:
    return load_json("negotiation/marks.json")


@cache
def _delegation_names() -> dict[str, str]:
    """Every known name or alias, case-folded -> the name shown in lists."""
    data = load_json("negotiation/delegations.json")
    names = {n.casefold(): n for n in (*data["member_states"], *data["observers"], *data["groups"])}
    names.update({alias.casefold(): target for alias, target in data["aliases"].items()})
    return names


@cache
def _longest_name() -> int:
    return max(len(name) for name in _delegation_names())


def delegation_list() -> list[str]:
    """Member States, observers and groups, for the editor's attribution list."""
    data = load_json("negotiation/delegations.json")
    return [*data["groups"], *data["observers"], *data["member_states"]]


@cache
def _action_words() -> dict[str, str]:
    return {word.casefold(): action for action, words in marks()["actions"].items() for word in words}


_OPENING_QUOTE = re.compile("[" + re.escape("".join(_QUOTES)) + "]")
_BRACKET = re.compile(r"[\[\]]")


def _quoted_ranges(text: str) -> list[tuple[int, int]]:
    """Ranges inside quotation marks: a quoted instrument's brackets are its own."""
    ranges = []
    index = 0
    while (found := _OPENING_QUOTE.search(text, index)) is not None:
        start = found.start()
        end = text.find(_QUOTES[text[start]], start + 1)
        if end > start:
            ranges.append((start, end + 1))
            index = end + 1
        else:
            index = start + 1
    return ranges


def _inside(position: int, ranges: list[tuple[int, int]]) -> bool:
    return any(start <= position < end for start, end in ranges)


def _brackets(text: str, quoted: list[tuple[int, int]]) -> tuple[list[tuple[Bracket, int]], list[Problem]]:
    """Matched brackets with their depth, and unbalanced ones as problems."""
    stack: list[int] = []
    found: list[tuple[Bracket, int]] = []
    problems: list[Problem] = []
    for match in _BRACKET.finditer(text):
        index, char = match.start(), match.group()
        if _inside(index, quoted):
            continue
        if char == "[":
            stack.append(index)
        elif stack:
            start = stack.pop()
            found.append((Bracket(start, index + 1), len(stack)))
        else:
            problems.append(Problem("unbalanced-close", index, index + 1))
    problems.extend(Problem("unbalanced-open", start, start + 1) for start in stack)
    found.sort(key=lambda item: item[0].start)
    return found, problems


def _group(text: str, found: list[tuple[Bracket, int]]) -> list[BracketGroup]:
    """Brackets at the same depth with only spaces between them form one group."""
    groups: list[list[Bracket]] = []
    depths: list[int] = []
    for bracket, level in found:
        for index, members in enumerate(groups):
            if depths[index] == level and not text[members[-1].end : bracket.start].strip():
                members.append(bracket)
                break
        else:
            groups.append([bracket])
            depths.append(level)
    return [BracketGroup(tuple(members), depth) for members, depth in zip(groups, depths, strict=True)]


def _nesting_problems(groups: list[BracketGroup]) -> list[Problem]:
    """An alternative group inside an option of another alternative group."""
    problems = []
    for inner in groups:
        if not inner.is_alternative:
            continue
        for outer in groups:
            if outer is not inner and outer.is_alternative and any(
                option.start < inner.start and inner.end <= option.end for option in outer.options
            ):
                problems.append(Problem("nested-alternatives", inner.start, inner.end))
                break
    return problems


_PAREN = re.compile(r"\(([^()\n]{1,200})\)")
_SEPARATORS = re.compile(r"^(?:\s*(?:,|;|/|\+|\band\b|\bet\b|\by\b)\s*)+", re.IGNORECASE)


def _names(text: str) -> tuple[str, ...] | None:
    """The delegations named in ``text`` ("United States, Japan"), or None if any is unknown."""
    known = _delegation_names()
    longest = _longest_name()
    rest = text.strip()
    names: list[str] = []
    while rest:
        match = None
        for size in range(min(len(rest), longest), 0, -1):
            candidate = rest[:size].casefold()
            if candidate in known and (size == len(rest) or not rest[size].isalnum()):
                match = (known[candidate], size)
                break
        if match is None:
            return None
        names.append(match[0])
        rest = _SEPARATORS.sub("", rest[match[1] :], count=1).strip()
    return tuple(dict.fromkeys(names)) or None


_OTHERS = re.compile(r"\s*(?:,\s*)?(?:et al\.?|and others|et autres|y otros)\s*$", re.IGNORECASE)


def parse_attribution(inner: str) -> tuple[tuple[str, ...], str] | None:
    """"G77 and China: delete" -> (("Group of 77 and China",), "delete"); None if not one.

    Also "EU, delete" (the action after a comma) and "Mexico et al."."""
    who, colon, what = inner.partition(":")
    action = "add"
    if colon:
        action = _action_words().get(what.strip().rstrip(".").casefold(), "")
        if not action:
            return None
    else:
        head, comma, last = who.rpartition(",")
        if comma and last.strip().rstrip(".").casefold() in _action_words():
            who, action = head, _action_words()[last.strip().rstrip(".").casefold()]
    names = _names(_OTHERS.sub("", who))
    return (names, action) if names else None


def _attributions(text: str, quoted: list[tuple[int, int]]) -> list[Attribution]:
    found: list[Attribution] = []
    for match in _PAREN.finditer(text):
        if _inside(match.start(), quoted):
            continue
        parsed = parse_attribution(match.group(1))
        if parsed is None:
            continue
        before = text[: match.start()].rstrip()
        after = text[match.end() :].lstrip()
        explicit = parsed[1] != "add"
        # "Association of Southeast Asian Nations (ASEAN)" defines an abbreviation: an
        # attribution follows a bracket, a clause's punctuation or another attribution,
        # or closes a bracket or the paragraph ("[Urges States (EU)]").
        placed = not before or before[-1] in _BEFORE_ATTRIBUTION or after[:1] in ("", "]")
        if not explicit and not placed:
            continue
        found.append(Attribution(match.start(), match.end(), *parsed))
    return found


def analyse(text: str) -> Markup:
    """Everything the negotiation markup of one paragraph text says."""
    if "[" not in text and "]" not in text and "(" not in text:
        return Markup()
    quoted = _quoted_ranges(text)
    found, problems = _brackets(text, quoted)
    groups = _group(text, found)
    problems += _nesting_problems(groups)
    return Markup(groups, _attributions(text, quoted), sorted(problems, key=lambda p: p.start))


def is_whole_paragraph(text: str, group: BracketGroup, markup: Markup) -> bool:
    """A bracket around the whole paragraph, attributions after it aside."""
    rest = text[group.end :]
    for attribution in markup.attributions:
        if attribution.start >= group.end:
            rest = rest.replace(text[attribution.start : attribution.end], "")
    return group.depth == 0 and not text[: group.start].strip() and not rest.strip(" ;,.")


@dataclass
class View:
    """A paragraph text with its markup resolved, and where each character came from."""

    text: str
    origin: list[int]  # origin[i]: index in the marked text of view character i

    def to_source(self, position: int, source_length: int) -> int:
        if position < len(self.origin):
            return self.origin[position]
        return self.origin[-1] + 1 if self.origin else min(position, source_length)


def resolve(text: str, choice: int = 0, markup: Markup | None = None) -> View:
    """The text as it reads once option ``choice`` of every alternative group is taken
    (its last option when it has fewer), brackets dropped and attributions removed."""
    markup = markup or analyse(text)
    dropped = [False] * len(text)
    for group in markup.groups:
        keep = group.options[min(choice, len(group.options) - 1)]
        for option in group.options:
            if option != keep:
                dropped[option.start : option.end] = [True] * (option.end - option.start)
        dropped[keep.start] = dropped[keep.end - 1] = True
        if group.is_alternative:  # spaces between the options go too
            for index in range(group.start, group.end):
                if text[index].isspace() and not (keep.start < index < keep.end):
                    dropped[index] = True
    for attribution in markup.attributions:
        start = attribution.start
        while start > 0 and text[start - 1] == " ":
            start -= 1
        dropped[start : attribution.end] = [True] * (attribution.end - start)
    origin = [i for i, gone in enumerate(dropped) if not gone]
    chars = [text[i] for i in origin]
    while chars and chars[-1].isspace():
        chars.pop()
        origin.pop()
    return View("".join(chars), origin)


def option_count(text: str) -> int:
    """How many versions of the text its alternative groups give (the largest group)."""
    return max((len(g.options) for g in analyse(text).groups), default=1)
