"""Which organ a citation names: the words before or after the symbol, "its" and its
subject, and the symbol's shape when the words say nothing.

"Security Council resolution 2231 (2015)" (explicit), "the Council, in its resolution
2334 (2016)" (the subject of "its"), "its resolution 70/1" (the citing text's organ),
"resolution 1514 (XV)" (the shape: a Roman session is the General Assembly's). A bare
"resolution 72/7" after "the Economic and Social Commission for Asia" is left unknown.
"""

from __future__ import annotations

import re
from functools import cache

from drafter.citations.mention import numbering_fits, symbol_form
from drafter.citations.patterns import ORGANS, language, organ_regex


def _subject_of_possessive(code: str, text: str, position: int) -> str:
    """The organ that "its" refers to when the clause names it ("the Council, in its …")."""
    pattern = organ_regex(code, "possessive_subject")
    if pattern is None:
        return ""
    clause_start = max(text.rfind(";", 0, position), position - 90)
    found = ""
    for match in pattern.finditer(text, max(0, clause_start), position):
        genitive = _GENITIVE_OF_SYMBOL.search(text, max(0, match.start() - 30), match.start())
        qualifier = re.match(language(code).data["noun"], text[match.end() :].lstrip())
        if not genitive and not qualifier:
            found = match.lastgroup or ""
    return found


# "résolution 44/18 du Conseil …": the organ of another citation, not the subject of "its"
# ("the decision of the Human Rights Council, in its resolution 45/12" is the Council's).
_GENITIVE_OF_SYMBOL = re.compile(
    r"\d[\d/]*(?:\s*\(\d{4}\))?,?\s+(?:of the|du|de la|de l[’']|del|de)\s+$", re.IGNORECASE
)


@cache
def _phrases_before(code: str) -> tuple[tuple[str, str], ...]:
    """(casefolded phrase, organ), longest first: "Environment Assembly" before "Assembly"."""
    organs = language(code).data.get("organs_before") or {}
    pairs = [(phrase.casefold(), organ) for organ, phrases in organs.items() for phrase in phrases]
    return tuple(sorted(pairs, key=lambda pair: -len(pair[0])))


def _organ_ending(code: str, window: str) -> tuple[str, int] | None:
    """The organ named at the very end of ``window`` ("… Security Council"), and where."""
    folded = window.casefold()
    for phrase, organ in _phrases_before(code):
        if folded.endswith(phrase):
            start = len(window) - len(phrase)
            if start == 0 or not window[start - 1].isalnum():
                return organ, start
    return None


def list_organ(code: str, text: str, noun: re.Match[str], own_organ: str) -> tuple[str, str, int]:
    """Organ of a whole list from the words before the first symbol; (organ, how, resume)."""
    position = noun.end()
    data = language(code).data
    named = _organ_ending(code, text[max(0, noun.start() - 60) : noun.start()].rstrip())
    if named:
        organ, start = named
        start += max(0, noun.start() - 60)
        joint = _JOINT.search(text, max(0, start - 40), start)
        return organ, "joint" if joint else "explicit", position
    between = data.get("organs_between")
    if between:
        for organ, phrases in between.items():
            for phrase in sorted(phrases, key=len, reverse=True):
                if text.startswith(phrase, position):
                    return organ, "explicit", position + len(phrase) + 1
    word = noun.group("noun")
    own_in_noun = data.get("own_in_noun")
    possessive = bool(own_in_noun and re.search(own_in_noun, word))
    if not possessive:
        possessive = re.search(data["own"], text[max(0, noun.start() - 12) : noun.start()]) is not None
    if possessive:
        subject = _subject_of_possessive(code, text, noun.start())
        return subject or own_organ, "own", position
    return "", "", position


def other_body_before(code: str, text: str, position: int, own_organ: str) -> bool:
    """Whether the clause before a bare "resolution 72/7" names another body
    ("adopted by the Economic and Social Commission for Asia … of resolution 72/7")."""
    pattern = organ_regex(code, "possessive_subject")
    if pattern is None:
        return False
    clause_start = max(text.rfind(";", 0, position), position - 150, 0)
    return any(m.lastgroup != own_organ for m in pattern.finditer(text, clause_start, position))


def resolve(organ: str, how: str, number: str, paren: str, own_organ: str) -> tuple[str, str]:
    """The organ and how sure it is, from what the words said (``how``: explicit, own,
    joint, other-body or "") and the symbol's shape."""
    form = symbol_form(number, paren)
    if how == "other-body":
        return ("", "guess") if not form else (form, "form")
    if how == "joint":
        return (form, "form") if form else ("", "guess")
    if how == "explicit" and organ == "SC" and "/" in number:
        return organ, "mismatch"  # "Security Council resolution 70/1"
    if how:
        if paren and not paren.isdigit() and organ == "ECOSOC":
            return organ, how  # "Economic and Social Council resolution 2008 (LX)"
        if form and form != organ and how == "explicit" and organ not in ORGANS:
            return form, "form"  # "Council resolution 2255 (2015)": the Council just named
        if form and form != organ:
            # "General Assembly resolution 2231 (2015)": the words and the shape disagree; after
            # "its" the shape wins (the Council, "in its resolution 2334 (2016)")
            return (organ, "mismatch") if how == "explicit" else (form, "form")
        return organ, how
    if form:
        return form, "form"
    if numbering_fits(own_organ, number):
        return own_organ, "guess"
    return "", "guess"


# "General Assembly and Security Council resolutions 70/262 and 2282 (2016)": two organs.
_JOINT = re.compile(r"(?:Assembly|Council)\s+and\s+(?:the\s+)?$")
